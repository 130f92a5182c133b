import type { Element } from 'hast'
import { select, selectAll } from 'hast-util-select'
import type { VFile } from 'vfile'
import type { Entry, EntryFields, EntryLink } from '../../core/entry.js'
import type { Reader, ReaderReport, ReadResult } from '../../core/reader.js'
import { arxivAbsUrl, parseArxivId } from '../../util/arxiv-id.js'
import { absoluteHref, cutOff, hasClass, linksIn, located, textWithout } from '../html/fields.js'
import { parseHtml, positionOf, textOf } from '../html/tree.js'
import { readSubjects } from './subjects.js'

/**
 * arXiv listing pages (`/list/<archive or category>/{new,recent,pastweek,YYMM}`): `<dl>`s of
 * `<dt>` (identifier and abs/pdf links) and `<dd>` (title, authors, comments, journal ref,
 * subjects, and on `/new` the abstract), under `<h3>` section headings. Reads the current
 * browse markup and the older one (`span.list-identifier`, `Authors:` descriptors, `<h3>`
 * outside the `<dl>`).
 */
export const arxivList: Reader = {
  name: 'arxiv-list',
  sniff(sample) {
    const head = sample.toLowerCase()
    if (!head.includes('<dl') || !head.includes('arxiv')) return 0
    if (/<dl[^<>]*\bid\s*=\s*["']?articles\b/.test(head)) return 0.9
    return head.includes('list-title') || head.includes('list-identifier') ? 0.8 : 0
  },
  read: readArxivList,
}

/** The text arXiv puts in the listing when a period has no papers. */
const noUpdates = 'No updates for this time period'

interface Pair {
  dt: Element
  dd?: Element
  section?: Element
}

function readArxivList(file: VFile, report: ReaderReport): ReadResult {
  const source = String(file.value)
  const tree = parseHtml(file)
  // Document order: a heading sets the section of the pairs after it, inside or before their <dl>.
  const pairs: Pair[] = []
  let section: Element | undefined
  for (const node of selectAll('h3, dl > dt, dl > dd', tree)) {
    if (node.tagName === 'h3') section = node
    else if (node.tagName === 'dt') pairs.push(section ? { dt: node, section } : { dt: node })
    else {
      const last = pairs.at(-1)
      if (last && !last.dd) last.dd = node
      else
        report(
          'Unexpected `<dd>` without a `<dt>` before it, expected an identifier line first; it was skipped',
          'arxiv-list:incomplete-entry',
          positionOf(node),
        )
    }
  }
  const entries: Entry[] = []
  for (const pair of pairs) {
    const entry = toEntry(pair, source, entries.length, report)
    if (entry) entries.push(entry)
  }
  if (entries.length === 0 && pairs.length === 0) {
    const empty = selectAll('dl', tree).find((dl) => textOf(dl).includes(noUpdates))
    if (empty) {
      report(`No papers: the listing says \`${textOf(empty)}\``, 'arxiv-list:no-updates', positionOf(empty), 'info')
      return { entries, empty: 'expected' }
    }
  }
  return { entries }
}

function toEntry(pair: Pair, source: string, index: number, report: ReaderReport): Entry | undefined {
  const { dt, dd } = pair
  const last = dd ?? dt
  const abs = select('a[title="Abstract"]', dt) ?? select('a[href*="/abs/"]', dt)
  const label = abs ? textOf(abs) : textOf(dt)
  const start = positionOf(dt)
  const end = positionOf(last)
  const position = start && end ? { start: start.start, end: end.end } : start
  if (cutOff(last, source)) {
    report(
      `Unexpected end of input inside the listing entry \`${label}\`, expected the rest of the entry; it was skipped`,
      'arxiv-list:truncated',
      position,
    )
    return undefined
  }
  const id = abs && (parseArxivId(textOf(abs)) ?? parseArxivId(absoluteHref(abs) ?? ''))
  const title = dd && select('.list-title', dd)
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
  const descriptor = (child: Parameters<typeof hasClass>[0]) => hasClass(child, 'descriptor')
  set('arxivId', located(abs))
  fields.url = { value: arxivAbsUrl(id.id), position: positionOf(abs) }
  const pdf = select('a[title="Download PDF"]', dt) ?? select('a[href*="/pdf/"]', dt)
  const pdfUrl = pdf && absoluteHref(pdf)
  if (pdf && pdfUrl) fields.pdfUrl = { value: pdfUrl, position: positionOf(pdf) }
  set('title', located(title, textWithout(title, descriptor)))
  const authors = selectAll('.list-authors a', dd).flatMap((link) => located(link) ?? [])
  if (authors.length > 0) fields.authors = authors
  for (const [name, selector] of [
    ['comment', '.list-comments'],
    ['journalRef', '.list-journal-ref'],
  ] as const) {
    const node = select(selector, dd)
    if (!node) continue
    set(name, located(node, textWithout(node, descriptor)))
    linksIn(node, name, links)
  }
  const subjects = select('.list-subjects', dd)
  if (subjects) set('categories', readSubjects(subjects))
  // On `/new` pages the abstract follows the meta block as a paragraph.
  const abstract = select('p.mathjax', dd)
  if (abstract) {
    set('abstract', located(abstract))
    linksIn(abstract, 'abstract', links)
  }
  if (pair.section) set('listingSection', located(pair.section, sectionName(textOf(pair.section))))
  return {
    format: 'arxiv-list',
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
