import type { Paper } from '../../schema/paper.js'
import { escapeControls } from './escape.js'
import { splitName } from './names.js'

const lineBreaks = /[\r\n]+/g

/**
 * RIS (the RefMan tagged format most reference managers import): `TAG  - value` lines, CRLF,
 * one `ER` per record. arXiv papers are `UNPB` (unpublished work) with arXiv as publisher; other
 * papers `GEN`. Authors as `Family, Given`.
 */
export function toRis(papers: readonly Paper[]): string {
  return [...risRecords(papers)].join('')
}

/** {@link toRis} record by record, for streaming. */
export function* risRecords(papers: readonly Paper[]): Generator<string> {
  for (const [index, paper] of papers.entries()) yield `${index === 0 ? '' : '\r\n'}${risRecord(paper)}\r\n`
}

function risRecord(paper: Paper): string {
  {
    const lines: Array<[string, string]> = [
      ['TY', paper.arxivId ? 'UNPB' : 'GEN'],
      ['TI', paper.title],
    ]
    for (const { name } of paper.authors) {
      const split = splitName(name)
      const family = [split['non-dropping-particle'], split.family].filter(Boolean).join(' ')
      lines.push(['AU', split.literal ?? [family, split.given, split.suffix].filter(Boolean).join(', ')])
    }
    if (paper.publishedAt) {
      lines.push(['PY', paper.publishedAt.slice(0, 4)], ['DA', `${paper.publishedAt.replaceAll('-', '/')}/`])
    }
    if (paper.abstract) lines.push(['AB', paper.abstract])
    if (paper.arxivId) lines.push(['PB', 'arXiv'], ['AN', `arXiv:${paper.arxivId}`])
    if (paper.doi) lines.push(['DO', paper.doi])
    if (paper.url) lines.push(['UR', paper.url])
    if (paper.pdfUrl) lines.push(['L1', paper.pdfUrl])
    for (const keyword of [...(paper.keywords ?? []), ...(paper.categories ?? [])]) lines.push(['KW', keyword])
    if (paper.comment) lines.push(['N1', paper.comment])
    lines.push(['ER', ''])
    return lines
      .map(([tag, value]) => `${tag}  - ${escapeControls(value.replace(lineBreaks, ' '))}`.trimEnd())
      .join('\r\n')
  }
}
