import { location } from 'vfile-location'
import type { Entry } from '../../core/entry.js'
import { defineReader, type Reader, type ReaderReport, type ReadResult, reporter } from '../../core/reader.js'
import type { Position } from '../../schema/position.js'
import { itemEntry, readItems } from './items.js'
import { recoverItems } from './resync.js'
import { findPaperLists, hfArxivId } from './shape.js'
import { arrayElementSpans, parseOrUndefined, parseUntrusted, type Span } from './spans.js'

// The id of the first listing item's paper, when it is the paper's first key (as Hugging Face writes it).
const paperIdKey = /"paper"\s*:\s*\{\s*"id"\s*:\s*"([^"\\]{1,64})"/

/**
 * Hugging Face's papers API as JSON: `/api/daily_papers` and `/api/papers/search` arrays of
 * `{paper, …}` items, a bare `/api/papers/{id}` paper, or an object holding such a list.
 */
export const hfApi: Reader = defineReader({
  name: 'hf-api',
  sniff(sample) {
    const first = sample.trimStart().charCodeAt(0)
    if (first !== 0x5b && first !== 0x7b) return 0
    // Keys only Hugging Face papers JSON has: the discussion, the Daily Papers submission, Hub
    // author ids; or a listing item's `paper` named by an arXiv id (other sites nest papers too).
    const hf =
      sample.includes('"discussionId"') ||
      sample.includes('"submittedOnDailyAt"') ||
      sample.includes('"authors":[{"_id"') ||
      hfArxivId(paperIdKey.exec(sample)?.[1]) !== undefined
    if (!hf) return 0
    return sample.includes('"title"') ? 0.9 : 0.6
  },
  read: (file, context) => readHfApi(file, reporter(context)),
})

function readHfApi(file: Parameters<Reader['read']>[0], report: ReaderReport): ReadResult<Entry> {
  const text = String(file.value)
  const points = location(file)
  const place = (span: Span): Position | undefined => {
    const start = points.toPoint(span.start)
    const end = points.toPoint(span.end)
    return start && end ? { start, end } : undefined
  }
  // The usual top-level array, an item at a time: the whole parsed tree is never alive at once.
  return readItems(text, place, report) ?? readWhole(text, place, report)
}

/**
 * The entries of the text parsed whole (or, when it is damaged, of the items that parse):
 * what {@link readItems} gives when it gives anything. Exported for the test that says so.
 */
export function readWhole(
  text: string,
  place: (span: Span) => Position | undefined,
  report: ReaderReport,
): ReadResult<Entry> {
  let value: unknown
  let spans: Span[] | undefined
  try {
    value = parseUntrusted(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    // Damage in the middle (a flipped quote): resynchronise at each item, keep every intact one.
    const recovered = recoverItems(text)
    spans = arrayElementSpans(text)
    const scanned = spans?.map((span) => parseOrUndefined(text.slice(span.start, span.end)))
    const intact = scanned?.filter((item) => item !== undefined).length ?? 0
    // Resynchronised reading wins when it finds damage, or more items than the span scanner (a
    // stray bracket between items throws the scanner's nesting off for the rest of the array).
    if (recovered && (recovered.damaged.length > 0 || recovered.items.length > intact)) {
      const first = recovered.damaged[0] ?? recovered.items.at(-1)?.span ?? { start: 0, end: 0 }
      report(
        `Unexpected invalid JSON (${reason}), expected a complete Hugging Face papers API response; read the ${recovered.items.length} intact items, skipped ${recovered.damaged.length} damaged`,
        'hf-api:invalid-json',
        place(first),
      )
      for (const span of recovered.damaged) {
        report(
          'Unexpected damaged item (it does not parse as JSON), expected a Hugging Face paper; it was skipped',
          'hf-api:invalid-item',
          place(span),
        )
      }
      spans = recovered.items.map((item) => item.span)
      value = recovered.items.map((item) => item.value)
      return readLists(value, spans, text, place, report)
    }
    // A cut-off array still holds complete items: read those, and say what was lost.
    const kept = spans ? `; read the ${spans.length} complete items before it` : ''
    const at = spans?.at(-1)?.end ?? 0
    report(
      `Unexpected invalid JSON (${reason}), expected a complete Hugging Face papers API response${kept}`,
      'hf-api:invalid-json',
      place({ start: at, end: text.length }),
    )
    if (!spans) return { entries: [] }
    value = scanned
  }
  return readLists(value, spans, text, place, report)
}

/** The entries of the paper lists in `value`; `spans` place the items of a top-level array. */
function readLists(
  value: unknown,
  known: Span[] | undefined,
  text: string,
  place: (span: Span) => Position | undefined,
  report: ReaderReport,
): ReadResult<Entry> {
  let spans = known
  const lists = findPaperLists(value)
  if (lists.length === 0) {
    report(
      'Unexpected JSON without papers, expected a Hugging Face papers API response (a `/api/daily_papers` or `/api/papers/search` array, or a paper)',
      'hf-api:unrecognised',
      place({ start: 0, end: Math.min(text.length, 1) }),
    )
    return { entries: [] }
  }
  // Positions are cheap to find for the usual top-level array only.
  if (Array.isArray(value)) spans ??= arrayElementSpans(text)
  const whole = Array.isArray(value) ? undefined : place({ start: 0, end: text.length })

  const entries: Entry[] = []
  for (const list of lists) {
    for (const [index, item] of list.entries()) {
      const span = list === value ? spans?.[index] : undefined
      itemEntry(item, index, span ? place(span) : whole, entries, report)
    }
  }
  return { entries }
}
