import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { DocumentInfo, Entry, EntryFields, EntryLink, Located } from '../../core/entry.js'
import { defineReader, type Reader, type ReaderReport, type ReadResult, reporter } from '../../core/reader.js'
import { trustReader } from '../../core/trusted.js'
import type { Position } from '../../schema/position.js'
import { clip, normalizeTitle, normalizeWhitespace } from '../../util/text.js'
import { pageMarkers } from '../hf-text/chrome.js'
import { assemble, type Card } from './cards.js'
import { readHeader } from './header.js'
import { type InlineNode, normalizeLabel, scanInline, unescapeMarkdown } from './inline.js'
import { type LineSpan, type LogicalLine, logicalLines, physicalLines } from './lines.js'
import { type CardLink, classify, type Piece, type Span } from './pieces.js'
import { paperId } from './urls.js'

/**
 * A Hugging Face papers page (daily, search, trending) as a crawler renders it to markdown:
 * an optional capture header, chrome, then per paper an upvote box, a title heading linking
 * to `/papers/<id>`, the abstract (or AI summary), the author or organisation line, the date
 * with the comment count. Links inline or by reference; the capture may be cut off.
 */
export const hfMarkdown: Reader = trustReader(
  // Trusted: its entries are plain data, which the core freezes without settling getters first.
  defineReader({
    name: 'hf-markdown',
    sniff(sample) {
      const head = sample.trimStart()
      if (head.startsWith('<') || head.startsWith('{')) return 0
      // Each pattern is tried only where its literal part occurs: a multi-line pattern that fails scans the whole sample.
      if (
        (sample.includes('](') && paperLink.test(sample)) ||
        (sample.includes(']:') && paperDefinition.test(sample)) ||
        headerUrl.test(sample)
      ) {
        return 0.95
      }
      const markdown = atxHeading.test(sample) && (sample.includes('](') || referenceUse.test(sample))
      const hf = pageMarkers.some((marker) => sample.includes(marker)) || authorLine.test(sample)
      return markdown && hf ? 0.92 : 0
    },
    read: (file, context) => readHfMarkdown(file, reporter(context)),
  }),
)

const paperLink = /\]\((?:https?:\/\/(?:www\.)?huggingface\.co)?\/papers\/\d/
const paperDefinition = /^ {0,3}\[[^\]\n]{1,100}\]:[ \t]*<?https?:\/\/(?:www\.)?huggingface\.co\/papers\//m
const headerUrl =
  /^[ \t]*(?:[-*+][ \t]+)?(?:url|source url|url source)[ \t]*:[ \t]*["']?https?:\/\/(?:www\.)?huggingface\.co\/papers/im
const atxHeading = /^ {0,3}#{1,6}[ \t]+\S/m
const referenceUse = /\]\[[^\]\n]{0,20}\]/
const authorLine = /^[ \t]*\[?(?:[-*+][ \t]+)?\d{1,5} authors?\b/m
const definition = /^ {0,3}\[([^\]\n]{1,1000})\]:[ \t]*<?([^\s>]+)/
// A crawler's cut marker, tried only where a `[` is (sticky): a case-blind scan of the whole page cost more.
const truncation = /\[(?:content )?truncated\b[^\]\n]{0,80}\]/iy
// An AI summary is one short sentence; abstracts run to several (450+ characters on the pages seen).
const summaryLength = 400
const sentenceBreak = /[.!?]\s+[A-Z]/
// Daily pages show each paper's abstract, however short; trending pages show an AI summary where
// the paper has one and the abstract where it has not, so there each card decides for itself.
const pageHeading = /^ {0,3}# +(Daily|Trending) Papers[ \t]*$/m

/** Where the first truncation marker at or after `from` starts, or -1. */
function truncationAt(source: string, from: number): number {
  for (let at = source.indexOf('[', from); at !== -1; at = source.indexOf('[', at + 1)) {
    truncation.lastIndex = at
    if (truncation.test(source)) return at
  }
  return -1
}

/** What the cards' text is on this page: stated by its heading, else what most cards look like. */
function bodyKind(source: string, cards: readonly Card[]): 'summary' | 'abstract' | undefined {
  const firstCard = cards[0]?.start ?? source.length
  const heading = pageHeading.exec(source.slice(0, Math.min(firstCard, 65536)))
  if (heading) return heading[1] === 'Daily' ? 'abstract' : undefined
  let abstracts = 0
  let summaries = 0
  for (const card of cards) {
    if (card.body.length === 0) continue
    if (looksLikeSummary(card.body.map((part) => part.value).join('\n'))) summaries++
    else abstracts++
  }
  if (abstracts > summaries) return 'abstract'
  return summaries > abstracts ? 'summary' : undefined
}

function looksLikeSummary(value: string): boolean {
  // Normalising keeps every printable ASCII character: this many of them is no summary, without a normalised copy.
  if (value.length >= summaryLength && printableAtLeast(value, summaryLength)) return false
  const text = normalizeWhitespace(value)
  return text.length < summaryLength && !sentenceBreak.test(text)
}

/** Whether `text` has at least `count` printable ASCII characters (never whitespace), stopping as soon as it does. */
function printableAtLeast(text: string, count: number): boolean {
  let seen = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 32 && code < 127 && ++seen >= count) return true
  }
  return false
}

function readHfMarkdown(file: VFile, report: ReaderReport): ReadResult<Entry> {
  const source = String(file.value)
  const place = location(file)
  const position = (start: number, end: number): Position => {
    const from = place.toPoint(start)
    const to = place.toPoint(end)
    return {
      start: { line: from?.line ?? 1, column: from?.column ?? 1, offset: start },
      end: { line: to?.line ?? 1, column: to?.column ?? 1, offset: end },
    }
  }
  const located = (span: Span): Located => ({ value: span.value, position: position(span.start, span.end) })

  const header = readHeader(source)
  const marker = truncationAt(source, header.bodyStart)
  const bodyEnd = marker === -1 ? source.length : marker
  const lines = physicalLines(source, header.bodyStart, bodyEnd)
  const { definitions, definitionLines } = readDefinitions(source, lines)
  const inline = scanInline(source, header.bodyStart, bodyEnd, definitions)
  // The capture's URL resolves relative links only if it parses: a damaged one must not cost
  // every paper its id and URL.
  const captured = header.url?.value
  const context = { source, base: captured && URL.canParse(captured) ? captured : 'https://huggingface.co/' }
  const assembly = assemble(classified(logicalLines(lines, inline.nodes), definitionLines, context))

  const document: DocumentInfo = {}
  if (header.url) document.url = located(header.url)
  if (header.capturedAt) document.capturedAt = located(header.capturedAt)
  if (assembly.date) document.date = located(assembly.date)

  for (const line of assembly.stray) {
    report(
      `Unexpected metadata line \`${clip(source.slice(line.start, line.end))}\` without a paper above it, expected a title first`,
      'hf-markdown:stray-meta',
      position(line.start, line.end),
    )
  }
  if (inline.undefinedLabels.size > 0) {
    const [first] = inline.undefinedLabels.values()
    const labels = [...inline.undefinedLabels.keys()]
    report(
      `Unexpected reference link${labels.length > 1 ? 's' : ''} without definition (${labels
        .slice(0, 3)
        .map((label) => `\`[${label}]\``)
        .join(
          ', ',
        )}${labels.length > 3 ? `, … ${labels.length} in all` : ''}), expected \`[label]: url\` lines; their targets (and arXiv ids) are unknown`,
      'hf-markdown:missing-definition',
      position(first ?? 0, first ?? 0),
      'info',
    )
  }

  const cut = cutEnd(
    source,
    bodyEnd,
    marker !== -1,
    assembly.cards,
    assembly.lastChromeEnd,
    inline.lastOpen,
    lines,
    inline.nodes,
  )
  const entries: Entry[] = []
  const seen = new Map<string, Card>()
  const cards = cut === undefined ? assembly.cards : assembly.cards.filter((card) => card.title.end <= cut)
  const kind = bodyKind(source, cards)
  for (const card of cards) {
    if (!card.linked && card.body.length === 0 && !card.metaStarted && !card.upvoteBox) {
      report(
        `Unexpected heading \`${clip(card.title.value)}\` without a paper link, abstract or metadata, expected a paper card; it was skipped`,
        'hf-markdown:stray-text',
        position(card.title.start, card.title.end),
        'info',
      )
      continue
    }
    const key = paperId(card.url) ?? card.url ?? `title:${normalizeTitle(card.title.value)}`
    const first = seen.get(key)
    if (first) {
      report(
        `Unexpected second card for \`${clip(card.title.value)}\`, expected each paper once; the first card (line ${position(first.start, first.start).start.line}) was kept`,
        'hf-markdown:duplicate',
        position(card.start, card.end),
        'info',
      )
      continue
    }
    seen.set(key, card)
    entries.push(toEntry(card, entries.length, cut, source, located, position, kind))
  }

  if (cut !== undefined) {
    // The message points at the end of the last line before the cut.
    const at = lines[lines.length - 1]?.end ?? bodyEnd
    const last = assembly.cards[assembly.cards.length - 1]
    const lost = last && last.title.end > cut
    const kept = entries[entries.length - 1]
    report(
      `Unexpected end of input, expected the rest of the listing: the capture was cut${
        lost
          ? '; the cut card had no complete title and was skipped'
          : kept && last && last.end > cut
            ? `; the card \`${clip(last.title.value)}\` keeps only the fields before the cut`
            : ''
      }`,
      'hf-markdown:truncated',
      position(at, at),
    )
  }
  return { entries, document }
}

/** Each logical line with what it is; definition lines are skipped. */
function* classified(
  logical: Iterable<LogicalLine>,
  definitionLines: ReadonlySet<number>,
  context: Parameters<typeof classify>[1],
): Generator<readonly [LogicalLine, Piece]> {
  for (const line of logical) yield [line, definitionLines.has(line.start) ? skip : classify(line, context)]
}

const skip: Piece = { kind: 'skip' }

/** `[label]: url` lines: the reference definitions, and which lines they are. */
function readDefinitions(source: string, lines: readonly LineSpan[]) {
  const definitions = new Map<string, string>()
  const definitionLines = new Set<number>()
  for (const line of lines) {
    if (!opensDefinition(source, line.start, line.end)) continue
    const match = definition.exec(source.slice(line.start, Math.min(line.end, line.start + 4096)))
    if (!match) continue
    definitionLines.add(line.start)
    const label = normalizeLabel(match[1] as string)
    if (!definitions.has(label)) definitions.set(label, unescapeMarkdown(match[2] as string))
  }
  return { definitions, definitionLines }
}

/**
 * Whether the line `[start, end)` opens as {@link definition} does, `[label]:` after at most
 * three spaces, checked without a slice: most lines that open with `[` are links, and the
 * pattern would read their whole text before failing at the `](`.
 */
function opensDefinition(source: string, start: number, end: number): boolean {
  let index = start
  while (index < end && index < start + 3 && source.charCodeAt(index) === 32) index++
  if (index >= end || source.charCodeAt(index) !== 91 /* [ */) return false
  // The label is 1 to 1,000 characters without `]`, so the first `]` closes it.
  const limit = Math.min(end, index + 1002)
  for (let at = index + 1; at < limit; at++) {
    if (source.charCodeAt(at) !== 93 /* ] */) continue
    return at > index + 1 && at + 1 < end && source.charCodeAt(at + 1) === 58 /* : */
  }
  return false
}

/**
 * Where a cut capture stops being trustworthy, or `undefined` when it was not cut. It was
 * cut when it says so (`[Content truncated]`), when a link in the last card never closes,
 * or when it ends without a line break inside a card (pages always go on after their last
 * card, with paging links or a footer). Text on the last
 * line after its last complete link may be a fragment (`Jul 3` of `Jul 31`), so values are
 * kept only up to the end of the last complete line or link.
 */
function cutEnd(
  source: string,
  bodyEnd: number,
  marked: boolean,
  cards: readonly Card[],
  lastChromeEnd: number,
  lastOpen: number,
  lines: readonly LineSpan[],
  nodes: readonly InlineNode[],
): number | undefined {
  const last = cards[cards.length - 1]
  let end = bodyEnd
  while (end > 0 && (source.charCodeAt(end - 1) === 32 || source.charCodeAt(end - 1) === 9)) end--
  const endsWithBreak = end === 0 || source.charCodeAt(end - 1) === 10 || source.charCodeAt(end - 1) === 13
  const cut =
    marked ||
    (lastOpen !== -1 && lastOpen >= (last ? last.start : 0)) ||
    (last !== undefined && !endsWithBreak && lastChromeEnd <= last.start)
  if (!cut) return undefined
  const line = lines[lines.length - 1]
  if (!line) return bodyEnd
  let safe = line.start
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index] as InlineNode
    if (node.type === 'text') continue
    if (node.end > safe && node.end <= bodyEnd) safe = node.end
    break
  }
  return safe
}

function toEntry(
  card: Card,
  index: number,
  cut: number | undefined,
  source: string,
  located: (span: Span) => Located,
  position: (start: number, end: number) => Position,
  pageKind: 'summary' | 'abstract' | undefined,
): Entry {
  const keep = (span: Span | undefined): span is Span => span !== undefined && (cut === undefined || span.end <= cut)
  const fields: EntryFields = { title: located(card.title) }
  if (card.url) fields.url = { value: card.url, position: position(card.title.start, card.title.end) }
  if (keep(card.upvotes)) fields.upvotes = located(card.upvotes)
  const body = card.body
  if (body.length > 0 && body.every(keep)) {
    const first = body[0] as Span
    const last = body[body.length - 1] as Span
    const value = body.map((part) => part.value).join('\n')
    const kind = pageKind ?? (looksLikeSummary(value) ? 'summary' : 'abstract')
    fields[kind] = located({ value, start: first.start, end: last.end })
  }
  const { authorCount, organization, publishedAt, comments } = card.meta
  if (keep(authorCount)) fields.authorCount = located(authorCount)
  if (keep(organization)) fields.organization = located(organization)
  if (keep(publishedAt)) fields.publishedAt = located(publishedAt)
  if (keep(comments)) fields.comments = located(comments)
  const end = cut === undefined ? card.end : Math.min(card.end, cut)
  return {
    reader: 'hf-markdown',
    index,
    text: source.slice(card.start, end),
    position: position(card.start, end),
    fields,
    links: card.links.map((link) => entryLink(link, position(link.start, link.end))),
  }
}

/** `link` without its offsets, with its position: the keys copied one by one (a rest and spread take V8's slow path). */
function entryLink(link: CardLink, at: Position): EntryLink {
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(link) as Array<keyof CardLink>) {
    if (key !== 'start' && key !== 'end') copy[key] = link[key]
  }
  copy.position = at
  return copy as unknown as EntryLink
}
