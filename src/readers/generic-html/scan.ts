/**
 * One walk over the page: every element and text node gets an id (pre-order), a tag-path key
 * (the tags and first classes from the root, interned: siblings and cousins of the same shape
 * share it) and counts of what papers show (words, years, names, kinds of links), summed up the
 * tree in one backward pass. Machine-readable parts (meta tags, JSON-LD, microdata items, COinS
 * spans, BibTeX blocks) and headings are collected on the way. Linear in the page; iterative.
 */
import type { Element, Node } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { isLabel, LinkKind, linkKind } from './links.js'
import { isName } from './names.js'

/** Per-node counts, `Stat.count` numbers per node in {@link Scan.stats}. */
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

/** The page as the generic reader sees it after one walk. */
export interface Scan {
  page: HtmlPage
  /** Elements and text nodes outside skipped subtrees, in document order (pre-order). */
  nodes: Node[]
  /** The id of each node's parent in `nodes` (`-1` for the top). */
  parent: number[]
  /** Each element's tag-path key (`-1` for text nodes). */
  key: number[]
  /** `Stat.count` counts per node, summed over its subtree. */
  stats: number[]
  /** Each node's id. */
  idOf: Map<Node, number>
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
  'head',
  'textarea',
])
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const bibtexStart = /@[a-z]+\s*\{/i
const yearPattern = /(?<![\d\-–/.])(?:19[5-9]\d|20[0-4]\d)(?![\d\-–])/g
const wordPattern = /\S+/g

/** Walk the page once. */
export function scanPage(page: HtmlPage): Scan {
  const nodes: Node[] = []
  const parent: number[] = []
  const key: number[] = []
  const stats: number[] = []
  const idOf = new Map<Node, number>()
  const keyIds = new Map<string, number>()
  const keyParent: number[] = []
  const keySig: string[] = []
  const scan: Scan = {
    page,
    nodes,
    parent,
    key,
    stats,
    idOf,
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
  const stack: Array<{ node: Node; parentId: number }> = [{ node: page.document, parentId: -1 }]
  while (stack.length > 0) {
    const { node, parentId } = stack.pop() as { node: Node; parentId: number }
    scan.work++
    if (node.nodeName === '#text' && 'value' in node) {
      if (parentId < 0) continue
      const id = add(node, parentId, -1)
      countText(node.value, stats, id)
      continue
    }
    if (!('childNodes' in node)) continue
    let keyId = -1
    if ('tagName' in node) {
      const element = node as Element
      const tag = element.tagName
      collect(scan, element, tag)
      if (skipped.has(tag) || isHidden(page, element)) continue
      const parentKey = parentId < 0 ? -1 : (key[parentId] ?? -1)
      const sig = `${tag}${classKey(page.attribute(element, 'class'))}`
      const name = `${parentKey}>${sig}`
      keyId = keyIds.get(name) ?? -1
      if (keyId === -1) {
        keyId = keySig.length
        keyIds.set(name, keyId)
        keyParent.push(parentKey)
        keySig.push(sig)
      }
    }
    const id = add(node, parentId, keyId)
    if ('tagName' in node) countElement(page, node as Element, stats, id)
    const children = node.childNodes as Node[]
    let breaks = 0
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index] as Node
      if ('tagName' in child && child.tagName === 'br') breaks++
      stack.push({ node: child, parentId: id })
    }
    if (breaks >= 3) scan.lineBlocks.push(node as Element)
  }
  // Children come after their parent in pre-order: a backward pass sums every subtree.
  for (let id = nodes.length - 1; id > 0; id--) {
    const node = nodes[id] as Node
    const at = id * Stat.count
    if ('tagName' in node && node.tagName === 'a' && stats[at + Stat.links] === 1) {
      const words = stats[at + Stat.words] ?? 0
      if (words >= 3 || (words === 2 && (stats[at + Stat.names] ?? 0) === 0)) stats[at + Stat.titleLinks] = 1
    }
    const up = parent[id] ?? -1
    if (up < 0) continue
    const to = up * Stat.count
    for (let field = 0; field < Stat.count; field++)
      stats[to + field] = (stats[to + field] ?? 0) + (stats[at + field] ?? 0)
  }
  return scan

  function add(node: Node, parentId: number, keyId: number): number {
    const id = nodes.length
    nodes.push(node)
    parent.push(parentId)
    key.push(keyId)
    idOf.set(node, id)
    for (let field = 0; field < Stat.count; field++) stats.push(0)
    return id
  }
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
function classKey(value: string | undefined): string {
  if (!value) return ''
  const names = value
    .slice(0, 400)
    .split(/[\t\n\f\r ]+/)
    .filter((name) => name !== '' && !stateClass.test(name))
    .sort()
  return names.length > 0 ? `.${names.join('.').slice(0, 200)}` : ''
}

/** Record the machine-readable parts and headings, including those inside skipped subtrees. */
function collect(scan: Scan, element: Element, tag: string): void {
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
  } else if (tag === 'span' && page.hasClass(element, 'Z3988') && page.attribute(element, 'title')) {
    scan.coins.push(element)
  }
  if (page.attribute(element, 'itemscope') !== undefined && page.attribute(element, 'itemtype')) {
    scan.items.push(element)
  }
}

function isHidden(page: HtmlPage, element: Element): boolean {
  if (page.attribute(element, 'hidden') !== undefined) return true
  const style = page.attribute(element, 'style')
  return style !== undefined && /display\s*:\s*none/i.test(style)
}

function countElement(page: HtmlPage, element: Element, stats: number[], id: number): void {
  const at = id * Stat.count
  const tag = element.tagName
  if (headingTags.has(tag)) stats[at + Stat.headings] = 1
  if (tag !== 'a') return
  const url = page.resolve(page.attribute(element, 'href'))
  if (!url) return
  stats[at + Stat.links] = 1
  const kind = linkKind(url)
  if (kind & LinkKind.pdf) stats[at + Stat.pdf] = 1
  if (kind & LinkKind.doi) stats[at + Stat.doi] = 1
  if (kind & LinkKind.arxiv) stats[at + Stat.arxiv] = 1
  if (kind & LinkKind.scholarly) stats[at + Stat.scholarly] = 1
  if (kind & LinkKind.code) stats[at + Stat.code] = 1
  // A label link's text is short; check it from the first text child only (cheap, no subtree walk).
  const first = element.childNodes.find((child) => 'value' in child)
  const text = first && 'value' in first ? first.value.trim() : ''
  if (text && isLabel(text)) stats[at + Stat.labels] = 1
}

function countText(value: string, stats: number[], id: number): void {
  const at = id * Stat.count
  wordPattern.lastIndex = 0
  let words = 0
  while (wordPattern.exec(value)) words++
  if (words === 0) return
  stats[at + Stat.words] = words
  yearPattern.lastIndex = 0
  let years = 0
  while (yearPattern.exec(value)) years++
  stats[at + Stat.years] = years
  if (words > 400) return
  let names = 0
  for (const piece of value.split(/[,;|&·•]|\band\b/)) {
    const text = piece.replace(/[*†‡§¶\d]+/g, '').trim()
    if (text && isName(text.replace(/\s+/g, ' '))) names++
  }
  stats[at + Stat.names] = names
}
