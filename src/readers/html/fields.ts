import type { Element, ElementContent, Nodes, Root } from 'hast'
import type { EntryLink, Located } from '../../core/entry.js'
import { attribute, positionOf, textOf } from './tree.js'

/** The pages papersift reads are served from here; relative hrefs resolve against it. */
const arxivBase = 'https://arxiv.org/'

/** A node's text as a raw field, positioned at the node; `undefined` when it has no text. */
export function located(node: Nodes, text = textOf(node)): Located | undefined {
  return text === '' ? undefined : { value: text, position: positionOf(node) }
}

/**
 * A node's text without some of its direct children (a `Title:` descriptor, a `Less`
 * toggle), whitespace collapsed.
 */
export function textWithout(node: Element, skip: (child: ElementContent) => boolean): string {
  const root: Root = { type: 'root', children: node.children.filter((child) => !skip(child)) }
  return textOf(root)
}

/** An element with `className` among its classes. */
export function hasClass(node: ElementContent, className: string): node is Element {
  if (node.type !== 'element') return false
  const classes = node.properties.className
  return Array.isArray(classes) && classes.includes(className)
}

/** An `href` made absolute against arXiv (listing pages link `/abs/…`); `undefined` if unusable. */
export function absoluteHref(node: Element): string | undefined {
  const href = attribute(node, 'href')?.trim()
  if (!href || !URL.canParse(href, arxivBase)) return undefined
  return new URL(href, arxivBase).href
}

/** An `<a href>` as an entry link marked with where it sits (`comment`, `doi`, …). */
export function linkOf(anchor: Element, origin: string): EntryLink | undefined {
  const url = absoluteHref(anchor)
  if (!url) return undefined
  const text = textOf(anchor)
  return { url, origin, position: positionOf(anchor), ...(text ? { text } : {}) }
}

/** The links (`<a href>`) inside `node`, appended to `links`. */
export function linksIn(node: Element, origin: string, links: EntryLink[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName !== 'a') linksIn(child, origin, links)
    else {
      const link = linkOf(child, origin)
      if (link) links.push(link)
    }
  }
}

/**
 * Whether the input ends inside `node` (an element cut off by a truncated download):
 * it runs to the end of the input without its end tag.
 */
export function cutOff(node: Element, source: string): boolean {
  const end = node.position?.end.offset
  if (end === undefined || /\S/.test(source.slice(end))) return false
  const endTag = `</${node.tagName}>`
  return source.slice(end - endTag.length, end).toLowerCase() !== endTag
}
