import type { Element, Root, Text } from 'hast'
import { selectAll } from 'hast-util-select'
import { visit } from 'unist-util-visit'
import { visitParents } from 'unist-util-visit-parents'
import type { Entry, EntryFields, EntryLink, Located } from '../../core/entry.js'
import { normalizeWhitespace } from '../../util/text.js'
import { hfOrigin } from '../hf-api/entry.js'
import { attribute, positionOf, textOf } from '../html/tree.js'
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
 */
export function readCards(tree: Root): Entry[] {
  const links = paperLinks(tree)
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
    entries.push(cardEntry(card, id, own, entries.length))
  }
  return entries
}

/** Every `a[href]` to a paper, in document order, with its element ancestors (outermost first). */
function paperLinks(tree: Root): PaperLink[] {
  const links: PaperLink[] = []
  visitParents(tree, 'element', (node, parents) => {
    if (node.tagName !== 'a') return
    const href = attribute(node, 'href')
    const id = href === undefined ? undefined : paperIdOfHref(href)
    if (id === undefined) return
    // A card is a few levels around its links; looking further up only costs time on deep pages.
    const ancestors = parents.slice(-cardDepth).filter((parent): parent is Element => parent.type === 'element')
    links.push({ id, node, ancestors })
  })
  return links
}

function cardEntry(card: Element, id: string, own: PaperLink[], index: number): Entry {
  const fields: EntryFields = {
    arxivId: { value: id, position: positionOf(own[0]?.node ?? card) },
    url: { value: `${hfOrigin}/papers/${id}`, position: positionOf(own[0]?.node ?? card) },
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
  if (titleLink && title && !number.test(title)) fields.title = { value: title, position: positionOf(titleLink.node) }

  const thumbnailLink = own[0]
  const image =
    thumbnailLink && textOf(thumbnailLink.node) === '' ? selectAll('img[src]', thumbnailLink.node)[0] : undefined
  const src = image && attribute(image, 'src')
  if (image && src) fields.thumbnail = { value: new URL(src, hfOrigin).href, position: positionOf(image) }

  const comments = own.find((link) => isCommentsHref(attribute(link.node, 'href') ?? ''))
  const commentCount = comments && textOf(comments.node)
  if (comments && commentCount && number.test(commentCount)) {
    fields.comments = { value: commentCount, position: positionOf(comments.node) }
  }
  readTexts(card, own, fields)

  const links: EntryLink[] = selectAll('a[href]', card).map((anchor) => ({
    url: new URL(attribute(anchor, 'href') ?? '', hfOrigin).href,
    text: textOf(anchor) || undefined,
    origin: 'card',
    position: positionOf(anchor),
  }))
  return { format: 'hf-html', index, text: textOf(card), position: positionOf(card), fields, links }
}

function inHeading(link: PaperLink, card: Element): boolean {
  const from = link.ancestors.indexOf(card)
  return (
    link.ancestors.slice(from + 1).some((element) => headings.has(element.tagName)) ||
    selectAll('h1,h2,h3,h4,h5,h6', link.node).length > 0
  )
}

/** The card's text pieces: the first bare number outside the paper's links (upvotes), `N authors`, `Submitted by`. */
function readTexts(card: Element, own: PaperLink[], fields: EntryFields): void {
  const inOwnLink = new Set<Text>()
  for (const link of own) visit(link.node, 'text', (node: Text) => void inOwnLink.add(node))
  visitParents(card, 'text', (node: Text, parents) => {
    const value = normalizeWhitespace(node.value)
    if (value === '') return
    const parent = parents.at(-1)
    if (!fields.upvotes && number.test(value) && !inOwnLink.has(node)) {
      fields.upvotes = located(value, node)
      return
    }
    const authors = fields.authorCount ? undefined : authorLine.exec(value)
    if (authors?.[1]) {
      fields.authorCount = located(authors[1], node)
      return
    }
    if (!fields.submittedBy && value.startsWith('Submitted by') && parent?.type === 'element') {
      const name = submitted.exec(textOf(parent))?.[1]
      if (name) fields.submittedBy = located(name, parent)
    }
  })
}

function located(value: string, node: Text | Element): Located {
  return { value, position: positionOf(node) }
}
