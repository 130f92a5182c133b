/** Setting entry fields from machine-readable values: dates into a year or a day, URLs into the right link field. */
import type { EntryFields, Located } from '../../core/entry.js'
import { doiOf, LinkKind, linkKind } from './links.js'

/**
 * A date as given: a full day (`2018-05-24`, `2018/05/24`) sets `publishedAt`; a year alone or a
 * year and month (`2021/6`, `1977/01`) sets `year` (the day is not known).
 */
export function setDate(fields: EntryFields, value: string | undefined, position: Located['position']): void {
  const text = value?.trim()
  if (!text) return
  const day = /^((?:1[5-9]|20)\d\d)[-/](\d\d?)[-/](\d\d?)(?:$|[T\s])/.exec(text)
  if (day) {
    fields.publishedAt ??= {
      value: `${day[1]}-${(day[2] as string).padStart(2, '0')}-${(day[3] as string).padStart(2, '0')}`,
      position,
    }
    return
  }
  const year = /^((?:1[5-9]|20)\d\d)(?:$|[-/.]\d\d?$)/.exec(text)?.[1]
  if (year) fields.year ??= { value: year, position }
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
