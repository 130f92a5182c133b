import type { VFile } from 'vfile'
import type { DocumentInfo, Entry, EntryFields, EntryLink, Located } from '../../core/entry.js'
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
  try {
    return readAsRead(file, report) ?? readPage(parseLight(file, report), report)
  } catch (error) {
    if (error !== notSimple) throw error
    return readWhole(file, report)
  }
}

/**
 * The page read whole: the parts the walks below look for, from the tokenizer, when the page's
 * markup is strict (arXiv's is); else the whole tree. The walks find the same elements in
 * both. (Exported as the reference the read as the tokenizer goes must equal.)
 */
export function readWhole(file: VFile, report: ReaderReport): ReadResult<Entry> {
  return readPage(strictSubtrees(file, isPart)?.tree ?? parseLight(file, report), report)
}

/** Thrown by {@link readAsRead} at a part it does not read as {@link pairsOf} would. */
const notSimple = new Error('not a simple listing')

/**
 * A strict page read as the tokenizer goes: each `<dt>`/`<dd>` pair of a `<dl>` becomes an entry
 * as soon as it ends, and leaves the page, so a long listing is never held as a tree (the
 * `<dl>` holds every pair). The same pairs, entries and messages as {@link readPage}, for the
 * pages where the parts are the children of a top-level `<dl>` (and `<h3>`s outside one);
 * anything else (a part inside another element) throws {@link notSimple}. `undefined` when
 * the page is not strict.
 */
function readAsRead(file: VFile, report: ReaderReport): ReadResult<Entry> | undefined {
  const entries: Entry[] = []
  const orphans: Element[] = []
  // Messages wait for the end: the page may yet prove not strict, and orphans come first.
  const held: Array<Parameters<ReaderReport>> = []
  const hold: ReaderReport = (...message) => held.push(message)
  let pairs = 0
  let section: Element | undefined
  // The last pair, while it has no `<dd>`.
  let open: Pair | undefined

  const sections: Sections = new WeakMap()
  const finish = (page: LightTree, pair: Pair) => {
    const entry = toEntry(page, pair, entries.length, hold, sections)
    if (entry) entries.push(entry)
    letGo(pair.dt)
    if (pair.dd) letGo(pair.dd)
  }
  const part = (page: LightTree, element: Element) => {
    if (element.tagName === 'h3') section = element
    else if (element.tagName === 'dt') {
      if (open) finish(page, open)
      open = section ? { dt: element, section } : { dt: element }
      pairs++
    } else if (open) {
      open.dd = element
      finish(page, open)
      open = undefined
    } else orphans.push(element)
  }
  const strict = strictSubtrees(
    file,
    isPart,
    (root, page) => {
      if (root.tagName === 'h3') part(page, root)
      return false
    },
    (element, page) => {
      if (element.tagName !== 'h3' && element.tagName !== 'dt' && element.tagName !== 'dd') return
      const parent = element.parentNode
      // The only parts read as they end: children of a top-level `<dl>`.
      if (!parent || !isElement(parent as Node, 'dl') || (parent as Element).parentNode?.nodeName !== '#document')
        throw notSimple
      part(page, element)
    },
  )
  if (!strict) return undefined
  const page = strict.tree
  if (open) finish(page, open)
  for (const node of orphans) reportOrphan(page, node, report)
  for (const message of held) report(...message)
  const document = readListingFacts(page)
  // A monthly listing (`/list/cs/2301`) files each paper under the month arXiv announced it.
  if (document.month) for (const entry of entries) entry.fields.announcedAt = document.month
  return pairs === 0 ? noPairs(page, entries, document, report) : { entries, document }
}

/**
 * Take a read `<dt>` or `<dd>` out of its `<dl>` with the text and comments around it (no walk
 * reads those), unless it holds what the listing facts come from. It is the last child or near
 * it, and what is left between kept elements is gone, so every search here is short.
 */
function letGo(element: Element): void {
  if (find(element, isFact)) return
  const siblings = element.parentNode?.childNodes
  const at = siblings ? siblings.lastIndexOf(element) : -1
  if (!siblings || at === -1) return
  let from = at
  while (from > 0 && !isElement(siblings[from - 1] as Node)) from--
  let to = at + 1
  while (to < siblings.length && !isElement(siblings[to] as Node)) to++
  siblings.splice(from, to - from)
  element.parentNode = null
}

const isFact = (element: Element) =>
  element.tagName === 'h2' || (element.tagName === 'div' && hasClass(element, 'paging'))

function reportOrphan(page: LightTree, node: Element, report: ReaderReport): void {
  report(
    'Unexpected `<dd>` without a `<dt>` before it, expected an identifier line first; it was skipped',
    'arxiv-list:incomplete-entry',
    page.positionOf(node),
  )
}

/** The pairs and entries of a page read whole (see {@link pairsOf}). */
function readPage(page: LightTree, report: ReaderReport): ReadResult<Entry> {
  const found = pairsOf(page)
  const { pairs } = found
  for (const node of found.orphans) reportOrphan(page, node, report)
  const document = readListingFacts(page)
  const entries: Entry[] = []
  const sections: Sections = new WeakMap()
  for (const pair of pairs) {
    const entry = toEntry(page, pair, entries.length, report, sections)
    if (!entry) continue
    // A monthly listing (`/list/cs/2301`) files each paper under the month arXiv announced it.
    if (document.month) entry.fields.announcedAt = document.month
    entries.push(entry)
  }
  return pairs.length === 0 ? noPairs(page, entries, document, report) : { entries, document }
}

/** A page without pairs: expected when it says the listing is empty. */
function noPairs(page: LightTree, entries: Entry[], document: DocumentInfo, report: ReaderReport): ReadResult<Entry> {
  const empty = find(page.document, (element) => element.tagName === 'p' && textOf(element).startsWith(noUpdates))
  if (!empty) return { entries, document }
  report(`No papers: the listing says \`${textOf(empty)}\``, 'arxiv-list:no-updates', page.positionOf(empty), 'info')
  return { entries, document, empty: 'expected' }
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

/**
 * Each section heading's field, made once and shared by the entries under it (entries are
 * frozen before plugins see them), as the month of a monthly listing is.
 */
type Sections = WeakMap<Element, Located | undefined>

function toEntry(
  page: LightTree,
  pair: Pair,
  index: number,
  report: ReaderReport,
  sections: Sections,
): Entry | undefined {
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
  // The id and the URL are read from the same link: one position for both.
  const at = page.positionOf(abs)
  if (label !== '') fields.arxivId = { value: label, position: at }
  fields.url = { value: arxivAbsUrl(id.id), position: at }
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
  const section = pair.section
  if (section) {
    if (!sections.has(section)) sections.set(section, located(page, section, sectionName(textOf(section))))
    set('listingSection', sections.get(section))
  }
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
