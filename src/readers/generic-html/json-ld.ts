/**
 * schema.org JSON-LD blocks (`<script type="application/ld+json">`): every `ScholarlyArticle`
 * (and kin) in them, at the top, in arrays, in `@graph`, or nested (`hasPart`, `itemListElement`).
 */
import type { AuthorField, EntryFields, Located } from '../../core/entry.js'
import type { ReaderReport } from '../../core/reader.js'
import type { Element } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { setDate, setLink } from './fields.js'
import { isScholarlyType } from './types.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** The papers the page's JSON-LD describes, as entry fields. */
export function readJsonLd(page: HtmlPage, scripts: readonly Element[], report: ReaderReport): EntryFields[] {
  const found: EntryFields[] = []
  for (const script of scripts) {
    const first = script.childNodes[0]
    const text = first && 'value' in first ? first.value : ''
    let data: Json
    try {
      data = JSON.parse(text) as Json
    } catch {
      report(
        'Unexpected JSON-LD block that is not valid JSON, expected a schema.org description; it was skipped',
        'generic-html:invalid-json-ld',
        page.positionOf(script),
        'info',
      )
      continue
    }
    const position = page.positionOf(script)
    // Iterative walk over the JSON (no recursion on input depth).
    const stack: Json[] = [data]
    while (stack.length > 0) {
      const value = stack.pop() as Json
      if (Array.isArray(value)) {
        for (let index = value.length - 1; index >= 0; index--) stack.push(value[index] as Json)
        continue
      }
      if (value === null || typeof value !== 'object') continue
      if (scholarly(value['@type'])) {
        const fields = fieldsOf(value, position)
        if (fields.title) found.push(fields)
        continue
      }
      for (const key of ['@graph', 'hasPart', 'itemListElement', 'item', 'mainEntity', 'about', 'workExample']) {
        const child = value[key]
        if (child !== undefined) stack.push(child)
      }
    }
  }
  return found
}

/**
 * Whether an `@type` (one value or an array of them) names a scholarly type: what
 * `[].concat(type ?? []).some(…)` asks, without the copy (`concat` spreads only arrays here).
 */
function scholarly(type: Json | undefined): boolean {
  if (type === undefined || type === null) return false
  if (!Array.isArray(type)) return typeof type === 'string' && isScholarlyType(type)
  for (const item of type) if (typeof item === 'string' && isScholarlyType(item)) return true
  return false
}

function text(value: Json | undefined): string | undefined {
  // A loop, not recursion: a name nested 100,000 deep overflowed the stack and lost every paper.
  let current = value
  for (;;) {
    if (typeof current === 'string') return current.trim() || undefined
    if (typeof current === 'number') return String(current)
    if (Array.isArray(current)) current = current[0]
    else if (current && typeof current === 'object') current = current.name ?? current['@value'] ?? current['@id']
    else return undefined
  }
}

function fieldsOf(item: { [key: string]: Json }, position: Located['position']): EntryFields {
  const fields: EntryFields = {}
  const at = (value: string): Located => ({ value, position })
  const title = text(item.headline) ?? text(item.name)
  if (title) fields.title = at(title)
  const authors: AuthorField[] = []
  for (const author of ([] as Json[]).concat(item.author ?? item.creator ?? [])) {
    let name: string | undefined
    if (author && typeof author === 'object' && !Array.isArray(author)) {
      name = text(author.name)
      const given = text(author.givenName)
      const family = text(author.familyName)
      if (!name && (given || family)) name = [given, family].filter(Boolean).join(' ')
    } else name = text(author)
    if (name) authors.push(at(name))
  }
  if (authors.length > 0) fields.authors = authors
  setDate(fields, text(item.datePublished) ?? text(item.dateCreated), position)
  const venue = text(item.isPartOf) ?? text(item.publication)
  if (venue) fields.venue = at(venue)
  const pages =
    text(item.pagination) ??
    (item.pageStart ? [text(item.pageStart), text(item.pageEnd)].filter(Boolean).join('-') : undefined)
  if (pages) fields.pages = at(pages)
  const abstract = text(item.abstract) ?? text(item.description)
  if (abstract) fields.abstract = at(abstract)
  setLink(fields, text(item.url) ?? text(item['@id']), position)
  for (const extra of ([] as Json[]).concat(item.sameAs ?? [], item.identifier ?? [], item.encoding ?? [])) {
    const value =
      typeof extra === 'object' && extra && !Array.isArray(extra)
        ? text(extra.contentUrl ?? extra.value ?? extra.url)
        : text(extra)
    if (value) setLink(fields, value, position)
  }
  return fields
}
