import type { VFileMessage } from 'vfile-message'
import type { Paper } from '../schema/paper.js'
import { toBibtex } from './formats/bibtex.js'
import { toCsl } from './formats/csl.js'
import { toCsv } from './formats/csv.js'
import { toRis } from './formats/ris.js'

/** Output formats of `papersift parse`. */
export const outputFormats = ['json', 'jsonl', 'table', 'csv', 'bibtex', 'csl-json', 'ris'] as const
export type OutputFormat = (typeof outputFormats)[number]

/** Render records for stdout. */
export async function formatPapers(papers: readonly Paper[], format: OutputFormat, width = 120): Promise<string> {
  if (format === 'json') return `${JSON.stringify(papers, null, 2)}\n`
  if (format === 'jsonl') return papers.map((paper) => `${JSON.stringify(paper)}\n`).join('')
  if (format === 'csv') return toCsv(papers)
  if (format === 'bibtex') return toBibtex(papers)
  if (format === 'csl-json') return `${JSON.stringify(toCsl(papers), null, 2)}\n`
  if (format === 'ris') return toRis(papers)
  return table(papers, width)
}

/** One message per line: `file:line:col: severity reason [ruleId]`, as compilers print them. */
export function formatMessage(message: VFileMessage, name: string): string {
  const place = message.place
  const point = place && 'start' in place ? place.start : place
  const where = point ? `${point.line}:${point.column}` : '1:1'
  const severity = message.fatal === false ? 'warning' : message.fatal === true ? 'error' : 'info'
  return `${name}:${where}: ${severity} ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`
}

function table(papers: readonly Paper[], width: number): string {
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
  const rows = papers.map((paper, index) => [
    String(index + 1),
    ...shown.map(([, get]) => String(get(paper) ?? '-')),
    paper.title,
  ])
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)))
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
  const rule = widths.map((size) => '-'.repeat(size)).join('  ')
  return `${[line(header), rule, ...rows.map(line)].join('\n')}\n${papers.length} paper${papers.length === 1 ? '' : 's'}\n`
}
