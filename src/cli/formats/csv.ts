import type { Paper } from '../../schema/paper.js'
import { escapeControls } from './escape.js'

type Cell = string | number | undefined

/** The columns, in order; lists are joined with `; `. */
const columns: ReadonlyArray<[string, (paper: Paper) => Cell]> = [
  ['id', (paper) => paper.id],
  ['arxivId', (paper) => paper.arxivId],
  ['title', (paper) => paper.title],
  ['authors', (paper) => join(paper.authors.map((author) => author.name))],
  ['authorCount', (paper) => paper.authorCount],
  ['publishedAt', (paper) => paper.publishedAt],
  ['updatedAt', (paper) => paper.updatedAt],
  ['submittedAt', (paper) => paper.submittedAt],
  ['upvotes', (paper) => paper.upvotes],
  ['comments', (paper) => paper.comments],
  ['url', (paper) => paper.url],
  ['pdfUrl', (paper) => paper.pdfUrl],
  ['doi', (paper) => paper.doi],
  ['categories', (paper) => join(paper.categories)],
  ['keywords', (paper) => join(paper.keywords)],
  ['repositories', (paper) => join(paper.repositories.map((repository) => repository.url))],
  ['projectPages', (paper) => join(paper.projectPages)],
  ['links', (paper) => join(paper.links.map((link) => link.url))],
  ['datasets', (paper) => join(paper.datasets.map((dataset) => dataset.name))],
  ['comment', (paper) => paper.comment],
  ['journalRef', (paper) => paper.journalRef],
  ['organization', (paper) => paper.organization],
  ['abstract', (paper) => paper.abstract],
  ['source', (paper) => paper.source.format],
]

const special = /[",\r\n]/
/**
 * What a spreadsheet takes for the start of a formula (OWASP "CSV Injection": `=`, `+`, `-`,
 * `@`, and tab and carriage return, which some spreadsheets skip before one).
 */
const formulaStart = /^[=+\-@\t\r]/

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8 rather than the
   * system's code page (default: `false`; other tools show the mark as a stray character).
   */
  bom?: boolean | undefined
}

/**
 * CSV (RFC 4180): a header row, then one row per paper, CRLF line ends, fields with a quote,
 * comma or line break quoted and their quotes doubled. An empty cell is an absent value.
 * A cell a spreadsheet would run as a formula (a title such as `=HYPERLINK(…)` on a hostile
 * page) gets a leading `'`, as OWASP advises, and is quoted: spreadsheets then show it as text.
 * Written here rather than with csv-stringify: the rule is these few lines.
 */
export function toCsv(papers: readonly Paper[], options: CsvOptions = {}): string {
  return [...csvRows(papers, options)].join('')
}

/** {@link toCsv} row by row, for streaming. */
export function* csvRows(papers: readonly Paper[], options: CsvOptions = {}): Generator<string> {
  yield `${options.bom ? '\uFEFF' : ''}${columns.map(([name]) => quote(name)).join(',')}\r\n`
  for (const paper of papers) yield `${columns.map(([, get]) => quote(get(paper))).join(',')}\r\n`
}

function join(values: readonly string[] | undefined): string | undefined {
  return values && values.length > 0 ? values.join('; ') : undefined
}

function quote(value: Cell): string {
  const text = value === undefined ? '' : escapeControls(String(value))
  if (typeof value === 'string' && formulaStart.test(text)) return `"'${text.replaceAll('"', '""')}"`
  return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
