/**
 * What a reader of HTML pages needs, on parse5's tree with offsets (see `light-tree.ts`): text
 * as rendered, positions, links made absolute against the page's own URL. Public: the built-in
 * HTML readers and users' readers share it.
 */
import { decodeHTML } from 'entities'
import type { VFile } from 'vfile'
import type { EntryLink, Located } from '../../core/entry.js'
import { type ReaderContext, reporter } from '../../core/reader.js'
import type { Position } from '../../schema/position.js'
import { type BaseParts, baseParts, fastResolve } from './fast-url.js'
import {
  attribute,
  childElements,
  type Document,
  type Element,
  find,
  findAll,
  hasClass,
  isElement,
  type LightTree,
  type Node,
  parseLight,
  textOf,
} from './light-tree.js'

/** An HTML page parsed once, with what a reader needs to turn its nodes into entry fields. */
export interface HtmlPage {
  /** The page's text. */
  readonly source: string
  /** parse5's document tree (its default tree adapter), every node with `startOffset`/`endOffset`. */
  readonly document: Document
  /**
   * The URL relative links resolve against: the page's `<base href>`, else its canonical URL
   * (`<link rel="canonical">`, `og:url`), else the `url` the caller gave; `undefined` if none.
   */
  readonly baseUrl: string | undefined
  /** Where `node` is in the input (line, column, offset), when parse5 located it. */
  positionOf(node: Node): Position | undefined
  /** `node`'s text as rendered (or `text`), positioned at the node; `undefined` when empty. */
  located(node: Node, text?: string): Located | undefined
  /** `href` made absolute against {@link HtmlPage.baseUrl}; `undefined` when it cannot be. */
  resolve(href: string | undefined): string | undefined
  /** The `<a href>` elements under `node` (and `node` itself) as entry links, absolute, marked with `origin`. */
  links(node: Node, origin?: string): EntryLink[]
  /** Every element under `node` (not itself) that passes `test`, in document order. Iterative: any depth. */
  findAll(node: Node, test: (element: Element) => boolean): Element[]
  /** The first element under `node` that passes `test`, in document order. */
  find(node: Node, test: (element: Element) => boolean): Element | undefined
  /** The child elements of `node`. */
  children(node: Node): Element[]
  /**
   * `node`'s text as rendered, whitespace collapsed: blocks and `<br>` separate words, scripts
   * and styles are left out, and so are the descendants `skip` picks.
   */
  text(node: Node, skip?: (element: Element) => boolean): string
  /** Whether `node` is an element (with that tag name, when given). */
  isElement(node: Node, tagName?: string): node is Element
  /** Whether the element's `class` list holds `name`. */
  hasClass(node: Node, name: string): node is Element
  /** An attribute's value, or `undefined`. */
  attribute(element: Element, name: string): string | undefined
}

/**
 * Parse an HTML file for a reader. Never throws. Pass the reader's `context` so relative links
 * resolve against the `url` option when the page does not say where it lives.
 *
 * @example
 * ```ts
 * read(file, context) {
 *   const page = parseHtml(file, context)
 *   const items = page.findAll(page.document, (element) => page.hasClass(element, 'paper'))
 *   return { entries: items.map((item) => ({ fields: { title: page.located(item) }, links: page.links(item) })) }
 * }
 * ```
 */
export function parseHtml(file: VFile, context?: Partial<ReaderContext>): HtmlPage {
  // With the reader's context, a page nested past the depth budget is reported, not cut silently.
  const report = context?.message ? reporter(context as ReaderContext) : undefined
  return pageOf(parseLight(file, report), context?.url)
}

/** An {@link HtmlPage} over a light tree that is already parsed. */
export function pageOf(tree: LightTree, url: string | undefined): HtmlPage {
  return new LightPage(tree, url)
}

/**
 * The page as {@link pageOf} makes it: a class with plain members, its closures made in locals
 * before they are stored. With V8, an object literal with a getter, and a function written
 * straight into a property (`this.x = () => ...`: V8 allocates it in old space, taking it for a
 * long-lived method), each kept the page's whole tree alive past every young-generation
 * collection until the next full one (a loop of lab-page trees: a third of each scavenge
 * survived instead of 1 %, and each tree took twice the time).
 */
class LightPage implements HtmlPage {
  readonly source: string
  readonly document: Document
  readonly positionOf: (node: Node) => Position | undefined
  readonly located: HtmlPage['located']
  readonly resolve: (href: string | undefined) => string | undefined
  readonly links: HtmlPage['links']
  readonly findAll = findAll
  readonly find = find
  readonly children = childElements
  readonly text = textOf
  readonly isElement = isElement
  readonly hasClass = hasClass
  readonly attribute = attribute
  // (A plain value, found at once (a few microseconds; an own getter kept the tree alive as
  // above): a spread or `Object.assign` of the page copies it, and `Object.create(page)` or a
  // `Proxy` reads it, which a class getter and private fields did not; found by review.)
  readonly baseUrl: string | undefined

  constructor(tree: LightTree, url: string | undefined) {
    const baseUrl = findBaseUrl(tree.document, url)
    this.baseUrl = baseUrl
    this.source = tree.source
    this.document = tree.document
    const { positionOf } = tree
    this.positionOf = positionOf
    const resolve = resolverFor(baseUrl)
    this.resolve = resolve
    // (In locals first: see above.)
    const located: HtmlPage['located'] = (node, text = textOf(node)) =>
      text === '' ? undefined : { value: text, position: positionOf(node) }
    this.located = located
    const links: HtmlPage['links'] = (node, origin) => {
      const anchors = isElement(node, 'a') ? [node] : findAll(node, (element) => element.tagName === 'a')
      const found: EntryLink[] = []
      for (const anchor of anchors) {
        const resolved = resolve(attribute(anchor, 'href'))
        if (!resolved) continue
        const text = textOf(anchor)
        found.push({
          url: resolved,
          ...(text ? { text } : {}),
          ...(origin ? { origin } : {}),
          position: positionOf(anchor),
        })
      }
      return found
    }
    this.links = links
  }
}

/**
 * `href` made absolute against `base` (both as written in HTML: trimmed, entities already
 * decoded by the parser). `undefined` for an empty or unusable href, a relative one without a
 * base, and schemes other than http(s) (`javascript:`, `mailto:`, `data:`).
 */
export function resolveUrl(href: string | undefined, base?: string | undefined): string | undefined {
  return absolute(href, base, true) ?? undefined
}

/**
 * {@link resolveUrl}, with `null` for an href that does not parse. The common shapes are resolved
 * without `URL` (see `fast-url.ts`: the same results). With `check`, the others are tested by
 * `URL.canParse` first; without, it is parsed once and a failure caught: a parse less for each
 * link that parses, but a thrown error (about five good parses' time) for each that does not.
 */
function absolute(href: string | undefined, base: string | undefined, check: boolean): string | undefined | null {
  const value = href?.trim()
  if (!value || value.startsWith('#')) return undefined
  // (A base that is not http(s) or does not parse leaves every href to `URL`, which also
  // rejects an absolute href against a base that does not parse.)
  const parts = base === undefined ? undefined : partsOf(base)
  const fast = base === undefined || parts ? fastResolve(value, parts) : undefined
  if (fast !== undefined) return fast
  // Without a base only an absolute URL parses, and its scheme ends with a colon.
  if (base === undefined && !value.includes(':')) return null
  let url: URL
  if (check) {
    if (!URL.canParse(value, base)) return null
    url = new URL(value, base)
  } else {
    try {
      url = new URL(value, base)
    } catch {
      return null
    }
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
}

// The last base taken apart (a page resolves all its links against one base).
let lastBase: { base: string; parts: BaseParts | undefined } | undefined

function partsOf(base: string): BaseParts | undefined {
  if (lastBase?.base !== base) lastBase = { base, parts: baseParts(base) }
  return lastBase.parts
}

/**
 * A page's href resolver. With a base URL, hrefs are parsed once each (see {@link absolute})
 * until a few have failed to parse, then checked first, so a page of hrefs that do not parse
 * pays no error for each; without one, every relative href fails, so each is checked first.
 */
function resolverFor(base: string | undefined): (href: string | undefined) => string | undefined {
  let failures = 0
  return (href) => {
    const url = absolute(href, base, base === undefined || failures >= 4)
    if (url !== null) return url
    failures++
    return undefined
  }
}

/**
 * Decode HTML character references (`&amp;`, `&eacute;`, `&#x27;`) in text taken from raw
 * markup, such as a JSON string in an attribute read without the parser, or a BibTeX block.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text
}

/** `<base href>`, else the canonical URL, resolved against the page URL the caller gave. */
function findBaseUrl(document: Document, url: string | undefined): string | undefined {
  // parse5 always builds <html><head>: no walk over the body is needed.
  const html = childElements(document).find((element) => element.tagName === 'html')
  const head = html && childElements(html).find((element) => element.tagName === 'head')
  let baseHref: string | undefined
  let canonical: string | undefined
  let ogUrl: string | undefined
  for (const element of head
    ? findAll(head, (item) => item.tagName === 'base' || item.tagName === 'link' || item.tagName === 'meta')
    : []) {
    if (element.tagName === 'base') baseHref ??= attribute(element, 'href')
    else if (element.tagName === 'link' && relHas(element, 'canonical')) canonical ??= attribute(element, 'href')
    else if (element.tagName === 'meta' && attribute(element, 'property') === 'og:url')
      ogUrl ??= attribute(element, 'content')
  }
  const page = resolveUrl(canonical, url) ?? resolveUrl(ogUrl, url) ?? resolveUrl(url)
  return resolveUrl(baseHref, page) ?? page
}

function relHas(element: Element, value: string): boolean {
  return (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes(value)
}
