import type { Element } from 'hast'
import { select, selectAll } from 'hast-util-select'
import type { VFile } from 'vfile'
import type { Entry, EntryFields, EntryLink, Located } from '../../core/entry.js'
import type { Reader, ReaderReport, ReadResult } from '../../core/reader.js'
import { arxivAbsUrl, parseArxivId } from '../../util/arxiv-id.js'
import { absoluteHref, cutOff, hasClass, linkOf, linksIn, located, textWithout } from '../html/fields.js'
import { parseHtml, positionOf, textOf } from '../html/tree.js'
import { readDates } from './dates.js'

/**
 * arXiv search results (`arxiv.org/search/…`): one `li.arxiv-result` per paper with the id
 * and links, category tags, DOI, title, authors (possibly `et al. (N additional authors
 * not shown)`), short and full abstract, the submitted/announced line, comments, journal ref.
 */
export const arxivSearch: Reader = {
  name: 'arxiv-search',
  sniff(sample) {
    return sample.includes('arxiv-result') && sample.toLowerCase().includes('arxiv') ? 0.9 : 0
  },
  read: readArxivSearch,
}

function readArxivSearch(file: VFile, report: ReaderReport): ReadResult {
  const source = String(file.value)
  const entries: Entry[] = []
  for (const item of selectAll('li.arxiv-result', parseHtml(file))) {
    const entry = toEntry(item, source, entries.length, report)
    if (entry) entries.push(entry)
  }
  return { entries }
}

// `, et al. (11 additional authors not shown)` after the listed names.
const notShown = /(\d{1,6}) additional authors? not shown/
const fullAbstractId = '-abstract-full'

function toEntry(item: Element, source: string, index: number, report: ReaderReport): Entry | undefined {
  const abs = select('.list-title a[href*="/abs/"]', item)
  const label = abs ? textOf(abs) : 'without id'
  if (cutOff(item, source)) {
    report(
      `Unexpected end of input inside the search result \`${label}\`, expected the rest of the result; it was skipped`,
      'arxiv-search:truncated',
      positionOf(item),
    )
    return undefined
  }
  const id = abs && (parseArxivId(textOf(abs)) ?? parseArxivId(absoluteHref(abs) ?? ''))
  const title = select('p.title', item)
  const titleText = title && textOf(title)
  if (!abs || !id || !title || !titleText) {
    report(
      `Unexpected search result \`${label}\` without ${!abs || !id ? 'an arXiv id link' : 'a title'}, expected both; it was skipped`,
      'arxiv-search:incomplete-entry',
      positionOf(item),
    )
    return undefined
  }
  const fields: EntryFields = { title: { value: titleText, position: positionOf(title) } }
  const links: EntryLink[] = []
  const set = (name: string, value: EntryFields[string]) => {
    if (value) fields[name] = value
  }
  set('arxivId', located(abs))
  fields.url = { value: arxivAbsUrl(id.id), position: positionOf(abs) }
  const pdf = select('.list-title a[href*="/pdf/"]', item)
  const pdfUrl = pdf && absoluteHref(pdf)
  if (pdf && pdfUrl) fields.pdfUrl = { value: pdfUrl, position: positionOf(pdf) }
  set('categories', readTags(item))
  const doi = select('.tags.has-addons a', item)
  if (doi) {
    set('doi', located(doi))
    const link = linkOf(doi, 'doi')
    if (link) links.push(link)
  }

  const byline = select('p.authors', item)
  if (byline) {
    const authors = selectAll('a', byline).flatMap((link) => located(link) ?? [])
    if (authors.length > 0) fields.authors = authors
    set('authorCount', hiddenAuthors(byline, authors.length))
  }

  const full = select('.abstract-full', item)
  if (full) {
    // The full abstract ends with a `△ Less` toggle; its id carries the version (`2512.13478v4-abstract-full`).
    set(
      'abstract',
      located(
        full,
        textWithout(full, (child) => child.type === 'element' && child.tagName === 'a'),
      ),
    )
    const domId = String(full.properties.id ?? '')
    const version = domId.endsWith(fullAbstractId) ? parseArxivId(domId.slice(0, -fullAbstractId.length)) : undefined
    if (version?.id === id.id && version.version !== undefined) {
      fields.arxivVersion = { value: String(version.version), position: positionOf(full) }
    }
  }

  const dates = select('p.is-size-7:not(.comments)', item)
  if (dates) Object.assign(fields, readDates(dates, fields.arxivVersion?.value === '1'))

  for (const paragraph of selectAll('p.comments', item)) {
    const heading = paragraph.children.find((child) => child.type === 'element')
    const name = heading && textOf(heading)
    if (name === 'Comments:') {
      const body = paragraph.children.find((child) => child !== heading && child.type === 'element')
      if (body?.type === 'element') {
        set('comment', located(body))
        linksIn(body, 'comment', links)
      }
    } else if (name === 'Journal ref:') {
      set(
        'journalRef',
        located(
          paragraph,
          textWithout(paragraph, (child) => child === heading),
        ),
      )
      linksIn(paragraph, 'journalRef', links)
    }
  }

  const text = [fields.title, fields.abstract, fields.comment, fields.journalRef]
    .flatMap((part) => (part && 'value' in part ? [part.value] : []))
    .join('\n')
  return { format: 'arxiv-search', index, text, position: positionOf(item), fields, links }
}

/** The category tags, the primary (`is-link`) first. */
function readTags(item: Element): Located[] {
  const tags = selectAll('.tags.is-inline-block > .tag', item)
  const primary = tags.filter((tag) => hasClass(tag, 'is-link'))
  const others = tags.filter((tag) => !hasClass(tag, 'is-link'))
  return [...primary, ...others].flatMap((tag) => located(tag) ?? [])
}

/** `, et al. (11 additional authors not shown)`: the total the page states, when it says more are hidden. */
function hiddenAuthors(byline: Element, listed: number): Located | undefined {
  for (const child of byline.children) {
    if (child.type !== 'text') continue
    const match = notShown.exec(child.value)
    if (match) return { value: String(listed + Number(match[1])), position: positionOf(child) }
  }
  return undefined
}
