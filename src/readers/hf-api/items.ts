import type { Entry } from '../../core/entry.js'
import type { ReaderReport, ReadResult } from '../../core/reader.js'
import type { Position } from '../../schema/position.js'
import { skipSpace } from '../json/scan.js'
import { paperEntry } from './entry.js'
import { isHfPaper, notAPaper } from './shape.js'
import { arrayElementSpans, parseUntrusted, type Span } from './spans.js'

/**
 * The entries of a top-level JSON array read an item at a time: each item's text parsed on its
 * own and made into an entry, so the parsed tree of the whole array (1–2× the text) is never
 * alive beside the text. The same entries and messages as parsing the whole array, or
 * `undefined` (nothing reported) when that is not sure: not an array, an item that does not
 * parse, anything but whitespace and commas between items, or no Hugging Face paper among
 * them. The caller then reads the text whole.
 */
export function readItems(
  text: string,
  place: (span: Span) => Position | undefined,
  report: ReaderReport,
): ReadResult<Entry> | undefined {
  if (text.charCodeAt(skipSpace(text, 0)) !== 0x5b /* [ */) return undefined
  const spans = arrayElementSpans(text)
  if (!spans || spans.length === 0 || !isWholeArray(text, spans)) return undefined
  // Messages wait until every item has parsed: a bad one sends the text to the whole reading.
  const held: Array<Parameters<ReaderReport>> = []
  const hold: ReaderReport = (...message) => {
    held.push(message)
  }
  const entries: Entry[] = []
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Span
    let item: unknown
    try {
      item = parseUntrusted(text.slice(span.start, span.end))
    } catch {
      return undefined
    }
    itemEntry(item, index, place(span), entries, hold)
  }
  if (entries.length === 0) return undefined
  for (const message of held) report(...message)
  return { entries }
}

/** Whether `text` is `[`, the spans separated by commas, `]`, with only whitespace around them. */
function isWholeArray(text: string, spans: readonly Span[]): boolean {
  let at = skipSpace(text, 0) + 1
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Span
    at = skipSpace(text, at)
    if (index > 0) {
      if (text.charCodeAt(at) !== 0x2c /* , */) return false
      at = skipSpace(text, at + 1)
    }
    if (at !== span.start) return false
    at = span.end
  }
  at = skipSpace(text, at)
  if (text.charCodeAt(at) !== 0x5d /* ] */) return false
  at = skipSpace(text, at + 1)
  return at === text.length
}

/** Item `index` of the API's array at `position`: an entry, or a message saying why not. */
export function itemEntry(
  item: unknown,
  index: number,
  position: Position | undefined,
  entries: Entry[],
  report: ReaderReport,
): void {
  if (!isHfPaper(item)) {
    report(notAPaper(item, index), 'hf-api:invalid-item', position)
    return
  }
  entries.push(
    paperEntry(item, {
      format: 'hf-api',
      index: entries.length,
      label: `item ${index}`,
      position,
      // A value is somewhere in its item: the finest place known without a JSON tree.
      valuePosition: position,
      report,
    }),
  )
}
