import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { DocumentInfo, Entry, EntryFields, Located } from '../../core/entry.js'
import { defineReader, type Reader, type ReaderReport, type ReadResult, reporter } from '../../core/reader.js'
import { trustReader } from '../../core/trusted.js'
import type { Position } from '../../schema/position.js'
import { clip } from '../../util/text.js'
import { lineSpan, type TextLine, textParse } from '../text/tree.js'
import { chromeLines, pageMarkers } from './chrome.js'
import { type MetaLine, type Part, parseMetaLine } from './meta-line.js'

/**
 * The Hugging Face papers listing (daily, search, trending) as a browser copies it to
 * plain text: chrome, then per paper a title line, the abstract paragraph and the
 * `• N authors` / `·` / date [comments] lines, the last of which may be missing.
 */
export const hfText: Reader = trustReader(
  // Trusted: its entries are plain data, which the core freezes without settling getters first.
  defineReader({
    name: 'hf-text',
    sniff(sample) {
      const head = sample.trimStart()
      if (head.startsWith('<') || head.startsWith('{') || head.startsWith('[')) return 0
      if (pageMarkers.some((marker) => sample.includes(marker))) return 0.9
      return /^[ \t\u00a0]*(?:[•*-][ \t\u00a0]*)?\d{1,5} authors?[ \t\u00a0]*\r?$/m.test(sample) ? 0.7 : 0
    },
    read: (file, context) => readHfText(file, reporter(context)),
  }),
)

// Text goes through unified like HTML does: a parser plugin of our own that keeps positions.
const processor = unified().use(textParse).freeze()

/** A line as the reader sees it: trimmed, NBSP as space, with how much was trimmed on the left. */
interface Line {
  node: TextLine
  text: string
  lead: number
  meta: MetaLine | undefined
}

/** A paper being assembled. */
interface Draft {
  title: Line
  abstract: Line[]
  meta: Array<{ line: Line; meta: MetaLine }>
  end: Line
}

function readHfText(file: VFile, report: ReaderReport): ReadResult<Entry> {
  const source = String(file.value)
  const tree = processor.parse(file)
  const entries: Entry[] = []
  const document: DocumentInfo = {}
  let draft: Draft | undefined

  const close = () => {
    if (!draft) return
    const entry = toEntry(draft, source, entries.length)
    if (entry) entries.push(entry)
    else
      report(
        `Unexpected text \`${clip(draft.title.text)}\` without an abstract or author/date lines, expected a paper entry; it was skipped`,
        'hf-text:stray-text',
        draft.title.node.position,
        'info',
      )
    draft = undefined
  }

  const blocks = tree.children.map((block) => block.children.map(toLine))
  for (const [at, lines] of blocks.entries()) {
    // Chrome counts only as whole blocks of known lines, and never where an abstract is due.
    const expectingAbstract = draft !== undefined && draft.abstract.length === 0 && draft.meta.length === 0
    if (!expectingAbstract && lines.every(isChrome)) continue
    let index = 0
    while (index < lines.length) {
      const line = lines[index] as Line
      if (line.meta) {
        if (draft) {
          draft.meta.push({ line, meta: line.meta })
          draft.end = line
        } else if (entries.length === 0 && line.meta.date && !document.date) {
          document.date = located(line, line.meta.date)
        } else {
          report(
            `Unexpected metadata line \`${clip(line.text)}\` without a paper above it, expected a title and abstract first`,
            'hf-text:stray-meta',
            line.node.position,
          )
        }
        index++
        continue
      }
      // A run of text lines up to the next metadata line.
      let stop = index
      while (stop < lines.length && !(lines[stop] as Line).meta) stop++
      const run = lines.slice(index, stop)
      // A lone line with the metadata right after it and no abstract between ends the abstract
      // (`Code and data: …`); a new paper's title would have its abstract there.
      const continues = run.length === 1 && (lines[stop] ?? blocks[at + 1]?.[0])?.meta !== undefined
      index = stop
      if (draft && draft.meta.length > 0) close()
      if (draft && draft.abstract.length > 0 && !continues && looksLikeTitle(run)) close()
      if (!draft) {
        const [title, ...rest] = run as [Line, ...Line[]]
        draft = { title, abstract: rest, meta: [], end: run[run.length - 1] as Line }
      } else {
        // A loop, not `push(...run)`: a spread of a 200,000-line block overflows the stack.
        for (const line of run) draft.abstract.push(line)
        draft.end = run[run.length - 1] as Line
      }
    }
  }
  close()
  return { entries, document }
}

function toLine(node: TextLine): Line {
  const raw = node.value.includes('\u00a0') ? node.value.replace(/\u00a0/g, ' ') : node.value
  const text = raw.trim()
  // The trimmed text starts where the leading whitespace ends.
  const lead = text === '' ? 0 : raw.length - raw.trimStart().length
  return { node, text, lead, meta: parseMetaLine(text) }
}

// Lower-casing never makes a string shorter, so a line longer than every chrome line is none
// (abstract lines are, and need no lower-cased copy).
const longestChrome = Math.max(...[...chromeLines].map((line) => line.length))

function isChrome(line: Line): boolean {
  return line.text.length <= longestChrome && chromeLines.has(line.text.toLowerCase())
}

/**
 * A title is one short line that does not end like a sentence (abstracts run longer) and holds
 * no URL (a `Code: https://…` line after an abstract does).
 */
function looksLikeTitle(run: Line[]): boolean {
  const first = run[0]
  if (first === undefined || first.text.length > 300 || /[.,;:]$/.test(first.text)) return false
  return !first.text.includes('://') && !first.text.toLowerCase().includes('www.')
}

function toEntry(draft: Draft, source: string, index: number): Entry | undefined {
  if (draft.abstract.length === 0 && draft.meta.length === 0) return undefined
  const fields: EntryFields = { title: whole(draft.title) }
  if (draft.abstract.length > 0) {
    const first = draft.abstract[0] as Line
    const last = draft.abstract[draft.abstract.length - 1] as Line
    fields.abstract = spanning(source, first, last)
  }
  for (const { line, meta } of draft.meta) {
    // The first value of each kind wins; a copy that repeats a line adds nothing.
    if (meta.authorCount && !fields.authorCount) fields.authorCount = located(line, meta.authorCount)
    if (meta.date && !fields.publishedAt) fields.publishedAt = located(line, meta.date)
    if (meta.comments && !fields.comments) fields.comments = located(line, meta.comments)
  }
  const position: Position = { start: draft.title.node.position.start, end: draft.end.node.position.end }
  return {
    reader: 'hf-text',
    index,
    text: source.slice(position.start.offset, position.end.offset),
    position,
    fields,
    links: [],
  }
}

function located(line: Line, part: Part): Located {
  return { value: part.value, position: lineSpan(line.node, line.lead + part.from, line.lead + part.to) }
}

function whole(line: Line): Located {
  return located(line, { value: line.text, from: 0, to: line.text.length })
}

function spanning(source: string, first: Line, last: Line): Located {
  const start = lineSpan(first.node, first.lead, first.lead + first.text.length).start
  const end = lineSpan(last.node, last.lead, last.lead + last.text.length).end
  return { value: source.slice(start.offset, end.offset), position: { start, end } }
}
