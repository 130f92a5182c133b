import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { AuthorField, DocumentInfo, Entry, EntryFields, EntryLink, Located } from '../../core/entry.js'
import { defineReader, type Reader, type ReaderReport, type ReadResult, reporter } from '../../core/reader.js'
import type { Position } from '../../schema/position.js'
import { arxivAbsUrl, parseArxivId } from '../../util/arxiv-id.js'
import { normalizeWhitespace } from '../../util/text.js'
import { resumeItems } from '../xml/tree.js'
import { childrenNamed, parseXml, textContent, type XmlElement, type XmlError } from './xml.js'

// Matched by namespace URI, so prefixes declared per element (old API) or on <feed> (2025+) read alike.
const atom = 'http://www.w3.org/2005/Atom'
const arxiv = 'http://arxiv.org/schemas/atom'
const opensearch = 'http://a9.com/-/spec/opensearch/1.1/'

/**
 * arXiv API responses (`export.arxiv.org/api/query`): an Atom feed of `<entry>`s with id and
 * version, title, summary, authors (with `arxiv:affiliation`), published/updated, primary and
 * other categories, comment, journal ref, DOI and links. XML is read with saxes: strict, with
 * positions; malformed XML becomes a message and the entries completed before it are kept.
 */
export const arxivAtom: Reader = defineReader({
  name: 'arxiv-atom',
  sniff(sample) {
    // `<entry` too, and a lower score without the namespace: a feed whose `<feed` tag or
    // namespace took a bad byte is still a feed.
    if (!(sample.includes('<feed') || sample.includes('<entry'))) return 0
    const arxivish = sample.includes(arxiv) || sample.includes('arxiv.org/abs/') || sample.includes('arxiv.org/api/')
    if (!arxivish) return 0
    return sample.includes(atom) ? 0.95 : 0.6
  },
  read: (file, context) => readArxivAtom(file, reporter(context)),
})

type Place = (element: XmlElement) => Position

function readArxivAtom(file: VFile, report: ReaderReport): ReadResult<Entry> {
  const source = String(file.value)
  const parsed = parseXml(source)
  const { root } = parsed
  let error = parsed.error
  const lines = location(file)
  const place: Place = (element) => span(lines, element.start, element.end)
  const entries: Entry[] = []
  if (root && (root.uri !== atom || root.local !== 'feed')) {
    report(
      `Unexpected root element \`${root.local}\`, expected an Atom \`<feed>\``,
      'arxiv-atom:not-a-feed',
      span(lines, root.start, root.start),
    )
    // A feed whose `<feed>` tag or namespace took a bad byte still holds its entries: read them
    // under a plain feed tag, as after malformed XML.
    entryStart.lastIndex = root.openEnd
    if (!error && childrenNamed(root, atom, 'entry').length === 0) {
      if (!entryStart.test(source)) return { entries }
      error = { reason: '', offset: root.openEnd }
    }
  }
  const errors: Array<{ error: XmlError; resumed: boolean }> = []
  for (const element of entriesOf(source, root, error, errors)) {
    if (!element.closed) {
      report(
        'Unexpected end of the XML inside an `<entry>`, expected the whole entry; it was skipped',
        'arxiv-atom:incomplete-entry',
        place(element),
      )
      continue
    }
    const entry = toEntry(element, entries.length, place, report)
    if (entry) entries.push(entry)
  }
  const document = root && documentOf(root, place)
  for (const { error: at, resumed } of errors) {
    if (at.reason === '') continue // the root was not a feed: said above
    report(
      `Unexpected malformed XML (${at.reason}), expected a well-formed Atom feed; ${resumed ? 'reading resumed at the next `<entry>`' : 'nothing after this point was read'}`,
      'arxiv-atom:malformed',
      span(lines, at.offset, at.offset),
    )
  }
  if (error) return { entries, document }
  if (root && childrenNamed(root, atom, 'entry').length === 0) {
    const total = childrenNamed(root, opensearch, 'totalResults')[0]
    report(
      `No papers: the feed has no entries${total ? ` (totalResults ${normalizeWhitespace(textContent(total))})` : ''}`,
      'arxiv-atom:no-results',
      total ? place(total) : undefined,
      'info',
    )
    return { entries, document, empty: 'expected' }
  }
  return { entries, document }
}

// The start of an Atom entry in the default namespace, as arXiv writes it.
const entryStart = /<entry[\s>]/g

/**
 * The `<entry>` elements of the feed. After malformed XML, reading resumes at the first
 * `<entry>` after the last complete one (parsed under a copy of the feed's start tag, for its
 * namespaces), so one bad byte costs the entry it is in, even when it left an element open that
 * swallowed the entries after it. Each resume starts past the previous one, and all resumes
 * together read at most about the input's length.
 */
function entriesOf(
  source: string,
  root: XmlElement | undefined,
  firstError: XmlError | undefined,
  errors: Array<{ error: XmlError; resumed: boolean }>,
): XmlElement[] {
  const found = root ? childrenNamed(root, atom, 'entry') : []
  // A feed whose start tag was damaged is read under a plain one.
  const prefix = root?.uri === atom && root.local === 'feed' ? source.slice(root.start, root.openEnd) : defaultFeed
  return resumeItems(source, found, firstError, errors, {
    starts: entryStart,
    prefix,
    after: root?.openEnd ?? 0,
    parse: (resume) => parseXml(source, resume),
    items: (again) => childrenNamed(again, atom, 'entry'),
  })
}

const defaultFeed = `<feed xmlns="${atom}" xmlns:arxiv="${arxiv}" xmlns:opensearch="${opensearch}">`

function toEntry(element: XmlElement, index: number, place: Place, report: ReaderReport): Entry | undefined {
  const first = (uri: string, local: string) => childrenNamed(element, uri, local)[0]
  const text = (child: XmlElement | undefined): Located | undefined => {
    const value = child && textContent(child).trim()
    return child && value ? { value, position: place(child) } : undefined
  }
  const idElement = first(atom, 'id')
  const id = text(idElement)
  // The API reports a bad query as an entry whose id is under /api/errors.
  if (id?.value.includes('arxiv.org/api/errors')) {
    const summary = text(first(atom, 'summary'))
    report(
      `Unexpected API error \`${summary?.value ?? id.value}\`, expected paper entries`,
      'arxiv-atom:api-error',
      place(element),
    )
    return undefined
  }
  const arxivId = id && parseArxivId(id.value)
  const fields: EntryFields = {}
  const set = (name: string, value: EntryFields[string]) => {
    if (value) fields[name] = value
  }
  set('arxivId', id)
  if (id && arxivId) fields.url = { value: arxivAbsUrl(arxivId.id), position: id.position }
  set('title', text(first(atom, 'title')))
  set('abstract', text(first(atom, 'summary')))
  set('publishedAt', text(first(atom, 'published')))
  set('updatedAt', text(first(atom, 'updated')))
  set('comment', text(first(arxiv, 'comment')))
  set('journalRef', text(first(arxiv, 'journal_ref')))
  set('doi', text(first(arxiv, 'doi')))

  const authors = childrenNamed(element, atom, 'author').flatMap((author): AuthorField[] => {
    const name = text(childrenNamed(author, atom, 'name')[0])
    if (!name) return []
    const affiliations = childrenNamed(author, arxiv, 'affiliation').flatMap((item) => text(item)?.value ?? [])
    return [affiliations.length > 0 ? { ...name, affiliations } : name]
  })
  if (authors.length > 0) fields.authors = authors

  // Primary first; metadata drops the repeat when it is listed again among the others.
  const categories = [
    ...childrenNamed(element, arxiv, 'primary_category'),
    ...childrenNamed(element, atom, 'category'),
  ].flatMap((item) => (item.attributes.term ? [{ value: item.attributes.term, position: place(item) }] : []))
  if (categories.length > 0) fields.categories = categories

  const links: EntryLink[] = []
  for (const link of childrenNamed(element, atom, 'link')) {
    const { href, title, rel } = link.attributes
    if (!href) continue
    links.push({ url: href, origin: `link:${title ?? rel ?? 'alternate'}`, position: place(link) })
    if (title === 'pdf' && !fields.pdfUrl) fields.pdfUrl = { value: href, position: place(link) }
  }

  if (!fields.title) {
    report(
      `Unexpected \`<entry>\` without a \`<title>\`${id ? ` (\`${id.value}\`)` : ''}, expected a title`,
      'arxiv-atom:incomplete-entry',
      place(element),
    )
    return undefined
  }
  const entryText = [fields.title, fields.abstract, fields.comment, fields.journalRef]
    .flatMap((part) => (part && 'value' in part ? [part.value] : []))
    .join('\n')
  return { reader: 'arxiv-atom', index, text: entryText, position: place(element), fields, links }
}

/** The feed's own time (when the API answered) and query URL. */
function documentOf(root: XmlElement, place: Place): DocumentInfo {
  const document: DocumentInfo = {}
  const updated = childrenNamed(root, atom, 'updated')[0]
  const value = updated && textContent(updated).trim()
  if (updated && value) document.capturedAt = { value, position: place(updated) }
  const self = childrenNamed(root, atom, 'link').find(
    (link) => link.attributes.rel === 'self' || link.attributes.type === 'application/atom+xml',
  )
  if (self?.attributes.href) document.url = { value: self.attributes.href, position: place(self) }
  return document
}

function span(lines: ReturnType<typeof location>, start: number, end: number): Position {
  const from = lines.toPoint(start)
  const to = lines.toPoint(end)
  return {
    start: { line: from?.line ?? 1, column: from?.column ?? 1, offset: start },
    end: { line: to?.line ?? 1, column: to?.column ?? 1, offset: end },
  }
}
