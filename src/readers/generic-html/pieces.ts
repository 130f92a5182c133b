/**
 * A record's text as pieces (one per text node, with the link, emphasis and table cell it sits
 * in) grouped into rendered lines (blocks and `<br>` break lines). Field extraction reads these.
 */

import { collapseWhitespace, firstNonBlank, isSpaceCode } from '../../util/text.js'
import type { Element, Node } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { Flag, isTitleClass, reconstructed, type Scan, startsEntry } from './scan.js'

export { isSpaceCode }

/** One text node of a record, with its context. */
export interface Piece {
  /** The text as in the node. */
  text: string
  /**
   * The text with each run of whitespace made one space, not trimmed (see {@link joinPieces});
   * `''` in a BibTeX block until {@link joinBibtex} asks (only a year is ever read from one).
   */
  flat: string
  /** Whether the text is only whitespace (`text.trim() === ''`, without the trimmed copy). */
  blank: boolean
  /** The text node. */
  node: Node
  /** The line it is on (0-based, in the record). */
  line: number
  /**
   * What the record's rules have taken it for ({@link Mark}): the pieces are made for one
   * record's rules, so the marks live on them, not in an array or set per record.
   */
  marks: number
  /**
   * The elements it is in that the rules read (shared by the pieces of one element: a field
   * each on every piece made a piece half as large again).
   */
  context: PieceContext
}

/** What a piece sits in. */
export interface PieceContext {
  /** The element holding a BibTeX entry (a "cite this" block) it is in. */
  readonly bibtex: Element | undefined
  /** The `<a href>` it is in. */
  readonly anchor: Element | undefined
  /** The innermost emphasis it is in: `strong` (b, strong, h1–h6), `em` (em, i, cite), or none. */
  readonly emphasis: 'strong' | 'em' | undefined
  /** The element marked as a title (`class~=title`, `itemprop=name|headline`) it is in. */
  readonly titled: Element | undefined
  /** The table cell it is in, as an index among the row's cells (`-1` outside a row record). */
  readonly cell: number
  /** The outermost element of the record it is in (a member, a follower, or a cell's row). */
  readonly top: Node
}

/** {@link Piece.marks}: taken by a field, part of the title. */
export const Mark = { used: 1, title: 2 } as const

/** A record: a run of sibling nodes (one element, an element and its followers, or a line range). */
export interface Extent {
  parent: Element
  /** Index of the first and last child of `parent` in the record. */
  from: number
  to: number
}

const blocks =
  'address article blockquote dd div dl dt footer h1 h2 h3 h4 h5 h6 header li ol p pre section table td th tr ul tbody thead figure figcaption details summary'
const skipped = 'script style template noscript svg math select option button textarea input nav iframe img'
const strong = 'b strong h1 h2 h3 h4 h5 h6'
const emphasised = 'em i cite'

/** What the walk asks of a tag, as bits ({@link Kind}). */
const Kind = { skipped: 1, block: 2, strong: 4, emphasised: 8 } as const

// Each tag's kinds, found by one lookup per element (four `Set` lookups before; the walk
// visits every element of every record).
const kinds = new Map<string, number>()
for (const [list, kind] of [
  [blocks, Kind.block],
  [skipped, Kind.skipped],
  [strong, Kind.strong],
  [emphasised, Kind.emphasised],
] as const) {
  for (const tag of list.split(' ')) kinds.set(tag, (kinds.get(tag) ?? 0) | kind)
}

/** A context while the walk builds it (each copied before it changes: pieces share them). */
type Context = { -readonly [Key in keyof PieceContext]: PieceContext[Key] }

// The walk's stacks, shared by every call (no arrays grown per record; empty between calls, so
// they keep no page alive).
const walkNodes: Array<Node | null> = []
const walkContexts: Context[] = []

/** The nodes of an extent. */
export function extentNodes(extent: Extent): Node[] {
  return (extent.parent.childNodes as Node[]).slice(extent.from, extent.to + 1)
}

/**
 * The pieces of an extent, in document order; `work` counts the nodes visited. With the page's
 * `scan`, what an element's attributes and first text say is read from its flags (see `Flag`).
 */
export function piecesOf(page: HtmlPage, extent: Extent, counter?: { work: number }, scan?: Scan): Piece[] {
  const pieces: Piece[] = []
  let line = 0
  let lineUsed = false
  const nodes = extentNodes(extent)
  const row = nodes.length === 1 && page.isElement(nodes[0] as Node, 'tr') ? (nodes[0] as Element) : undefined
  // Two parallel stacks, nodes and their contexts, no object per visit; a `null` node is a line break
  // to make once the block before it is done. (The module's two, reused: the walk empties them.)
  const stack = walkNodes
  const contexts = walkContexts
  // (Empty already, unless a walk was cut short by an exception.)
  stack.length = 0
  contexts.length = 0
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index] as Node
    stack.push(node)
    contexts.push({ bibtex: undefined, anchor: undefined, emphasis: undefined, titled: undefined, cell: -1, top: node })
  }
  let cells = 0
  while (stack.length > 0) {
    const node = stack.pop() as Node | null
    let context = contexts.pop() as Context
    if (counter) counter.work++
    // (Line breaks inline, not by a closure made per record.)
    if (node === null) {
      if (lineUsed) line++
      lineUsed = false
      continue
    }
    if (node.nodeName === '#text' && 'value' in node) {
      if (isBlank(node.value)) {
        if (node.value !== '' && pieces.length > 0 && lineUsed) pieces.push(piece(' ', true, node, line, context))
        continue
      }
      pieces.push(piece(node.value, false, node, line, context))
      lineUsed = true
      continue
    }
    if (!page.isElement(node)) continue
    const tag = node.tagName
    const kind = kinds.get(tag) ?? 0
    if (kind & Kind.skipped) continue
    if (tag === 'br') {
      if (lineUsed) line++
      lineUsed = false
      continue
    }
    // The attributes read here: from the scan's flags (an element it numbered is not hidden),
    // else in one pass (this runs for every element of every record read).
    let href = false
    let titled = false
    let entry: boolean | undefined
    const id = scan?.idOf(node)
    if (id !== undefined) {
      const flags = scan?.flags[id] ?? 0
      href = (flags & Flag.href) !== 0
      titled = (flags & Flag.titled) !== 0
      entry = (flags & Flag.bibtex) !== 0
    } else {
      let hidden = false
      const attrs = node.attrs
      for (let index = 0; index < attrs.length; index++) {
        const { name, value, prefix } = attrs[index] as Element['attrs'][number]
        if (prefix) continue
        if (name === 'hidden') hidden = true
        else if (name === 'style') hidden ||= /display\s*:\s*none/i.test(value)
        else if (name === 'href') href = true
        else if (name === 'class') titled = isTitleClass(value)
      }
      if (hidden) continue
    }
    // A link or emphasis the parser reopened from an earlier, unclosed tag is not this record's.
    const own = !reconstructed(node)
    // (A context is copied only when an element changes it: most elements do not.)
    if (tag === 'a' && href && own) {
      context = copied(context)
      context.anchor = node
    }
    if (kind & Kind.strong && own) {
      context = copied(context)
      context.emphasis = 'strong'
    } else if (kind & Kind.emphasised && own) {
      context = copied(context)
      context.emphasis = 'em'
    }
    if (!context.titled && titled && !itemName(node)) {
      context = copied(context)
      context.titled = node
    }
    if (!context.bibtex && (entry ?? startsBibtex(node))) {
      context = copied(context)
      context.bibtex = node
    }
    if (row && node.parentNode === row && (tag === 'td' || tag === 'th')) {
      context = copied(context)
      context.cell = cells++
    }
    if (kind & Kind.block) {
      if (lineUsed) line++
      lineUsed = false
      stack.push(null)
      contexts.push(context)
    }
    const children = node.childNodes as Node[]
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push(children[index] as Node)
      contexts.push(context)
    }
  }
  return pieces
}

/**
 * The pieces' text joined, whitespace collapsed and trimmed: `normalizeWhitespace` of their
 * texts joined, from the pieces' collapsed texts (each piece collapsed once, not each time a
 * record's rules join it): only where two pieces meet can two spaces follow each other.
 */
export function joinPieces(pieces: readonly Piece[]): string {
  let text = ''
  // Whether the text so far ends with a space (at the start: a leading space is dropped).
  let space = true
  for (const piece of pieces) {
    let flat = piece.flat
    if (space && flat.charCodeAt(0) === 32) flat = flat.slice(1)
    if (flat === '') continue
    text += flat
    space = flat.charCodeAt(flat.length - 1) === 32
  }
  return space && text !== '' ? text.slice(0, -1) : text
}

/**
 * A BibTeX block's pieces' texts as they are, for a pattern that reads runs of whitespace as
 * `\s*` or `\s+` and looks only for word characters around them: it finds in this what it finds
 * in {@link joinBibtex}'s collapsed text, which takes a copy of each text first. Except where a
 * zero-width space is (collapsing makes it a space): then the collapsed text.
 */
export function bibtexText(pieces: readonly Piece[]): string {
  let text = ''
  for (const piece of pieces) text += piece.text
  return text.includes('\u200b') ? joinBibtex(pieces) : text
}

/** {@link joinPieces} of a BibTeX block's pieces, each collapsed now (see {@link Piece.flat}). */
export function joinBibtex(pieces: readonly Piece[]): string {
  for (const piece of pieces) if (piece.flat === '') piece.flat = collapseWhitespace(piece.text)
  return joinPieces(pieces)
}

/** A copy of a context, its properties written out (a spread is a slow copy). */
function copied(context: Context): Context {
  return {
    bibtex: context.bibtex,
    anchor: context.anchor,
    emphasis: context.emphasis,
    titled: context.titled,
    cell: context.cell,
    top: context.top,
  }
}

/** A piece, its properties written out (in one order: one shape for every piece). */
function piece(text: string, blank: boolean, node: Node, line: number, context: Context): Piece {
  return {
    text,
    flat: blank ? ' ' : context.bibtex ? '' : collapseWhitespace(text),
    blank,
    node,
    line,
    marks: 0,
    context,
  }
}

/** Whether an element's first non-blank text starts a BibTeX entry (`@InProceedings{…`). */
function startsBibtex(element: Element): boolean {
  const children = element.childNodes
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Node
    if (child.nodeName !== '#text' || !('value' in child)) continue
    const first = firstNonBlank(child.value)
    if (first === -1) continue
    return startsEntry(child.value, first)
  }
  return false
}

/** Whether `text` is only whitespace (`text.trim() === ''` without making the trimmed copy). */
export function isBlank(text: string): boolean {
  return firstNonBlank(text) === -1
}

/** Whether the element is a microdata item's name or headline (that is not a record title). */
function itemName(element: Element): boolean {
  for (const { name, value, prefix } of element.attrs)
    if (name === 'itemprop' && !prefix) return value === 'headline' || value === 'name'
  return false
}

/** A node's parent element, if any. */
export function parentOf(node: Node | undefined): Element | undefined {
  const parent = node && 'parentNode' in node ? node.parentNode : null
  return parent && 'tagName' in parent ? (parent as Element) : undefined
}
