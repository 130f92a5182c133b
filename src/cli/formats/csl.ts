import type { Paper } from '../../schema/paper.js'
import { citationKeys } from './cite-key.js'
import { splitName } from './names.js'

/** One CSL-JSON item (https://github.com/citation-style-language/schema, csl-data.json). */
export type CslItem = Record<string, unknown> & { id: string; type: string }

/**
 * CSL-JSON for citation managers (Zotero, Pandoc, citeproc). A preprint is CSL type `article`,
 * with arXiv as `publisher` and `arXiv:<id>` as `number`, as Zotero writes preprints.
 */
export function toCsl(papers: readonly Paper[]): CslItem[] {
  const keys = citationKeys(papers)
  return papers.map((paper, index) => {
    const item: CslItem = { id: paper.id, 'citation-key': keys[index] ?? paper.id, type: 'article', title: paper.title }
    if (paper.authors.length > 0) item.author = paper.authors.map((author) => splitName(author.name))
    if (paper.publishedAt) item.issued = { 'date-parts': [paper.publishedAt.split('-').map(Number)] }
    if (paper.abstract) item.abstract = paper.abstract
    if (paper.arxivId) {
      item.publisher = 'arXiv'
      item.number = `arXiv:${paper.arxivId}`
    }
    if (paper.arxivVersion !== undefined) item.version = String(paper.arxivVersion)
    if (paper.doi) item.DOI = paper.doi
    if (paper.url) item.URL = paper.url
    if (paper.categories) item.categories = paper.categories
    if (paper.keywords) item.keyword = paper.keywords.join(', ')
    if (paper.comment) item.note = paper.comment
    return item
  })
}
