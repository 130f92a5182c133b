import type { VFile } from 'vfile'
import type { EntryFields } from '../../core/entry.js'
import {
  defineReader,
  type EntryInit,
  type Reader,
  type ReaderContext,
  type ReaderReport,
  type ReadResult,
  reporter,
} from '../../core/reader.js'
import type { Position } from '../../schema/position.js'
import { clip } from '../../util/text.js'
import type { Node } from '../html/light-tree.js'
import { type HtmlPage, parseHtml } from '../html/page.js'
import { readBibtex } from './bibtex.js'
import { readCoins } from './coins.js'
import { findGroups, type Group } from './groups.js'
import { carryHeadings } from './headings.js'
import { readJsonLd } from './json-ld.js'
import { readMetaTags } from './meta-tags.js'
import { readMicrodata } from './microdata.js'
import { withCachedLinks } from './page-cache.js'
import { extentNodes, parentOf } from './pieces.js'
import type { Record } from './record.js'
import { releaseScan, type Scan, scanPage } from './scan.js'
import { selectGroups } from './select.js'

/**
 * Any HTML page no site reader claims. Machine-readable metadata first: a paper's own
 * `citation_*` (Highwire) or Dublin Core meta tags, schema.org JSON-LD and microdata
 * (`ScholarlyArticle` and kin), COinS spans, BibTeX blocks. Otherwise the page's repeated record
 * structure: sibling elements of the same shape whose items read as papers (a title, names, a
 * year or venue, paper links), with headings above them carrying a year or venue down. A page
 * that lists no papers gives none, and a `generic-html:no-records` message saying why.
 */
export const genericHtml: Reader = defineReader({
  name: 'generic-html',
  generic: true,
  sniff(sample) {
    return htmlStart.test(sample.slice(0, 8192)) ? 0.6 : 0
  },
  read: (file, context) => readGenericHtml(file, context).result,
})

/**
 * What an HTML page shows in its first 8 KB, in any case: one case-blind scan, not a lower-cased
 * copy of the head searched six times (a pattern without the `u` flag folds only ASCII letters
 * onto these ASCII ones, as lower-casing the text would: no other character lower-cases to one
 * of them but `İ`, which becomes `i` and a combining dot, so `<dİv` never read as `<div`).
 */
const htmlStart = /<html|<!doctype html|<body|<div|<table|<p>/i

/** Structured sources, by how much their records are trusted. */
const trust = { meta: 0.95, jsonLd: 0.95, microdata: 0.95, coins: 0.9, bibtex: 0.85 } as const

/** Read a page; `work` counts the nodes walked (for the linear-time tests). */
export function readGenericHtml(file: VFile, context: ReaderContext): { result: ReadResult; work: number } {
  const page = withCachedLinks(parseHtml(file, context))
  const scan = scanPage(page)
  // (Nothing the read returns holds the scan: its buffer serves the next read.)
  try {
    return readScanned(page, scan, reporter(context))
  } finally {
    releaseScan(scan)
  }
}

function readScanned(page: HtmlPage, scan: Scan, report: ReaderReport): { result: ReadResult; work: number } {
  const counter = { work: scan.work }
  const done = (entries: EntryInit[]): { result: ReadResult; work: number } => ({
    result: { entries },
    work: counter.work,
  })

  // 1. The page's own paper (a landing page): its meta tags describe it, whatever else it lists.
  const own = readMetaTags(page, scan.metas)
  if (own) {
    const fields = { ...own.fields }
    setConfidence(fields, trust.meta)
    return done([{ fields, links: [], position: page.positionOf(own.element) }])
  }
  // 2. Papers described for machines, in the page's body.
  const jsonLd = readJsonLd(page, scan.jsonLd, report)
  if (jsonLd.length > 0)
    return done(
      finish(
        jsonLd.map((fields) => ({ fields, links: [] })),
        trust.jsonLd,
      ),
    )
  const microdata = readMicrodata(page, scan.items)
  if (microdata.length > 0) {
    return done(
      finish(
        microdata.map(({ element, fields }) => ({
          fields,
          links: page.links(element),
          position: page.positionOf(element),
        })),
        trust.microdata,
        microdata.some(({ element }) => openAtEnd(page, element)),
      ),
    )
  }
  const coins = readCoins(page, scan.coins)
  if (coins.length > 0) {
    return done(
      finish(
        coins.map(({ element, fields }) => ({ fields, links: [], position: page.positionOf(element) })),
        trust.coins,
        coins.some(({ element }) => openAtEnd(page, element)),
      ),
    )
  }
  const bibtex = readBibtex(page, scan.bibtex)
  if (bibtex.length > 0)
    return done(
      finish(
        bibtex.map((fields) => ({ fields, links: [] })),
        trust.bibtex,
      ),
    )

  // 3. The repeated structure of the page.
  const groups = findGroups(scan, counter)
  const { kept, dropped } = selectGroups(groups)
  if (kept.length === 0) {
    noRecords(page, groups, report)
    return { result: { entries: [], empty: 'expected' }, work: counter.work }
  }
  const best = kept[0] as Group
  for (const group of dropped) {
    report(
      `Unexpected second repeated structure \`${group.label}\` (${group.valid} items that read as papers) besides \`${best.label}\` (${best.valid}), expected one list of papers; the weaker one was left out`,
      'generic-html:ambiguous',
      group.records[0] ? positionOf(page, group.records[0]) : undefined,
    )
  }
  const { records, owners } = keptRecords(kept)
  // (The records themselves: a record has the start, end and fields the headings ask for.)
  carryHeadings(page, scan.headings, records)
  const entries: EntryInit[] = new Array(records.length)
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as Record
    const group = owners[index] as Group
    // (The record's own fields, not a spread copy: each record is read for one group and read
    // no further once it is an entry; a spread of objects of varied shapes is a slow copy.)
    const fields = record.fields
    const share = group.valid / Math.max(1, group.extents.length)
    setConfidence(
      fields,
      Math.min(
        0.9,
        (0.35 + 0.11 * Math.min(record.evidence, 4) + (record.scholarly ? 0.1 : 0)) * (0.75 + 0.25 * share),
      ),
    )
    entries[index] = { fields, links: record.links, position: positionOf(page, record) }
  }
  return done(
    finish(
      entries,
      undefined,
      kept.some((group) => group.cut),
    ),
  )
}

/**
 * The kept groups' records with evidence in document order, each with its group: two arrays
 * filled by loops (a `flatMap` of `filter`s and `map`s made an object per record and was, with
 * its closures, a per cent of a lab-page read), sorted only when out of order (one kept group,
 * the usual case, is in order already), by the same stable order as before.
 */
export function keptRecords(kept: readonly Group[]): { records: Record[]; owners: Group[] } {
  let records: Record[] = []
  let owners: Group[] = []
  let sorted = true
  for (const group of kept) {
    for (const record of group.records) {
      if (!(record.evidence > 0)) continue
      if (records.length > 0 && (records[records.length - 1] as Record).start > record.start) sorted = false
      records.push(record)
      owners.push(group)
    }
  }
  if (!sorted) {
    const order = records
      .map((_, index) => index)
      .sort((a, b) => (records[a] as Record).start - (records[b] as Record).start)
    const byOrder = <T>(list: T[]): T[] => order.map((index) => list[index] as T)
    records = byOrder(records)
    owners = byOrder(owners)
  }
  return { records, owners }
}

/** Shared finishing: list punctuation off titles (of a list `cut` short too), confidence on every record. */
function finish(entries: EntryInit[], confidence: number | undefined, cut = false): EntryInit[] {
  stripListPeriods(
    entries.map((entry) => entry.fields),
    cut,
  )
  if (confidence !== undefined) for (const entry of entries) setConfidence(entry.fields, confidence)
  return entries
}

/**
 * A period every title on the page ends with is the list's punctuation ("Negotiation and
 * Search."), not the titles' own; a period only some titles end with is theirs. One title in
 * twenty may lack it (a damaged or cut entry must not change every other title). Three titles
 * at least tell, or two left of a list that was `cut` short (its other titles were the list's).
 */
function stripListPeriods(records: EntryFields[], cut: boolean): void {
  const titles = records.map((fields) => fields.title).filter((title) => title !== undefined)
  if (titles.length < (cut ? 2 : 3)) return
  // (Character tests, not patterns: `[^.]\.$` and `[?!]$` on the trimmed title.)
  const ended = titles.filter((title) => endsWithOnePeriod(title.value.trim()))
  const other = titles.filter((title) => {
    const last = title.value.trim().at(-1)
    return last === '?' || last === '!'
  })
  const without = titles.length - ended.length - other.length
  if (without > Math.max(1, Math.floor(titles.length / 20)) || ended.length < 2 * without || ended.length === 0) return
  for (const title of ended) title.value = title.value.trim().slice(0, -1)
}

/** Whether `text` ends with a period after something other than a period (`[^.]\.$`). */
function endsWithOnePeriod(text: string): boolean {
  return text.length >= 2 && text.endsWith('.') && text.charCodeAt(text.length - 2) !== 46
}

/** Whether `element`'s list (its parent) was still open where the input ends: the input was cut. */
function openAtEnd(page: HtmlPage, element: Node): boolean {
  return (parentOf(element)?.endOffset ?? 0) >= page.source.length
}

// Confidence strings by value: a page's records share a few values, and `toFixed` is slow (a
// bounded cache; a number key finds exactly the string `toFixed` gave it).
const confidences = new Map<number, string>()

function setConfidence(fields: EntryFields, value: number): void {
  let text = confidences.get(value)
  if (text === undefined) {
    if (confidences.size >= 1000) confidences.clear()
    text = value.toFixed(2)
    confidences.set(value, text)
  }
  fields.confidence = { value: text }
}

function positionOf(page: HtmlPage, record: Record): Position | undefined {
  const { parent, from, to } = record.extent
  const children = parent.childNodes as Node[]
  // (The first and last node read in place, and one position for a record of one node, as most
  // are: a slice of the extent and two positions of one node each record were not needed.)
  if (from === to && from >= 0 && from < children.length) return page.positionOf(children[from] as Node)
  const nodes = extentNodes(record.extent)
  const first = nodes[0] && page.positionOf(nodes[0] as Node)
  const last = nodes[nodes.length - 1] && page.positionOf(nodes[nodes.length - 1] as Node)
  return first && last ? { start: first.start, end: last.end } : first
}

/** Say why a page gave no papers: nothing repeated, or what came closest and why it was not taken. */
function noRecords(page: HtmlPage, groups: readonly Group[], report: ReaderReport): void {
  const near = [...groups].filter((group) => group.valid > 0).sort((a, b) => b.valid - a.valid)[0]
  if (near) {
    report(
      `No papers: the closest repeated structure, \`${near.label}\` (${near.extents.length} items, e.g. \`${clip(near.records[0]?.fields.title?.value ?? '')}\`), was not taken because ${near.rejection ?? 'it is weaker than another'}; expected a list whose items have titles with authors, years, venues or paper links`,
      'generic-html:no-records',
      near.records[0] ? positionOf(page, near.records[0]) : undefined,
      'info',
    )
    return
  }
  report(
    'No papers: the page has no paper metadata (`citation_*` meta tags, JSON-LD, microdata, COinS, BibTeX) and no repeated structure whose items read as papers; it does not look like a listing',
    'generic-html:no-records',
    undefined,
    'info',
  )
}
