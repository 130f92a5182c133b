/**
 * BibTeX entries shown on a page (`<pre>`, `<textarea>`, `<code>`): a small, tolerant scanner
 * (braces counted, one pass, no recursion) and the LaTeX a title or name commonly holds.
 */
import type { EntryFields, Located } from '../../core/entry.js'
import type { Element } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { setLink } from './fields.js'

/** One BibTeX entry: its type, key and fields (names lower-cased, values as written). */
export interface BibtexEntry {
  type: string
  key: string
  fields: Map<string, string>
}

/** Scan BibTeX text for entries; comments, `@string` and `@preamble` are skipped. */
export function scanBibtex(text: string): BibtexEntry[] {
  const entries: BibtexEntry[] = []
  const length = text.length
  let at = 0
  while (at < length) {
    const start = text.indexOf('@', at)
    if (start === -1) break
    const head = /^@([a-zA-Z]+)\s*([{(])/.exec(text.slice(start, start + 40))
    if (!head) {
      at = start + 1
      continue
    }
    const type = (head[1] as string).toLowerCase()
    const close = head[2] === '{' ? '}' : ')'
    at = start + head[0].length
    // Keys are short: look for the comma in a window, so a run of `@a{` cannot make this quadratic.
    const window = text.slice(at, at + 300)
    const comma = window.indexOf(',')
    const closing = window.indexOf(close)
    if (
      type === 'comment' ||
      type === 'string' ||
      type === 'preamble' ||
      comma === -1 ||
      (closing !== -1 && closing < comma)
    ) {
      at = closing === -1 ? start + 1 : at + closing + 1
      continue
    }
    const keyEnd = at + comma
    const key = text.slice(at, keyEnd).trim()
    at = keyEnd + 1
    const fields = new Map<string, string>()
    // Fields: name = {value} | "value" | bare, separated by commas, until the entry's closing brace.
    while (at < length) {
      while (at < length && /[\s,]/.test(text[at] as string)) at++
      if (at >= length || text[at] === close) {
        at++
        break
      }
      const nameMatch = /^([a-zA-Z][\w:.-]*)\s*=\s*/.exec(text.slice(at, at + 80))
      if (!nameMatch) {
        // Not a field: give up on this entry at the next line that starts an entry or a field.
        at++
        continue
      }
      const name = (nameMatch[1] as string).toLowerCase()
      at += nameMatch[0].length
      let value = ''
      const opener = text[at]
      if (opener === '{' || opener === '"') {
        let depth = 0
        const from = at
        for (; at < length; at++) {
          const char = text[at]
          if (char === '\\') {
            at++
            continue
          }
          if (char === '{') depth++
          else if (char === '}') {
            depth--
            if (opener === '{' && depth === 0) break
          } else if (char === '"' && opener === '"' && depth === 0 && at > from) break
        }
        value = text.slice(from + 1, at)
        at++
      } else {
        const end = /[,}\n)]/.exec(text.slice(at, at + 200))
        const stop = end ? at + end.index : Math.min(length, at + 200)
        value = text.slice(at, stop).trim()
        at = stop
      }
      fields.set(name, value)
    }
    entries.push({ type, key, fields })
  }
  return entries
}

const accents: Record<string, Record<string, string>> = {
  '"': { a: 'ä', o: 'ö', u: 'ü', e: 'ë', i: 'ï', A: 'Ä', O: 'Ö', U: 'Ü', E: 'Ë', I: 'Ï', y: 'ÿ' },
  "'": {
    a: 'á',
    e: 'é',
    i: 'í',
    o: 'ó',
    u: 'ú',
    y: 'ý',
    c: 'ć',
    n: 'ń',
    s: 'ś',
    z: 'ź',
    A: 'Á',
    E: 'É',
    I: 'Í',
    O: 'Ó',
    U: 'Ú',
    C: 'Ć',
    S: 'Ś',
    Z: 'Ź',
  },
  '`': { a: 'à', e: 'è', i: 'ì', o: 'ò', u: 'ù', A: 'À', E: 'È' },
  '^': { a: 'â', e: 'ê', i: 'î', o: 'ô', u: 'û', A: 'Â', E: 'Ê', O: 'Ô' },
  '~': { a: 'ã', n: 'ñ', o: 'õ', A: 'Ã', N: 'Ñ', O: 'Õ' },
  c: { c: 'ç', C: 'Ç', s: 'ş', S: 'Ş' },
  v: { c: 'č', s: 'š', z: 'ž', r: 'ř', e: 'ě', C: 'Č', S: 'Š', Z: 'Ž', R: 'Ř' },
  u: { a: 'ă', g: 'ğ', A: 'Ă', G: 'Ğ' },
  '=': { a: 'ā', e: 'ē', i: 'ī', o: 'ō', u: 'ū' },
  '.': { z: 'ż', Z: 'Ż', I: 'İ' },
  H: { o: 'ő', u: 'ű', O: 'Ő', U: 'Ű' },
}
const symbols: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  aa: 'å',
  AA: 'Å',
  ae: 'æ',
  AE: 'Æ',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  oe: 'œ',
  OE: 'Œ',
}

/** LaTeX in a BibTeX value as plain text: accents, escapes, braces and `--` dashes. */
export function latexToText(value: string): string {
  return value
    .replace(
      /\\([`'"^~=.])\s*\{?\\?([a-zA-Z])\}?/g,
      (_all, accent: string, letter: string) => accents[accent]?.[letter] ?? letter,
    )
    .replace(
      /\\([cvuH])\s*\{([a-zA-Z])\}/g,
      (_all, accent: string, letter: string) => accents[accent]?.[letter] ?? letter,
    )
    .replace(/\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i)(?![a-zA-Z])\s*/g, (_all, name: string) => symbols[name] ?? name)
    .replace(/\\([&%$#_{}])/g, '$1')
    .replace(/\\(?:textit|textbf|emph|texttt|textsc|mathrm|mbox|text)\s*/g, '')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/[{}]/g, '')
    .replace(/~/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const paperTypes = new Set([
  'article',
  'inproceedings',
  'conference',
  'incollection',
  'inbook',
  'phdthesis',
  'mastersthesis',
  'techreport',
  'book',
  'proceedings',
  'unpublished',
])

/** The papers in the page's BibTeX blocks, in document order. */
export function readBibtex(page: HtmlPage, blocks: readonly Element[]): EntryFields[] {
  const found: EntryFields[] = []
  const seen = new Set<string>()
  for (const block of blocks) {
    const position = page.positionOf(block)
    const at = (value: string): Located => ({ value, position })
    for (const entry of scanBibtex(rawText(page, block))) {
      const get = (name: string) => {
        const value = entry.fields.get(name)
        return value === undefined ? undefined : latexToText(value) || undefined
      }
      // @misc is what arXiv and Zenodo export: a paper only with an eprint, DOI or URL to one.
      const misc =
        entry.type === 'misc' &&
        (entry.fields.has('eprint') || entry.fields.has('doi') || entry.fields.has('archiveprefix'))
      if (!paperTypes.has(entry.type) && !misc) continue
      const title = get('title')
      if (!title || seen.has(`${entry.key}\u0000${title}`)) continue
      seen.add(`${entry.key}\u0000${title}`)
      const fields: EntryFields = { title: at(title) }
      const author = entry.fields.get('author')
      if (author) {
        fields.authors = author
          .split(/\s+and\s+/i)
          .map((name) => latexToText(name))
          .filter((name) => name && name.toLowerCase() !== 'others')
          .map((name) => at(reorder(name)))
      }
      const year = get('year')
      if (year && /^\d{4}$/.test(year)) fields.year = at(year)
      const venue = get('booktitle') ?? get('journal') ?? get('school') ?? get('institution') ?? get('publisher')
      if (venue) fields.venue = at(venue)
      const pages = get('pages')
      if (pages) fields.pages = at(pages.replace(/–/g, '-'))
      const abstract = get('abstract')
      if (abstract) fields.abstract = at(abstract)
      const doi = get('doi')
      if (doi) setLink(fields, doi, position)
      const eprint = get('eprint')
      if (eprint && (get('archiveprefix') ?? '').toLowerCase() === 'arxiv') fields.arxivId = at(eprint)
      setLink(fields, get('url'), position)
      setLink(fields, get('pdf'), position)
      found.push(fields)
    }
  }
  return found
}

/** A block's text without collapsing its line breaks (BibTeX is line-oriented in places). */
function rawText(page: HtmlPage, block: Element): string {
  const first = block.childNodes[0]
  return block.childNodes.length === 1 && first && 'value' in first ? first.value : page.text(block)
}

/** `Sierra, Carles` → `Carles Sierra`. */
function reorder(name: string): string {
  const match = /^([^,]+),\s*([^,]+)$/.exec(name)
  return match ? `${match[2]} ${match[1]}`.trim() : name
}
