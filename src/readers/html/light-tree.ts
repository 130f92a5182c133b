/**
 * HTML parsed by parse5's tree construction into its own tree, with only start and end offsets
 * kept per node, for large listing pages. The tokens come from {@link ScanTokenizer}, which
 * jumps through the input instead of stepping a state machine per character; on a shape it does
 * not read, the page is parsed again with parse5's tokenizer (the same tree either way; a test
 * compares the two). Against a bare `parse5.parse` of the same bytes (same run, fastest rounds):
 * this tree 0.3–0.8×, with parse5's tokenizer 1.0–1.4×, parse5 with its own location objects
 * about 2×, rehype-parse (hast) 3.6–4.3×. Line and column are computed only for the nodes a
 * reader reports. Walks are iterative: deep nesting cannot overflow the stack.
 */
import {
  type DefaultTreeAdapterTypes,
  defaultTreeAdapter,
  html,
  InsertionMode,
  Parser,
  Token,
  Tokenizer,
  type TreeAdapter,
} from 'parse5'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { budgetsOf } from '../../core/budgets.js'
import type { ReaderReport } from '../../core/reader.js'
import type { Position } from '../../schema/position.js'
import { normalizeWhitespace } from '../../util/text.js'
import { isSpace, keptToken, ScanTokenizer, stepAside } from './scan-tokens.js'
import { treeLines } from './tree-lines.js'

/** A parse5 node, with the offsets the light tree keeps. */
export type Node = DefaultTreeAdapterTypes.Node & Offsets
/** A parse5 element, with the offsets the light tree keeps. */
export type Element = DefaultTreeAdapterTypes.Element & Offsets
/** A parse5 document. */
export type Document = DefaultTreeAdapterTypes.Document

/**
 * A field on every element and text node the light tree makes, for a reader's own number per
 * node (the generic reader keeps its scan's node ids there). It is in the object from the start
 * (`-1`), so setting it costs no new property store per node, as a field added later would.
 */
export const mark: unique symbol = Symbol('light-tree mark')

/** Where a node starts and ends in the input (UTF-16 offsets), when parse5 located it. */
export interface Offsets {
  /** Offset of the node's first character. */
  startOffset?: number
  /** Offset just past the node's last character. */
  endOffset?: number
}

/** A node as the light tree makes it: with the {@link mark} field (internal; not in the public node types). */
export interface Marked {
  [mark]?: number
}

// parse5 asks only whether a node is located (to extend a text node rather than restart it, which
// since session 9 only foster parenting asks; to set an element's end) and whether <html>/<body>
// had an end tag: two shared markers answer.
const locatedMarker: Token.ElementLocation = {
  startLine: 0,
  startCol: 0,
  startOffset: 0,
  endLine: 0,
  endCol: 0,
  endOffset: 0,
}
const closedMarker: Token.ElementLocation = { ...locatedMarker, endTag: locatedMarker }

/**
 * Where a parse is: the depth budget and the first element past it; how many formatting
 * elements may still be reopened, and the element where that ran out.
 */
interface DepthLimit {
  maxDepth: number
  deepest: Node | undefined
  reopenable: number
  reopenedPast: Node | undefined
}

/**
 * How many formatting elements a parse may reopen: 10,000 and one per 8 characters. Browsers
 * reopen every formatting element a block closed at the next text; `<b id=1>x<p><b id=2>x<p>…`
 * (distinct attributes escape the three-of-a-kind rule) makes that quadratic: 29 KB of it
 * built 2 million elements (4.5 s, 520 MB) and 150 KB ran out of memory. None of the 31 HTML
 * pages among the fixtures reopens one.
 */
function reopenBudget(source: string): number {
  return 10_000 + Math.floor(source.length / 8)
}

/** A budget with no limits, between parses. */
const unlimited = (): DepthLimit => ({
  maxDepth: Number.POSITIVE_INFINITY,
  deepest: undefined,
  reopenable: Number.POSITIVE_INFINITY,
  reopenedPast: undefined,
})

/** What the light tree adds to parse5's nodes while building: depth, and whether an end tag closed it. */
interface Building extends Offsets {
  depth?: number
  closed?: boolean
}

// The parse under way (parsing is synchronous): one adapter and one parser class serve every
// parse, so parse5's hot call sites stay monomorphic.
let limit: DepthLimit = unlimited()

type Adapter = TreeAdapter<DefaultTreeAdapterTypes.DefaultTreeAdapterMap>

/**
 * An adapter that keeps two numbers instead of parse5's location objects (and their
 * `Object.assign` updates), and leaves out elements nested deeper than `maxDepth`: parse5 still
 * reads them, but they hang from nothing, so no walk of the tree ever sees them.
 */
const adapter: Adapter = {
  ...defaultTreeAdapter,
  // Every field the light tree (and a reader's walk) sets, in the object from the start: V8 then
  // keeps them in the object, where fields added later would each grow a separate property store.
  createElement(tagName, namespaceURI, attrs) {
    const element: Omit<DefaultTreeAdapterTypes.Element, keyof Offsets> & Building & Marked = {
      nodeName: tagName,
      tagName,
      attrs,
      namespaceURI,
      childNodes: [],
      parentNode: null,
      startOffset: undefined as unknown as number,
      endOffset: undefined as unknown as number,
      depth: undefined as unknown as number,
      closed: undefined as unknown as boolean,
      [mark]: -1,
    }
    return element as DefaultTreeAdapterTypes.Element
  },
  // Text nodes made the same way; otherwise as parse5's own adapter does (text after text joins it).
  insertText(parent, text) {
    const last = parent.childNodes[parent.childNodes.length - 1]
    if (last && defaultTreeAdapter.isTextNode(last)) last.value += text
    else append(parent, textNode(text))
  },
  insertTextBefore(parent, text, reference) {
    const { childNodes } = parent
    const index =
      childNodes[childNodes.length - 1] === reference ? childNodes.length - 1 : childNodes.indexOf(reference)
    const previous = childNodes[index - 1]
    if (previous && defaultTreeAdapter.isTextNode(previous)) previous.value += text
    else defaultTreeAdapter.insertBefore(parent, textNode(text), reference)
  },
  appendChild(parent, child) {
    const depth = ((parent as Building).depth ?? 0) + 1
    if ('tagName' in child) {
      if (depth > limit.maxDepth) {
        limit.deepest ??= child as Node
        return
      }
      ;(child as Building).depth = depth
    }
    append(parent, child)
  },
  insertBefore(parent, child, reference) {
    if ('tagName' in child) (child as Building).depth = ((parent as Building).depth ?? 0) + 1
    defaultTreeAdapter.insertBefore(parent, child, reference)
  },
  setNodeSourceCodeLocation(node, place) {
    if (!place) return
    const offsets = node as Building
    offsets.startOffset = place.startOffset
    offsets.endOffset = place.endOffset
  },
  updateNodeSourceCodeLocation(node, place) {
    if (place.endOffset !== undefined) (node as Building).endOffset = place.endOffset
  },
  getNodeSourceCodeLocation(node) {
    const offsets = node as Building
    return offsets.startOffset === undefined ? undefined : offsets.closed ? closedMarker : locatedMarker
  },
}

/**
 * `child` appended to `parent`'s children. A first child gets an array of one: `push` onto an
 * empty array reserves 17 slots, and most elements of a listing (a link, a cell, a name in bold)
 * hold one child; past it, `push` as usual.
 */
function append(parent: DefaultTreeAdapterTypes.ParentNode, child: DefaultTreeAdapterTypes.ChildNode): void {
  if (parent.childNodes.length === 0) parent.childNodes = [child]
  else parent.childNodes.push(child)
  child.parentNode = parent
}

/** `node` located at `place` (its start and end offsets), when there is one. */
function locate(node: Building, place: Token.Location | null): void {
  if (!place) return
  node.startOffset = place.startOffset
  node.endOffset = place.endOffset
}

/** A text node with the light tree's fields in place (see the adapter's `createElement`). */
function textNode(value: string): DefaultTreeAdapterTypes.TextNode {
  const node: Omit<DefaultTreeAdapterTypes.TextNode, keyof Offsets> & Offsets & Marked = {
    nodeName: '#text',
    value,
    parentNode: null,
    startOffset: undefined as unknown as number,
    endOffset: undefined as unknown as number,
    [mark]: -1,
  }
  return node as DefaultTreeAdapterTypes.TextNode
}

/**
 * parse5 in its location mode, with the two steps that make that mode cost twice a bare parse
 * (a location object per element, two copies per end tag) replaced by copying two numbers: the
 * same tree, the same offsets (a test compares every node of every fixture with parse5's own).
 */
class OffsetParser extends Parser<DefaultTreeAdapterTypes.DefaultTreeAdapterMap> {
  override _attachElementToTree(
    element: DefaultTreeAdapterTypes.Element,
    location: Token.LocationWithAttributes | null,
    insertion: ReturnType<Parser<DefaultTreeAdapterTypes.DefaultTreeAdapterMap>['_getInsertionLocation']>,
  ): void {
    locate(element as Building, location)
    if (insertion.beforeElement) adapter.insertBefore(insertion.parent, element, insertion.beforeElement)
    else adapter.appendChild(insertion.parent, element)
  }

  // Elements and text as parse5 inserts them, less its steps for the general case: outside
  // foster parenting a node goes last into the current node, and parse5 made an insertion-place
  // object per element and looked the text node up again to locate it. (A test compares the
  // whole tree with parse5's own on generated and damaged pages.)
  override _insertElement(token: Token.TagToken, namespaceURI: html.NS): void {
    if (this._shouldFosterParentOnInsertion()) {
      super._insertElement(token, namespaceURI)
      return
    }
    this.openElements.push(this.appended(token, namespaceURI), token.tagID)
  }

  override _appendElement(token: Token.TagToken, namespaceURI: html.NS): void {
    if (this._shouldFosterParentOnInsertion()) super._appendElement(token, namespaceURI)
    else this.appended(token, namespaceURI)
  }

  /** The element of `token`, appended to the current node (or the document). */
  private appended(token: Token.TagToken, namespaceURI: html.NS): DefaultTreeAdapterTypes.Element {
    const parent = this.openElements.currentTmplContentOrNode ?? this.document
    const element = this._createElement(token.tagName, namespaceURI, token.attrs, parent)
    locate(element as Building, token.location)
    adapter.appendChild(parent, element)
    return element
  }

  override _insertCharacters(token: Token.CharacterToken): void {
    if (this._shouldFosterParentOnInsertion()) {
      super._insertCharacters(token)
      return
    }
    const parent = this.openElements.currentTmplContentOrNode
    const { childNodes } = parent
    const last = childNodes[childNodes.length - 1] as (DefaultTreeAdapterTypes.ChildNode & Building) | undefined
    const place = token.location
    if (last !== undefined && last.nodeName === '#text') {
      ;(last as DefaultTreeAdapterTypes.TextNode).value += token.chars
      if (!place) return
      // A located text node is extended; one without a place is located now (as parse5 does;
      // every token the light tree feeds has a place, so its text nodes all have one).
      if (last.startOffset === undefined) last.startOffset = place.startOffset
      last.endOffset = place.endOffset
      return
    }
    const node = textNode(token.chars) as DefaultTreeAdapterTypes.TextNode & Building
    append(parent, node)
    locate(node, place)
  }

  // The last tag token's offsets: parse5 closes elements popped later (while characters are
  // processed) with that token, whose location object the tokenizer has reused by then.
  tagStart = -1
  tagEnd = -1

  override onStartTag(token: Token.TagToken): void {
    this.tagStart = token.location?.startOffset ?? -1
    this.tagEnd = token.location?.endOffset ?? -1
    super.onStartTag(token)
  }

  override onEndTag(token: Token.TagToken): void {
    this.tagStart = token.location?.startOffset ?? -1
    this.tagEnd = token.location?.endOffset ?? -1
    if (!this.closedFormatting(token)) super.onEndTag(token)
  }

  /**
   * An end tag in body that closes the current node, a formatting element (`</b>`, `</a>` ...)
   * whose entry is the newest of its name in the list of active formatting elements: parse5's
   * adoption agency then finds no block inside it, pops it and drops its entry, after finding
   * both again. Done here directly; returns whether it was.
   */
  private closedFormatting(token: Token.TagToken): boolean {
    const { openElements } = this
    if (
      this.insertionMode !== InsertionMode.IN_BODY ||
      openElements.currentTagId !== token.tagID ||
      !formattingTags.has(token.tagID) ||
      (this as unknown as { currentNotInHTML: boolean }).currentNotInHTML
    )
      return false
    const entry = this.activeFormattingElements.getElementEntryInScopeWithTagName(token.tagName)
    if (entry === null || entry.element !== openElements.current) return false
    this.skipNextNewLine = false
    ;(this as unknown as { currentToken: Token.Token }).currentToken = token
    openElements.shortenToLength(openElements.stackTop)
    this.activeFormattingElements.removeEntry(entry)
    return true
  }

  // Nothing to reopen while the newest formatting entry is a marker or the current node (what
  // parse5 finds at its first step, through a search of the stack of open elements).
  override _reconstructActiveFormattingElements(): void {
    const { newest } = this.activeFormattingElements
    if (newest === null || !('element' in newest) || newest.element === this.openElements.current) return
    if (limit.reopenable <= 0) {
      // Past the budget: the formatting left open is closed for good, not reopened again (the text
      // stays; only its bold or link is lost), and the first place this happened is reported.
      limit.reopenedPast ??= this.openElements.current as Node
      this.activeFormattingElements.clearToLastMarker()
      return
    }
    const before = this.openElements.stackTop
    super._reconstructActiveFormattingElements()
    limit.reopenable -= this.openElements.stackTop - before
  }

  override _setEndLocation(element: DefaultTreeAdapterTypes.Element, closing: Token.Token | null): void {
    const offsets = element as Building
    // (parse5 may pop an implied element before any tag token: no closing token then.)
    const place = offsets.startOffset === undefined ? undefined : closing?.location
    if (!place || !closing) return
    const current = closing === this.currentToken
    // An element closed by its own end tag ends after it; one closed by another token, before it.
    if (closing.type === Token.TokenType.END_TAG && element.tagName === closing.tagName) {
      offsets.endOffset = current ? this.tagEnd : place.endOffset
      offsets.closed = true
    } else offsets.endOffset = current ? this.tagStart : place.startOffset
  }
}

/** The formatting elements parse5's adoption agency closes (its `endTagInBody`). */
const { A, B, I, S, U, EM, TT, BIG, CODE, FONT, NOBR, SMALL, STRIKE, STRONG } = html.TAG_ID
const formattingTags: ReadonlySet<number> = new Set([
  A,
  B,
  I,
  S,
  U,
  EM,
  TT,
  BIG,
  CODE,
  FONT,
  NOBR,
  SMALL,
  STRIKE,
  STRONG,
])

/** Tokens parse5 keeps past their emission get a location of their own (see {@link OffsetTokenizer}). */
function keepLocation<T extends Token.Token>(token: T): T {
  if (token.location) token.location = { ...token.location }
  return token
}

/**
 * parse5's tokenizer, without attribute locations: in location mode it makes a location object
 * per attribute and keeps them in a dictionary on its tag's location, which nothing here reads.
 * While parse5's own `_createAttr` runs, `getCurrentLocation` answers `null` (as it does outside
 * location mode), so the attribute has no location and the tag no dictionary.
 *
 * The other locations (one per token, and one where the next characters start) come from a ring
 * of sixteen objects reused in turn instead of a new one each (a third of what the tree
 * allocated beyond a bare parse). A token's location is read when the token is emitted, and
 * usually at most three are in use at once (the pending characters', the tag's, the next start);
 * pending characters outlive more only across discarded tags, and then take a copy. The tokens
 * parse5 keeps longer get their own copy where it keeps them (open formatting elements, table
 * text; see `parseLocated`), and elements closed by the last tag token use the parser's copy of
 * its offsets.
 */
class OffsetTokenizer extends Tokenizer {
  inAttribute = false
  override getCurrentLocation(offset: number): Token.Location | null {
    if (this.inAttribute) return null
    const place = ring[turn] as Token.Location
    turn = (turn + 1) & 15
    // Characters pending across many discarded tags (`</scriptx` in a script, sixteen times) would
    // see their start overwritten: they get their own copy before the slot is reused.
    const pending = this.currentCharacterToken
    if (pending?.location === place) pending.location = { ...place }
    const { preprocessor } = this
    // (What parse5's own makes, in a reused object.)
    place.startLine = preprocessor.line
    place.startCol = preprocessor.col - offset
    place.startOffset = preprocessor.offset - offset
    place.endLine = -1
    place.endCol = -1
    place.endOffset = -1
    return place
  }
}
// The ring (one for every parse: parsing is synchronous, and its tokenizer's constructor already
// asks for a location, before fields of the subclass are set).
const ring: Token.Location[] = Array.from({ length: 16 }, () => ({
  startLine: 0,
  startCol: 0,
  startOffset: 0,
  endLine: -1,
  endCol: -1,
  endOffset: -1,
}))
let turn = 0
const createAttr = (Tokenizer.prototype as unknown as { _createAttr(first: string): void })._createAttr
Object.defineProperty(OffsetTokenizer.prototype, '_createAttr', {
  value(this: OffsetTokenizer, first: string) {
    this.inAttribute = true
    try {
      createAttr.call(this, first)
    } finally {
      this.inAttribute = false
    }
  },
})

/**
 * `keep` applied to each token at the places parse5 keeps tokens after handling them: its list
 * of active formatting elements (their tags are reopened from it) and, with `tableText`, table
 * text (for parse5's tokenizer, whose locations are reused; the scanner's character tokens are fresh).
 */
function keepTokens(parser: OffsetParser, keep: <T extends Token.Token>(token: T) => T, tableText: boolean): void {
  const formatting = parser.activeFormattingElements as unknown as Insertable
  const insertEntry = formatting._insertElementEntry
  // (Made in a local, then stored: V8 allocates a function written straight into a property in
  // old space, as a method it expects to live long; this one lives as long as its parse.)
  const insert: Insertable['_insertElementEntry'] = function (this: Insertable, element, token, older) {
    return insertEntry.call(this, element, keep(token), older)
  }
  formatting._insertElementEntry = insert
  if (!tableText) return
  const pending = parser.pendingCharacterTokens
  Object.defineProperty(pending, 'push', {
    value: (token: Token.CharacterToken) => Array.prototype.push.call(pending, keep(token)),
  })
}

/** parse5's list of open formatting elements, at the one step that keeps a token. */
interface Insertable {
  _insertElementEntry(element: unknown, token: Token.TagToken, older: unknown): unknown
}

/** Which tokenizer feeds parse5's tree construction: this project's scanner, or parse5's own. */
export type TokenizerKind = 'scan' | 'parse5'

/**
 * How often the scanner read a page, stepped aside to parse5's tokenizer, or failed (threw
 * something other than its step-aside: a bug, or a parse5 that changed under it; the page is
 * parsed with parse5's tokenizer all the same), since the module loaded. Tests read it.
 */
export const tokenizerUse = { scanned: 0, steppedAside: 0, failed: 0 }

// Shapes where the scanner's tokens and parse5's could part if parse5 (or the `entities` decoder
// it shares) changed in a release: references, CR/CRLF, whitespace in each insertion mode, the
// newline after <pre>, raw text, foreign content, quirks, template, select, frameset, cut input.
const probes = [
  '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n<html> <head> <title>a &amp b&lt;</title>\n' +
    '<style>p{}</style> x <body><p>a&nbsp;b &notin; &#128; &#x0d;\r\nc<pre>\r\n y</pre><table> <tr> t <td> d ' +
    '</td></tr></table><select> <option>o</select><svg><foreignObject>f</foreignObject><rect/></svg>' +
    '<template> <b>t</b></template><textarea>\n &amp; </textarea><script>if (a<b) {}</script>' +
    '<a href="x?a=1&amp;b=2&c" title=\'q\' data-x=y/>l</a><!-- c --><br/></body> after </html> end',
  '<p><table> q <tr><td>a</table><p>b',
  '<frameset> <frame> </frameset> ',
  '<head> a<b>',
  '<div id="x',
]

/** Whether the scanner builds parse5's tree on {@link probes} (asked once; else it is not used). */
let agrees: boolean | undefined
export function scannerAgrees(): boolean {
  if (agrees === undefined) {
    agrees = false
    agrees = probes.every((probe) => {
      const scanned = scanTree(probe, unlimited())
      const tokenized = parseTokenized(probe, unlimited())
      return scanned !== undefined && treeLines(scanned as Node).join('\n') === treeLines(tokenized as Node).join('\n')
    })
  }
  return agrees
}

/**
 * Build the tree with {@link ScanTokenizer}, or when it steps aside (a shape it does not read,
 * or anything unexpected) with parse5's own tokenizer, from the start: the same tree either way.
 * (A page with a NUL is not searched for one first: the scanner steps aside at any NUL it meets,
 * and on a page with a character past U+00FF, V8 searches for NUL a character at a time, which
 * cost as much as a twentieth of the tree.)
 */
function parseLocated(source: string, depth: DepthLimit, kind: TokenizerKind = 'scan'): Document {
  if (kind === 'scan' && scannerAgrees()) {
    const document = scanTree(source, depth)
    if (document) return document
  }
  return parseTokenized(source, depth)
}

/** The tree fed by {@link ScanTokenizer}, or `undefined` where it stepped aside or failed. */
function scanTree(source: string, depth: DepthLimit): Document | undefined {
  limit = depth
  try {
    const parser = new OffsetParser({ sourceCodeLocationInfo: true, treeAdapter: adapter })
    const tokenizer = new ScanTokenizer(parser)
    tokenizer.inForeignNode = parser.tokenizer.inForeignNode
    parser.tokenizer = tokenizer as unknown as Tokenizer
    // (The scanner refills its tag token: where parse5 keeps one, it keeps a copy.)
    keepTokens(parser, keptToken, false)
    tokenizer.write(source, true)
    tokenizerUse.scanned++
    return parser.document
  } catch (error) {
    if (error === stepAside) tokenizerUse.steppedAside++
    else tokenizerUse.failed++
    depth.deepest = undefined
    depth.reopenedPast = undefined
    depth.reopenable = reopenBudget(source)
    return undefined
  } finally {
    limit = unlimited()
  }
}

/** The same in shape as parse5's own `parse`, with {@link OffsetParser}, the light adapter and {@link OffsetTokenizer}. */
function parseTokenized(source: string, depth: DepthLimit): Document {
  limit = depth
  try {
    const parser = new OffsetParser({ sourceCodeLocationInfo: true, treeAdapter: adapter })
    // (The parser's constructor set up its own tokenizer's mode: the new one takes it over.)
    const tokenizer = new OffsetTokenizer(parser.options, parser)
    tokenizer.inForeignNode = parser.tokenizer.inForeignNode
    parser.tokenizer = tokenizer
    // (Its locations are reused: where parse5 keeps a token, the token keeps a copy.)
    keepTokens(parser, keepLocation, true)
    parser.tokenizer.write(source, true)
    return parser.document
  } finally {
    limit = unlimited()
  }
}

/** A parsed page: the tree and a way to turn offsets into positions. */
export interface LightTree {
  /** The input text. */
  source: string
  document: Document
  /** Where a node is in the input (line, column, offset), when parse5 located it. */
  positionOf(node: Node): Position | undefined
}

/**
 * Parse an HTML document with parse5, keeping offsets on every node. Elements nested deeper than
 * the parse's `maxDepth` budget are left out, with a `core:budget` warning through `report`.
 * Never throws.
 */
export function parseLight(file: VFile, report?: ReaderReport, tokenizer: TokenizerKind = 'scan'): LightTree {
  // (`toString`, not `String(file.value)`: a file made from `''` has no value, which `String` reads as
  // "undefined", and a file of bytes would read as their numbers.)
  const source = file.toString()
  const limit: DepthLimit = {
    maxDepth: budgetsOf(file).maxDepth,
    deepest: undefined,
    reopenable: reopenBudget(source),
    reopenedPast: undefined,
  }
  const document = parseLocated(source, limit, tokenizer)
  const tree: LightTree = { source, document, positionOf: nodePositions(file) }
  if (limit.deepest && report) {
    report(
      `Unexpected markup nested deeper than \`maxDepth\` (${limit.maxDepth}), expected a page as browsers show it; what is nested deeper was left out`,
      'core:budget',
      tree.positionOf(limit.deepest),
    )
  }
  if (limit.reopenedPast && report) {
    report(
      `Unexpected formatting reopened more than ${reopenBudget(source)} times (unclosed \`<b>\`, \`<a>\`… each closed by a block and reopened at every text after it), expected a page as browsers show it; past that, formatting left open was closed, its text kept`,
      'core:budget',
      tree.positionOf(limit.reopenedPast),
    )
  }
  return tree
}

/** Where a node is in `file` (line, column, offset), from the offsets the light tree keeps. */
export function nodePositions(file: VFile): (node: Node) => Position | undefined {
  const points = location(file)
  return (node) => {
    const start = node.startOffset === undefined ? undefined : points.toPoint(node.startOffset)
    const end = node.endOffset === undefined ? undefined : points.toPoint(node.endOffset)
    // (The points as `toPoint` makes them, fresh per call: `{ line, column, offset }`, not copied.)
    return start && end ? { start, end } : undefined
  }
}

/** Whether `node` is an element (optionally with that tag name). */
export function isElement(node: Node, tagName?: string): node is Element {
  return 'tagName' in node && (tagName === undefined || node.tagName === tagName)
}

/** An attribute's value, or `undefined`. */
export function attribute(element: Element, name: string): string | undefined {
  for (const item of element.attrs) if (item.name === name && !item.prefix) return item.value
  return undefined
}

/** Whether the element's `class` list holds `name`. */
export function hasClass(node: Node, name: string): node is Element {
  return isElement(node) && classListHas(attribute(node, 'class'), name)
}

/** Whether a `class` attribute's value holds `name` as a whole word. */
export function classListHas(classes: string | undefined, name: string): boolean {
  if (classes === undefined) return false
  // A whole word of the list, found without splitting it (this runs for every element walked).
  for (let at = classes.indexOf(name); at !== -1; at = classes.indexOf(name, at + 1)) {
    const end = at + name.length
    if (
      (at === 0 || isSpace(classes.charCodeAt(at - 1))) &&
      (end === classes.length || isSpace(classes.charCodeAt(end)))
    )
      return true
  }
  return false
}

/** The child elements of `node`. */
export function childElements(node: Node): Element[] {
  return 'childNodes' in node ? node.childNodes.filter((child): child is Element => isElement(child)) : []
}

/**
 * Every element under `node` (not itself) that passes `test`, in document order, but not those
 * inside another match: callers walk each match's subtree, and matches nested thousands deep
 * (unclosed `<li>`s or `<a>`s) would make that quadratic. The outermost match holds their text.
 */
export function findAll(node: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Node
    if (current !== node && isElement(current) && test(current)) {
      found.push(current)
      continue
    }
    const children = 'childNodes' in current ? current.childNodes : []
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
  }
  // A template's content is not a child in parse5, so no special case is needed.
  return found
}

/**
 * One walk under `node` for several parts: for each key, the first element (in document
 * order) that passes its test.
 */
export function firstOf<Key extends string>(
  node: Node,
  tests: Readonly<Record<Key, (element: Element) => boolean>>,
): Partial<Record<Key, Element>> {
  const found: Partial<Record<Key, Element>> = {}
  const keys = Object.keys(tests) as Key[]
  let missing = keys.length
  const stack: Node[] = [node]
  while (stack.length > 0 && missing > 0) {
    const current = stack.pop() as Node
    if (current !== node && isElement(current)) {
      for (const key of keys) {
        if (found[key] === undefined && tests[key](current)) {
          found[key] = current
          missing--
        }
      }
    }
    const children = 'childNodes' in current ? current.childNodes : []
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
  }
  return found
}

/** The first element under `node` that passes `test`, in document order. */
export function find(node: Node, test: (element: Element) => boolean): Element | undefined {
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Node
    if (current !== node && isElement(current) && test(current)) return current
    const children = 'childNodes' in current ? current.childNodes : []
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
  }
  return undefined
}

// Elements whose text starts on a new line when rendered; enough for listing markup.
const blocks = new Set(
  'address article blockquote dd div dl dt footer h1 h2 h3 h4 h5 h6 header li ol p pre section table td th tr ul'.split(
    ' ',
  ),
)
const skipped = new Set(['script', 'style', 'template', 'noscript'])

/**
 * A node's text as rendered, whitespace collapsed: block elements and `<br>` separate words,
 * scripts and styles are left out. `skip` leaves out some descendants (a `Title:` label).
 * Iterative, so a hostile page nested a million deep cannot overflow the call stack.
 */
export function textOf(node: Node, skip?: (element: Element) => boolean): string {
  // (An element of one text, as most links and cells are: that text, without the walk.)
  if (isElement(node) && node.childNodes.length === 1 && !skipped.has(node.tagName)) {
    const only = node.childNodes[0] as Node
    if (only.nodeName === '#text' && 'value' in only) return normalizeWhitespace(only.value)
  }
  let text = ''
  // A string on the stack is a separator to emit once the element before it is done.
  const stack: Array<Node | string> = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Node | string
    if (typeof current === 'string') {
      text += current
      continue
    }
    if (current.nodeName === '#text' && 'value' in current) {
      text += current.value
      continue
    }
    if (!('childNodes' in current)) continue
    if (isElement(current)) {
      if ((current !== node && skip?.(current)) || skipped.has(current.tagName)) continue
      if (current.tagName === 'br') text += '\n'
      if (blocks.has(current.tagName)) {
        text += '\n'
        stack.push('\n')
      }
    }
    const children = current.childNodes
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
  }
  return normalizeWhitespace(text)
}
