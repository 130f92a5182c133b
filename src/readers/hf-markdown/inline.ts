/**
 * The inline markdown that crawlers write for a listing page: links `[text](url)`, images
 * `![alt](src)`, reference links `[text][12]` and backslash escapes, each with its offsets
 * in the source. Not CommonMark: crawlers break it (link text across blank lines, references
 * whose definitions were cut off), and a link still counts as a link then.
 *
 * Linear on any input: brackets are paired in one stack pass, a link's destination is read
 * in one forward scan bounded by {@link maxDestination}, and nesting stops at {@link maxDepth}.
 */
import { indexBefore } from '../../util/text.js'

/** A run of text; `start`/`end` are offsets in the source, escapes still in. */
export interface TextNode {
  type: 'text'
  start: number
  end: number
}

/** An image: only its place matters here (avatars, thumbnails). */
export interface ImageNode {
  type: 'image'
  start: number
  end: number
}

/** A link, inline or by reference. */
export interface LinkNode {
  type: 'link'
  start: number
  end: number
  /** The link text's offsets (inside the brackets). */
  textStart: number
  textEnd: number
  children: InlineNode[]
  /** The destination; absent when a reference has no definition (a cut capture). */
  url?: string | undefined
  /** The reference label, for `[text][label]` links. */
  label?: string | undefined
  /** `url` resolved against the page's base, once asked (`null`: not a URL). */
  resolved?: string | null | undefined
}

export type InlineNode = TextNode | ImageNode | LinkNode

/** Reference definitions (`[12]: url`), by normalised label. */
export type Definitions = ReadonlyMap<string, string>

/** What a scan found besides the nodes: where brackets were left open (a cut capture). */
export interface InlineResult {
  nodes: InlineNode[]
  /** Offset of the last `[` that never closed, or -1. */
  lastOpen: number
  /** Reference labels used without a definition, with the offset of their first use. */
  undefinedLabels: Map<string, number>
}

/** Longest link text kept as one link: far above any abstract, far below a document. */
const maxLinkText = 16_384
/** Longest destination or reference label read; real ones are far shorter. */
const maxDestination = 2048
const maxLabel = 1000
/** Links nest in images at most this deep (`[![alt](src) text](url)`). */
const maxDepth = 4

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0
// ASCII punctuation, the characters CommonMark lets a backslash escape.
const isPunctuation = (code: number) =>
  (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)

/** A label as CommonMark compares them: case-folded, whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return collapseSpaces(label).toLowerCase()
}

// Whitespace that `collapseSpaces` would change: any but a lone space.
const unusualSpace = /[^\S ]| {2}/

/** `text` with every run of whitespace (`\s`) made one space, trimmed; tested first, as most text is clean. */
export function collapseSpaces(text: string): string {
  return unusualSpace.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim()
}

/** Scan `source[from, to)` for inline markdown. */
export function scanInline(source: string, from: number, to: number, definitions: Definitions): InlineResult {
  const closer = pairBrackets(source, from, to)
  const undefinedLabels = new Map<string, number>()
  const scanner = { source, to, closer: closer.pairs, definitions, undefinedLabels }
  return { nodes: scanRange(scanner, from, to, 0), lastOpen: closer.lastOpen, undefinedLabels }
}

interface Scanner {
  source: string
  to: number
  closer: Map<number, number>
  definitions: Definitions
  undefinedLabels: Map<string, number>
}

/** Pair every `[` with its `]` (escapes skipped), nearest first, as a stack does. */
function pairBrackets(source: string, from: number, to: number): { pairs: Map<number, number>; lastOpen: number } {
  const pairs = new Map<number, number>()
  const stack: number[] = []
  // Jump from one `[`, `]` or `\` to the next by `indexOf` (prose has few): each is looked for
  // again only once passed, so the text is searched about once per character kind.
  let nextOpen = -1
  let nextClose = -1
  let nextEscape = -1
  let index = from
  for (;;) {
    if (nextOpen < index) nextOpen = indexBefore(source, '[', index, to)
    if (nextClose < index) nextClose = indexBefore(source, ']', index, to)
    if (nextEscape < index) nextEscape = indexBefore(source, '\\', index, to)
    index = Math.min(nextOpen, nextClose, nextEscape)
    if (index >= to) break
    const code = source.charCodeAt(index)
    if (code === 92 /* \ */) index++
    else if (code === 91 /* [ */) stack.push(index)
    else {
      const open = stack.pop()
      if (open !== undefined && index - open <= maxLinkText) pairs.set(open, index)
    }
    index++
  }
  return { pairs, lastOpen: stack.length > 0 ? (stack[stack.length - 1] as number) : -1 }
}

function scanRange(scanner: Scanner, from: number, to: number, depth: number): InlineNode[] {
  const { source, closer } = scanner
  const nodes: InlineNode[] = []
  let textStart = from
  let index = from
  while (index < to) {
    const code = source.charCodeAt(index)
    if (code === 92 /* \ */) {
      index += 2
      continue
    }
    const image = code === 33 /* ! */ && source.charCodeAt(index + 1) === 91
    const open = image ? index + 1 : index
    const close = code === 91 || image ? closer.get(open) : undefined
    if (close === undefined || close >= to) {
      index++
      continue
    }
    const link = readLink(scanner, open, close, to, depth)
    if (!link) {
      index++
      continue
    }
    if (index > textStart) nodes.push(text(textStart, index))
    if (image) nodes.push({ type: 'image', start: index, end: link.end })
    else nodes.push(link)
    index = link.end
    textStart = index
  }
  if (to > textStart) nodes.push(text(textStart, to))
  return nodes
}

/** The link whose text is `[open, close]`, if a destination or a reference follows. */
function readLink(scanner: Scanner, open: number, close: number, to: number, depth: number): LinkNode | undefined {
  const { source, closer, definitions } = scanner
  const next = source.charCodeAt(close + 1)
  if (next === 40 /* ( */) {
    const destination = readDestination(source, close + 2, to)
    if (!destination) return undefined
    // Every key set here, even when undefined: links of one shape keep the code that reads them monomorphic.
    return {
      type: 'link',
      start: open,
      end: destination.end,
      textStart: open + 1,
      textEnd: close,
      children: childrenOf(scanner, open, close, depth),
      url: destination.url || undefined,
      label: undefined,
      resolved: undefined,
    }
  }
  let labelEnd = close
  // `[text][label]`, `[text][]`, or `[text]` alone when `text` is a defined label.
  let labelStart = open + 1
  let labelStop = close
  if (next === 91 /* [ */) {
    const end = closer.get(close + 1)
    if (end === undefined || end >= to || end - close > maxLabel) return undefined
    if (end > close + 2) {
      labelStart = close + 2
      labelStop = end
    }
    labelEnd = end
  } else if (
    definitions.size === 0 ||
    close - open > maxLabel ||
    !definitions.has(normalizeLabel(source.slice(open + 1, close)))
  ) {
    // A shortcut reference only counts when it is defined; `[-]` alone is text.
    return undefined
  }
  const label = labelStop - labelStart <= maxLabel ? source.slice(labelStart, labelStop) : ''
  const key = normalizeLabel(label)
  const url = definitions.get(key)
  const node: LinkNode = {
    type: 'link',
    start: open,
    end: labelEnd + 1,
    textStart: open + 1,
    textEnd: close,
    children: childrenOf(scanner, open, close, depth),
    url: url || undefined,
    label: key,
    resolved: undefined,
  }
  if (!url && !scanner.undefinedLabels.has(key)) scanner.undefinedLabels.set(key, open)
  return node
}

/** A link's children: its text scanned again, to the depth limit. */
function childrenOf(scanner: Scanner, open: number, close: number, depth: number): InlineNode[] {
  return depth < maxDepth ? scanRange(scanner, open + 1, close, depth + 1) : [text(open + 1, close)]
}

function text(start: number, end: number): TextNode {
  return { type: 'text', start, end }
}

/**
 * `url)`, `url "title")`, `<url>)`, `)`: the destination after `](`, read forward once.
 * Balanced parentheses inside a URL are allowed (one level per pair, as Wikipedia URLs need).
 */
function readDestination(source: string, from: number, to: number): { url: string; end: number } | undefined {
  const limit = Math.min(to, from + maxDestination)
  let index = from
  while (index < limit && (source.charCodeAt(index) === 32 || source.charCodeAt(index) === 9)) index++
  let url: string
  if (source.charCodeAt(index) === 60 /* < */) {
    const end = findOnLine(source, 62 /* > */, index + 1, limit, 60 /* < */)
    if (end === -1) return undefined
    url = source.slice(index + 1, end)
    index = end + 1
  } else {
    const start = index
    let depth = 0
    for (; index < limit; index++) {
      const code = source.charCodeAt(index)
      if (code === 92 /* \ */) index++
      // Brackets end a destination (crawlers percent-encode them): a hostile `[a](b[a](b…` stays linear.
      else if (code === 91 || code === 93) return undefined
      else if (code === 40) {
        if (++depth > 32) return undefined
      } else if (code === 41 /* ) */) {
        if (depth === 0) break
        depth--
      } else if (isSpace(code)) break
    }
    url = source.slice(start, index)
  }
  while (index < limit && (source.charCodeAt(index) === 32 || source.charCodeAt(index) === 9)) index++
  const quote = source.charCodeAt(index)
  if (quote === 34 || quote === 39) {
    // A title: `"…"` or `'…'` on the same line.
    const end = findOnLine(source, quote, index + 1, limit)
    if (end === -1) return undefined
    index = end + 1
    while (index < limit && source.charCodeAt(index) === 32) index++
  }
  if (source.charCodeAt(index) !== 41 /* ) */ || index >= to) return undefined
  return { url: unescapeMarkdown(url), end: index + 1 }
}

/** The first `code` in `[from, limit)` before a line end (or `stop`), or -1. */
function findOnLine(source: string, code: number, from: number, limit: number, stop = 10): number {
  for (let index = from; index < limit; index++) {
    const at = source.charCodeAt(index)
    if (at === code) return index
    if (at === 10 || at === 13 || at === stop) return -1
  }
  return -1
}

/**
 * Markdown text as a reader means it: `\x` escapes become `x`; a backslash before a line
 * end or a space is a crawler's hard break (`\\` too) and becomes a space.
 */
export function unescapeMarkdown(raw: string): string {
  let at = raw.indexOf('\\')
  if (at === -1) return raw
  // Whole slices between backslashes: a string built one character at a time is a deep rope
  // that whoever reads it first has to flatten.
  let out = ''
  let copied = 0
  for (; at !== -1; at = raw.indexOf('\\', copied)) {
    out += raw.slice(copied, at)
    const index = at
    let next = index + 1
    // `\\` right before a line end or a space is one hard break, not a literal backslash.
    if (raw.charCodeAt(next) === 92 && (next + 1 >= raw.length || isSpace(raw.charCodeAt(next + 1)))) next++
    const after = raw.charCodeAt(next)
    if (next >= raw.length || isSpace(after)) {
      out += ' '
      copied = next
    } else if (isPunctuation(after)) {
      out += raw[next]
      copied = next + 1
    } else {
      out += '\\'
      copied = index + 1
    }
  }
  return out + raw.slice(copied)
}

/** The visible text of nodes: text runs unescaped, link texts, no images. */
export function plainText(source: string, nodes: readonly InlineNode[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') out += unescapeMarkdown(source.slice(node.start, node.end))
    else if (node.type === 'link') out += plainText(source, node.children)
  }
  return out
}
