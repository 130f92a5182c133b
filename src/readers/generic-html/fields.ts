/** Setting entry fields from machine-readable values: dates into a year or a day, URLs into the right link field. */
import type { EntryFields, Located } from '../../core/entry.js'
import { doiOf, LinkKind, linkKind } from './links.js'

/** A date as given: a bare year sets `year`; a full date sets `publishedAt` and `year`. */
export function setDate(fields: EntryFields, value: string | undefined, position: Located['position']): void {
  if (!value) return
  const year = /^\s*((?:1[5-9]|20)\d\d)(?:$|[-/\s.])/.exec(value)?.[1]
  if (year) fields.year ??= { value: year, position }
  if (/^\d{4}-\d{2}-\d{2}/.test(value.trim())) fields.publishedAt ??= { value: value.trim().slice(0, 10), position }
}

/** A URL as given: a PDF sets `pdfUrl`, a DOI (URL or `doi:`/`10.` form) sets `doi`, else `url`. */
export function setLink(fields: EntryFields, value: string | undefined, position: Located['position']): void {
  if (!value) return
  const trimmed = value.trim()
  const bare = /^(?:doi:\s*)?(10\.\d{4,9}\/\S+)$/i.exec(trimmed)?.[1]
  if (bare) {
    fields.doi ??= { value: bare, position }
    return
  }
  if (!/^https?:\/\//i.test(trimmed) || !URL.canParse(trimmed)) return
  const kind = linkKind(trimmed)
  if (kind & LinkKind.doi) {
    const doi = doiOf(trimmed)
    if (doi) fields.doi ??= { value: doi, position }
    if (/^https?:\/\/(?:dx\.)?doi\.org\//i.test(trimmed)) return
  }
  if (kind & LinkKind.pdf) fields.pdfUrl ??= { value: trimmed, position }
  else fields.url ??= { value: trimmed, position }
}
