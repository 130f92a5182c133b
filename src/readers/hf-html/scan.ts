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
  /** Whether the document ends inside this `data-props` value (a cut page): `props` is what is left. */
  truncated?: boolean
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
  // A page cut inside a `data-props` value would lose that tag (the tokenizer drops a tag cut by
  // the end of file): close it, so its value is read, and mark it.
  const cut = endsInsideProps(source)
  // How many elements of each name are open, and the open components, innermost last: a
  // component ends with the end tag that brings its name's count below what it was inside it.
  const depth = new Map<string, number>()
  const open: Array<{ state: HydrationState; tagName: string; inside: number }> = []
  scanTags(cut ? `${source}">` : source, {
    startTag(tag) {
      const inner = open.at(-1)
      if (inner && tag.tagName === 'a') link(inner.state, tag)
      else if (!scan.url && (tag.tagName === 'link' || tag.tagName === 'meta')) pageUrl(scan, tag)
      const container = !tag.selfClosing && !voidElements.has(tag.tagName)
      const inside = container ? (depth.get(tag.tagName) ?? 0) + 1 : 0
      if (container) depth.set(tag.tagName, inside)
      const props = attributeOf(tag, 'data-props')
      if (props === undefined) return
      const state: HydrationState = {
        target: attributeOf(tag, 'data-target'),
        props,
        position: attributePosition(tag, 'data-props'),
        cards: new Map(),
      }
      const end = state.position?.end.offset
      if (cut && state.position && end !== undefined && end > source.length) {
        state.truncated = true
        state.position = clampToEnd(state.position, source.length)
      }
      scan.states.push(state)
      if (container) open.push({ state, tagName: tag.tagName, inside })
    },
    endTag(tag) {
      const count = depth.get(tag.tagName)
      if (!count) return
      depth.set(tag.tagName, count - 1)
      let inner = open.at(-1)
      while (inner && inner.tagName === tag.tagName && count - 1 < inner.inside) {
        open.pop()
        inner = open.at(-1)
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

/** Whether `source` ends inside a double-quoted `data-props` value: its last one never closes. */
function endsInsideProps(source: string): boolean {
  const at = source.lastIndexOf('data-props="')
  return at !== -1 && source.indexOf('"', at + 'data-props="'.length) === -1
}

/** `position` ending at the end of the document instead of the closing quote added after it. */
function clampToEnd(position: Position, length: number): Position {
  const { end } = position
  const over = (end.offset ?? length) - length
  return { start: position.start, end: { line: end.line, column: end.column - over, offset: length } }
}
