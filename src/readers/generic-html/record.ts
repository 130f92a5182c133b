/**
 * The fields of one record found by its structure: title, authors, venue, year, pages, cited-by
 * count and links, read from its pieces and lines (see `pieces.ts`). Each rule looks at what
 * publication lists share: the title is the first title-like link (or bold run, or titled
 * element), authors the next run of names, the venue the emphasised or next line after them.
 */
import type { AuthorField, EntryFields, EntryLink, Located } from '../../core/entry.js'
import { firstNonBlank } from '../../util/text.js'
import type { Element, Node } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { doiOf, isLabel, LinkKind, linkKind } from './links.js'
import { isName, nameShare, splitAuthors } from './names.js'
import {
  bibtexText,
  type Extent,
  extentNodes,
  isSpaceCode,
  joinPieces,
  Mark,
  type Piece,
  parentOf,
  piecesOf,
} from './pieces.js'
import type { Scan } from './scan.js'

/** What a table's header row says each column holds. */
export type ColumnRole = 'title' | 'authors' | 'year' | 'citedBy' | 'venue' | 'pages' | undefined

/** A record's fields, and the evidence that it is a paper. */
export interface Record {
  extent: Extent
  fields: EntryFields
  links: EntryLink[]
  /** Start and end offsets in the input. */
  start: number
  end: number
  /** How many kinds of paper evidence it has beyond a title (authors, year, venue, links, counts). */
  evidence: number
  /** Whether it has a paper-specific sign: authors, a scholarly/PDF/DOI link, or a cited-by count. */
  scholarly: boolean
}

const yearPattern = /(?<![\d\-–/.])(?:19[5-9]\d|20[0-4]\d)(?![\d\-–])/g
const venueWords =
  /^(?:in:?\s|proceedings\b|proc\.|journal\b|transactions\b|workshop\b|conference\b)|\b(?:conference on|workshop on|symposium on|journal of|proceedings of|transactions on)\b/i

/** Read a record's fields; `undefined` when it has no title. */
export function readRecord(
  page: HtmlPage,
  extent: Extent,
  columns: readonly ColumnRole[] | undefined,
  counter?: { work: number },
  scan?: Scan,
): Record | undefined {
  const all = piecesOf(page, extent, counter, scan)
  // A "cite this" BibTeX block in the record is not shown text: it only gives a year the record lacks.
  const cited = anyPiece(all, inBibtex)
  const pieces = cited ? all.filter((piece) => !piece.context.bibtex) : all
  const bibtex = cited ? all.filter(inBibtex) : undefined
  if (pieces.length === 0) return undefined
  const fields: EntryFields = {}

  // Table columns the header names come first (the pieces sorted into cells once, not filtered per role).
  const cells = columns ? piecesByCell(pieces) : undefined
  const titleCell = cellPieces(columns, cells, 'title')

  // Title.
  const title = findTitle(page, titleCell ?? pieces, pieces)
  if (!title) return undefined
  for (const piece of title.pieces) use(piece)
  fields.title = locatedAt(page, title.text, title.node)

  // Table cells: year, cited-by count, authors, venue, pages.
  const yearCell = cellValueOf(columns, cells, 'year')
  if (yearCell && /^(?:19|20)\d\d$/.test(yearCell.text)) fields.year = locatedAt(page, yearCell.text, yearCell.node)
  const citedCell = cellValueOf(columns, cells, 'citedBy')
  if (citedCell && /^\d[\d,]*$/.test(citedCell.text)) fields.citedBy = locatedAt(page, citedCell.text, citedCell.node)
  if (columns) {
    for (const piece of cellPieces(columns, cells, 'year') ?? []) use(piece)
    for (const piece of cellPieces(columns, cells, 'citedBy') ?? []) use(piece)
  }

  // Authors: the first run of names after the title, else before it.
  const authorCell = cellPieces(columns, cells, 'authors')
  const runs = runsOf(authorCell ?? pieces)
  const titleLine = title.pieces[0]?.line ?? 0
  let authorRun: Piece[] | undefined
  let names: string[] = []
  // What follows the names on a search engine's line ("A, B - Venue, 2002 - host").
  let afterNames: string | undefined
  // The runs after the title, then those before it (two passes, no array of them in that order).
  for (let pass = 0; pass < 2 && !authorRun; pass++) {
    for (const run of runs) {
      if (isAfter(run, titleLine, title.end) !== (pass === 0)) continue
      const text = joinText(run)
      const dashed = splitDashed(text)
      const dashedNames = dashed && namesInText(dashed.names)
      const candidate = dashedNames || namesInText(text)
      if (candidate) {
        authorRun = run
        names = candidate
        if (dashedNames) afterNames = dashed?.rest
        break
      }
    }
  }
  if (authorRun) {
    for (const piece of authorRun) use(piece)
    fields.authors = authorFields(page, names, authorRun)
  }

  // Venue: the emphasised run or the next line after the authors (or the title).
  const anchorAfter = authorRun ? authorRun[authorRun.length - 1] : title.pieces[title.pieces.length - 1]
  const venueCell = cellPieces(columns, cells, 'venue')
  // (The runs left once the author run is taken are the runs read above less that one: its pieces
  // were one whole run, and used pieces end runs as its own bounds did. Read again only when the
  // authors came from a table cell.)
  const venueRun =
    venueCell ??
    (afterNames === undefined
      ? authorCell
        ? findVenue(runsOf(pieces), anchorAfter)
        : findVenue(runs, anchorAfter, authorRun)
      : undefined)
  let venueYear: string | undefined
  if (afterNames !== undefined && authorRun) {
    const { venue, year, pages } = venueParts(afterNames, undefined)
    const node = authorRun[authorRun.length - 1]?.node
    if (venue && !/^\d+$/.test(venue)) fields.venue = locatedAt(page, venue, parentOf(node))
    if (pages) fields.pages = locatedAt(page, pages, node)
    venueYear = year
  }
  if (venueRun) {
    for (const piece of venueRun) use(piece)
    const { venue, year, pages } = cleanVenue(venueRun)
    if (venue) fields.venue = locatedAt(page, venue, parentOf(venueRun[0]?.node))
    if (pages) fields.pages = locatedAt(page, pages, venueRun[0]?.node)
    venueYear = year
  }
  if (!fields.year && venueYear) fields.year = locatedAt(page, venueYear, venueRun?.[0]?.node)
  if (!fields.year) {
    // A year elsewhere in the record (not in the title or a long text).
    for (const piece of title.pieces) piece.marks |= Mark.title
    for (let start = 0, end = 0; start < pieces.length; start = end) {
      end = lineEnd(pieces, start)
      // (No year without a digit: most lines have none, and are not joined.)
      let digits = false
      for (let index = start; index < end && !digits; index++) {
        const piece = pieces[index] as Piece
        digits = (piece.marks & Mark.title) === 0 && hasDigit(piece.text)
      }
      if (!digits) continue
      const free = unmarked(pieces, start, end, Mark.title)
      const text = joinText(free)
      if (words(text) > 30) continue
      const years = text.match(yearPattern)
      if (years) {
        fields.year = locatedAt(page, years[years.length - 1] as string, free[0]?.node)
        break
      }
    }
  }

  if (!fields.year && bibtex) {
    const year = /\byear\s*=\s*[{"]?\s*((?:19|20)\d\d)\b/i.exec(bibtexText(bibtex))?.[1]
    if (year) fields.year = locatedAt(page, year, bibtex[0]?.node)
  }
  // Cited-by counts printed as "Cited by 12".
  if (!fields.citedBy) {
    for (const piece of pieces) {
      // (Most pieces do not start with a "c": no trimmed copy and no pattern run for them.)
      const first = firstNonBlank(piece.text)
      if (first === -1 || (piece.text.charCodeAt(first) | 32) !== 99) continue
      const match = /^cited by\s+(\d[\d,]*)$/i.exec(piece.text.trim())
      if (match?.[1]) {
        fields.citedBy = locatedAt(page, match[1], piece.node)
        break
      }
    }
  }

  // Abstract: a long line of prose that is none of the above.
  for (let start = 0, end = 0; start < pieces.length; start = end) {
    end = lineEnd(pieces, start)
    // (25 words take at least 49 characters: shorter lines are not joined.)
    let length = 0
    for (let index = start; index < end; index++) {
      const piece = pieces[index] as Piece
      if (!isUsed(piece)) length += piece.flat.length
    }
    if (length < 49) continue
    const free = unmarked(pieces, start, end, Mark.used)
    const text = joinText(free)
    if (words(text) >= 25 && /[.!?]/.test(text)) {
      fields.abstract = locatedAt(page, text, parentOf(free[0]?.node))
      break
    }
  }

  // Links.
  const links: EntryLink[] = []
  let scholarlyLink = false
  let titleUrl: string | undefined
  const titleAnchor = title.anchor
  if (titleAnchor) titleUrl = page.resolve(page.attribute(titleAnchor, 'href'))
  const nodes = extentNodes(extent)
  for (const node of nodes) {
    for (const link of page.links(node)) {
      links.push(link)
      const kind = linkKind(link.url)
      const text = link.text ?? ''
      if (kind & (LinkKind.scholarly | LinkKind.pdf | LinkKind.doi | LinkKind.arxiv)) scholarlyLink = true
      const pdfLabel = /^\[?\s*(?:pdf|open pdf|download pdf|full ?text pdf|paper \(pdf\))\s*\]?$|^\[pdf\]\s/i.test(text)
      if (!fields.pdfUrl && (kind & LinkKind.pdf || pdfLabel))
        fields.pdfUrl = { value: link.url, position: link.position }
      if (!fields.doi && kind & LinkKind.doi) {
        const doi = doiOf(link.url)
        if (doi) fields.doi = { value: doi, position: link.position }
      }
      if (!fields.arxivId && kind & LinkKind.arxiv && /\/(?:abs|pdf)\//.test(link.url)) {
        fields.arxivId = { value: link.url, position: link.position }
      }
    }
  }
  if (titleUrl && titleAnchor) {
    const kind = linkKind(titleUrl)
    // (The title's position when the title is marked at its link, as most are: not made again.)
    const position = title.node === titleAnchor ? fields.title.position : page.positionOf(titleAnchor)
    if (kind & LinkKind.pdf) fields.pdfUrl ??= { value: titleUrl, position }
    else fields.url = { value: titleUrl, position }
  }
  // (No DOI without a slash: most records' text has none, and is not joined.)
  if (!fields.doi && anyPiece(pieces, withSlash)) {
    const match = /\b(?:doi:?\s*)(10\.\d{4,9}\/\S+[^\s.,;)])/i.exec(joinText(pieces))
    if (match?.[1]) fields.doi = locatedAt(page, match[1], pieces[0]?.node)
  }

  const first = nodes[0]
  const last = nodes[nodes.length - 1]
  const evidence =
    (fields.authors ? 1 : 0) +
    (fields.year ? 1 : 0) +
    (fields.venue ? 1 : 0) +
    (scholarlyLink ? 1 : 0) +
    (fields.citedBy ? 1 : 0) +
    (fields.abstract ? 1 : 0)
  return {
    extent,
    fields,
    links,
    start: first?.startOffset ?? 0,
    end: last?.endOffset ?? 0,
    evidence,
    scholarly: Boolean(fields.authors) || scholarlyLink || Boolean(fields.citedBy),
  }
}

/**
 * Whether any of `pieces` passes `test` (one of the tests below, made once: `some` with a closure
 * made per record cost an allocation each).
 */
function anyPiece(pieces: readonly Piece[], test: (piece: Piece) => boolean): boolean {
  for (const piece of pieces) if (test(piece)) return true
  return false
}

const inBibtex = (piece: Piece): boolean => piece.context.bibtex !== undefined
// (A DOI needs a `/`.)
const withSlash = (piece: Piece): boolean => piece.text.includes('/')
const strongly = (piece: Piece): boolean => piece.context.emphasis === 'strong'
const emphasised = (piece: Piece): boolean => piece.context.emphasis === 'em'

/** Whether a run starts on the title's line or later and after the title ends. */
function isAfter(run: readonly Piece[], titleLine: number, titleEnd: number): boolean {
  return (run[0]?.line ?? 0) >= titleLine && (run[0]?.node.startOffset ?? 0) > titleEnd
}

function locatedAt(page: HtmlPage, text: string, node: Node | undefined): Located {
  return { value: text, position: node ? page.positionOf(node) : undefined }
}

/** A row record's pieces by table cell, in order (`cell` is the index among the row's cells). */
function piecesByCell(pieces: readonly Piece[]): Piece[][] {
  const cells: Piece[][] = []
  for (const piece of pieces) {
    if (piece.context.cell < 0) continue
    // (Holes filled, so the array stays packed.)
    while (cells.length <= piece.context.cell) cells.push([])
    cells[piece.context.cell]?.push(piece)
  }
  return cells
}

/**
 * The pieces in the table column of `role`, when the header names one and it holds any. The
 * same array each time it is asked for (callers read it, none changes it).
 */
function cellPieces(
  columns: readonly ColumnRole[] | undefined,
  cells: readonly Piece[][] | undefined,
  role: ColumnRole,
): Piece[] | undefined {
  if (!columns || !cells) return undefined
  const cell = columns.indexOf(role)
  if (cell === -1) return undefined
  const inCell = cells[cell]
  return inCell && inCell.length > 0 ? inCell : undefined
}

/** The text of the column of `role`, at the cell. */
function cellValueOf(
  columns: readonly ColumnRole[] | undefined,
  cells: readonly Piece[][] | undefined,
  role: ColumnRole,
): { text: string; node: Node | undefined } | undefined {
  const inCell = cellPieces(columns, cells, role)
  return inCell && { text: joinText(inCell), node: inCell[0]?.context.top }
}

/** Mark a piece taken by a field. */
function use(piece: Piece): void {
  piece.marks |= Mark.used
}

/** Whether a field took the piece. */
function isUsed(piece: Piece): boolean {
  return (piece.marks & Mark.used) !== 0
}

/** Where the line of `pieces[start]` ends: the index of the next line's first piece (lines are read in place, not copied). */
function lineEnd(pieces: readonly Piece[], start: number): number {
  const line = (pieces[start] as Piece).line
  let end = start + 1
  while (end < pieces.length && (pieces[end] as Piece).line === line) end++
  return end
}

/** The pieces from `start` to `end` (exclusive) without `mark`. */
function unmarked(pieces: readonly Piece[], start: number, end: number, mark: number): Piece[] {
  const free: Piece[] = []
  for (let index = start; index < end; index++) {
    const piece = pieces[index] as Piece
    if ((piece.marks & mark) === 0) free.push(piece)
  }
  return free
}

/** Pieces grouped by line. */
function linesOf(pieces: readonly Piece[]): Piece[][] {
  const lines: Piece[][] = []
  for (const piece of pieces) {
    const line = lines[lines.length - 1]
    if (line && line[0]?.line === piece.line) line.push(piece)
    else lines.push([piece])
  }
  return lines
}

/** The pieces' text, whitespace collapsed (see `joinPieces`). */
const joinText = joinPieces

interface Title {
  text: string
  pieces: Piece[]
  node: Node | undefined
  anchor: Element | undefined
  /** Offset just past the title. */
  end: number
}

/** The title: a titled element, else the first title-like link, else a bold run, else a quoted or first line. */
function findTitle(page: HtmlPage, pieces: readonly Piece[], record: readonly Piece[]): Title | undefined {
  // 1. An element the page marks as the title.
  for (const group of groupBy(pieces, titledBy)) {
    const text = joinText(group)
    if (words(text) >= 2) {
      return titleOf(group, group[0]?.context.titled, firstAnchor(group))
    }
  }
  // 2. Links whose text reads as a title, not a label, a count, a venue or a name in a list of names.
  const anchors = groupBy(pieces, anchoredAt)
  // (Each link's text joined once, for both loops.)
  const texts = anchors.map(joinText)
  // (Each link's text tested as a name once, for both loops; the map made only when one is a name.)
  const named = texts.map(isName)
  let namesOnLine: Map<number, number> | undefined
  for (let index = 0; index < anchors.length; index++) {
    if (!named[index]) continue
    const line = anchors[index]?.[0]?.line ?? 0
    namesOnLine ??= new Map()
    namesOnLine.set(line, (namesOnLine.get(line) ?? 0) + 1)
  }
  // The candidates as indices into `anchors` (no object each), and whether one is not a name.
  const candidates: number[] = []
  let notName = false
  for (let index = 0; index < anchors.length; index++) {
    const group = anchors[index] as Piece[]
    const anchor = group[0]?.context.anchor as Element
    const text = texts[index] as string
    const count = words(text)
    if (count < 2 || isLabel(text) || /^[\d\s.,:()[\]-]+$/.test(text) || venueWords.test(text)) continue
    if (/^https?:\/\//i.test(text) || /^(?:cited by|citations?)\b/i.test(text)) continue
    const name = named[index] as boolean
    // A name in a list of names, or linked to a person's page, is an author (or a co-author list).
    if (name && (namesOnLine?.get(group[0]?.line ?? 0) ?? 0) >= 2) continue
    if (name && linkKind(page.resolve(page.attribute(anchor, 'href')) ?? '') & LinkKind.person) continue
    candidates.push(index)
    if (!name) notName = true
  }
  // Title Case titles read as names too: a name-like link is the title only when nothing else is.
  // The first of the pool in bold, else the first of three words or more, else the first (one
  // pass over the indices, not a filtered copy and closures per record: the first in bold ends
  // it, the first long one and the first are kept on the way).
  let inBold = -1
  let long = -1
  let first = -1
  for (const index of candidates) {
    if (notName && named[index]) continue
    if (first === -1) first = index
    if (long === -1 && words(texts[index] as string) >= 3) long = index
    if (anyPiece(anchors[index] as Piece[], strongly)) {
      inBold = index
      break
    }
  }
  const chosen = inBold !== -1 ? inBold : long !== -1 ? long : first
  if (chosen !== -1) {
    const group = anchors[chosen] as Piece[]
    const anchor = group[0]?.context.anchor as Element
    return titleOf(group, anchor, anchor)
  }
  // 3. A bold run of at least three words.
  const bold = runsWhere(pieces, strongly)
  for (const run of bold) {
    const text = joinText(run)
    if (words(text) >= 3 && !isName(text) && !venueWords.test(text))
      return titleOf(run, parentOf(run[0]?.node), undefined)
  }
  // 4. A quoted title in a citation line (the `record`'s pieces, by line: made only now, as few titles get here).
  const lines = linesOf(record)
  for (const line of lines) {
    const text = joinText(line)
    const quoted = /[“"]([^“”"]{10,300})[”"]/.exec(text)
    if (quoted?.[1] && words(quoted[1]) >= 3) {
      const start = text.indexOf(quoted[1])
      const group = piecesCovering(line, start, start + quoted[1].length)
      return {
        text: stripTitle(quoted[1]),
        pieces: group,
        node: group[0]?.node,
        anchor: undefined,
        end: group[group.length - 1]?.node.endOffset ?? 0,
      }
    }
  }
  // 5. The first line, when it is neither a list of names nor a long paragraph.
  const line = lines[0]
  if (line) {
    const text = joinText(line)
    const count = words(text)
    if (count >= 3 && count <= 40 && nameShare(splitAuthors(text)) < 0.5 && !isLabel(text)) {
      return titleOf(line, parentOf(line[0]?.node), undefined)
    }
  }
  return undefined
}

/** The keys the title rule groups by (made once, not a closure per record). */
const titledBy = (piece: Piece): Element | undefined => piece.context.titled
const anchoredAt = (piece: Piece): Element | undefined => piece.context.anchor

/** The first anchor a group's pieces are in. */
function firstAnchor(group: readonly Piece[]): Element | undefined {
  for (const piece of group) if (piece.context.anchor) return piece.context.anchor
  return undefined
}

/** A title from its pieces, marked at `node`; `undefined` when nothing is left of its text. */
function titleOf(group: Piece[], node: Node | undefined, anchor: Element | undefined): Title | undefined {
  const text = stripTitle(joinText(group))
  if (!text) return undefined
  const lastNode = group[group.length - 1]?.node
  return { text, pieces: group, node, anchor, end: lastNode?.endOffset ?? 0 }
}

/** Trim list punctuation around a title (quotes, a trailing comma), keeping its own final period. */
function stripTitle(text: string): string {
  const start = text.replace(/^(?:\[[A-Z]{1,10}\]\s*)+/, '').replace(/^[\s"“”'‘’,;:\-–—]+/u, '')
  // (`replace(/[\s"“”‘’,;:\-–—]+$/u, '')` by a walk from the end: the pattern is tried at every space.)
  return start.slice(0, endWithout(start, titleEnd)).trim()
}

/** Whether `code` is one of what a title loses at its end: whitespace, `"“”‘’,;:-–—`. */
function titleEnd(code: number): boolean {
  return (
    code === 34 ||
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 45 ||
    (code >= 0x2013 && code <= 0x2014) ||
    (code >= 0x2018 && code <= 0x2019) ||
    (code >= 0x201c && code <= 0x201d) ||
    isSpaceCode(code)
  )
}

/** The length of `text` without the run of characters passing `test` at its end. */
function endWithout(text: string, test: (code: number) => boolean): number {
  let end = text.length
  while (end > 0 && test(text.charCodeAt(end - 1))) end--
  return end
}

/** How many space-separated words (`text.split(' ').length`, without the array). */
function words(text: string): number {
  if (text === '') return 0
  let count = 1
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count++
  return count
}

/**
 * The pieces with a `key`, grouped by it, groups in the order their first pieces come. A key's
 * pieces mostly come together (a link's texts): a piece of the last group's key joins it without
 * a lookup, and the map of every group is made only when a second key comes.
 */
function groupBy<K>(pieces: readonly Piece[], key: (piece: Piece) => K | undefined): Piece[][] {
  const groups: Piece[][] = []
  let lastKey: K | undefined
  let last: Piece[] | undefined
  let byKey: Map<K, Piece[]> | undefined
  for (const piece of pieces) {
    const value = key(piece)
    if (value === undefined) continue
    if (last !== undefined && value === lastKey) {
      last.push(piece)
      continue
    }
    if (last !== undefined && byKey === undefined) byKey = new Map([[lastKey as K, last]])
    let group = byKey?.get(value)
    if (group) group.push(piece)
    else {
      group = [piece]
      byKey?.set(value, group)
      groups.push(group)
    }
    lastKey = value
    last = group
  }
  return groups
}

/** Consecutive pieces (same line) that pass `test`. */
function runsWhere(pieces: readonly Piece[], test: (piece: Piece) => boolean): Piece[][] {
  const runs: Piece[][] = []
  let current: Piece[] = []
  for (const piece of pieces) {
    const last = current[current.length - 1]
    if (test(piece) && (!last || last.line === piece.line)) current.push(piece)
    else {
      if (current.length > 0) runs.push(current)
      current = test(piece) ? [piece] : []
    }
  }
  if (current.length > 0) runs.push(current)
  return runs
}

function piecesCovering(line: readonly Piece[], start: number, end: number): Piece[] {
  const group: Piece[] = []
  let at = 0
  for (const piece of line) {
    const text = piece.text.replace(/\s+/g, ' ')
    const next = at + text.length
    if (next > start && at < end) group.push(piece)
    at = next
  }
  return group.length > 0 ? group : [...line]
}

/**
 * Runs of unused pieces: a run ends at a line break, at a used piece, where emphasis changes to
 * or from `em` (a venue in italics), and at label links (`pdf`, `code`).
 */
function runsOf(pieces: readonly Piece[]): Piece[][] {
  const runs: Piece[][] = []
  // A run is a range of `pieces` (from `start`, `-1` for none), sliced once it ends: an array of
  // its own size, not one grown by pushes (which reserves 17 slots), and none made for nothing.
  let start = -1
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as Piece
    // (A label is at most 40 characters; a collapsed text has at most one space at each end.)
    if (
      isUsed(piece) ||
      (piece.context.anchor !== undefined && piece.flat.length <= 42 && isLabel(piece.flat.trim()))
    ) {
      if (start !== -1) addRun(runs, pieces, start, index)
      start = -1
      continue
    }
    const last = start === -1 ? undefined : (pieces[index - 1] as Piece)
    if (
      last &&
      (last.line !== piece.line ||
        (!piece.blank && (last.context.emphasis === 'em') !== (piece.context.emphasis === 'em')) ||
        last.context.cell !== piece.context.cell)
    ) {
      addRun(runs, pieces, start, index)
      start = index
    }
    if (start === -1) start = index
  }
  if (start !== -1) addRun(runs, pieces, start, pieces.length)
  return runs
}

/** Add `pieces[start..end)` to `runs` when any of them is more than whitespace. */
function addRun(runs: Piece[][], pieces: readonly Piece[], start: number, end: number): void {
  for (let index = start; index < end; index++) {
    if ((pieces[index] as Piece).blank) continue
    runs.push(pieces.slice(start, end))
    return
  }
}

/**
 * A line of names, a dash, and more ("A Smith, B Jones - Nature, 2002 - nature.com", as
 * search engines print results): the names and the rest without its last part (the host
 * or publisher) when there are three parts.
 */
function splitDashed(text: string): { names: string; rest: string } | undefined {
  const at = text.indexOf(' - ')
  if (at <= 0) return undefined
  const rest = text.slice(at + 3)
  const last = rest.lastIndexOf(' - ')
  return { names: text.slice(0, at), rest: last === -1 ? rest : rest.slice(0, last) }
}

/** The names in a run's text, when it reads as an author list. */
function namesInText(joined: string): string[] | undefined {
  const text = trimBy(joined, leadingListPunctuation, trailingListPunctuation).replace(/^(?:by|authors?:)\s+/i, '')
  if (text === '' || text.length > 2000) return undefined
  const names = splitAuthors(text)
  if (names.length === 0) return undefined
  const share = nameShare(names)
  if (share >= 0.75 && (names.length >= 2 || isName(names[0] as string))) return names
  return undefined
}

/**
 * `text` without the characters passing `leading` at its start and `trailing` at its end, by a
 * walk from each end: a pattern such as `[\s.,;:|]+$` is tried at every comma and space of a long
 * list (quadratic on a run of them).
 */
function trimBy(text: string, leading: (code: number) => boolean, trailing: (code: number) => boolean): string {
  const end = endWithout(text, trailing)
  let start = 0
  while (start < end && leading(text.charCodeAt(start))) start++
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

function trailingListPunctuation(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 124 || isSpaceCode(code)
}

function leadingListPunctuation(code: number): boolean {
  return code === 45 || trailingListPunctuation(code)
}

/** Each name positioned at the piece it starts in. */
function authorFields(page: HtmlPage, names: readonly string[], run: readonly Piece[]): AuthorField[] {
  const fields: AuthorField[] = []
  let at = 0
  // (Names in one text share its position: made once for them, not per name.)
  let positioned: Node | undefined
  let position: AuthorField['position']
  for (const name of names) {
    let node: Node | undefined = run[0]?.context.anchor ?? run[0]?.node
    const space = name.indexOf(' ')
    const first = space === -1 ? name : name.slice(0, space)
    for (let index = at; index < run.length; index++) {
      const piece = run[index] as Piece
      if (piece.text.includes(first)) {
        node = piece.context.anchor ?? piece.node
        at = index
        break
      }
    }
    if (node !== positioned) {
      positioned = node
      position = node ? page.positionOf(node) : undefined
    }
    fields.push({ value: name, position })
  }
  return fields
}

/** The venue run: an emphasised run after `after`, else the next run on a later line (`taken`: not that run). */
function findVenue(runs: readonly Piece[][], after: Piece | undefined, taken?: Piece[]): Piece[] | undefined {
  const start = after?.node.startOffset ?? -1
  // (Two loops over the runs, not a filtered copy and closures per record.)
  for (const run of runs) if (isLater(run, taken, start) && anyPiece(run, emphasised) && usableVenue(run)) return run
  const line = after?.line ?? -1
  for (const run of runs) if (isLater(run, taken, start) && (run[0]?.line ?? 0) > line && usableVenue(run)) return run
  return undefined
}

/** Whether `run` is not `taken` and starts after `start`. */
function isLater(run: readonly Piece[], taken: Piece[] | undefined, start: number): boolean {
  return run !== taken && (run[0]?.node.startOffset ?? 0) > start
}

const digit = /\d/

/** Whether `text` has an ASCII digit. */
function hasDigit(text: string): boolean {
  return digit.test(text)
}

/** Whitespace and `.,;:`, trimmed from both ends of a venue (`[\s.,;:]`). */
function venuePunctuation(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || isSpaceCode(code)
}

/** Whether a run can be a venue: some text that is not only numbers or a label, at most 40 words. */
function usableVenue(run: readonly Piece[]): boolean {
  const text = trimBy(joinText(run), venuePunctuation, venuePunctuation)
  if (text === '' || /^[\d\s.,()[\]/-]*$/.test(text) || isLabel(text)) return false
  const count = words(text)
  return count <= 40
}

/**
 * A venue as printed, without the list punctuation around it, a leading "In", and the date or
 * pages after it (`, 2019`, `(2019)`, `, pp. 1–10`); the year and pages are returned apart.
 */
function cleanVenue(run: readonly Piece[]): VenueParts {
  // (The run itself unless its last piece is dropped: no copy made for nothing.)
  let pieces = run
  let year: string | undefined
  // A date in its own element at the end (", 2014"), as profile pages print it.
  const last = pieces[pieces.length - 1]
  if (last && pieces.length > 1 && parentOf(last.node) !== parentOf(pieces[0]?.node)) {
    const match = /^\s*,?\s*(\d{1,4})\s*$/.exec(last.text)
    if (match) {
      pieces = pieces.slice(0, -1)
      if (/^(?:19|20)\d\d$/.test(match[1] ?? '')) year = match[1]
    }
  }
  return venueParts(joinText(pieces), year)
}

/** A venue as printed, and the year and pages printed with it (`undefined` when none is). */
interface VenueParts {
  venue: string
  year: string | undefined
  pages: string | undefined
}

/** A venue's text without its leading "In", and the pages and year printed after it. */
function venueParts(printed: string, known: string | undefined): VenueParts {
  let year = known
  let text = printed.replace(/^[\s.,;:|]+/, '').replace(/^in:?\s+/i, '')
  let pages: string | undefined
  const pagesMatch = /,?\s*\(?\b(?:pp?\.|pages?)\s*(\d+\s*[-–—]+\s*\d+|\d+)\)?/i.exec(text)
  if (pagesMatch?.[1]) {
    pages = pagesMatch[1].replace(/\s+/g, '')
    text = (text.slice(0, pagesMatch.index) + text.slice(pagesMatch.index + pagesMatch[0].length)).trim()
  }
  text = text.slice(0, endWithout(text, trailingListPunctuation))
  const trailing = /(?:,\s*|\s*\(\s*)((?:19|20)\d\d)\s*\)?$/.exec(text)
  if (trailing?.[1]) {
    year ??= trailing[1]
    const cut = text.slice(0, trailing.index)
    text = cut.slice(0, endWithout(cut, trailingListPunctuation))
  } else if (!year) {
    const years = text.match(yearPattern)
    if (years) year = years[years.length - 1]
  }
  // (One object: its readers destructure it, so an absent year or pages can be `undefined`.)
  return { venue: text, year: year || undefined, pages: pages || undefined }
}
