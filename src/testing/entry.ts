import type { AuthorField, Entry, EntryFields, EntryLink, Located } from '../core/entry.js'
import { checkOptionKeys } from '../schema/options.js'
import type { Position } from '../schema/position.js'

/** The entry fields that hold one string. */
export type TextFieldName =
  | 'title'
  | 'abstract'
  | 'summary'
  | 'comment'
  | 'authorCount'
  | 'publishedAt'
  | 'year'
  | 'venue'
  | 'pages'
  | 'confidence'
  | 'citedBy'
  | 'updatedAt'
  | 'submittedAt'
  | 'announcedAt'
  | 'upvotes'
  | 'comments'
  | 'arxivId'
  | 'arxivVersion'
  | 'url'
  | 'pdfUrl'
  | 'thumbnail'
  | 'journalRef'
  | 'doi'
  | 'listingSection'
  | 'organization'
  | 'submittedBy'

/**
 * What {@link createEntry} takes: the entry's fields as plain strings (as a page prints them),
 * lists as arrays, links as URLs or `EntryLink`s.
 */
export type EntrySpec = { [Field in TextFieldName]?: string | undefined } & {
  /** The listed authors: names, or `{ name, affiliations }`. */
  authors?: ReadonlyArray<string | { name: string; affiliations?: string[] | undefined }> | undefined
  /** Subject categories, primary first. */
  categories?: readonly string[] | undefined
  /** Keywords. */
  keywords?: readonly string[] | undefined
  /** Links of the entry: URLs, or `EntryLink`s (`{ url, text?, origin? }`). */
  links?: ReadonlyArray<string | EntryLink> | undefined
  /** Other raw fields, as a reader hands them (e.g. `{ githubRepo: { value: 'https://github.com/o/r' } }`). */
  fields?: EntryFields | undefined
  /** The reader's name, `entry.reader` (default: `'test'`). */
  reader?: string | undefined
  /** The entry's index in its document (default: `0`). */
  index?: number | undefined
}

const textOrder: readonly TextFieldName[] = [
  'title',
  'abstract',
  'summary',
  'comment',
  'authorCount',
  'publishedAt',
  'year',
  'venue',
  'pages',
  'confidence',
  'citedBy',
  'updatedAt',
  'submittedAt',
  'announcedAt',
  'upvotes',
  'comments',
  'arxivId',
  'arxivVersion',
  'url',
  'pdfUrl',
  'thumbnail',
  'journalRef',
  'doi',
  'listingSection',
  'organization',
  'submittedBy',
]
const accepted = [...textOrder, 'authors', 'categories', 'keywords', 'links', 'fields', 'reader', 'index']

/**
 * An entry as a reader would hand it to the plugins, from plain strings: every value is laid out
 * in the entry's `text` (title, abstract, summary, comment, then the others, a blank line apart;
 * then authors, categories and keywords, one a line), and each field's `position` points at its
 * value there, so positions in messages and provenance can be checked.
 *
 * @example
 * ```ts
 * const entry = createEntry({ title: 'A paper', abstract: 'Code: https://github.com/o/r.' })
 * entry.fields.abstract?.position?.start // { line: 3, column: 1, offset: 9 }
 * ```
 */
export function createEntry(spec: Readonly<EntrySpec> = {}): Entry {
  checkOptionKeys('createEntry()', spec, accepted)
  const layout = new Layout()
  const fields: EntryFields = {}
  for (const name of textOrder) {
    const value = spec[name]
    if (value === undefined) continue
    if (typeof value !== 'string') throw new TypeError(`Expected \`${name}\` of createEntry() to be a string.`)
    fields[name] = layout.add(value)
  }
  if (spec.authors) {
    fields.authors = spec.authors.map((author): AuthorField => {
      const { name, affiliations } = typeof author === 'string' ? { name: author, affiliations: undefined } : author
      const located = layout.add(name)
      return affiliations ? { ...located, affiliations: [...affiliations] } : located
    })
  }
  for (const name of ['categories', 'keywords'] as const) {
    const values = spec[name]
    if (values) fields[name] = values.map((value) => layout.add(value))
  }
  Object.assign(fields, spec.fields)
  const links = (spec.links ?? []).map((link): EntryLink => (typeof link === 'string' ? { url: link } : { ...link }))
  const text = layout.text
  return {
    reader: spec.reader ?? 'test',
    format: spec.reader ?? 'test',
    index: spec.index ?? 0,
    text,
    position: layout.span(0, text.length),
    fields,
    links,
  }
}

/** The entry's text, built a value at a time, with the line and column of every offset. */
class Layout {
  text = ''
  #lineStarts = [0]

  add(value: string): Located {
    if (this.text !== '') this.#append('\n\n')
    const start = this.text.length
    this.#append(value)
    return { value, position: this.span(start, this.text.length) }
  }

  span(start: number, end: number): Position {
    return { start: this.#point(start), end: this.#point(end) }
  }

  #append(value: string): void {
    for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) {
      this.#lineStarts.push(this.text.length + index + 1)
    }
    this.text += value
  }

  #point(offset: number): Position['start'] {
    // The last line start at or before `offset` (binary search: lines are sorted).
    let low = 0
    let high = this.#lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.#lineStarts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (this.#lineStarts[low] as number) + 1, offset }
  }
}
