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

/**
 * The `<a>` elements under `node` (not itself), in document order, not looking inside one: what
 * `findAll(node, (element) => element.tagName === 'a')` finds, in the same order.
 */
function anchorsUnder(node: Node): Element[] {
  const found: Element[] = []
  const stack = walk
  // (Empty already, unless a walk was cut short by an exception.)
  stack.length = 0
  stack.push(node)
  while (stack.length > 0) {
    const current = stack.pop() as Node
    if (current !== node && 'tagName' in current && current.tagName === 'a') {
      found.push(current as Element)
      continue
    }
    if (!('childNodes' in current)) continue
    const children = current.childNodes as Node[]
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
  }
  return found
}

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
      const anchors = page.isElement(node, 'a') ? [node] : anchorsUnder(node)
      const links: EntryLink[] = []
      for (const anchor of anchors) {
        // A link the parser reopened from an earlier, unclosed `<a>` is not this node's.
        if (anchor !== node && reconstructed(anchor)) continue
        const url = resolve(page.attribute(anchor, 'href'))
        if (!url) continue
        const text = page.text(anchor)
        const position = page.positionOf(anchor)
        // (Written out, not spread: the same keys in the same order, without a copy per link.)
        links.push(
          text
            ? origin
              ? { url, text, origin, position }
              : { url, text, position }
            : origin
              ? { url, origin, position }
              : { url, position },
        )
      }
      return links
    },
  }
}
