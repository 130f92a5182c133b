import type { VFile } from 'vfile'
import type { Entry, EntryFields, EntryLink, Located } from '../../core/entry.js'
import type { ReaderReport } from '../../core/reader.js'
import { normalizeWhitespace } from '../../util/text.js'
import { hfOrigin } from '../hf-api/entry.js'
import {
  attribute,
  type Element,
  find,
  findAll,
  isElement,
  type LightTree,
  type Node,
  parseLight,
  textOf,
} from '../html/light-tree.js'
import { isCommentsHref, paperIdOfHref } from './paper-link.js'

interface PaperLink {
  id: string
  node: Element
  ancestors: Element[]
}

const cardDepth = 16
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const number = /^\d{1,3}(?:,?\d{3})*$/
const authorLine = /^(?:·\s*)?(\d{1,3}(?:,?\d{3})*) authors?$/
const submitted = /^Submitted by\s+(\S.*)$/

/**
 * Read the rendered paper cards of a Hugging Face papers page. A card is found by its links, not
 * its classes: the largest element around a link to `/papers/<id>` that links to no other paper.
 * From it: the title (the paper link in a heading, else its longest text), the thumbnail (an image
 * that is the whole of the first paper link), the upvote count (the first bare number outside the
 * paper's links), `N authors`, the comment count (the `#community` link) and `Submitted by`.
 * The page is parsed into the light tree, whose walks are iterative: any depth is read.
 */
export function readCards(file: VFile, report?: ReaderReport): Entry[] {
  const page = parseLight(file, report)
  const links = paperLinks(page.document)
  // For each element around a paper link: the one paper it links to, or null for several.
  const owner = new Map<Element, string | null>()
  for (const { id, ancestors } of links) {
    for (const element of ancestors) {
      const seen = owner.get(element)
      owner.set(element, seen === undefined || seen === id ? id : null)
    }
  }
  const byId = new Map<string, PaperLink[]>()
  for (const link of links) {
    const group = byId.get(link.id)
    if (group) group.push(link)
    else byId.set(link.id, [link])
  }
  const entries: Entry[] = []
  for (const [id, sameId] of byId) {
    const first = sameId[0] as PaperLink
    let card = first.node
    for (let index = first.ancestors.length - 1; index >= 0; index--) {
      const element = first.ancestors[index] as Element
      if (owner.get(element) !== first.id) break
      card = element
    }
    const own = sameId.filter((link) => link.node === card || link.ancestors.includes(card))
    entries.push(cardEntry(page, card, id, own, entries.length))
  }
  return entries
}

/** Every `a[href]` to a paper, in document order, with its element ancestors (outermost first). */
function paperLinks(root: Node): PaperLink[] {
  const links: PaperLink[] = []
  // Depth-first with an explicit stack; `path` holds the open elements above the current node.
  const path: Element[] = []
  const stack: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number }
    path.length = depth
    if (isElement(node) && node.tagName === 'a') {
      const href = attribute(node, 'href')
      const id = href === undefined ? undefined : paperIdOfHref(href)
      // A card is a few levels around its links; looking further up only costs time on deep pages.
      if (id !== undefined) links.push({ id, node, ancestors: path.slice(-cardDepth) })
    }
    if (!('childNodes' in node)) continue
    const below = isElement(node) ? depth + 1 : depth
    if (isElement(node)) path.push(node)
    for (let index = node.childNodes.length - 1; index >= 0; index--) {
      stack.push({ node: node.childNodes[index] as Node, depth: below })
    }
  }
  return links
}

/** Elements at or under `node` that pass `test`, in document order (as a selector matches). */
function within(node: Element, test: (element: Element) => boolean): Element[] {
  const below = findAll(node, test)
  return test(node) ? [node, ...below] : below
}

function cardEntry(page: LightTree, card: Element, id: string, own: PaperLink[], index: number): Entry {
  const at = (node: Node) => page.positionOf(node)
  const fields: EntryFields = {
    arxivId: { value: id, position: at(own[0]?.node ?? card) },
    url: { value: `${hfOrigin}/papers/${id}`, position: at(own[0]?.node ?? card) },
  }
  const titleLink =
    own.find((link) => inHeading(link, card)) ??
    own
      .filter((link) => !isCommentsHref(attribute(link.node, 'href') ?? ''))
      .reduce<PaperLink | undefined>(
        (best, link) => (textOf(link.node).length > (best ? textOf(best.node).length : 0) ? link : best),
        undefined,
      )
  const title = titleLink && textOf(titleLink.node)
  if (titleLink && title && !number.test(title)) fields.title = { value: title, position: at(titleLink.node) }

  const thumbnailLink = own[0]
  const image =
    thumbnailLink && textOf(thumbnailLink.node) === ''
      ? find(thumbnailLink.node, (element) => element.tagName === 'img' && attribute(element, 'src') !== undefined)
      : undefined
  const src = image && attribute(image, 'src')
  if (image && src) fields.thumbnail = { value: new URL(src, hfOrigin).href, position: at(image) }

  const comments = own.find((link) => isCommentsHref(attribute(link.node, 'href') ?? ''))
  const commentCount = comments && textOf(comments.node)
  if (comments && commentCount && number.test(commentCount)) {
    fields.comments = { value: commentCount, position: at(comments.node) }
  }
  readTexts(page, card, own, fields)

  const anchors = within(card, (element) => element.tagName === 'a' && attribute(element, 'href') !== undefined)
  const links: EntryLink[] = anchors.map((anchor) => ({
    url: new URL(attribute(anchor, 'href') ?? '', hfOrigin).href,
    text: textOf(anchor) || undefined,
    origin: 'card',
    position: at(anchor),
  }))
  return { reader: 'hf-html', index, text: textOf(card), position: at(card), fields, links }
}

function inHeading(link: PaperLink, card: Element): boolean {
  const from = link.ancestors.indexOf(card)
  return (
    link.ancestors.slice(from + 1).some((element) => headings.has(element.tagName)) ||
    find(link.node, (element) => headings.has(element.tagName)) !== undefined
  )
}

/** The card's text pieces: the first bare number outside the paper's links (upvotes), `N authors`, `Submitted by`. */
function readTexts(page: LightTree, card: Element, own: PaperLink[], fields: EntryFields): void {
  const ownLinks = new Set<Node>(own.map((link) => link.node))
  // Text nodes in document order, each with its parent and whether it sits in one of the paper's links.
  const stack: Array<{ node: Node; inOwnLink: boolean }> = [{ node: card, inOwnLink: ownLinks.has(card) }]
  while (stack.length > 0) {
    const { node, inOwnLink } = stack.pop() as { node: Node; inOwnLink: boolean }
    if ('childNodes' in node) {
      for (let index = node.childNodes.length - 1; index >= 0; index--) {
        const child = node.childNodes[index] as Node
        stack.push({ node: child, inOwnLink: inOwnLink || ownLinks.has(child) })
      }
      continue
    }
    if (node.nodeName !== '#text' || !('value' in node)) continue
    const value = normalizeWhitespace(node.value)
    if (value === '') continue
    if (!fields.upvotes && number.test(value) && !inOwnLink) {
      fields.upvotes = located(page, value, node)
      continue
    }
    const authors = fields.authorCount ? undefined : authorLine.exec(value)
    if (authors?.[1]) {
      fields.authorCount = located(page, authors[1], node)
      continue
    }
    const parent = node.parentNode
    if (!fields.submittedBy && value.startsWith('Submitted by') && parent && isElement(parent)) {
      const name = submitted.exec(textOf(parent))?.[1]
      if (name) fields.submittedBy = located(page, name, parent)
    }
  }
}

function located(page: LightTree, value: string, node: Node): Located {
  return { value, position: page.positionOf(node) }
}
