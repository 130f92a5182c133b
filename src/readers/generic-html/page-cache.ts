/**
 * The page with its link resolution remembered: listing pages repeat the same hrefs (menus,
 * author pages, badges), and the scan, the records and their links all resolve them.
 */
import type { EntryLink } from '../../core/entry.js'
import { normalizeWhitespace } from '../../util/text.js'
import type { HtmlPage } from '../html/page.js'
import { reconstructed } from './scan.js'

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
  // (Written out, not spread: a spread copies every member and reads `baseUrl` at once, which
  // walks the head for `<base>` on a page that may never resolve a link.)
  return {
    source: page.source,
    document: page.document,
    get baseUrl() {
      return page.baseUrl
    },
    positionOf: page.positionOf,
    located: page.located,
    findAll: page.findAll,
    find: page.find,
    children: page.children,
    text: page.text,
    isElement: page.isElement,
    hasClass: page.hasClass,
    attribute: page.attribute,
    resolve,
    links(node, origin) {
      const anchors = page.isElement(node, 'a') ? [node] : page.findAll(node, (element) => element.tagName === 'a')
      const links: EntryLink[] = []
      for (const anchor of anchors) {
        // A link the parser reopened from an earlier, unclosed `<a>` is not this node's.
        if (anchor !== node && reconstructed(anchor)) continue
        const url = resolve(page.attribute(anchor, 'href'))
        if (!url) continue
        // (A link of one text, as most are: its text without `page.text`'s walk.)
        const only = anchor.childNodes.length === 1 ? anchor.childNodes[0] : undefined
        const text =
          only && only.nodeName === '#text' && 'value' in only ? normalizeWhitespace(only.value) : page.text(anchor)
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
