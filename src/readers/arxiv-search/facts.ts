import type { DocumentInfo } from '../../core/entry.js'
import { find, hasClass, type LightTree, textOf } from '../html/light-tree.js'

// arxiv-search `search/templates/search/search.html`: `Showing 1&ndash;200 of 77,800 results for …`.
const showing = /^Showing (\d[\d,]{0,15}\s?[-\u2013]\s?\d[\d,]{0,15}) of (\d[\d,]{0,19}) results?\b/

/** What a search page states about the whole result set: its total, and the range this page shows. */
export function readSearchFacts(page: LightTree): DocumentInfo {
  const title = find(page.document, (element) => element.tagName === 'h1' && hasClass(element, 'title'))
  const match = title && showing.exec(textOf(title).trim())
  if (!title || !match?.[1] || !match[2]) return {}
  const position = page.positionOf(title)
  return { range: { value: match[1], position }, total: { value: match[2], position } }
}
