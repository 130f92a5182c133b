/**
 * What one logical line of a capture is: a card's upvote box, title, abstract or summary
 * text, author/organisation/date line, links, or chrome to skip.
 */
import type { EntryLink } from '../../core/entry.js'
import { parseMetaLine } from '../hf-text/meta-line.js'
import { isChrome, longest } from './chrome.js'
import { collapseSpaces, type InlineNode, type LinkNode, plainText } from './inline.js'
import type { LogicalLine } from './lines.js'
import { isCommunity, isOrganization, paperId, resolveUrl, upvoteTarget } from './urls.js'

/** A value and its offsets in the source. */
export interface Span {
  value: string
  start: number
  end: number
}

/** A metadata line's values: any of them may be there. */
export interface Meta {
  authorCount?: Span
  organization?: Span
  publishedAt?: Span
  comments?: Span
}

export type Piece =
  | { kind: 'title'; title: Span; url?: string; linked: boolean }
  | { kind: 'upvote'; upvotes?: Span; paper?: string }
  | { kind: 'body'; text: Span; indented?: boolean }
  | { kind: 'meta'; meta: Meta }
  | { kind: 'links'; links: CardLink[] }
  | { kind: 'chrome' }
  | { kind: 'skip' }

/** What classifying needs besides the line. */
/** A link on a card, with its offsets in the capture (made into a position when the entry is built). */
export interface CardLink extends EntryLink {
  start: number
  end: number
}

export interface Context {
  source: string
  /** Base for relative URLs: the capture's URL, else the site. */
  base: string
}

const heading = /^ {0,3}(#{1,6})(?:[ \t]+|$)/
const listMarker = /^[ \t]*[-*+][ \t]+/
const count = /^(?:upvote\s*)?(-|\d[\d,.]*k?)$/i
const digits = /\d[\d,.]*k?/i

/** Classify a logical line. */
export function classify(line: LogicalLine, context: Context): Piece {
  const { source } = context
  const nodes = line.nodes
  // Counted, and the links gathered, in one pass without an array of the visible nodes.
  let visible = 0
  let links: LinkNode[] | undefined
  for (const node of nodes) {
    if (node.type === 'link') {
      visible++
      if (links) links.push(node)
      else links = [node]
    } else if (node.type === 'text' && !blank(source, node)) visible++
  }
  if (visible === 0) return { kind: 'skip' }
  // The heading pattern is tried only where a `#` can open one (after at most three spaces).
  if (mayBeHeading(source, line.start, line.end)) {
    const level = heading.exec(source.slice(line.start, Math.min(line.end, line.start + 10)))
    if (level) return title(line, (level[1] as string).length, line.start + level[0].length, context)
  }
  const only = visible === 1 ? links?.[0] : undefined
  if (only && !isOrganization(url(only, context))) {
    // An author block written as one link is metadata; any other lone link is read as such.
    const meta = mentionsAuthors(source, only) ? readMeta(line, context) : undefined
    return meta ? { kind: 'meta', meta } : singleLink(only, context)
  }
  const meta = readMeta(line, context)
  if (meta) return { kind: 'meta', meta }
  if (links && links.length === visible) return { kind: 'links', links: links.map((link) => toLink(link, context)) }
  const plain = plainText(source, nodes)
  const text = plain.replace(listMarker, '')
  if (isChrome(text)) return { kind: 'chrome' }
  // An empty list item (avatars), a placeholder for an image (`[image: …]`), a stray HTML anchor.
  if (/^\s*(?:\[[^\]]*\]\s*)*$/.test(text) || /^\s*<[^>]*>\s*(?:<\/[^>]*>\s*)?$/.test(text)) return { kind: 'skip' }
  const piece: Piece = { kind: 'body', text: { value: plain, start: line.start, end: line.end } }
  // Two or more spaces before the text: a hard-wrapped line continued (a title's, right below it).
  if (source.startsWith('  ', line.start)) piece.indented = true
  return piece
}

/** Whether the line at `start` has a `#` after at most three spaces, where {@link heading} can match. */
function mayBeHeading(source: string, start: number, end: number): boolean {
  let index = start
  while (index < end && index < start + 3 && source.charCodeAt(index) === 32) index++
  return index < end && source.charCodeAt(index) === 35 /* # */
}

function blank(source: string, node: InlineNode): boolean {
  for (let index = node.start; index < node.end; index++) {
    const code = source.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) return false
  }
  return true
}

function url(link: LinkNode, context: Context): string | undefined {
  if (link.url === undefined) return undefined
  // Kept on the node: a line asks about its links several times, and the base is the page's.
  if (link.resolved === undefined) link.resolved = resolveUrl(link.url, context.base) ?? null
  return link.resolved ?? undefined
}

function linkText(source: string, link: LinkNode): string {
  return collapseSpaces(plainText(source, link.children))
}

/** A heading: a paper's title when it links to a paper or sits at level 3 or below. */
function title(line: LogicalLine, level: number, from: number, context: Context): Piece {
  const { source } = context
  const nodes = line.nodes
    .map((node) => (node.type === 'text' && node.start < from ? { ...node, start: from } : node))
    .filter((node) => node.end > node.start && node.start >= from)
  const link = nodes.find((node): node is LinkNode => node.type === 'link')
  const target = link && url(link, context)
  const linked = Boolean(link && (paperId(target) || link.url === undefined))
  const value = plainText(source, nodes)
  if ((!linked && level < 3) || isChrome(value) || value.trim() === '') return { kind: 'chrome' }
  const content = nodes.filter((node) => !(node.type === 'text' && blank(source, node)))
  const span =
    link && content.length === 1 ? { start: link.textStart, end: link.textEnd } : { start: from, end: line.end }
  const piece: Piece = { kind: 'title', title: { value, ...span }, linked }
  if (target && linked) piece.url = target
  return piece
}

/** A line that is one link: an upvote box, chrome, the abstract as a link, or another link. */
function singleLink(link: LinkNode, context: Context): Piece {
  const { source } = context
  const raw = plainText(source, link.children)
  const target = url(link, context)
  const paper = upvoteTarget(target)
  // Prose (an abstract written as a link) is no count, no chrome and not empty: not collapsed.
  if (isProse(raw)) {
    if (paper !== undefined) return { kind: 'skip' }
    if ((paperId(target) && !isCommunity(target)) || link.url === undefined) {
      return { kind: 'body', text: { value: raw, start: link.textStart, end: link.textEnd } }
    }
    return { kind: 'links', links: [toLink(link, context)] }
  }
  const text = collapseSpaces(raw)
  const box = count.exec(text)
  if (box && (paper !== undefined || link.url === undefined)) {
    const piece: Piece = { kind: 'upvote' }
    if (paper) piece.paper = paper
    if (box[1] !== '-') {
      const raw = source.slice(link.textStart, link.textEnd)
      const found = digits.exec(raw)
      if (found) {
        const start = link.textStart + found.index
        piece.upvotes = { value: found[0], start, end: start + found[0].length }
      }
    }
    return piece
  }
  if (isChrome(text)) return { kind: 'chrome' }
  // A thumbnail or avatar link, or a login link that is no upvote box.
  if (text === '' || paper !== undefined) return { kind: 'skip' }
  if ((paperId(target) && !isCommunity(target)) || (link.url === undefined && !box)) {
    return { kind: 'body', text: { value: raw, start: link.textStart, end: link.textEnd } }
  }
  return { kind: 'links', links: [toLink(link, context)] }
}

// The letters an upvote box may hold (`upvote`, `k`): any other letter, or any other printable
// character but digits and `,.-`, means the text is no count.
const countLetters = new Set([...'upvotekUPVOTEK0123456789,.-'].map((char) => char.charCodeAt(0)))

/**
 * Whether `text` is surely prose for {@link singleLink}: more printable characters than the
 * longest chrome line, and one that no upvote count (`count`) has. Counted, not collapsed.
 */
function isProse(text: string): boolean {
  if (text.length <= longest) return false
  let printable = 0
  let other = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 32 && code < 127) {
      printable++
      if (!other && !countLetters.has(code)) other = true
      if (other && printable > longest) return true
    }
  }
  return false
}

function toLink(link: LinkNode, context: Context): CardLink {
  const text = linkText(context.source, link)
  const target = url(link, context) ?? link.url ?? ''
  const entry: CardLink = { url: target, origin: 'card', start: link.start, end: link.end }
  if (text) entry.text = text
  return entry
}

const authorCount = /\b\d{1,6} authors?\b/

function mentionsAuthors(source: string, link: LinkNode): boolean {
  const text = source.slice(link.textStart, Math.min(link.textEnd, link.textStart + 4000))
  // The pattern has no literal to start from, so it is tried only when its word is there.
  return text.includes('author') && authorCount.test(text)
}

/**
 * A metadata line: `- 3 authors` (perhaps after avatar images, perhaps inside a link), an
 * organisation link, `·`, a date with the comment count linked after it. The line is
 * blanked to the parts that carry values (offsets kept), then read as the text copy's
 * metadata lines are.
 */
function readMeta(line: LogicalLine, context: Context): Meta | undefined {
  const { source } = context
  // Metadata lines are short; prose is not (and is not worth blanking character by character).
  let prose = 0
  for (const node of line.nodes) if (node.type === 'text') prose += node.end - node.start
  if (prose > 300 || surelyNoMeta(source, line.nodes)) return undefined
  const blanked: Blanked = { source, text: '', meta: {}, context }
  if (!walk(blanked, line.nodes, line.start, line.end, true)) return undefined
  const { meta } = blanked
  const plain = blanked.text.replace(/Published on /g, '             ')
  let offset = line.start
  let read = meta.organization !== undefined
  for (const text of plain.split('\n')) {
    const trimmed = text.trim()
    const lead = text.length - text.trimStart().length
    const start = offset + lead
    offset += text.length + 1
    if (trimmed === '' || /^[-*+•]$/.test(trimmed)) continue
    const parsed = parseMetaLine(trimmed)
    if (!parsed) return undefined
    read = true
    if (parsed.authorCount && !meta.authorCount) meta.authorCount = shifted(parsed.authorCount, start)
    if (parsed.date && !meta.publishedAt) meta.publishedAt = shifted(parsed.date, start)
    if (parsed.comments && !meta.comments) meta.comments = shifted(parsed.comments, start)
  }
  return read ? meta : undefined
}

// The ASCII characters a metadata line's visible text may start with: those `parseMetaLine`
// reads first (a bullet, an author count's digit, a month's initial), `+` (a lone bullet,
// skipped) and `P` (`Published on`, blanked).
const metaStarts = new Set([...'*-+0123456789JFMASONDP'].map((char) => char.charCodeAt(0)))

/**
 * Whether a line without links is surely no metadata line, before it is blanked: its first
 * visible character (images and the gaps between nodes are blanked, whitespace and backslashes
 * read as spaces) is one no metadata line starts with. Most lines are abstract text, and
 * blanking and splitting each cost more than this. `false` (not sure) on a line with a link or
 * a first character outside ASCII.
 */
function surelyNoMeta(source: string, nodes: readonly InlineNode[]): boolean {
  for (const node of nodes) if (node.type === 'link') return false
  for (const node of nodes) {
    if (node.type !== 'text') continue
    for (let index = node.start; index < node.end; index++) {
      const code = source.charCodeAt(index)
      if (code <= 32 || code === 92 /* \ */) continue
      return code < 127 && !metaStarts.has(code)
    }
  }
  return false
}

/** A metadata line being blanked to its values: the text so far (one character per source character), what was read. */
interface Blanked {
  source: string
  text: string
  meta: Meta
  context: Context
}

function shifted(part: { value: string; from: number; to: number }, start: number): Span {
  return { value: part.value, start: start + part.from, end: start + part.to }
}

/**
 * Append `source[from, to)` to the blanked text: kept (a backslash or NBSP as a space) or
 * blanked to spaces; line ends stay, as `\n`, either way.
 */
function put(blanked: Blanked, from: number, to: number, keep: boolean): void {
  const { source } = blanked
  let out = ''
  let run = from
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index)
    const lineEnd = code === 10 || code === 13
    // Only line ends, and when kept a backslash or NBSP, stop a run; the rest is copied or blanked by runs.
    if (!lineEnd && (!keep || (code !== 92 /* \ */ && code !== 0xa0))) continue
    if (keep) out += source.slice(run, index)
    else out += ' '.repeat(index - run)
    out += lineEnd ? '\n' : ' '
    run = index + 1
  }
  blanked.text += out + (keep ? source.slice(run, to) : ' '.repeat(Math.max(0, to - run)))
}

/** Blank the nodes of `[from, to)` to their values; `false` when a link makes it no metadata line. */
function walk(blanked: Blanked, nodes: readonly InlineNode[], from: number, to: number, top: boolean): boolean {
  const { source, meta, context } = blanked
  let at = from
  for (const node of nodes) {
    put(blanked, at, node.start, false)
    at = node.end
    if (node.type === 'text') {
      put(blanked, node.start, node.end, true)
      continue
    }
    if (node.type === 'image') {
      put(blanked, node.start, node.end, false)
      continue
    }
    const target = url(node, context)
    const text = linkText(source, node)
    if (top && meta.organization === undefined && isOrganization(target) && text && !authorCount.test(text)) {
      meta.organization = organization(source, node)
      put(blanked, node.start, node.end, false)
    } else if (/^\d[\d,]*$/.test(text) && (isCommunity(target) || node.url === undefined)) {
      put(blanked, node.start, node.textStart, false)
      put(blanked, node.textStart, node.textEnd, true)
      put(blanked, node.textEnd, node.end, false)
    } else if (top && authorCount.test(text)) {
      put(blanked, node.start, node.textStart, false)
      if (!walk(blanked, node.children, node.textStart, node.textEnd, false)) return false
      put(blanked, node.textEnd, node.end, false)
    } else return false
  }
  put(blanked, at, to, false)
  return true
}

// `[[microsoft] Microsoft](…)`: the avatar's alt text comes first, as a bracketed label, then the name.
const avatarLabel = /^\s*\[[^\]\n]{1,100}\]\s+(?=\S)/

function organization(source: string, link: LinkNode): Span {
  const children = link.children
  const texts = children.filter((node) => node.type === 'text' && !blank(source, node))
  const first = texts[0]
  const last = texts[texts.length - 1]
  let start = first ? first.start : link.textStart
  const end = last ? last.end : link.textEnd
  let value = plainText(source, children)
  const label = avatarLabel.exec(value)
  if (label) {
    value = value.slice(label[0].length)
    const raw = avatarLabel.exec(source.slice(start, end))
    if (raw) start += raw[0].length
  }
  return { value, start, end }
}
