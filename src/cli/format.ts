import type { VFileMessage } from 'vfile-message'
import type { Paper } from '../schema/paper.js'
import { bibtexEntries } from './formats/bibtex.js'
import { toCsl } from './formats/csl.js'
import { csvRows } from './formats/csv.js'
import { escapeControls, escapeJson } from './formats/escape.js'
import { risRecords } from './formats/ris.js'

/** Output formats of `papersift parse`. */
export const outputFormats = ['json', 'jsonl', 'table', 'csv', 'bibtex', 'csl-json', 'ris'] as const
export type OutputFormat = (typeof outputFormats)[number]

/** Render records for stdout, as one string (see {@link formatChunks} to stream them). */
export async function formatPapers(papers: readonly Paper[], format: OutputFormat, width = 120): Promise<string> {
  let text = ''
  for await (const chunk of formatChunks(papers, format, width)) text += chunk
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
  width = 120,
): AsyncGenerator<string> {
  if (format === 'json') yield* jsonArray(papers)
  else if (format === 'jsonl') for (const paper of papers) yield `${escapeJson(JSON.stringify(paper))}\n`
  else if (format === 'csv') yield* csvRows(papers)
  else if (format === 'bibtex') yield* bibtexEntries(papers)
  else if (format === 'csl-json') yield* jsonArray(toCsl(papers))
  else if (format === 'ris') yield* risRecords(papers)
  else yield* table(papers, width)
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

function* table(papers: readonly Paper[], width: number): Generator<string> {
  const columns: Array<[string, (paper: Paper) => string | number | undefined]> = [
    ['date', (paper) => paper.publishedAt],
    ['authors', (paper) => paper.authorCount],
    ['comments', (paper) => paper.comments],
    ['upvotes', (paper) => paper.upvotes],
    ['arXiv', (paper) => paper.arxivId],
  ]
  // Columns no paper fills are left out, so each listing shows what it has.
  const shown = columns.filter(([, get]) => papers.some((paper) => get(paper) !== undefined))
  const header = ['#', ...shown.map(([name]) => name), 'title']
  const row = (paper: Paper, index: number) => [
    String(index + 1),
    ...shown.map(([, get]) => String(get(paper) ?? '-')),
    escapeControls(paper.title.replace(breaks, ' ')),
  ]
  // Widths in a first pass over the rows (numbers only kept), then the rows are made again and written one by one.
  const widths = header.map((cell) => cell.length)
  for (const [index, paper] of papers.entries()) {
    for (const [column, cell] of row(paper, index).entries())
      widths[column] = Math.max(widths[column] ?? 0, cell.length)
  }
  const last = widths.length - 1
  const fixed = widths.slice(0, last).reduce((sum, value) => sum + value + 2, 0)
  widths[last] = Math.max(20, Math.min(widths[last] ?? 0, width - fixed))
  const numeric = (column: number) => column === 0 || ['authors', 'comments', 'upvotes'].includes(header[column] ?? '')
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const size = widths[column] ?? 0
        const text = cell.length > size ? `${cell.slice(0, size - 1)}…` : cell
        return numeric(column) ? text.padStart(size) : text.padEnd(size)
      })
      .join('  ')
      .trimEnd()
  yield `${line(header)}\n${widths.map((size) => '-'.repeat(size)).join('  ')}\n`
  for (const [index, paper] of papers.entries()) yield `${line(row(paper, index))}\n`
  yield `${papers.length} paper${papers.length === 1 ? '' : 's'}\n`
}
