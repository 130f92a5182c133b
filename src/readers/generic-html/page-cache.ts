/**
 * The page with its link resolution remembered: listing pages repeat the same hrefs (menus,
 * author pages, badges), and the scan, the records and their links all resolve them.
 */
import type { EntryLink } from '../../core/entry.js'
import type { Element, Node } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { reconstructed } from './scan.js'

// The anchors walk's stack, shared by every call (empty between calls, so it keeps no page alive):
// records ask for their links node by node, and `findAll` made a stack and a closure each time.
const walk: Node[] = []

/** `page` with `resolve` (and `links`, which uses it) cached per href. */
export function withCachedLinks(page: HtmlPage): HtmlPage {
  // `null`: known not to resolve (one lookup per href, not `has` then `get`).
  const resolved = new Map<string, string | null>()
  const resolve = (href: string | undefined): string | undefined => {
    if (href === undefined) return undefined
    const known = resolved.get(href)
    if (known !== undefined) return known ?? undefined
    const url = page.resolve(href)
    resolved.set(href, url ?? null)
    return url
  }
  // (A spread of the page's plain members, `baseUrl` among them: no getter, which with V8 kept
  // the page's tree alive past every young-generation collection; see `pageOf`.)
  return {
    ...page,
    resolve,
    links(node, origin) {
      // (Each anchor read where the walk meets it, and the list made at the first link: an
      // array of anchors and a list grown by `push` from `[]`, which reserves 17 slots, were
      // most of what a record's links allocated.)
      let links: EntryLink[] | undefined
      if (page.isElement(node, 'a')) {
        const link = linkOf(page, resolve, node, node, origin)
        if (link) links = [link]
      } else {
        // The `<a>` elements under `node` (not itself), in document order, not looking inside
        // one: what `findAll(node, (element) => element.tagName === 'a')` finds, in that order.
        const stack = walk
        // (Empty already, unless a walk was cut short by an exception.)
        stack.length = 0
        stack.push(node)
        while (stack.length > 0) {
          const current = stack.pop() as Node
          if (current !== node && 'tagName' in current && current.tagName === 'a') {
            const link = linkOf(page, resolve, node, current as Element, origin)
            if (link) {
              if (links) links.push(link)
              else links = [link]
            }
            continue
          }
          if (!('childNodes' in current)) continue
          const children = current.childNodes as Node[]
          for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
        }
      }
      return links ?? []
    },
  }
}

/** The link of `anchor` found under (or as) `node`, or none. */
function linkOf(
  page: HtmlPage,
  resolve: (href: string | undefined) => string | undefined,
  node: Node,
  anchor: Element,
  origin: EntryLink['origin'],
): EntryLink | undefined {
  // A link the parser reopened from an earlier, unclosed `<a>` is not this node's.
  if (anchor !== node && reconstructed(anchor)) return undefined
  const url = resolve(page.attribute(anchor, 'href'))
  if (!url) return undefined
  const text = page.text(anchor)
  const position = page.positionOf(anchor)
  // (Written out, not spread: the same keys in the same order, without a copy per link.)
  return text
    ? origin
      ? { url, text, origin, position }
      : { url, text, position }
    : origin
      ? { url, origin, position }
      : { url, position }
}
