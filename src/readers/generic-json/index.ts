import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { AuthorField, EntryFields, Located } from '../../core/entry.js'
import {
  defineReader,
  type EntryInit,
  type Reader,
  type ReaderReport,
  type ReadResult,
  reporter,
} from '../../core/reader.js'
import type { Position } from '../../schema/position.js'
import { arrayElementSpans, parseOrUndefined } from '../hf-api/spans.js'
import { findPapers, showPath } from './find.js'
import { confidenceOf, type Hit, isObject, type PaperRecord } from './record.js'
import { recoverList } from './resync.js'
import { locate, type Span, type Want, want } from './spans.js'

/**
 * Any JSON whose main array holds paper-like objects: the Semantic Scholar (`data[]`, `papers[]`),
 * OpenAlex (`results[]`), Crossref (`message.items[]`), dblp (`result.hits.hit[].info`), OpenReview
 * v1/v2 (`notes[]`), bioRxiv (`collection[]`) and zbMATH (`result[]`) APIs, CSL-JSON arrays, and
 * JSON Lines, read by their own field names. The list is the array with the most paper-like
 * objects, wherever it is; the lists inside a paper (its references) are not papers. JSON that
 * holds no list of papers gives none, and a message that says why. Each record gets a
 * `confidence`. Generic: asked only when no site reader claims the input (the `hf-api` reader
 * reads Hugging Face's JSON).
 */
export const genericJson: Reader = defineReader({
  name: 'generic-json',
  generic: true,
  sniff(sample) {
    const text = sample.trimStart()
    const open = text.charCodeAt(0)
    if (open !== 0x7b && open !== 0x5b) return 0
    // `{"` or `{}`, `[{`, `[[`, `["`, `[]`, `[1`: JSON, not a markdown link (`[Title](url)`) or a template.
    const next = /^[[{]\s*(.)/s.exec(text.slice(0, 64))?.[1]
    if (next === undefined) return 0.55
    return open === 0x7b ? (next === '"' || next === '}' ? 0.6 : 0) : /[[{"\]\d-]/.test(next) ? 0.6 : 0
  },
  read: (file, context) => readGenericJson(file, reporter(context)),
})

/** The parsed document: the value, and where its top-level items start when it was rebuilt from lines or a cut array. */
interface Parsed {
  value: unknown
  /** For JSON Lines and cut arrays: the value is an array made by the reader, item `i` starting at `starts[i]`. */
  starts?: number[] | undefined
}

function readGenericJson(file: VFile, report: ReaderReport): ReadResult {
  const text = String(file.value)
  const points = location(file)
  const place: Place = (span) => {
    const start = span && points.toPoint(span.start)
    const end = span && points.toPoint(span.end)
    return start && end ? { start, end } : undefined
  }
  const parsed = parseJson(text, report, place)
  if (!parsed) return { entries: [] }
  const finding = findPapers(parsed.value)
  const root: Want = {}
  // Each item to read, by its node in the tree of values to locate: the lists' items, else a lone paper.
  // A list's node is made once (its path may be as long as the input is deep), then one step per item.
  const targets: Array<{ node: Want; record: PaperRecord | undefined; index: number; list: string }> = []
  for (const list of finding.lists) {
    const listNode = want(root, list.path)
    for (const [index, record] of list.records.entries()) {
      targets.push({ node: want(listNode, [index]), record, index, list: list.name })
    }
  }
  if (targets.length === 0 && finding.single) {
    const { path, record } = finding.single
    targets.push({ node: want(root, path), record, index: 0, list: 'the document' })
  }
  if (targets.length === 0) {
    const longest = finding.longest
    const why = !longest
      ? 'it holds no list of objects'
      : `the longest list of objects, ${showPath(longest.path)} (${longest.length} items), has ${
          longest.titled === 0
            ? 'no item with a title'
            : 'too few items with a title and authors, a year, a venue or a DOI'
        }`
    report(
      `Unexpected JSON without a list of papers (${why}), expected an array of objects with a title and authors, a year, a venue or a DOI`,
      'generic-json:not-papers',
      place({ start: 0, end: Math.min(text.length, 1) }),
    )
    return { entries: [], empty: 'expected' }
  }

  // The items' places first (one scan, skipping inside them), then each item's fields with a tree of
  // its own, dropped once its entry is built: one tree for every field of every item would live
  // until the end and cost more in garbage collection than the scans.
  if (parsed.starts) {
    for (const [index, start] of parsed.starts.entries()) {
      const node = root.children?.get(index)
      if (node) locate(text, start, node)
    }
  } else locate(text, 0, root)
  const items: Array<{ record: PaperRecord; node: Want; index: number; list: string }> = []
  let untitled: { count: number; first: Want; list: string } | undefined
  let doubtful = 0
  for (const { node, record, index, list } of targets) {
    if (!record?.fields.title) {
      untitled ??= { count: 0, first: node, list }
      untitled.count++
      continue
    }
    if (!record.paperLike) doubtful++
    items.push({ record, node, index, list })
  }
  if (untitled) {
    report(
      `Unexpected ${untitled.count} item${untitled.count === 1 ? '' : 's'} without a title in ${untitled.list}, expected papers; skipped`,
      'generic-json:skipped-item',
      place(untitled.first.span),
    )
  }
  if (doubtful > 0) {
    report(
      `${doubtful} of ${items.length} records have a title but no authors with a year or venue and no DOI: they may not be papers (confidence 0.5)`,
      'generic-json:doubtful',
      place(items.find((item) => !item.record.paperLike)?.node.span),
      'info',
    )
  }
  const entries: EntryInit[] = []
  for (const { record, node, index, list } of items) {
    const position = place(node.span)
    if (record.placeholder.length > 1) {
      report(
        `Unexpected placeholder \`${clip(record.fields.title?.value ?? '')}\` as the title and the ${record.placeholder.join(' and ')} of item ${index} of ${list}, expected the paper's own; kept with low confidence`,
        'generic-json:placeholder',
        position,
        'info',
      )
    }
    const fields: Want = {}
    for (const hit of hitsOf(record)) want(fields, hit.path)
    if (node.span) locate(text, node.span.start, fields)
    entries.push(toEntry(record, fields, position, place, entries.length))
  }
  return { entries }
}

function hitsOf(record: PaperRecord): Hit[] {
  return [...Object.values(record.fields), ...record.authors, ...record.keywords]
}

type Place = (span: Span | undefined) => Position | undefined

function toEntry(
  record: PaperRecord,
  node: Want,
  position: Position | undefined,
  place: Place,
  index: number,
): EntryInit {
  const fields: EntryFields = {}
  for (const name of Object.keys(record.fields) as Array<keyof PaperRecord['fields']>) {
    const hit = record.fields[name]
    if (hit) fields[name] = located(hit, node, position, place)
  }
  if (record.authors.length > 0) {
    fields.authors = record.authors.map((hit): AuthorField => located(hit, node, position, place))
  }
  if (record.keywords.length > 0) fields.keywords = record.keywords.map((hit) => located(hit, node, position, place))
  fields.confidence = { value: String(confidenceOf(record)), position }
  // The core makes the entry's text from the title and abstract.
  return { format: 'generic-json', index, position, fields }
}

/** A value read from the item, at its place in the text (the item's when the scan did not reach it). */
function located(hit: Hit, node: Want, position: Position | undefined, place: Place): Located {
  return { value: hit.value, position: place(want(node, hit.path).span) ?? position }
}

/**
 * `JSON.parse`, else JSON Lines (one value per line), else the complete items of a cut top-level
 * array; each fallback says what happened. `undefined` when nothing could be read.
 */
function parseJson(text: string, report: ReaderReport, place: Place): Parsed | undefined {
  let failure: string
  try {
    return { value: JSON.parse(text) }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error)
  }
  const lines = jsonLines(text)
  if (lines) return lines
  // Damage in the middle: the main list's items, read one by one.
  const recovered = recoverList(text)
  if (recovered && recovered.items.length > 0) {
    const last = recovered.items.at(-1)?.span ?? { start: 0, end: 0 }
    report(
      `Unexpected invalid JSON (${failure}), expected a complete JSON document or JSON Lines; read the ${recovered.items.length} intact items of the main list, skipped ${recovered.damaged.length} damaged${recovered.cut ? ' and the cut last one' : ''}`,
      'generic-json:invalid-json',
      place(recovered.damaged[0] ?? { start: last.end, end: text.length }),
    )
    for (const span of recovered.damaged) {
      report(
        'Unexpected damaged item (it does not parse as JSON), expected an object of the list; it was skipped',
        'generic-json:invalid-item',
        place(span),
      )
    }
    return { value: recovered.items.map((item) => item.value), starts: recovered.items.map((item) => item.span.start) }
  }
  const spans = arrayElementSpans(text)
  const kept = spans && spans.length > 0 ? `; read the ${spans.length} complete items before it` : ''
  const end = spans?.at(-1)?.end ?? 0
  report(
    `Unexpected invalid JSON (${failure}), expected a complete JSON document or JSON Lines${kept}`,
    'generic-json:invalid-json',
    place({ start: end, end: text.length }),
  )
  if (!spans || spans.length === 0) return undefined
  return {
    value: spans.map((span) => parseOrUndefined(text.slice(span.start, span.end))),
    starts: spans.map((span) => span.start),
  }
}

/** JSON Lines: at least two lines, every non-blank one a JSON object. */
function jsonLines(text: string): Parsed | undefined {
  const value: unknown[] = []
  const starts: number[] = []
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end)
    if (line.trim()) {
      const item = parseOrUndefined(line)
      if (!isObject(item)) return undefined
      value.push(item)
      starts.push(start)
    }
    start = end + 1
  }
  return value.length >= 2 ? { value, starts } : undefined
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
