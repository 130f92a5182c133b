import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { AuthorField, EntryFields, Located } from '../../core/entry.js'
import {
  defineReader,
  type EntryInit,
  type Reader,
  type ReaderReport,
  type ReadResult,
  reporter,
} from '../../core/reader.js'
import type { Position } from '../../schema/position.js'
import { parseArxivId } from '../../util/arxiv-id.js'
import { resumeItems, textContent, type XmlElement, type XmlError } from '../xml/tree.js'
import { parseDblpXml } from './xml.js'

// dblp's publication records (dblp.dtd); `www` (home pages) and `person` are about people, not papers.
const recordNames = new Set([
  'article',
  'inproceedings',
  'proceedings',
  'book',
  'incollection',
  'phdthesis',
  'mastersthesis',
  'data',
])
const doiLink = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i

/**
 * dblp XML: the dump (`dblp.xml`, a `<dblp>` of `<article>`, `<inproceedings>`, `<proceedings>`,
 * `<book>`, `<incollection>`, `<phdthesis>`… records), a person page (`/pid/….xml`,
 * `<dblpperson>` with `<r>` records) and the search API (`/search/publ/api?format=xml`,
 * `<hit><info>`). Reads the title (inline `<i>`, `<sub>` kept as their text), the authors (as dblp
 * writes them, homonym numbers such as `0001` kept: they tell two people of the same name apart),
 * year, venue (`journal`, `booktitle`, the search API's `venue`, a thesis's `school`), pages, the
 * first electronic edition (`ee`) as URL, the DOI from a doi.org `ee` (or `<doi>`), an arXiv id
 * from an arxiv.org `ee`. HTML entities that need dblp's DTD (`&uuml;`) are decoded.
 */
export const dblpXml: Reader = defineReader({
  name: 'dblp-xml',
  sniff(sample) {
    if (!sample.trimStart().startsWith('<')) return 0
    if (sample.includes('<dblpperson') || /<dblp[\s>]/.test(sample) || sample.includes('"dblp.dtd"')) return 0.95
    // The search API: `<result><query>…<hits …><hit …><info>`, with dblp's URLs.
    return sample.includes('<hits') && sample.includes('<info>') && sample.includes('dblp.org') ? 0.9 : 0
  },
  read: (file, context) => readDblpXml(file, reporter(context)),
})

type Place = (start: number, end: number) => Position | undefined

function readDblpXml(file: VFile, report: ReaderReport): ReadResult {
  const source = String(file.value)
  const lines = location(file)
  const place: Place = (start, end) => {
    const from = lines.toPoint(start)
    const to = lines.toPoint(end)
    return from && to ? { start: from, end: to } : undefined
  }
  const { root, error, unknownEntities } = parseDblpXml(source)
  const entries: EntryInit[] = []
  const errors: Array<{ error: XmlError; resumed: boolean }> = []
  for (const record of recordsOf(source, root, error, errors, unknownEntities)) {
    const at = place(record.start, record.end)
    if (!record.closed) {
      report(
        `Unexpected end of the XML inside \`<${record.local}>\`, expected the whole record; it was skipped`,
        'dblp-xml:incomplete-record',
        at,
      )
      continue
    }
    const entry = toEntry(record, entries.length, place)
    if (entry) entries.push(entry)
    else
      report(
        `Unexpected \`<${record.local}>\` without a \`<title>\`, expected a title; it was skipped`,
        'dblp-xml:incomplete-record',
        at,
      )
  }
  if (unknownEntities.size > 0) {
    report(
      `Unexpected entities ${[...unknownEntities].map((name) => `\`&${name};\``).join(', ')}, expected HTML named entities (as dblp's DTD declares); kept as written`,
      'dblp-xml:unknown-entity',
    )
  }
  for (const { error: at, resumed } of errors) {
    report(
      `Unexpected malformed XML (${at.reason}), expected well-formed dblp XML; ${resumed ? 'reading resumed at the next record' : 'nothing after this point was read'}`,
      'dblp-xml:malformed',
      place(at.offset, at.offset),
    )
  }
  if (!error && root && entries.length === 0) {
    report(
      `No papers: \`<${root.local}>\` holds no publication records (\`<article>\`, \`<inproceedings>\`, …)`,
      'dblp-xml:no-records',
      place(root.start, root.start),
      'info',
    )
    return { entries, empty: 'expected' }
  }
  return { entries }
}

// Where a record starts: a publication element in the dump, a person page's `<r>`.
const recordStart = /<(?:article|inproceedings|proceedings|book|incollection|phdthesis|mastersthesis|data)[\s>]/g
const personRecordStart = /<r[\s>]/g

/**
 * The records of the document. After malformed XML, reading resumes at the first record start
 * tag after the last complete record (parsed under a copy of the root's start tag), so one bad
 * byte costs the record it is in, even when it left an element open that swallowed the records
 * after it. Each resume starts past the previous one, and all resumes together read at most
 * about the input's length (as `entriesOf` in the arXiv Atom reader).
 */
function recordsOf(
  source: string,
  root: XmlElement | undefined,
  firstError: XmlError | undefined,
  errors: Array<{ error: XmlError; resumed: boolean }>,
  unknownEntities: Set<string>,
): XmlElement[] {
  const found = root ? records(root) : []
  if (!root || !firstError) {
    if (firstError) errors.push({ error: firstError, resumed: false })
    return found
  }
  // The search API's `<hit>`s sit two levels down: no resume there (a record needs its wrappers).
  const person = root.local === 'dblpperson'
  if (!person && root.local !== 'dblp') {
    errors.push({ error: firstError, resumed: false })
    return found
  }
  return resumeItems(source, found, firstError, errors, {
    starts: person ? personRecordStart : recordStart,
    prefix: source.slice(root.start, root.openEnd),
    after: root.openEnd,
    parse: (resume) => {
      const again = parseDblpXml(source, resume)
      for (const name of again.unknownEntities) unknownEntities.add(name)
      return again
    },
    items: records,
  })
}

/**
 * The publication records in document order: the root's record children, those wrapped in a
 * person page's `<r>`, and the search API's `<hits><hit><info>`. A fixed depth, no recursion.
 */
function records(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = []
  for (const child of elements(root)) {
    if (recordNames.has(child.local)) withNested(child, found)
    else if (child.local === 'r') {
      for (const item of elements(child)) if (recordNames.has(item.local)) withNested(item, found)
    } else if (child.local === 'hits') {
      for (const hit of elements(child)) {
        const info = hit.local === 'hit' ? elements(hit).find((item) => item.local === 'info') : undefined
        if (info) found.push(info)
      }
    }
  }
  return found
}

/**
 * `record` and the records nested in it, in document order. dblp's records never nest: one
 * inside another is one whose end tag was damaged (`</article>` lost its `<`), which leaves it
 * open around the records after it, as an XML parser reads it. They are records all the same.
 * Iterative: the nesting depth is the input's.
 */
function withNested(record: XmlElement, found: XmlElement[]): void {
  const stack = [record]
  while (stack.length > 0) {
    const current = stack.pop() as XmlElement
    found.push(current)
    const nested = elements(current).filter((child) => recordNames.has(child.local))
    for (let index = nested.length - 1; index >= 0; index--) stack.push(nested[index] as XmlElement)
  }
}

function elements(parent: XmlElement): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== 'string')
}

function toEntry(record: XmlElement, index: number, place: Place): EntryInit | undefined {
  const children = elements(record)
  const text = (element: XmlElement | undefined): Located | undefined => {
    const value = element && textContent(element).trim()
    return element && value ? { value, position: place(element.start, element.end) } : undefined
  }
  const named = (name: string) => children.find((child) => child.local === name)
  const fields: EntryFields = {}
  const set = (name: string, value: Located | undefined) => {
    if (value) fields[name] = value
  }
  set('title', text(named('title')))
  if (!fields.title) return undefined
  // The search API nests the authors in `<authors>`.
  const authorsElement = named('authors')
  const authorElements = (authorsElement ? elements(authorsElement) : children).filter(
    (child) => child.local === 'author',
  )
  const authors = authorElements.flatMap((author): AuthorField[] => {
    const name = text(author)
    return name ? [name] : []
  })
  if (authors.length > 0) fields.authors = authors
  set('year', text(named('year')))
  set('venue', text(named('journal') ?? named('booktitle') ?? named('venue') ?? named('school')))
  set('pages', text(named('pages')))
  const editions = children.filter((child) => child.local === 'ee').flatMap((child) => text(child) ?? [])
  const web = editions.find((edition) => /^https?:\/\//i.test(edition.value))
  set('url', web)
  const doi = editions.flatMap((edition) => {
    const match = doiLink.exec(edition.value)
    return match?.[1] ? [{ value: match[1], position: edition.position }] : []
  })[0]
  set('doi', doi ?? text(named('doi')))
  set(
    'arxivId',
    editions.find((edition) => parseArxivId(edition.value) !== undefined),
  )
  // The core makes the entry's text from the title.
  return { format: 'dblp-xml', index, position: place(record.start, record.end), fields }
}
