/**
 * COinS (ContextObjects in Spans): `<span class="Z3988" title="ctx_ver=Z39.88-2004&rft.atitle=…">`,
 * an OpenURL key/value string per paper (https://en.wikipedia.org/wiki/COinS).
 */
import type { EntryFields, Located } from '../../core/entry.js'
import type { Element } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { setDate, setLink } from './fields.js'

/** One paper from a COinS span. */
export interface CoinsItem {
  element: Element
  fields: EntryFields
}

/** The papers the page's COinS spans describe, in document order. */
export function readCoins(page: HtmlPage, spans: readonly Element[]): CoinsItem[] {
  const found: CoinsItem[] = []
  for (const span of spans) {
    const params = new URLSearchParams(page.attribute(span, 'title') ?? '')
    const position = page.positionOf(span)
    const at = (value: string): Located => ({ value: value.replace(/\s+/g, ' ').trim(), position })
    const fields: EntryFields = {}
    const article = params.get('rft.atitle')
    const title = article ?? params.get('rft.title') ?? params.get('rft.btitle')
    if (!title?.trim()) continue
    fields.title = at(title)
    const authors = params.getAll('rft.au').filter((name) => name.trim())
    if (authors.length === 0) {
      const last = params.get('rft.aulast')
      const first = params.get('rft.aufirst') ?? params.get('rft.auinit')
      if (last) authors.push(first ? `${first} ${last}` : last)
    }
    if (authors.length > 0) fields.authors = authors.map(at)
    setDate(fields, params.get('rft.date') ?? undefined, position)
    const venue = article ? (params.get('rft.jtitle') ?? params.get('rft.btitle') ?? params.get('rft.title')) : null
    if (venue?.trim()) fields.venue = at(venue)
    const pages =
      params.get('rft.pages') ?? [params.get('rft.spage'), params.get('rft.epage')].filter(Boolean).join('-')
    if (pages) fields.pages = at(pages)
    for (const id of params.getAll('rft_id')) {
      const doi = /^info:doi\/(.+)$/i.exec(id)?.[1]
      setLink(fields, doi ?? id, position)
    }
    found.push({ element: span, fields })
  }
  return found
}
