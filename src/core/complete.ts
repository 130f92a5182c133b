import type { Paper } from '../schema/paper.js'
import { parseListingDate, parseListingMonth, today } from '../util/date.js'
import { setOwn } from '../util/own.js'
import type { DocumentInfo, Entry } from './entry.js'
import type { EntryInit } from './reader.js'

/**
 * A record without its `provenance` (the `provenance: false` option; `PaperSchema` reads a
 * missing one as none). Typed as `Paper` inside the core; the public signatures say `Omit`.
 */
export function withoutProvenance(paper: Paper): Paper {
  const { provenance: _, ...rest } = paper
  return rest as Paper
}

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
  const complete = ownCopy(entry) as unknown as Entry
  complete.reader = name
  complete.format = name
  complete.index = Number.isInteger(entry?.index) ? (entry.index as number) : index
  complete.text = text
  complete.fields = fields
  complete.links = Array.isArray(entry?.links) ? entry.links : []
  return complete
}

/**
 * What `{ ...value }` gives (own enumerable keys, symbols too, each getter read once, in the
 * same order), made by hand: V8 copies a bare spread fast, but a spread followed by more keys in
 * the same literal took ~2 µs per entry on its slow path, ten times this.
 */
function ownCopy(value: unknown): Record<PropertyKey, unknown> {
  const copy: Record<PropertyKey, unknown> = {}
  if (typeof value !== 'object' && typeof value !== 'string') return copy
  if (value === null) return copy
  const source = value as Record<PropertyKey, unknown>
  for (const key of Object.keys(source)) {
    setOwn(copy, key, source[key])
  }
  for (const symbol of Object.getOwnPropertySymbols(source)) {
    if (Object.prototype.propertyIsEnumerable.call(source, symbol)) copy[symbol] = source[symbol]
  }
  return copy
}

/**
 * `completeEntry` over a reader's list. An entry that throws while it is read (a getter, a
 * revoked proxy) costs that entry, reported through `skip`, not the reader's whole list.
 */
export function completeEntries(
  entries: readonly EntryInit[],
  reader: string,
  skip: (index: number, error: unknown) => void,
): Entry[] {
  const complete: Entry[] = []
  for (let index = 0; index < entries.length; index++) {
    try {
      complete.push(completeEntry(entries[index] as EntryInit, index, reader))
    } catch (error) {
      skip(index, error)
    }
  }
  return complete
}

/** The `core:invalid-entry` warning for entry `index`, which threw `error` while it was read. */
export function unreadableEntry(index: number, error: unknown): string {
  return `Unexpected entry ${index} that cannot be read (${errorText(error)}), expected plain data from the reader; it was skipped`
}

/** The message of a thrown value, whatever was thrown (even a value whose `toString` throws). */
export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error)
  } catch {
    return 'an unprintable value'
  }
}

/** What a listing page states about the listing as a whole (`ParseResult.document`). */
export interface ListingFacts {
  total?: number
  range?: { first: number; last: number }
  month?: string
}

/**
 * What the reader knows of the page: a capture date is the reference for year-less dates
 * (unless the option gave one); else the page's date line, resolved against the capture date
 * or today.
 */
export function documentMeta(
  document: DocumentInfo | undefined,
  useForReference: boolean,
): { capturedAt?: string; url?: string; referenceDate?: string; facts: ListingFacts } {
  const meta: { capturedAt?: string; url?: string; referenceDate?: string; facts: ListingFacts } = { facts: {} }
  if (!document) return meta
  meta.facts = listingFacts(document)
  const captured = document.capturedAt && parseListingDate(document.capturedAt.value, today())
  if (captured) meta.capturedAt = captured.date
  if (document.url && URL.canParse(document.url.value)) meta.url = document.url.value
  if (!useForReference) return meta
  const date = document.date && parseListingDate(document.date.value, captured ? captured.date : today())
  const reference = captured || date
  if (reference) meta.referenceDate = reference.date
  return meta
}

// `77,800`, `5649`: a count as arXiv prints it (thousands separated by commas).
const count = /^\d{1,3}(?:,?\d{3})*$/
// `1–200`, `1-50`: a page's range, with an en dash or a hyphen.
const span = /^(\d[\d,]{0,15})\s?[-\u2013]\s?(\d[\d,]{0,15})$/

function number(text: string): number | undefined {
  const value = text.trim()
  if (value.length > 20 || !count.test(value)) return undefined
  return Number(value.replaceAll(',', ''))
}

/** The listing's total, range and month, when the reader found them and they read as such. */
function listingFacts(document: DocumentInfo): ListingFacts {
  const facts: ListingFacts = {}
  const total = document.total && number(document.total.value)
  if (total !== undefined) facts.total = total
  const range = document.range && span.exec(document.range.value.trim())
  const first = range?.[1] === undefined ? undefined : number(range[1])
  const last = range?.[2] === undefined ? undefined : number(range[2])
  if (first !== undefined && last !== undefined && first >= 1 && first <= last) facts.range = { first, last }
  const month = document.month && parseListingMonth(document.month.value)
  if (month) facts.month = month
  return facts
}
