import type { VFile } from 'vfile'
import type { Entry, EntryFields, EntryLink, Located } from '../../core/entry.js'
import { defineReader, type Reader, type ReaderReport, type ReadResult, reporter } from '../../core/reader.js'
import { arxivAbsUrl, parseArxivId } from '../../util/arxiv-id.js'
import { absoluteHref, cutOff, linkOf, linksIn, located } from '../html/fields.js'
import {
  attribute,
  childElements,
  classListHas,
  type Element,
  find,
  findAll,
  firstOf,
  hasClass,
  isElement,
  type LightTree,
  parseLight,
  textOf,
} from '../html/light-tree.js'
import { attributeOf, type Tag } from '../html/tags.js'
import { strictSubtrees } from '../html/token-tree.js'
import { readDates } from './dates.js'
import { readSearchFacts } from './facts.js'

/**
 * arXiv search results (`arxiv.org/search/…`): one `li.arxiv-result` per paper with the id
 * and links, category tags, DOI, title, authors (possibly `et al. (N additional authors
 * not shown)`), short and full abstract, the submitted/announced line, comments, journal ref.
 */
export const arxivSearch: Reader = defineReader({
  name: 'arxiv-search',
  sniff(sample) {
    // A case-blind test, not a lower-cased copy of the 64 KiB sample.
    if (!/arxiv/i.test(sample)) return 0
    if (sample.includes('arxiv-result')) return 0.9
    return sample.includes(noResults) && sample.includes('Sorry, your query for') ? 0.8 : 0
  },
  read: (file, context) => readArxivSearch(file, reporter(context)),
})

/**
 * The start tag of a part the reader looks for: a result (`li.arxiv-result`), the "no results"
 * line (`p.has-text-warning`), the title the search facts come from (`h1.title`).
 */
export function isPart(tag: Tag): boolean {
  const name = partClass.get(tag.tagName)
  return name !== undefined && classListHas(attributeOf(tag, 'class'), name)
}

const partClass: ReadonlyMap<string, string> = new Map([
  ['li', 'arxiv-result'],
  ['p', 'has-text-warning'],
  ['h1', 'title'],
])

// arxiv-search's template (search/templates/search/search.html) when a query matches nothing.
const noResults = 'produced no results'

function readArxivSearch(file: VFile, report: ReaderReport): ReadResult<Entry> {
  // The results and the "no results" line alone, from the tokenizer, when the page's markup is
  // strict (arXiv's is): each result becomes an entry as soon as it is read and its subtree is
  // let go, so the page is never held as a tree. Else the whole tree. The walks find the same
  // elements in both.
  let entries: Entry[] = []
  let found = 0
  // Messages wait for the page to prove strict: else the tree's pass reports them again.
  const held: Array<Parameters<ReaderReport>> = []
  const strict = strictSubtrees(file, isPart, (root, page, nested) => {
    const items = isResult(root) ? [root] : findAll(root, isResult)
    for (const item of items) {
      const entry = toEntry(page, item, entries.length, (...message) => held.push(message))
      if (entry) entries.push(entry)
    }
    found += items.length
    // Let a result go unless it holds a part (a title, a "no results" line) the walks below look for.
    return isResult(root) && !nested
  })
  let page: LightTree
  if (strict) {
    page = strict.tree
    for (const message of held) report(...message)
  } else {
    page = parseLight(file, report)
    entries = []
    const items = findAll(page.document, isResult)
    for (const item of items) {
      const entry = toEntry(page, item, entries.length, report)
      if (entry) entries.push(entry)
    }
    found = items.length
  }
  if (found === 0) {
    const sorry = find(page.document, isSorry)
    const text = sorry && textOf(sorry)
    if (sorry && text?.includes(noResults)) {
      report(`No papers: the search page says \`${text}\``, 'arxiv-search:no-results', page.positionOf(sorry), 'info')
      return { entries, document: readSearchFacts(page), empty: 'expected' }
    }
  }
  return { entries, document: readSearchFacts(page) }
}

const isResult = (element: Element) => element.tagName === 'li' && hasClass(element, 'arxiv-result')
const isSorry = (element: Element) => element.tagName === 'p' && hasClass(element, 'has-text-warning')

// `, et al. (11 additional authors not shown)` after the listed names.
const notShown = /(\d{1,6}) additional authors? not shown/
const fullAbstractId = '-abstract-full'
const isTag = (tagName: string, className: string) => (element: Element) =>
  element.tagName === tagName && hasClass(element, className)
const isLink = (part: string) => (element: Element) =>
  element.tagName === 'a' && (attribute(element, 'href') ?? '').includes(part)

/** The parts of a result, found in one walk. */
const parts = {
  heading: isTag('p', 'list-title'),
  title: isTag('p', 'title'),
  tags: (element: Element) => hasClass(element, 'tags') && hasClass(element, 'is-inline-block'),
  doiTags: (element: Element) => hasClass(element, 'tags') && hasClass(element, 'has-addons'),
  byline: isTag('p', 'authors'),
  full: (element: Element) => hasClass(element, 'abstract-full'),
  dates: (element: Element) => isTag('p', 'is-size-7')(element) && !hasClass(element, 'comments'),
}

function toEntry(page: LightTree, item: Element, index: number, report: ReaderReport): Entry | undefined {
  const { heading, title, tags, doiTags, byline, full, dates } = firstOf(item, parts)
  const abs = heading && find(heading, isLink('/abs/'))
  const label = abs ? textOf(abs) : 'without id'
  if (cutOff(page, item)) {
    report(
      `Unexpected end of input inside the search result \`${label}\`, expected the rest of the result; it was skipped`,
      'arxiv-search:truncated',
      page.positionOf(item),
    )
    return undefined
  }
  const id = abs && (parseArxivId(textOf(abs)) ?? parseArxivId(absoluteHref(abs) ?? ''))
  const titleText = title && textOf(title)
  if (!abs || !id || !title || !titleText) {
    report(
      `Unexpected search result \`${label}\` without ${!abs || !id ? 'an arXiv id link' : 'a title'}, expected both; it was skipped`,
      'arxiv-search:incomplete-entry',
      page.positionOf(item),
    )
    return undefined
  }
  const fields: EntryFields = { title: { value: titleText, position: page.positionOf(title) } }
  const links: EntryLink[] = []
  const set = (name: string, value: EntryFields[string]) => {
    if (value) fields[name] = value
  }
  set('arxivId', located(page, abs))
  fields.url = { value: arxivAbsUrl(id.id), position: page.positionOf(abs) }
  const pdf = heading && find(heading, isLink('/pdf/'))
  const pdfUrl = pdf && absoluteHref(pdf)
  if (pdf && pdfUrl) fields.pdfUrl = { value: pdfUrl, position: page.positionOf(pdf) }
  if (tags) set('categories', readTags(page, tags))
  const doi = doiTags && find(doiTags, (element) => element.tagName === 'a')
  if (doi) {
    set('doi', located(page, doi))
    const link = linkOf(page, doi, 'doi')
    if (link) links.push(link)
  }

  if (byline) {
    const authors = findAll(byline, (element) => element.tagName === 'a').flatMap((link) => located(page, link) ?? [])
    if (authors.length > 0) fields.authors = authors
    set('authorCount', hiddenAuthors(page, byline, authors.length))
  }

  if (full) {
    // The full abstract ends with a `△ Less` toggle; its id carries the version (`2512.13478v4-abstract-full`).
    set(
      'abstract',
      located(
        page,
        full,
        textOf(full, (element) => element.tagName === 'a'),
      ),
    )
    const domId = attribute(full, 'id') ?? ''
    const version = domId.endsWith(fullAbstractId) ? parseArxivId(domId.slice(0, -fullAbstractId.length)) : undefined
    if (version?.id === id.id && version.version !== undefined) {
      fields.arxivVersion = { value: String(version.version), position: page.positionOf(full) }
    }
  }

  if (dates) Object.assign(fields, readDates(page, dates, fields.arxivVersion?.value === '1'))

  for (const paragraph of findAll(item, isTag('p', 'comments'))) {
    const [label, body] = childElements(paragraph)
    const name = label && textOf(label)
    if (name === 'Comments:' && body) {
      set('comment', located(page, body))
      linksIn(page, body, 'comment', links)
    } else if (name === 'Journal ref:') {
      set(
        'journalRef',
        located(
          page,
          paragraph,
          textOf(paragraph, (element) => element === label),
        ),
      )
      linksIn(page, paragraph, 'journalRef', links)
    }
  }

  const textParts = [fields.title, fields.abstract, fields.comment, fields.journalRef]
  const text = textParts.flatMap((part) => (part && 'value' in part ? [part.value] : [])).join('\n')
  // The parts' values become slices of the entry's text, the same characters: kept once, not
  // twice (an abstract is most of an entry, and two bytes a character as soon as one is).
  let at = 0
  for (const part of textParts) {
    if (!part || !('value' in part)) continue
    const end = at + part.value.length
    part.value = text.slice(at, end)
    at = end + 1
  }
  return { reader: 'arxiv-search', index, text, position: page.positionOf(item), fields, links }
}

/**
 * The category tags in page order: arXiv's template prints the primary first (`is-link`, or
 * `search-hit` when the query matched it), then the others.
 */
function readTags(page: LightTree, box: Element): Located[] {
  return childElements(box)
    .filter((element) => hasClass(element, 'tag'))
    .flatMap((tag) => located(page, tag) ?? [])
}

/** `, et al. (11 additional authors not shown)`: the total the page states, when it says more are hidden. */
function hiddenAuthors(page: LightTree, byline: Element, listed: number): Located | undefined {
  for (const child of byline.childNodes) {
    if (isElement(child) || !('value' in child)) continue
    const match = notShown.exec(child.value)
    if (match) return { value: String(listed + Number(match[1])), position: page.positionOf(child) }
  }
  return undefined
}
