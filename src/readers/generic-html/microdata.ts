/**
 * schema.org microdata: elements with `itemscope itemtype=…/ScholarlyArticle` (and kin), their
 * `itemprop`s read as the spec says (a `meta`'s `content`, a link's `href`, a `time`'s
 * `datetime`, else the text), authors from nested `Person` items.
 */
import type { AuthorField, EntryFields, Located } from '../../core/entry.js'
import type { Element, Node } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { setDate, setLink } from './fields.js'
import { isScholarlyType } from './types.js'

/** One paper described with microdata. */
export interface MicrodataItem {
  element: Element
  fields: EntryFields
}

/** The outermost scholarly items of the page, in document order. */
export function readMicrodata(page: HtmlPage, items: readonly Element[]): MicrodataItem[] {
  const found: MicrodataItem[] = []
  let lastEnd = -1
  for (const item of items) {
    const types = (page.attribute(item, 'itemtype') ?? '').split(/\s+/)
    if (!types.some(isScholarlyType)) continue
    if ((item.startOffset ?? 0) < lastEnd) continue
    lastEnd = item.endOffset ?? Number.POSITIVE_INFINITY
    const fields = fieldsOf(page, item)
    if (fields.title) found.push({ element: item, fields })
  }
  return found
}

/** An item's properties: `[name, element]` pairs, not descending into nested items. */
function properties(page: HtmlPage, item: Element): Array<[string, Element]> {
  const found: Array<[string, Element]> = []
  const stack: Node[] = [...(item.childNodes as Node[])].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (!page.isElement(node)) continue
    const prop = page.attribute(node, 'itemprop')
    if (prop) for (const name of prop.trim().split(/\s+/)) found.push([name, node])
    if (page.attribute(node, 'itemscope') !== undefined) continue
    const children = node.childNodes as Node[]
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
  }
  return found
}

function propertyValue(page: HtmlPage, element: Element): string | undefined {
  const tag = element.tagName
  const raw =
    tag === 'meta'
      ? page.attribute(element, 'content')
      : tag === 'a' || tag === 'link' || tag === 'area'
        ? page.resolve(page.attribute(element, 'href'))
        : tag === 'time'
          ? (page.attribute(element, 'datetime') ?? page.text(element))
          : tag === 'img'
            ? page.resolve(page.attribute(element, 'src'))
            : page.text(element)
  const value = raw?.replace(/\s+/g, ' ').trim()
  return value || undefined
}

function fieldsOf(page: HtmlPage, item: Element): EntryFields {
  const fields: EntryFields = {}
  const authors: AuthorField[] = []
  // A \`headline\` may be the whole citation (dblp's \`cite\`); the \`name\` is the title.
  let headline: Located | undefined
  const located = (value: string, element: Element): Located => ({ value, position: page.positionOf(element) })
  for (const [name, element] of properties(page, item)) {
    const nested = page.attribute(element, 'itemscope') !== undefined
    if (name === 'author' || name === 'creator') {
      const value = nested ? nestedName(page, element) : propertyValue(page, element)
      if (value) authors.push(located(value, element))
      continue
    }
    if (name === 'isPartOf' || name === 'publication') {
      const value = nested ? nestedName(page, element) : propertyValue(page, element)
      if (value) fields.venue ??= located(value, element)
      continue
    }
    if (nested) continue
    const value = propertyValue(page, element)
    if (!value) continue
    const position = page.positionOf(element)
    if (name === 'name') fields.title ??= located(value, element)
    else if (name === 'headline') headline ??= located(value, element)
    else if (name === 'datePublished' || name === 'dateCreated') setDate(fields, value, position)
    else if (name === 'pagination') fields.pages ??= located(value, element)
    else if (name === 'abstract' || name === 'description') fields.abstract ??= located(value, element)
    else if (name === 'url' || name === 'sameAs' || name === 'identifier' || name === 'contentUrl')
      setLink(fields, value, position)
  }
  if (authors.length > 0) fields.authors = authors
  if (!fields.title && headline) fields.title = headline
  return fields
}

/** A nested item's name: its `name` property, else given and family names, else its text. */
function nestedName(page: HtmlPage, item: Element): string | undefined {
  const props = properties(page, item)
  const get = (name: string) => {
    const element = props.find(([prop]) => prop === name)?.[1]
    return element && propertyValue(page, element)
  }
  const name = get('name')
  if (name) return name
  const parts = [get('givenName'), get('familyName')].filter(Boolean)
  return parts.length > 0 ? parts.join(' ') : propertyValue(page, item)
}
