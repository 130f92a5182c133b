import type { VFileMessage } from 'vfile-message'
import type { Paper } from '../schema/paper.js'
import { bibtexEntries } from './formats/bibtex.js'
import { toCsl } from './formats/csl.js'
import { csvRows } from './formats/csv.js'
import { escapeControls, escapeJson } from './formats/escape.js'
import { risRecords } from './formats/ris.js'
import { displayWidth, pad, truncate } from './formats/width.js'
import { outputRecord } from './record.js'

/** Output formats of `papersift parse`. */
export const outputFormats = ['json', 'jsonl', 'table', 'csv', 'bibtex', 'csl-json', 'ris'] as const
export type OutputFormat = (typeof outputFormats)[number]

/** How `papersift parse` writes its output, besides the format. */
export interface OutputOptions {
  /** Terminal columns the table fits (default: `120`). */
  width?: number | undefined
  /** Keep each record's `provenance` in JSON and JSON Lines (default: `true`; `--no-provenance`). */
  provenance?: boolean | undefined
  /** Start CSV with a UTF-8 byte order mark (default: `false`; `--bom`). */
  bom?: boolean | undefined
}

/** Render records for stdout, as one string (see {@link formatChunks} to stream them). */
export async function formatPapers(
  papers: readonly Paper[],
  format: OutputFormat,
  options: OutputOptions = {},
): Promise<string> {
  let text = ''
  for await (const chunk of formatChunks(papers, format, options)) text += chunk
  return text
}

/**
 * Render records for stdout record by record: the whole output is never one string, so a large
 * input's output is written as it is made. Control characters from the input are escaped in
 * every format (JSON's own escapes, and `\u` escapes for what `JSON.stringify` leaves raw).
 */
export async function* formatChunks(
  papers: readonly Paper[],
  format: OutputFormat,
  options: OutputOptions = {},
): AsyncGenerator<string> {
  // JSON and JSON Lines put `id` and `title` first (see `outputRecord`).
  const records = (format === 'json' || format === 'jsonl') && papers.map((paper) => outputRecord(paper, options))
  if (format === 'json') yield* jsonArray(records || [])
  else if (format === 'jsonl') for (const record of records || []) yield `${escapeJson(JSON.stringify(record))}\n`
  else if (format === 'csv') yield* csvRows(papers, options)
  else if (format === 'bibtex') yield* bibtexEntries(papers)
  else if (format === 'csl-json') yield* jsonArray(toCsl(papers))
  else if (format === 'ris') yield* risRecords(papers)
  else yield* table(papers, options.width ?? 120)
}

/** `JSON.stringify(items, null, 2)`, one item at a time. */
function* jsonArray(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) {
    yield '[]\n'
    return
  }
  for (const [index, item] of items.entries()) {
    // Nested one level: every line of the item gets two more spaces (strings hold no raw line breaks).
    const json = escapeJson(JSON.stringify(item, null, 2)).replaceAll('\n', '\n  ')
    yield `${index === 0 ? '[\n' : ',\n'}  ${json}`
  }
  yield '\n]\n'
}

// A line break or tab inside a one-line diagnostic or table cell.
const breaks = /[\t\r\n]+/g

/** One message per line: `file:line:col: severity reason [ruleId]`, as compilers print them; control characters escaped. */
export function formatMessage(message: VFileMessage, name: string): string {
  const place = message.place
  const point = place && 'start' in place ? place.start : place
  const where = point ? `${point.line}:${point.column}` : '1:1'
  const severity = message.fatal === false ? 'warning' : message.fatal === true ? 'error' : 'info'
  const line = `${name}:${where}: ${severity} ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`
  return escapeControls(line.replace(breaks, ' '))
}

/** Where the first repository is, short: `owner/repo` on GitHub, `host/owner/repo` elsewhere. */
function code(paper: Paper): string | undefined {
  const repository = paper.repositories[0]
  if (!repository) return undefined
  const path = repository.url.replace(/^https?:\/\//, '')
  return path.startsWith('github.com/') ? path.slice('github.com/'.length) : path
}

// The code column is cut beyond this many columns, so the title keeps the room.
const codeWidth = 28

function* table(papers: readonly Paper[], width: number): Generator<string> {
  const columns: Array<[string, (paper: Paper) => string | number | undefined]> = [
    ['date', (paper) => paper.publishedAt],
    ['authors', (paper) => paper.authorCount],
    ['comments', (paper) => paper.comments],
    ['upvotes', (paper) => paper.upvotes],
    ['arXiv', (paper) => paper.arxivId],
    ['code', code],
  ]
  // Columns no paper fills are left out, so each listing shows what it has.
  const shown = columns.filter(([, get]) => papers.some((paper) => get(paper) !== undefined))
  const header = ['#', ...shown.map(([name]) => name), 'title']
  const row = (paper: Paper, index: number) => [
    String(index + 1),
    ...shown.map(([, get]) => escapeControls(String(get(paper) ?? '-'))),
    escapeControls(paper.title.replace(breaks, ' ')),
  ]
  // Widths in terminal columns (a CJK character takes two), in a first pass over the rows
  // (numbers only kept); then the rows are made again and written one by one.
  const widths = header.map((cell) => displayWidth(cell))
  for (const [index, paper] of papers.entries()) {
    for (const [column, cell] of row(paper, index).entries())
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell))
  }
  const codeColumn = header.indexOf('code')
  if (codeColumn !== -1) widths[codeColumn] = Math.min(widths[codeColumn] ?? 0, codeWidth)
  const last = widths.length - 1
  const fixed = widths.slice(0, last).reduce((sum, value) => sum + value + 2, 0)
  widths[last] = Math.max(20, Math.min(widths[last] ?? 0, width - fixed))
  const numeric = (column: number) => column === 0 || ['authors', 'comments', 'upvotes'].includes(header[column] ?? '')
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => pad(truncate(cell, widths[column] ?? 0), widths[column] ?? 0, numeric(column)))
      .join('  ')
      .trimEnd()
  // An empty listing is still an answer: say so rather than print a header over nothing.
  if (papers.length > 0) yield `${line(header)}\n${widths.map((size) => '-'.repeat(size)).join('  ')}\n`
  for (const [index, paper] of papers.entries()) yield `${line(row(paper, index))}\n`
  yield `${papers.length} paper${papers.length === 1 ? '' : 's'}\n`
}
