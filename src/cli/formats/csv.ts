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
 * CSV (RFC 4180): a header row, then one row per paper, CRLF line ends, fields with a quote,
 * comma or line break quoted and their quotes doubled. An empty cell is an absent value.
 * Written here rather than with csv-stringify: the rule is these few lines.
 */
export function toCsv(papers: readonly Paper[]): string {
  return [...csvRows(papers)].join('')
}

/** {@link toCsv} row by row, for streaming. */
export function* csvRows(papers: readonly Paper[]): Generator<string> {
  yield `${columns.map(([name]) => quote(name)).join(',')}\r\n`
  for (const paper of papers) yield `${columns.map(([, get]) => quote(get(paper))).join(',')}\r\n`
}

function join(values: readonly string[] | undefined): string | undefined {
  return values && values.length > 0 ? values.join('; ') : undefined
}

function quote(value: Cell): string {
  const text = value === undefined ? '' : escapeControls(String(value))
  return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
