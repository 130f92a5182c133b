import type { VFile } from 'vfile'
import type { Entry, EntryFields, EntryLink } from '../../core/entry.js'
import { defineReader, type Reader, type ReaderReport, type ReadResult, reporter } from '../../core/reader.js'
import { arxivAbsUrl, parseArxivId } from '../../util/arxiv-id.js'
import { absoluteHref, cutOff, linksIn, located } from '../html/fields.js'
import {
  attribute,
  classListHas,
  type Element,
  find,
  findAll,
  hasClass,
  isElement,
  type LightTree,
  type Node,
  parseLight,
  textOf,
} from '../html/light-tree.js'
import { attributeOf, type Tag } from '../html/tags.js'
import { strictSubtrees } from '../html/token-tree.js'
import { readListingFacts } from './facts.js'
import { readSubjects } from './subjects.js'

/**
 * arXiv listing pages (`/list/<archive or category>/{new,recent,pastweek,YYMM}`): `<dl>`s of
 * `<dt>` (identifier and abs/pdf links) and `<dd>` (title, authors, comments, journal ref,
 * subjects, and on `/new` the abstract), under `<h3>` section headings. Reads the current
 * browse markup and the older one (`span.list-identifier`, `Authors:` descriptors, `<h3>`
 * outside the `<dl>`).
 */
export const arxivList: Reader = defineReader({
  name: 'arxiv-list',
  sniff(sample) {
    // Case-blind tests, not a lower-cased copy of the 64 KiB sample.
    if (!/arxiv/i.test(sample)) return 0
    if (/<dl/i.test(sample)) {
      if (/<dl[^<>]*\bid\s*=\s*["']?articles\b/i.test(sample)) return 0.9
      if (/list-(?:title|identifier)/i.test(sample)) return 0.8
    }
    // A `/new` page on a day without announcements has no <dl> at all.
    return /showing new listings for/i.test(sample) && noUpdatesText.test(sample) ? 0.7 : 0
  },
  read: (file, context) => readArxivList(file, reporter(context)),
})

/**
 * How arXiv's list templates (arxiv-browse `list_macros.html`, `new.html`) say a listing is
 * empty: `No updates for this time period.` in an empty section, `No updates today.` on `/new`.
 */
const noUpdates = 'No updates'
const noUpdatesText = new RegExp(noUpdates, 'i')

interface Pair {
  dt: Element
  dd?: Element
  section?: Element
}

const inList = (element: Element) => element.parentNode !== null && isElement(element.parentNode, 'dl')
// A pair a damaged end tag pushed out of its list (a stray `</div>` closes the `<dl>` too, as in a
// browser): still an entry when it reads as one, so the entries after the damage are not lost.
// (Two levels down only: a walk of every candidate's subtree would be quadratic on nested ones.)
const listed = (element: Element) =>
  element.tagName === 'dt'
    ? near(element, (link) => link.tagName === 'a' && (attribute(link, 'href') ?? '').includes('/abs/'))
    : near(element, (part) => hasClass(part, 'list-title'))

/** Whether a child or grandchild element of `element` passes `test`. */
function near(element: Element, test: (element: Element) => boolean): boolean {
  for (const child of element.childNodes) {
    if (!isElement(child as Node)) continue
    if (test(child as Element)) return true
    for (const grandchild of (child as Element).childNodes)
      if (isElement(grandchild as Node) && test(grandchild as Element)) return true
  }
  return false
}
const byClass = (name: string) => (element: Element) => hasClass(element, name)
const descriptor = byClass('descriptor')

function readArxivList(file: VFile, report: ReaderReport): ReadResult<Entry> {
  // The parts the walks below look for, from the tokenizer, when the page's markup is strict
  // (arXiv's is); else the whole tree. The walks find the same elements in both.
  const page = strictSubtrees(file, isPart)?.tree ?? parseLight(file, report)
  const found = pairsOf(page)
  const { pairs } = found
  for (const node of found.orphans) {
    report(
      'Unexpected `<dd>` without a `<dt>` before it, expected an identifier line first; it was skipped',
      'arxiv-list:incomplete-entry',
      page.positionOf(node),
    )
  }
  const document = readListingFacts(page)
  const entries: Entry[] = []
  for (const pair of pairs) {
    const entry = toEntry(page, pair, entries.length, report)
    if (!entry) continue
    // A monthly listing (`/list/cs/2301`) files each paper under the month arXiv announced it.
    if (document.month) entry.fields.announcedAt = document.month
    entries.push(entry)
  }
  if (pairs.length === 0) {
    const empty = find(page.document, (element) => element.tagName === 'p' && textOf(element).startsWith(noUpdates))
    if (empty) {
      report(
        `No papers: the listing says \`${textOf(empty)}\``,
        'arxiv-list:no-updates',
        page.positionOf(empty),
        'info',
      )
      return { entries, document, empty: 'expected' }
    }
  }
  return { entries, document }
}

/**
 * The start tag of a part the reader looks for: the lists (`dl`) and section headings (`h3`),
 * paragraphs (one may say the listing is empty), and the paging line and month heading the
 * listing facts come from (`div.paging`, `h2`).
 */
export function isPart(tag: Tag): boolean {
  const name = tag.tagName
  if (name === 'dl' || name === 'h3' || name === 'p' || name === 'h2') return true
  return name === 'div' && classListHas(attributeOf(tag, 'class'), 'paging')
}

/** The `<dt>`/`<dd>` pairs in document order, each with the heading before it, and the `<dd>`s without a `<dt>`. */
function pairsOf(page: LightTree): { pairs: Pair[]; orphans: Element[] } {
  // Document order: a heading sets the section of the pairs after it, inside or before their <dl>.
  const pairs: Pair[] = []
  const orphans: Element[] = []
  let section: Element | undefined
  const parts = findAll(
    page.document,
    (element) =>
      element.tagName === 'h3' ||
      ((element.tagName === 'dt' || element.tagName === 'dd') && (inList(element) || listed(element))),
  )
  for (const node of parts) {
    if (node.tagName === 'h3') section = node
    else if (node.tagName === 'dt') pairs.push(section ? { dt: node, section } : { dt: node })
    else {
      const last = pairs.at(-1)
      if (last && !last.dd) last.dd = node
      else orphans.push(node)
    }
  }
  return { pairs, orphans }
}

function toEntry(page: LightTree, pair: Pair, index: number, report: ReaderReport): Entry | undefined {
  const { dt, dd } = pair
  const last = dd ?? dt
  const abs =
    find(dt, (element) => element.tagName === 'a' && attribute(element, 'title') === 'Abstract') ??
    find(dt, (element) => element.tagName === 'a' && (attribute(element, 'href') ?? '').includes('/abs/'))
  const label = abs ? textOf(abs) : textOf(dt)
  const start = page.positionOf(dt)
  const end = page.positionOf(last)
  const position = start && end ? { start: start.start, end: end.end } : start
  if (cutOff(page, last)) {
    report(
      `Unexpected end of input inside the listing entry \`${label}\`, expected the rest of the entry; it was skipped`,
      'arxiv-list:truncated',
      position,
    )
    return undefined
  }
  const id = abs && (parseArxivId(textOf(abs)) ?? parseArxivId(absoluteHref(abs) ?? ''))
  const title = dd && find(dd, byClass('list-title'))
  if (!abs || !id || !dd || !title) {
    const missing = !abs || !id ? 'an arXiv id link' : !dd ? 'a `<dd>` after it' : 'a `.list-title`'
    report(
      `Unexpected listing entry \`${label}\` without ${missing}, expected an identifier line and a title; it was skipped`,
      'arxiv-list:incomplete-entry',
      position,
    )
    return undefined
  }
  const fields: EntryFields = {}
  const links: EntryLink[] = []
  const set = (name: string, value: EntryFields[string]) => {
    if (value) fields[name] = value
  }
  set('arxivId', located(page, abs))
  fields.url = { value: arxivAbsUrl(id.id), position: page.positionOf(abs) }
  const pdf =
    find(dt, (element) => element.tagName === 'a' && attribute(element, 'title') === 'Download PDF') ??
    find(dt, (element) => element.tagName === 'a' && (attribute(element, 'href') ?? '').includes('/pdf/'))
  const pdfUrl = pdf && absoluteHref(pdf)
  if (pdf && pdfUrl) fields.pdfUrl = { value: pdfUrl, position: page.positionOf(pdf) }
  set('title', located(page, title, textOf(title, descriptor)))
  const byline = find(dd, byClass('list-authors'))
  const authors = byline
    ? findAll(byline, (element) => element.tagName === 'a').flatMap((link) => located(page, link) ?? [])
    : []
  if (authors.length > 0) fields.authors = authors
  for (const [name, className] of [
    ['comment', 'list-comments'],
    ['journalRef', 'list-journal-ref'],
  ] as const) {
    const node = find(dd, byClass(className))
    if (!node) continue
    set(name, located(page, node, textOf(node, descriptor)))
    linksIn(page, node, name, links)
  }
  const subjects = find(dd, byClass('list-subjects'))
  if (subjects) set('categories', readSubjects(page, subjects))
  // On `/new` pages the abstract follows the meta block as a paragraph.
  const abstract = find(dd, (element) => element.tagName === 'p' && hasClass(element, 'mathjax'))
  if (abstract) {
    set('abstract', located(page, abstract))
    linksIn(page, abstract, 'abstract', links)
  }
  if (pair.section) set('listingSection', located(page, pair.section, sectionName(textOf(pair.section))))
  return {
    reader: 'arxiv-list',
    index,
    text: `${textOf(dt)}\n${textOf(dd)}`,
    position,
    fields,
    links,
  }
}

/** `Mon, 27 Jul 2026 (showing 47 of 47 entries )` → `Mon, 27 Jul 2026`; older headings stay whole. */
function sectionName(heading: string): string {
  const showing = heading.indexOf('(showing')
  return (showing === -1 ? heading : heading.slice(0, showing)).trim()
}
