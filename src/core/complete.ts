import { parseListingDate, today } from '../util/date.js'
import type { DocumentInfo, Entry } from './entry.js'
import type { EntryInit } from './reader.js'

/**
 * An entry as plugins get it: what a reader left out filled in. `reader` is the entry's own
 * `reader`, else its deprecated `format`, else the name of the reader that read it; `format`
 * always says the same.
 */
export function completeEntry(entry: EntryInit, index: number, reader: string): Entry {
  const fields = typeof entry?.fields === 'object' && entry.fields !== null ? entry.fields : {}
  const text =
    typeof entry?.text === 'string'
      ? entry.text
      : [fields.title?.value, fields.abstract?.value].filter((part) => typeof part === 'string').join('\n\n')
  const name =
    typeof entry?.reader === 'string' ? entry.reader : typeof entry?.format === 'string' ? entry.format : reader
  return {
    ...entry,
    reader: name,
    format: name,
    index: Number.isInteger(entry?.index) ? (entry.index as number) : index,
    text,
    fields,
    links: Array.isArray(entry?.links) ? entry.links : [],
  }
}

/** The message of a thrown value, whatever was thrown (even a value whose `toString` throws). */
export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error)
  } catch {
    return 'an unprintable value'
  }
}

/**
 * What the reader knows of the page: a capture date is the reference for year-less dates
 * (unless the option gave one); else the page's date line, resolved against the capture date
 * or today.
 */
export function documentMeta(
  document: DocumentInfo | undefined,
  useForReference: boolean,
): { capturedAt?: string; url?: string; referenceDate?: string } {
  const meta: { capturedAt?: string; url?: string; referenceDate?: string } = {}
  if (!document) return meta
  const captured = document.capturedAt && parseListingDate(document.capturedAt.value, today())
  if (captured) meta.capturedAt = captured.date
  if (document.url && URL.canParse(document.url.value)) meta.url = document.url.value
  if (!useForReference) return meta
  const date = document.date && parseListingDate(document.date.value, captured ? captured.date : today())
  const reference = captured || date
  if (reference) meta.referenceDate = reference.date
  return meta
}
