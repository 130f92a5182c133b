import type { Located } from '../../core/entry.js'
import type { Position } from '../../schema/position.js'
import { attributeOf, attributePosition, scanTags, type Tag, tagPosition } from '../html/tags.js'
import { paperIdOfHref } from './paper-link.js'

/** A hydration component: an element whose `data-props` carries the state the page was rendered from. */
export interface HydrationState {
  /** Its `data-target`, the component's name (e.g. `DailyPapers`). */
  target: string | undefined
  /** The `data-props` value, entities decoded. */
  props: string
  /** Where the `data-props` attribute is. */
  position: Position | undefined
  /** The papers its rendered content links to (`/papers/<id>`), in order, with the span of those links. */
  cards: Map<string, Position>
}

/** What one pass over the tags of a page finds. */
export interface PageScan {
  states: HydrationState[]
  /** The page's canonical or `og:url` address. */
  url?: Located
}

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])

/**
 * One pass over the page's tags (no tree): the hydration components with their state, the papers
 * each one's rendered content links to, and the page URL.
 */
export function scanPage(source: string): PageScan {
  const scan: PageScan = { states: [] }
  // Open components, innermost last, each with how deep its own tag name is nested.
  const open: Array<{ state: HydrationState; tagName: string; depth: number }> = []
  scanTags(source, {
    startTag(tag) {
      for (const item of open) if (item.tagName === tag.tagName && !tag.selfClosing) item.depth++
      const inner = open.at(-1)
      if (inner && tag.tagName === 'a') link(inner.state, tag)
      else if (!scan.url && (tag.tagName === 'link' || tag.tagName === 'meta')) pageUrl(scan, tag)
      const props = attributeOf(tag, 'data-props')
      if (props === undefined) return
      const state = {
        target: attributeOf(tag, 'data-target'),
        props,
        position: attributePosition(tag, 'data-props'),
        cards: new Map(),
      }
      scan.states.push(state)
      if (!tag.selfClosing && !voidElements.has(tag.tagName)) open.push({ state, tagName: tag.tagName, depth: 1 })
    },
    endTag(tag) {
      for (let index = open.length - 1; index >= 0; index--) {
        const item = open[index]
        if (item?.tagName === tag.tagName && --item.depth === 0) open.splice(index, 1)
      }
    },
  })
  return scan
}

/** Note a link to a paper: the first link starts its span, the last one ends it. */
function link(state: HydrationState, tag: Tag): void {
  const href = attributeOf(tag, 'href')
  const id = href === undefined ? undefined : paperIdOfHref(href)
  const place = id === undefined ? undefined : tagPosition(tag)
  if (id === undefined || !place) return
  const seen = state.cards.get(id)
  state.cards.set(id, seen ? { start: seen.start, end: place.end } : place)
}

function pageUrl(scan: PageScan, tag: Tag): void {
  const canonical = tag.tagName === 'link' && attributeOf(tag, 'rel')?.toLowerCase() === 'canonical'
  const og = tag.tagName === 'meta' && attributeOf(tag, 'property') === 'og:url'
  const value = canonical ? attributeOf(tag, 'href') : og ? attributeOf(tag, 'content') : undefined
  if (value?.trim()) scan.url = { value: value.trim(), position: tagPosition(tag) }
}
