/**
 * A paper's own landing page: Highwire Press `citation_*` meta tags (what Google Scholar reads),
 * else Dublin Core (`DC.title`, `dc.creator`, `dcterms.*`) when they describe a scholarly text.
 */
import type { EntryFields, Located } from '../../core/entry.js'
import type { Element } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { setDate, setLink } from './fields.js'

/** The page's own paper from its meta tags, or `undefined` when they describe none. */
export function readMetaTags(
  page: HtmlPage,
  metas: readonly Element[],
): { fields: EntryFields; element: Element } | undefined {
  // Most pages have no title tag among their meta tags, and then no paper of their own: asked
  // first, by name alone, without collapsing every tag's content and filing it.
  if (!metas.some((meta) => titleNames.has(metaName(page, meta)))) return undefined
  const values = new Map<string, Array<{ value: string; element: Element }>>()
  for (const meta of metas) {
    const name = metaName(page, meta)
    const value = (page.attribute(meta, 'content') ?? '').replace(/\s+/g, ' ').trim()
    if (!name || !value) continue
    const list = values.get(name)
    if (list) list.push({ value, element: meta })
    else values.set(name, [{ value, element: meta }])
  }
  const first = (...names: string[]) => {
    for (const name of names) {
      const found = values.get(name)?.[0]
      if (found) return found
    }
    return undefined
  }
  const all = (...names: string[]) => {
    for (const name of names) {
      const found = values.get(name)
      if (found && found.length > 0) return found
    }
    return []
  }
  const at = (item: { value: string; element: Element }): Located => ({
    value: item.value,
    position: page.positionOf(item.element),
  })
  const citationTitle = first('citation_title')
  const dcTitle = first('dc.title', 'dcterms.title')
  let title = citationTitle
  if (!title && dcTitle) {
    // Blogs set DC.title too: ask for a scholarly type or a DOI before calling it a paper.
    const type = first('dc.type', 'dcterms.type')?.value ?? ''
    const identifier = first('dc.identifier', 'dcterms.identifier')?.value ?? ''
    const creator = first('dc.creator', 'dcterms.creator')
    const scholarly =
      /article|paper|preprint|thesis|report|proceedings|conference|journal/i.test(type) ||
      /\b10\.\d{4,9}\//.test(identifier)
    if (creator && scholarly) title = dcTitle
  }
  if (!title) return undefined
  const fields: EntryFields = { title: at(title) }
  const dublin = title === dcTitle
  const authors = dublin ? all('dc.creator', 'dcterms.creator') : all('citation_author', 'dc.creator')
  if (authors.length > 0) {
    // Some pages put every author in one tag, separated by semicolons.
    fields.authors = authors.flatMap((item) =>
      item.value.includes(';')
        ? item.value
            .split(';')
            .map((name) => name.trim())
            .filter(Boolean)
            .map((name) => ({ value: reorder(name), position: page.positionOf(item.element) }))
        : [{ value: reorder(item.value), position: page.positionOf(item.element) }],
    )
  }
  const date = dublin
    ? first('dc.date', 'dcterms.issued', 'dcterms.date', 'dc.date.issued')
    : first('citation_publication_date', 'citation_date', 'citation_online_date', 'citation_year', 'dc.date')
  if (date) setDate(fields, date.value, page.positionOf(date.element))
  const venue = dublin
    ? first('dc.source', 'dcterms.ispartof', 'dcterms.bibliographiccitation')
    : first(
        'citation_journal_title',
        'citation_conference_title',
        'citation_inbook_title',
        'citation_book_title',
        'citation_series_title',
      )
  if (venue) fields.venue = at(venue)
  const firstPage = first('citation_firstpage')
  const lastPage = first('citation_lastpage')
  if (firstPage) {
    fields.pages = {
      value: lastPage ? `${firstPage.value}-${lastPage.value}` : firstPage.value,
      position: page.positionOf(firstPage.element),
    }
  }
  // One vocabulary per page: Highwire's own abstract, or Dublin Core's on a Dublin Core page.
  const abstract = dublin ? first('dc.description', 'dcterms.abstract') : first('citation_abstract')
  if (abstract) fields.abstract = at(abstract)
  // The landing page is the paper's page: its own URL (<base>, canonical, og:url, the url option) first.
  if (page.baseUrl) fields.url = { value: page.baseUrl, position: undefined }
  // The PDF the page names, whatever its path looks like (HAL serves PDFs at `/document`).
  const pdf = first('citation_pdf_url')
  const pdfUrl = pdf && page.resolve(pdf.value)
  if (pdf && pdfUrl) fields.pdfUrl = { value: pdfUrl, position: page.positionOf(pdf.element) }
  for (const name of [
    'citation_doi',
    'dc.identifier',
    'dcterms.identifier',
    'citation_abstract_html_url',
    'citation_public_url',
    'citation_fulltext_html_url',
  ]) {
    const item = first(name)
    if (item) setLink(fields, /url$/.test(name) ? page.resolve(item.value) : item.value, page.positionOf(item.element))
  }
  const arxiv = first('citation_arxiv_id')
  if (arxiv) fields.arxivId = at(arxiv)
  return { fields, element: title.element }
}

/** The names of the tags a paper's title is read from (the title is what makes a landing page). */
const titleNames = new Set(['citation_title', 'dc.title', 'dcterms.title'])

/** A meta tag's name (or property), trimmed and lower-cased. */
function metaName(page: HtmlPage, meta: Element): string {
  return (page.attribute(meta, 'name') ?? page.attribute(meta, 'property') ?? '').trim().toLowerCase()
}

/** `Sierra, Carles` → `Carles Sierra`; names without a comma stay as written. */
function reorder(name: string): string {
  const match = /^([^,]+),\s*([^,]+)$/.exec(name)
  return match ? `${match[2]} ${match[1]}`.trim() : name
}
