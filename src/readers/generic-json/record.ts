/**
 * One JSON object read as a paper, by the field names scholarly APIs use (Semantic Scholar,
 * OpenAlex, Crossref and CSL-JSON, dblp, OpenReview v1/v2, bioRxiv, zbMATH, DataCite, Europe
 * PMC): a table of synonyms per field, tried in order, not one reader per service. Values stay
 * strings as the source has them (the metadata plugin types them); each remembers the path it
 * came from, so the reader can find its place in the text.
 *
 * The JSON is untrusted: only own keys are read (`Object.hasOwn`), nothing is copied from it
 * into objects of ours, and every walk here has a fixed depth.
 */
import { parseArxivId } from '../../util/arxiv-id.js'
import type { Path, Step } from './spans.js'

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>

/** A value read from the item, and its path below the item. */
export interface Hit {
  value: string
  path: Path
}

/** The single-valued fields a record can have (named as in `EntryFields`). */
export type FieldName =
  | 'title'
  | 'year'
  | 'publishedAt'
  | 'venue'
  | 'pages'
  | 'doi'
  | 'arxivId'
  | 'url'
  | 'pdfUrl'
  | 'abstract'
  | 'citedBy'

/** An object read as a paper. */
export interface PaperRecord {
  fields: Partial<Record<FieldName, Hit>>
  authors: Hit[]
  keywords: Hit[]
  /** Fields dropped because they repeat the title (a licence or redaction placeholder). */
  placeholder: string[]
  /** How many of the paper signals beyond the title it has (authors, year or date, venue, ids, ...). */
  signals: number
  /** Whether it is a paper by the rule in {@link readRecord}. */
  paperLike: boolean
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `value[step]` when it is the value's own (an array index, or an own key: `__proto__` is data here). */
function own(value: unknown, step: Step): unknown {
  if (typeof step === 'number') return Array.isArray(value) ? value[step] : undefined
  return isObject(value) && Object.hasOwn(value, step) ? value[step] : undefined
}

function follow(value: unknown, path: Path): unknown {
  let current = value
  for (const step of path) {
    current = own(current, step)
    if (current === undefined || current === null) return undefined
  }
  return current
}

/** `a.b.0.c` → `['a', 'b', 0, 'c']`: the synonym tables below are written as dotted paths. */
function dotted(path: string): Path {
  return path.split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step))
}

/**
 * A string or number as text (trimmed; `undefined` when empty), looking through the wrappers
 * services put around scalars: a one-element array (Crossref `title: ["…"]`) and OpenReview v2's
 * `{ value: … }`, at most twice.
 */
function scalar(value: unknown, path: Path): Hit | undefined {
  let current = value
  let at = path
  for (let unwrap = 0; unwrap < 3; unwrap++) {
    if (typeof current === 'string') {
      const text = current.trim()
      return text ? { value: text, path: at } : undefined
    }
    if (typeof current === 'number') return Number.isFinite(current) ? { value: String(current), path: at } : undefined
    if (Array.isArray(current) && current.length > 0) {
      current = current[0]
      at = [...at, 0]
    } else if (isObject(current) && Object.hasOwn(current, 'value')) {
      current = current.value
      at = [...at, 'value']
    } else return undefined
  }
  return undefined
}

type Getter = (item: JsonObject) => Hit | undefined

/** The first of `paths` that holds a scalar passing `accept` (which may rewrite it). */
function first(paths: string[], accept: (text: string) => string | undefined = (text) => text): Getter {
  const compiled = paths.map(dotted)
  return (item) => {
    for (const path of compiled) {
      const hit = scalar(follow(item, path), path)
      const value = hit && accept(hit.value)
      if (hit && value) return { value, path: hit.path }
    }
    return undefined
  }
}

const letter = /\p{L}/u
// Inline markup some services keep in titles (Crossref's `<i>`, `<sub>`, JATS `<scp>`); the text stays.
const inlineTag = /<\/?(?:i|b|em|strong|sub|sup|scp|u|tt|italic|bold)>/gi
const closingTag = /<\/[a-z][\w:.-]*>/i
const yearPattern = /^\d{4}$/
const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const doiPattern = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}\/\S+)$/i
const arxivDoi = /^10\.48550\/arxiv\.(.+)$/i
const wholeNumber = /^\d{1,9}$/

function titleText(text: string): string | undefined {
  const plain = text.includes('<') ? text.replace(inlineTag, '') : text
  return plain.length <= 2000 && letter.test(plain) ? plain : undefined
}

function yearText(text: string): string | undefined {
  if (!yearPattern.test(text)) return undefined
  const year = Number(text)
  return year >= 1000 && year <= 2200 ? text : undefined
}

function doiText(text: string): string | undefined {
  return doiPattern.exec(text)?.[1]
}

function arxivText(text: string): string | undefined {
  return parseArxivId(text) ? text : undefined
}

function httpUrl(text: string): string | undefined {
  return /^https?:\/\//i.test(text) && URL.canParse(text) ? text : undefined
}

/** Plain-text abstracts only: JATS or HTML markup (`</jats:p>`) is not what the page shows. */
function plainText(text: string): string | undefined {
  return closingTag.test(text) ? undefined : text
}

function countText(text: string): string | undefined {
  return wholeNumber.test(text) ? text : undefined
}

/** `[[2020, 6, 18]]` date-parts (Crossref, CSL-JSON) at `path`: the year, or the full date. */
function dateParts(path: string, part: 'year' | 'date'): Getter {
  const at = [...dotted(path), 'date-parts', 0]
  return (item) => {
    const parts = follow(item, at)
    if (!Array.isArray(parts)) return undefined
    const [year, month, day] = parts as unknown[]
    if (typeof year !== 'number' && typeof year !== 'string') return undefined
    const yearValue = yearText(String(year))
    if (!yearValue) return undefined
    if (part === 'year') return { value: yearValue, path: [...at, 0] }
    if (month === undefined || day === undefined) return undefined
    const pad = (value: unknown) => String(value).padStart(2, '0')
    const date = `${yearValue}-${pad(month)}-${pad(day)}`
    return isoDate.test(date) ? { value: date, path: at } : undefined
  }
}

/** Milliseconds since 1970 (OpenReview's `pdate`, `cdate`) as a `YYYY-MM-DD` day. */
function epochDay(paths: string[]): Getter {
  const compiled = paths.map(dotted)
  return (item) => {
    for (const path of compiled) {
      const value = follow(item, path)
      // 1973..2096: a millisecond timestamp, not a year or a count.
      if (typeof value === 'number' && value > 1e11 && value < 4e12) {
        return { value: new Date(value).toISOString().slice(0, 10), path }
      }
    }
    return undefined
  }
}

/** The `identifier` of the `links[]` entry of a `type` (zbMATH: `{ type: 'doi', identifier }`). */
function typedLink(type: string, accept: (text: string) => string | undefined): Getter {
  return (item) => {
    const links = own(item, 'links')
    if (!Array.isArray(links)) return undefined
    for (const [index, link] of links.entries()) {
      if (own(link, 'type') !== type) continue
      const hit = scalar(own(link, 'identifier'), ['links', index, 'identifier'])
      const value = hit && accept(hit.value)
      if (hit && value) return { value, path: hit.path }
    }
    return undefined
  }
}

/** OpenAlex `biblio: { first_page, last_page }` as `first-last`. */
const biblioPages: Getter = (item) => {
  const firstPage = scalar(follow(item, ['biblio', 'first_page']), [])?.value
  const lastPage = scalar(follow(item, ['biblio', 'last_page']), [])?.value
  if (!firstPage) return undefined
  return { value: lastPage && lastPage !== firstPage ? `${firstPage}-${lastPage}` : firstPage, path: ['biblio'] }
}

/** The arXiv id of an arXiv DOI (`10.48550/arXiv.2101.00001`). */
const arxivFromDoi: Getter = (item) => {
  for (const key of ['doi', 'DOI']) {
    const hit = scalar(own(item, key), [key])
    const doi = hit && doiText(hit.value)
    const id = doi && arxivDoi.exec(doi)?.[1]
    if (hit && id && parseArxivId(id)) return { value: id, path: hit.path }
  }
  return undefined
}

/** An OpenReview note: a forum id and invitations (v1 `invitation`, v2 `invitations`). */
function openReviewForum(item: JsonObject): string | undefined {
  const forum = own(item, 'forum')
  const note = Object.hasOwn(item, 'invitation') || Object.hasOwn(item, 'invitations') || Object.hasOwn(item, 'content')
  return note && typeof forum === 'string' && /^[\w-]{1,64}$/.test(forum) ? forum : undefined
}

const openReview = 'https://openreview.net'

const openReviewUrl: Getter = (item) => {
  const forum = openReviewForum(item)
  return forum ? { value: `${openReview}/forum?id=${forum}`, path: ['forum'] } : undefined
}

/** OpenReview's `content.pdf` is site-relative (`/pdf/…`). */
const openReviewPdf: Getter = (item) => {
  if (!openReviewForum(item)) return undefined
  const hit = scalar(follow(item, ['content', 'pdf']), ['content', 'pdf'])
  if (!hit?.value.startsWith('/') || hit.value.startsWith('//')) return undefined
  return { value: `${openReview}${hit.value}`, path: hit.path }
}

const preprintServers: Record<string, string> = { biorxiv: 'bioRxiv', medrxiv: 'medRxiv' }

/** bioRxiv/medRxiv API records: `server`, `doi` and `version` make the paper's page. */
function preprintServer(item: JsonObject): string | undefined {
  const server = own(item, 'server')
  return typeof server === 'string' && Object.hasOwn(preprintServers, server.toLowerCase())
    ? server.toLowerCase()
    : undefined
}

const preprintUrl: Getter = (item) => {
  const server = preprintServer(item)
  const doi = doiText(scalar(own(item, 'doi'), ['doi'])?.value ?? '')
  const version = scalar(own(item, 'version'), ['version'])?.value ?? ''
  if (!server || !doi || !/^\d{1,3}$/.test(version)) return undefined
  return { value: `https://www.${server}.org/content/${doi}v${version}`, path: ['doi'] }
}

const preprintVenue: Getter = (item) => {
  const server = preprintServer(item)
  return server ? { value: preprintServers[server] ?? server, path: ['server'] } : undefined
}

/** Where a field may be: a dotted path, or a reader for the shapes a path cannot say, keyed by the key it starts at. */
type Synonym = string | readonly [key: string, read: Getter]

// The synonym table: for each field, where each service keeps it, in order of preference, and
// what a value must look like to count.
const synonyms: Record<
  Exclude<FieldName, 'title'>,
  { accept?: (text: string) => string | undefined; at: Synonym[] }
> = {
  year: {
    accept: yearText,
    at: ['year', 'publication_year', 'publicationYear', 'pub_year', 'pubYear', ['issued', dateParts('issued', 'year')]],
  },
  publishedAt: {
    accept: (text) => (isoDate.test(text) ? text : undefined),
    at: [
      'publicationDate',
      'publication_date',
      'publishedDate',
      'published_date',
      'datePublished',
      'date',
      'published',
      ['issued', dateParts('issued', 'date')],
      ['pdate', epochDay(['pdate'])],
      ['odate', epochDay(['odate'])],
      ['cdate', epochDay(['cdate'])],
    ],
  },
  venue: {
    at: [
      'venue',
      'journal.name',
      'journal.title',
      'journal',
      'container-title',
      'container.title',
      'primary_location.source.display_name',
      'host_venue.display_name',
      'source.series.0.title',
      'booktitle',
      'journal-title',
      'journalTitle',
      'journal_name',
      ['server', preprintVenue],
    ],
  },
  pages: { at: ['pages', 'page', 'journal.pages', 'source.pages', 'pageInfo', ['biblio', biblioPages]] },
  doi: {
    accept: doiText,
    at: ['doi', 'DOI', 'externalIds.DOI', 'ids.doi', 'doi_url', ['links', typedLink('doi', doiText)]],
  },
  arxivId: {
    accept: arxivText,
    at: [
      'externalIds.ArXiv',
      'arxivId',
      'arxiv_id',
      'arxiv',
      'ids.arxiv',
      ['links', typedLink('arxiv', arxivText)],
      ['doi', arxivFromDoi],
      ['DOI', arxivFromDoi],
    ],
  },
  url: {
    accept: httpUrl,
    at: [
      'ee',
      'url',
      'URL',
      'primary_location.landing_page_url',
      'landing_page_url',
      'zbmath_url',
      'html_url',
      'link',
      ['forum', openReviewUrl],
      ['server', preprintUrl],
    ],
  },
  pdfUrl: {
    accept: httpUrl,
    at: [
      'openAccessPdf.url',
      'pdf_url',
      'pdfUrl',
      'primary_location.pdf_url',
      'best_oa_location.pdf_url',
      'pdf',
      ['forum', openReviewPdf],
    ],
  },
  abstract: { accept: plainText, at: ['abstract', 'abstractText', 'abstract_text'] },
  citedBy: {
    accept: countText,
    at: [
      'citationCount',
      'cited_by_count',
      'is-referenced-by-count',
      'citedByCount',
      'citation_count',
      'citations_count',
      'num_citations',
      'n_citation',
    ],
  },
}

const readTitle = first(['title', 'title.title', 'titles.0.title', 'display_name'], titleText)

/** One synonym compiled: the field, its rank among the field's synonyms, and how to read it. */
interface Rule {
  field: Exclude<FieldName, 'title'>
  rank: number
  read: Getter
}

/**
 * The rules by the key they start at: reading an object costs one lookup per own key, not one
 * probe per synonym (there are about seventy, and most objects have a dozen keys).
 */
const rulesByKey = new Map<string, Rule[]>()
for (const [field, { accept, at }] of Object.entries(synonyms) as Array<
  [Rule['field'], (typeof synonyms)[Rule['field']]]
>) {
  for (const [rank, synonym] of at.entries()) {
    const [key, read] = typeof synonym === 'string' ? [dotted(synonym)[0] as string, first([synonym], accept)] : synonym
    const rules = rulesByKey.get(key) ?? []
    rules.push({ field, rank, read })
    rulesByKey.set(key, rules)
  }
}

const authorKeys = [
  'authors',
  'author',
  'authorships',
  'creators',
  'contributors.authors',
  'contributors',
  'author_names',
  'authorNames',
  'authorString',
].map(dotted)
const nameKeys = ['name', 'full_name', 'fullName', 'fullname', 'display_name', 'displayName', 'literal', 'text']
const nameParts = [
  ['given', 'family'],
  ['givenName', 'familyName'],
  ['given_name', 'family_name'],
  ['first_name', 'last_name'],
  ['firstName', 'lastName'],
  ['forename', 'surname'],
] as const

/** One author object's name: a full-name key, `given` + `family` and the like, or a nested `author`. */
function authorName(value: unknown, path: Path): Hit | undefined {
  let current = value
  let at = path
  // OpenAlex `{ author: { display_name } }`: one level of nesting, no more.
  for (let depth = 0; depth < 2 && isObject(current); depth++) {
    for (const key of nameKeys) {
      const hit = scalar(own(current, key), [...at, key])
      if (hit) return hit
    }
    for (const [given, family] of nameParts) {
      const familyName = scalar(own(current, family), [])?.value
      if (!familyName) continue
      const givenName = scalar(own(current, given), [])?.value
      return { value: givenName ? `${givenName} ${familyName}` : familyName, path: at }
    }
    current = own(current, 'author')
    at = [...at, 'author']
  }
  return typeof current === 'string' && current.trim() ? { value: current.trim(), path: at } : undefined
}

/**
 * Names in one string: `;`-separated (bioRxiv `"Sun, X.; Li, Y."`), ` and `-separated (BibTeX),
 * or comma-separated when every part is a full name (`"Ada Lovelace, Alan Turing"`); else one name
 * (`"Turing, Alan"` is one person).
 */
function splitNames(text: string, path: Path): Hit[] {
  let parts: string[]
  if (text.includes(';')) parts = text.split(';')
  else if (text.includes(' and ')) parts = text.split(' and ')
  else {
    const commas = text.split(',')
    parts = commas.length > 1 && commas.every((part) => part.trim().includes(' ')) ? commas : [text]
  }
  return parts.flatMap((part) => {
    const name = part.trim().replace(/\.$/, (dot) => (/\b\p{Lu}\.$/u.test(part.trim()) ? dot : ''))
    return name ? [{ value: name, path }] : []
  })
}

function authorsAt(item: JsonObject, path: Path): Hit[] {
  let value = follow(item, path)
  let at = path
  // dblp `authors: { author: [...] }` (one object when single), OpenReview v2 `authors: { value: [...] }`.
  for (let depth = 0; depth < 2 && isObject(value); depth++) {
    const key = Object.hasOwn(value, 'author') ? 'author' : Object.hasOwn(value, 'value') ? 'value' : undefined
    if (!key) break
    value = value[key]
    at = [...at, key]
  }
  if (typeof value === 'string') return splitNames(value, at)
  const list = Array.isArray(value) ? value : isObject(value) ? [value] : []
  const names: Hit[] = []
  for (const [index, element] of list.entries()) {
    const elementPath = Array.isArray(value) ? [...at, index] : at
    const hit = typeof element === 'string' ? scalar(element, elementPath) : authorName(element, elementPath)
    if (hit && letter.test(hit.value) && hit.value.length <= 300) names.push(hit)
  }
  return names
}

function readAuthors(item: JsonObject): Hit[] {
  for (const path of authorKeys) {
    const names = authorsAt(item, path)
    if (names.length > 0) return names
  }
  return []
}

const keywordName = first(['display_name', 'keyword', 'name', 'value'])

function readKeywords(item: JsonObject): Hit[] {
  let value = own(item, 'keywords')
  let at: Path = ['keywords']
  if (isObject(value) && Object.hasOwn(value, 'value')) {
    value = value.value
    at = ['keywords', 'value']
  }
  if (!Array.isArray(value)) return []
  const keywords: Hit[] = []
  for (const [index, element] of value.entries()) {
    const hit =
      typeof element === 'string'
        ? scalar(element, [...at, index])
        : isObject(element)
          ? keywordName(element)
          : undefined
    if (hit) keywords.push(typeof element === 'string' ? hit : { value: hit.value, path: [...at, index, ...hit.path] })
  }
  return keywords
}

// Objects some services wrap the paper in: dblp's search hits `{ info }`, Semantic Scholar's
// citations `{ citingPaper }`, OpenReview notes `{ content }`, Elasticsearch `{ _source }`, DataCite
// `{ attributes }`. Their keys are read before the item's own.
const wrappers = [
  'info',
  'content',
  'paper',
  'citingPaper',
  'citedPaper',
  'work',
  'document',
  '_source',
  'attributes',
  'bibjson',
]

function prefixed(hit: Hit, prefix: Path): Hit {
  return prefix.length > 0 ? { value: hit.value, path: [...prefix, ...hit.path] } : hit
}

/** The objects to read fields from, wrappers first, each with its path below the item. */
function layers(item: JsonObject): Array<{ object: JsonObject; prefix: Path }> {
  const found: Array<{ object: JsonObject; prefix: Path }> = []
  for (const key of wrappers) {
    const inner = own(item, key)
    if (isObject(inner)) found.push({ object: inner, prefix: [key] })
  }
  found.push({ object: item, prefix: [] })
  return found
}

/**
 * Read `item` as a paper. It is paper-like when it has a title and one of: a DOI or arXiv id;
 * authors with a year, date, venue or pages; a venue with a year or date. A title with a year
 * alone (a film, a photo) or with a byline alone (a blog post) is not enough.
 */
export function readRecord(item: JsonObject): PaperRecord {
  const record: PaperRecord = { fields: {}, authors: [], keywords: [], placeholder: [], signals: 0, paperLike: false }
  const sources = layers(item)
  // The title first: most objects of a JSON file have none, and then nothing else is read.
  for (const { object, prefix } of sources) {
    const hit = readTitle(object)
    if (hit) {
      record.fields.title = prefixed(hit, prefix)
      break
    }
  }
  const title = record.fields.title?.value
  if (!title) return record
  // Per field, the best synonym found: wrappers before the item, then by rank within a layer.
  const best: Partial<Record<Rule['field'], { rank: number; hit: Hit }>> = {}
  for (const [layer, { object, prefix }] of sources.entries()) {
    for (const key of Object.keys(object)) {
      const rules = rulesByKey.get(key)
      if (!rules) continue
      for (const rule of rules) {
        const rank = layer * 1000 + rule.rank
        const known = best[rule.field]
        if (known && known.rank <= rank) continue
        const hit = rule.read(object)
        if (hit) best[rule.field] = { rank, hit: prefixed(hit, prefix) }
      }
    }
  }
  for (const field of Object.keys(best) as Array<Rule['field']>) {
    const hit = best[field]?.hit
    if (!hit) continue
    // A value that repeats the title is a placeholder (zbMATH's licence notice fills title, authors, pages).
    if (hit.value === title) record.placeholder.push(field)
    else record.fields[field] = hit
  }
  for (const { object, prefix } of sources) {
    const names = readAuthors(object)
    if (names.length === 0) continue
    const kept = names.filter((name) => name.value !== title)
    if (kept.length < names.length) record.placeholder.push('authors')
    record.authors = kept.map((name) => prefixed(name, prefix))
    break
  }
  for (const { object, prefix } of sources) {
    const keywords = readKeywords(object)
    if (keywords.length === 0) continue
    record.keywords = keywords.map((keyword) => prefixed(keyword, prefix))
    break
  }
  const { fields } = record
  const authors = record.authors.length > 0
  const dated = fields.year !== undefined || fields.publishedAt !== undefined
  const id = fields.doi !== undefined || fields.arxivId !== undefined
  record.paperLike =
    id ||
    (authors && (dated || fields.venue !== undefined || fields.pages !== undefined)) ||
    (fields.venue !== undefined && dated)
  record.signals = [
    authors,
    dated,
    fields.venue,
    id,
    fields.pages,
    fields.abstract ?? fields.citedBy,
    fields.url ?? fields.pdfUrl,
  ].filter(Boolean).length
  return record
}

/**
 * How sure the reader is that the record is a paper, `0`..`1`: 0.5 plus 0.1 per signal, 0.3 less
 * for a placeholder; 0.5 for a titled item that is not paper-like itself in a list of papers.
 */
export function confidenceOf(record: PaperRecord): number {
  if (!record.paperLike) return 0.5
  const base = 0.5 + 0.1 * record.signals
  return Math.min(1, record.placeholder.length > 1 ? base - 0.3 : base)
}
