import type { EntryLink, Located } from '../../core/entry.js'
import { attribute, type Element, findAll, type LightTree, type Node, textOf } from './light-tree.js'

/** The pages papersift reads are served from here; relative hrefs resolve against it. */
const arxivBase = 'https://arxiv.org/'

/** A node's text as a raw field, positioned at the node; `undefined` when it has no text. */
export function located(page: LightTree, node: Node, text = textOf(node)): Located | undefined {
  return text === '' ? undefined : { value: text, position: page.positionOf(node) }
}

/** An `href` made absolute against arXiv (listing pages link `/abs/…`); `undefined` if unusable. */
export function absoluteHref(element: Element): string | undefined {
  const href = attribute(element, 'href')?.trim()
  if (!href || !URL.canParse(href, arxivBase)) return undefined
  return new URL(href, arxivBase).href
}

/** An `<a href>` as an entry link marked with where it sits (`comment`, `doi`, …). */
export function linkOf(page: LightTree, anchor: Element, origin: string): EntryLink | undefined {
  const url = absoluteHref(anchor)
  if (!url) return undefined
  const text = textOf(anchor)
  return { url, origin, position: page.positionOf(anchor), ...(text ? { text } : {}) }
}

/** The links (`<a href>`) inside `node`, appended to `links`. */
export function linksIn(page: LightTree, node: Node, origin: string, links: EntryLink[]): void {
  for (const anchor of findAll(node, (element) => element.tagName === 'a')) {
    const link = linkOf(page, anchor, origin)
    if (link) links.push(link)
  }
}

/**
 * Whether the input ends inside `element` (cut off by a truncated download): it runs to the
 * end of the input without its end tag.
 */
export function cutOff(page: LightTree, element: Element): boolean {
  const end = element.endOffset
  if (end === undefined || /\S/.test(page.source.slice(end))) return false
  const endTag = `</${element.tagName}>`
  return page.source.slice(end - endTag.length, end).toLowerCase() !== endTag
}
