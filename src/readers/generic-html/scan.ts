/**
 * One walk over the page: every element and text node gets an id (pre-order), a tag-path key
 * (the tags and first classes from the root, interned: siblings and cousins of the same shape
 * share it) and counts of what papers show (words, years, names, kinds of links), summed up the
 * tree in one backward pass. Machine-readable parts (meta tags, JSON-LD, microdata items, COinS
 * spans, BibTeX blocks) and headings are collected on the way. Linear in the page; iterative.
 */

import { firstNonBlank, isSpaceCode } from '../../util/text.js'
import { type Element, type Marked, mark, type Node } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { isSpace } from '../html/scan-tokens.js'
import { isLabel, LinkKind, linkKind } from './links.js'
import { countNames } from './name-count.js'
import { SpareBytes } from './spare-bytes.js'

/**
 * Per-node counts, `Stat.count` numbers per node in {@link Scan.stats}. A text node's words,
 * years and names are counted up to {@link textCap} (5, 1 and 2): they are only ever compared
 * with thresholds at or below these, and a sum of capped counts passes the same thresholds as the
 * sum of full counts (a long abstract is not counted to its end).
 */
export const Stat = {
  words: 0,
  years: 1,
  names: 2,
  links: 3,
  pdf: 4,
  doi: 5,
  arxiv: 6,
  scholarly: 7,
  code: 8,
  titleLinks: 9,
  labels: 10,
  headings: 11,
  count: 12,
} as const

/**
 * Per-element flags ({@link Scan.flags}): an `href` attribute, a title class (`class~=title`),
 * a first text that starts a BibTeX entry; `text` is the scan's own mark that the element's first
 * non-blank text child was seen. (Elements with an id are never hidden: the scan skips those.)
 */
export const Flag = { href: 1, titled: 2, bibtex: 4, text: 8 } as const

/** The counts a text node has: {@link Stat}'s first three. */
const textFields = 3
// Node kinds the backward pass tells apart, as bits (0: any other node). `richKind`: the node or
// a node under it has a count past the text's three (a link, a heading); only those add all
// twelve to their parent, the others (most of a page) three.
const anchorKind = 1
const textKind = 2
const richKind = 4

/** What a text node's counts stop at (see {@link Stat}). */
export const textCap = { words: 5, years: 1, names: 2 } as const

/** The page as the generic reader sees it after one walk. */
export interface Scan {
  page: HtmlPage
  /** Elements and text nodes outside skipped subtrees, in document order (pre-order). */
  nodes: Node[]
  /** The id of each node's parent in `nodes` (`-1` for the top). */
  parent: Int32Array
  /** Each element's tag-path key (`-1` for text nodes). */
  key: Int32Array
  /** Each element's next element sibling's id (`-1` when it is the last). */
  next: Int32Array
  /** `Stat.count` counts per node, summed over its subtree. */
  stats: Int32Array
  /** What the records' walk asks of each element (see {@link Flag}), read once here. */
  flags: Int32Array
  /** Each node's id (`undefined` for nodes the scan skipped). */
  idOf(node: Node): number | undefined
  /** Headings (`h1`–`h6`) in document order. */
  headings: Element[]
  /** `<meta name|property content>` of the page. */
  metas: Element[]
  /** `<script type="application/ld+json">`. */
  jsonLd: Element[]
  /** Elements with `itemscope` and an `itemtype`, outermost first. */
  items: Element[]
  /** COinS spans (`span.Z3988` with a `title`). */
  coins: Element[]
  /** `pre`, `textarea` and `code` blocks whose text holds a BibTeX entry. */
  bibtex: Element[]
  /** Elements with at least three `<br>` children: candidates for records as lines. */
  lineBlocks: Element[]
  /** Per key id: the parent element's key id and the element's own `tag.class`. */
  keyParent: number[]
  keySig: string[]
  /** How many nodes were visited (elements and text nodes, skipped subtrees included as one). */
  work: number
}

// Subtrees that never hold a listing's records: code, styles, menus, page furniture, form controls.
const skipped = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'nav',
  'footer',
  'aside',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'canvas',
  'title',
  'textarea',
])
// The elements the parser reopens or clones (the HTML standard's formatting elements).
const formattingTags = new Set([
  'a',
  'b',
  'big',
  'code',
  'em',
  'font',
  'i',
  'nobr',
  's',
  'small',
  'strike',
  'strong',
  'tt',
  'u',
])
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
// What the walk asks of a tag, as bits in one lookup (not a lookup in each set per element).
const skippedTag = 1
const formattingTag = 2
const headingTag = 4
// Tags `collect` looks at (headings among them).
const collectedTag = 8
const tagKinds = new Map<string, number>()
for (const [tags, bit] of [
  [skipped, skippedTag],
  [formattingTags, formattingTag],
  [headingTags, headingTag | collectedTag],
  [['meta', 'script', 'pre', 'textarea', 'code', 'span'], collectedTag],
] as const)
  for (const tag of tags) tagKinds.set(tag, (tagKinds.get(tag) ?? 0) | bit)
const bibtexStart = /@[a-z]+\s*\{/i
const yearPattern = /(?<![\d\-–/.])(?:19[5-9]\d|20[0-4]\d)(?![\d\-–])/g
// (The capital comes first and the "no letter before it" test after it, looking back past it:
// the same matches as `(?<![\p{L}\p{M}])\p{Lu}…`, but the engine tries the look-behind only at
// capitals, not at every character; about twice as fast on the fixtures' text.)
/** Names, roughly: capitalised words in twos to fours (global: callers reset `lastIndex`). */
export const namePattern =
  /\p{Lu}(?<![\p{L}\p{M}]\p{Lu})[\p{Ll}\p{M}'’-]*\.?(?: \p{Lu}[\p{Ll}\p{M}'’.-]*){1,3}(?![\p{L}\p{M}])/gu

/** Walk the page once. */
export function scanPage(page: HtmlPage): Scan {
  // (Filled by index up to `count`, room made as the typed arrays' is, and cut to `count` at the
  // end: pushing one by one copied the array a dozen times over on a listing.)
  let count = 0
  // Per-node numbers in typed arrays sized from the page (a node per ~35–65 characters of markup
  // on the listing fixtures) and doubled when short: a small page does not clear room for a
  // thousand nodes, a large one does not grow five arrays a node at a time.
  const estimate = Math.min(1 << 16, Math.max(64, Math.ceil(page.source.length / 30)))
  // (Six arrays, one buffer: each typed array of its own is a backing store allocated and
  // zeroed apart. The buffer is the last read's when it is large enough (see `releaseScan`),
  // and each node's numbers are set when the node is added: a fresh buffer was allocated and
  // cleared for the page's estimate, ~70 KB on the lab page, 1.7 MB on dblp's 1,747 nodes.)
  let buffer = takeBuffer(estimate)
  let capacity = buffer.length / slots
  const nodes: Node[] = new Array(estimate)
  let parent!: Int32Array<ArrayBuffer>
  let key!: Int32Array<ArrayBuffer>
  let next!: Int32Array<ArrayBuffer>
  let lastChild!: Int32Array<ArrayBuffer>
  // Which nodes are `<a>` elements, text, rich (the backward pass asks, without reading the node again).
  let kind!: Int32Array<ArrayBuffer>
  let flags!: Int32Array<ArrayBuffer>
  let stats!: Int32Array<ArrayBuffer>
  // The per-node parts of the buffer, `capacity` apart, stats last.
  const views = (): void => {
    parent = buffer.subarray(0, capacity)
    key = buffer.subarray(capacity, 2 * capacity)
    next = buffer.subarray(2 * capacity, 3 * capacity)
    lastChild = buffer.subarray(3 * capacity, 4 * capacity)
    kind = buffer.subarray(4 * capacity, 5 * capacity)
    flags = buffer.subarray(5 * capacity, 6 * capacity)
    stats = buffer.subarray(parts * capacity)
  }
  views()
  // Each parent key's child keys by signature (no `parent>sig` string built per element).
  const keyIds: Array<Map<string, number>> = []
  const classKeys = new Map<string, string>()
  // The same for elements with a class key, by tag and then class key (see the walk).
  const classedKeys: Array<Map<string, Map<string, number>>> = []
  const keyParent: number[] = []
  // For a reopened formatting element (no key of its own): the key its children hang from.
  const through: number[] = []
  const keySig: string[] = []
  // Where the formatting elements walked so far start: the parser makes a reopened one from the
  // same start tag as the original, so a second element starting there is a copy.
  // (Bits by offset, taken at the first formatting element: a `Set` of numbers was a tenth of
  // the scan's own time on the lab page and 10 KB of its allocation; a bit per source character
  // is 3 KB there, in an array kept for the next scan (see `spareBits`). Offsets past the
  // source, which the parser never gives, fall back to a `Set`.)
  let formattingStarts: Uint8Array | undefined
  const bitBytes = (page.source.length >> 3) + 1
  let formattingFar: Set<number> | undefined
  const seenFormatting = (start: number): boolean => {
    formattingStarts ??= spareBits.take(bitBytes)
    const byte = start >> 3
    if (start < 0 || byte >= bitBytes) {
      formattingFar ??= new Set()
      if (formattingFar.has(start)) return true
      formattingFar.add(start)
      return false
    }
    const bit = 1 << (start & 7)
    const old = formattingStarts[byte] as number
    if ((old & bit) !== 0) return true
    formattingStarts[byte] = old | bit
    return false
  }
  const scan: Scan = {
    page,
    nodes,
    parent,
    key,
    next,
    stats,
    flags,
    idOf: (node) => {
      const id = (node as Node & Marked)[mark]
      return id !== undefined && id >= 0 && nodes[id] === node ? id : undefined
    },
    headings: [],
    metas: [],
    jsonLd: [],
    items: [],
    coins: [],
    bibtex: [],
    lineBlocks: [],
    keyParent,
    keySig,
    work: 0,
  }
  // An element's flags from its attributes (see `Flag`); title classes tested once per class list.
  const titledClasses = new Map<string, boolean>()
  const elementFlags = (href: string | undefined, className: string | undefined): number => {
    let titled = false
    if (className !== undefined) {
      const known = titledClasses.get(className)
      titled = known ?? isTitleClass(className)
      if (known === undefined) titledClasses.set(className, titled)
    }
    return (href !== undefined ? Flag.href : 0) | (titled ? Flag.titled : 0)
  }
  const add = (node: Node, parentId: number, keyId: number): number => {
    const id = count++
    if (id === capacity) grow()
    nodes[id] = node
    parent[id] = parentId
    key[id] = keyId
    next[id] = -1
    lastChild[id] = -1
    kind[id] = 0
    flags[id] = 0
    const at = id * Stat.count
    for (let field = 0; field < Stat.count; field++) stats[at + field] = 0
    if (keyId >= 0 && parentId >= 0) {
      const previous = lastChild[parentId] ?? -1
      if (previous >= 0) next[previous] = id
      lastChild[parentId] = id
    }
    const marked: Node & Marked = node
    marked[mark] = id
    return id
  }
  const grow = (): void => {
    capacity *= 2
    nodes.length = capacity
    const old = buffer
    buffer = new Int32Array(slots * capacity)
    // (Each part at its new place: the parts are `capacity` apart, and stats come last.)
    for (let part = 0; part < parts; part++)
      buffer.set(old.subarray((part * capacity) / 2, ((part + 1) * capacity) / 2), part * capacity)
    buffer.set(old.subarray((parts * capacity) / 2), parts * capacity)
    views()
  }
  // The key of a child with signature `sig` under `parentKey`, made when it is new.
  const keyOf = (parentKey: number, sig: string): number => {
    let children = keyIds[parentKey + 1]
    if (!children) {
      children = new Map()
      keyIds[parentKey + 1] = children
    }
    let keyId = children.get(sig) ?? -1
    if (keyId === -1) {
      keyId = keySig.length
      children.set(sig, keyId)
      keyParent.push(parentKey)
      keySig.push(sig)
    }
    return keyId
  }
  // Two parallel stacks (nodes and their parents' ids): no object per visit.
  const stack: Node[] = [page.document]
  const parents: number[] = [-1]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    const parentId = parents.pop() as number
    scan.work++
    if (node.nodeName === '#text') {
      if (parentId < 0 || !('value' in node)) continue
      // Whitespace-only text is no node of the scan (counted here once, not tested by a regex first).
      const words = countWords(node.value)
      if (words === 0) continue
      const id = add(node, parentId, -1)
      countText(node.value, words, stats, id)
      kind[id] = textKind
      // The parent's first non-blank text: whether it starts a BibTeX entry.
      const above = flags[parentId] ?? 0
      if ((above & Flag.text) === 0) flags[parentId] = above | Flag.text | (startsEntry(node.value) ? Flag.bibtex : 0)
      continue
    }
    if (!('childNodes' in node)) continue
    let keyId = -1
    let element: Element | undefined
    if ('tagName' in node) {
      element = node as Element
      const tag = element.tagName
      // The attributes the scan reads, in one pass over the element's attributes.
      let className: string | undefined
      let href: string | undefined
      let hidden = false
      let itemscope = false
      let itemtype = false
      // (Indexed: a `for…of` here made an iterator per element.)
      const attrs = element.attrs
      for (let index = 0; index < attrs.length; index++) {
        const { name, value } = attrs[index] as (typeof attrs)[number]
        if (name === 'class') className = value
        else if (name === 'href') href = value
        else if (name === 'hidden') hidden = true
        else if (name === 'style') hidden ||= /display\s*:\s*none/i.test(value)
        else if (name === 'itemscope') itemscope = true
        else if (name === 'itemtype') itemtype = value !== ''
      }
      const tagKind = tagKinds.get(tag) ?? 0
      if ((tagKind & collectedTag) !== 0 || (itemscope && itemtype))
        collect(scan, element, tag, className, itemscope && itemtype)
      if (hidden || (tagKind & skippedTag) !== 0) continue
      const parentKey =
        parentId < 0 ? -1 : (key[parentId] ?? -1) >= 0 ? (key[parentId] ?? -1) : (through[parentId] ?? -1)
      const start = element.startOffset
      if (start !== undefined && (tagKind & formattingTag) !== 0) {
        if (seenFormatting(start)) (element as Scanned).reopened = true
      }
      if (reconstructed(element)) {
        // A formatting element the parser reopened (an `<i>` or `<a>` left open earlier): no
        // part of the shape, so one unclosed tag does not change the key of everything after it.
        const id = add(node, parentId, -1)
        flags[id] = elementFlags(href, className)
        through[id] = parentKey
        kind[id] = countElement(page, element, tagKind, href, stats, id)
        pushChildren(node, id)
        continue
      }
      let classes = ''
      if (className) {
        const known = classKeys.get(className)
        classes = known ?? classKey(className)
        if (known === undefined) classKeys.set(className, classes)
      }
      if (classes) {
        // (By tag, then by class key, both strings met before: `tag + classes` is built, and
        // hashed, only the first time a parent key meets the pair.)
        let byTag = classedKeys[parentKey + 1]
        if (!byTag) {
          byTag = new Map()
          classedKeys[parentKey + 1] = byTag
        }
        let byClasses = byTag.get(tag)
        if (!byClasses) {
          byClasses = new Map()
          byTag.set(tag, byClasses)
        }
        keyId = byClasses.get(classes) ?? -1
        if (keyId === -1) {
          keyId = keyOf(parentKey, `${tag}${classes}`)
          byClasses.set(classes, keyId)
        }
      } else keyId = keyOf(parentKey, tag)
      const id = add(node, parentId, keyId)
      flags[id] = elementFlags(href, className)
      kind[id] = countElement(page, element, tagKind, href, stats, id)
      pushChildren(node, id)
      continue
    }
    pushChildren(node, add(node, parentId, keyId))
  }
  if (formattingStarts !== undefined) spareBits.give(formattingStarts)
  // (Views of the used part: reading past the last node gives `undefined`, as an array would.)
  nodes.length = count
  scan.parent = parent = parent.subarray(0, count)
  scan.key = key.subarray(0, count)
  scan.next = next.subarray(0, count)
  scan.stats = stats = stats.subarray(0, count * Stat.count)
  scan.flags = flags.subarray(0, count)
  // Children come after their parent in pre-order: a backward pass sums every subtree.
  for (let id = count - 1; id > 0; id--) {
    const at = id * Stat.count
    const nodeKind = kind[id] ?? 0
    if ((nodeKind & anchorKind) !== 0 && stats[at + Stat.links] === 1) {
      const words = stats[at + Stat.words] ?? 0
      if (words >= 3 || (words === 2 && (stats[at + Stat.names] ?? 0) === 0)) stats[at + Stat.titleLinks] = 1
    }
    const up = parent[id] ?? -1
    if (up < 0) continue
    const to = up * Stat.count
    // (A text node counts only words, years and names, the first three; so does an element
    // with no link or heading in it: its other counts are zero.)
    let fields = textFields
    if ((nodeKind & richKind) !== 0) {
      fields = Stat.count
      kind[up] = (kind[up] ?? 0) | richKind
    }
    for (let field = 0; field < fields; field++) stats[to + field] = (stats[to + field] ?? 0) + (stats[at + field] ?? 0)
  }
  return scan

  function pushChildren(node: Node, id: number): void {
    const children = (node as Element).childNodes as Node[]
    let breaks = 0
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index] as Node
      if (child.nodeName === 'br') breaks++
      stack.push(child)
      parents.push(id)
    }
    if (breaks >= 3) scan.lineBlocks.push(node as Element)
  }
}

/** The per-node arrays in the scan's buffer (parent, key, next, last child, kind, flags), before the stats. */
const parts = 6
/** Numbers per node in the buffer. */
const slots = parts + Stat.count
/** The largest buffer kept for the next read (16,384 nodes, 1.2 MB): a huge page's is let go. */
const spareLimit = slots * 16384 * 4

// The buffer of the last scan released, for the next scan to fill (reads are synchronous: one
// scan at a time uses it; a scan that is never released just leaves a new one to the next).
let spare: ArrayBuffer | undefined

/** Room for at least `capacity` nodes' numbers (see {@link scanPage}): the spare buffer, or a new one. */
function takeBuffer(capacity: number): Int32Array<ArrayBuffer> {
  const held = spare
  if (held !== undefined && held.byteLength >= slots * capacity * 4) {
    spare = undefined
    return new Int32Array(held)
  }
  return new Int32Array(slots * capacity)
}

// The formatting starts' bits (used only while a scan walks: given back at its end).
const spareBits = new SpareBytes(spareLimit / 8)

/**
 * Hand a scan's buffer to the next scan: call when nothing reads `scan` any more (its arrays
 * are overwritten by the next scan). The larger of the spare and this one is kept, up to a limit.
 */
export function releaseScan(scan: Scan): void {
  const buffer = scan.stats.buffer
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength > spareLimit) return
  if (spare === undefined || spare.byteLength < buffer.byteLength) spare = buffer
}

const titleClass = /(?:^|[\s_-])(?:title|paper-?title|pub-?title)(?:$|\s)/i
const entryStart = /^\s*@[a-z]+\s*\{/i

/** Whether an element's `class` marks it as a title (`title`, `paper-title`, `pub_title`…). */
export function isTitleClass(value: string): boolean {
  return titleClass.test(value)
}

/** Whether a text starts a BibTeX entry (`@InProceedings{…`); the pattern only on text starting with `@`. */
export function startsEntry(value: string, first = firstNonBlank(value)): boolean {
  return value.charCodeAt(first) === 64 && entryStart.test(value.slice(0, 100))
}

/**
 * Whether the parser made `element` again from an earlier start tag (an open formatting
 * element reconstructed in a later block, or a clone by the adoption agency): it starts
 * before its parent does.
 */
export function reconstructed(element: Element): boolean {
  if ((element as Scanned).reopened) return true
  const parent = element.parentNode as Node | null
  return (
    element.startOffset !== undefined &&
    parent !== null &&
    parent.startOffset !== undefined &&
    element.startOffset < parent.startOffset
  )
}

/**
 * Nodes carry their id in the scan that numbered them in the light tree's `mark` (checked against
 * `nodes`: a page may be scanned again).
 */
interface Scanned {
  /** A formatting element that starts where one walked before it does: a copy the parser made. */
  reopened?: boolean
}

/** A key's last few levels, for messages: `div.row > ul > li`. */
export function keyName(scan: Scan, keyId: number, levels = 3): string {
  const parts: string[] = []
  for (let at = keyId; at >= 0 && parts.length < levels; at = scan.keyParent[at] ?? -1)
    parts.unshift(scan.keySig[at] ?? '')
  return parts.join(' > ')
}

// Classes that alternate or change state between items of one list: not part of their shape.
const stateClass =
  /^(?:odd|even|alt|active|current|selected|first|last|hidden|show|shown|open|closed|collapsed|expanded|clearfix|new|featured|highlight(?:ed)?|visited)$|\d/i

/** The element's classes as a key part: sorted, without state classes, at most 200 characters. */
export function classKey(value: string | undefined): string {
  if (!value) return ''
  // One class (most class lists): no split, filter, sort or join.
  const head = value.length > 400 ? value.slice(0, 400) : value
  if (!hasClassSpace(head)) return stateClass.test(head) ? '' : `.${head.length > 200 ? head.slice(0, 200) : head}`
  // Several: split by hand and sorted as they come (a list holds a few names; `split` and `sort`
  // allocated more than the key, a fifth of the scan's allocation on a page of utility classes).
  const names: string[] = []
  let start = -1
  for (let index = 0; index <= head.length; index++) {
    const code = index < head.length ? head.charCodeAt(index) : 32
    if (isSpace(code)) {
      if (start >= 0) {
        const name = head.slice(start, index)
        if (!stateClass.test(name)) names.push(name)
        start = -1
      }
    } else if (start < 0) start = index
  }
  if (names.length === 0) return ''
  sortNames(names)
  return `.${names.join('.').slice(0, 200)}`
}

/**
 * Sort class names by code units, as `sort` does: by insertion for a few (most lists; `sort`
 * allocates more than the key), by `sort` for more (insertion is quadratic: a hostile page of
 * 200-name class lists in reverse order read 7× slower; found by review).
 */
function sortNames(names: string[]): void {
  if (names.length > 8) {
    names.sort()
    return
  }
  for (let index = 1; index < names.length; index++) {
    const name = names[index] as string
    let at = index
    while (at > 0 && (names[at - 1] as string) > name) {
      names[at] = names[at - 1] as string
      at--
    }
    names[at] = name
  }
}

/** Whether a class list holds a separator (`[\t\n\f\r ]`, HTML's whitespace, as the split uses). */
function hasClassSpace(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (isSpace(value.charCodeAt(index))) return true
  return false
}

/** Record the machine-readable parts and headings, including those inside skipped subtrees. */
function collect(scan: Scan, element: Element, tag: string, className: string | undefined, item: boolean): void {
  const { page } = scan
  if (tag === 'meta') {
    if (page.attribute(element, 'content') !== undefined) scan.metas.push(element)
  } else if (tag === 'script') {
    if ((page.attribute(element, 'type') ?? '').trim().toLowerCase() === 'application/ld+json')
      scan.jsonLd.push(element)
  } else if (headingTags.has(tag)) {
    scan.headings.push(element)
  } else if (tag === 'pre' || tag === 'textarea' || tag === 'code') {
    const first = element.childNodes[0]
    const text = first && 'value' in first ? first.value : ''
    if (
      bibtexStart.test(text.slice(0, 2000)) ||
      (tag !== 'code' && bibtexStart.test(page.text(element).slice(0, 200)))
    ) {
      scan.bibtex.push(element)
    }
  } else if (
    tag === 'span' &&
    className?.includes('Z3988') &&
    page.hasClass(element, 'Z3988') &&
    page.attribute(element, 'title')
  ) {
    scan.coins.push(element)
  }
  if (item) scan.items.push(element)
}

/** Count an element's own heading and link; its node kind (`anchorKind`, `richKind` when it counted one). */
function countElement(
  page: HtmlPage,
  element: Element,
  tagKind: number,
  href: string | undefined,
  stats: Int32Array,
  id: number,
): number {
  const at = id * Stat.count
  const tag = element.tagName
  let heading = 0
  if ((tagKind & headingTag) !== 0) {
    stats[at + Stat.headings] = 1
    heading = richKind
  }
  if (tag !== 'a') return heading
  if (href === undefined) return anchorKind | heading
  const url = page.resolve(href)
  if (!url) return anchorKind | heading
  stats[at + Stat.links] = 1
  const kind = linkKind(url)
  if (kind & LinkKind.pdf) stats[at + Stat.pdf] = 1
  if (kind & LinkKind.doi) stats[at + Stat.doi] = 1
  if (kind & LinkKind.arxiv) stats[at + Stat.arxiv] = 1
  if (kind & LinkKind.scholarly) stats[at + Stat.scholarly] = 1
  if (kind & LinkKind.code) stats[at + Stat.code] = 1
  // A label link's text is short; check it from the first text child only (cheap, no subtree walk).
  // (Trimmed only when short enough to be a label, at most 40 characters: a title link's text
  // is not copied to be thrown away.)
  const children = element.childNodes
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Node
    if (!('value' in child)) continue
    const value = child.value
    let start = 0
    let end = value.length
    while (start < end && isSpaceCode(value.charCodeAt(start))) start++
    while (end > start && isSpaceCode(value.charCodeAt(end - 1))) end--
    if (end > start && end - start <= 40 && isLabel(value.slice(start, end))) stats[at + Stat.labels] = 1
    break
  }
  return anchorKind | richKind
}

function countText(value: string, words: number, stats: Int32Array, id: number): void {
  const at = id * Stat.count
  stats[at + Stat.words] = words
  // The patterns below run on every text node: skip them where they cannot match (a year
  // needs "19" or "20", a name two words).
  let years = 0
  if (value.includes('19') || value.includes('20')) {
    yearPattern.lastIndex = 0
    // (`test` of a global pattern steps on from `lastIndex` as `exec` does, without a match array.)
    while (years < textCap.years && yearPattern.test(value)) years++
  }
  stats[at + Stat.years] = years
  // Names, roughly: capitalised words in twos to fours (a name is two words at least).
  stats[at + Stat.names] = words >= 2 ? countNames(value, 0, textCap.names, namePattern) : 0
}

/**
 * How many runs of non-whitespace `value` has (what `/\S+/g` would find), up to
 * `textCap.words`, without a regex.
 */
function countWords(value: string): number {
  let words = 0
  let inWord = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    // (Printable ASCII first: most characters, one comparison.)
    const space = code > 32 && code < 128 ? false : isSpaceCode(code)
    if (!space && !inWord && ++words === textCap.words) return words
    inWord = !space
  }
  return words
}
