import type { Located } from '../../core/entry.js'
import type { Position } from '../../schema/position.js'
import { attributeOf, attributePosition, scanTags, type Tag, tagPosition } from '../html/tags.js'
import { liftProps, type PropsShift } from './lift-props.js'
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
 * each one's rendered content links to, and the page URL. The `data-props` values are lifted out
 * first (see `lift-props.ts`) so the tokenizer skips them; on an odd page it reads them itself.
 */
export function scanPage(source: string): PageScan {
  return scanLifted(source) ?? scanWhole(source)
}

/** The scan with the `data-props` values lifted out, or `undefined` when the page is odd (see `lift-props.ts`). */
export function scanLifted(source: string): PageScan | undefined {
  const shift = endsInsideProps(source) ? undefined : liftProps(source)
  if (!shift) return undefined
  const scan = scanText(shift.text, source.length, false, shift)
  return shift.intact() ? scan : undefined
}

/** The scan with every tag and value read by the tokenizer: the reference the shortcut must equal. */
export function scanWhole(source: string): PageScan {
  // A page cut inside a `data-props` value would lose that tag (the tokenizer drops a tag cut by
  // the end of file): close it, so its value is read, and mark it.
  const cut = endsInsideProps(source)
  return scanText(cut ? `${source}">` : source, source.length, cut, undefined)
}

/** The tag pass over `text` (the page, closed if `cut`, or lifted by `shift`); `length` is the page's. */
function scanText(text: string, length: number, cut: boolean, shift: PropsShift | undefined): PageScan {
  const scan: PageScan = { states: [] }
  const place = (position: Position | undefined) => (position && shift ? shift.position(position) : position)
  // How many elements of each name are open, and the open components, innermost last: a
  // component ends with the end tag that brings its name's count below what it was inside it.
  const depth = new Map<string, number>()
  const open: Array<{ state: HydrationState; tagName: string; inside: number }> = []
  scanTags(text, {
    startTag(tag) {
      // Claimed first: positions in this tag past the value shift by its length.
      const props = propsOf(tag, shift)
      const inner = open.at(-1)
      if (inner && tag.tagName === 'a') link(inner.state, tag, place)
      else if (!scan.url && (tag.tagName === 'link' || tag.tagName === 'meta')) pageUrl(scan, tag, place)
      const container = !tag.selfClosing && !voidElements.has(tag.tagName)
      const inside = container ? (depth.get(tag.tagName) ?? 0) + 1 : 0
      if (container) depth.set(tag.tagName, inside)
      if (props === undefined) return
      const state: HydrationState = {
        target: attributeOf(tag, 'data-target'),
        props,
        position: place(attributePosition(tag, 'data-props')),
        cards: new Map(),
      }
      const end = state.position?.end.offset
      if (cut && state.position && end !== undefined && end > length) {
        state.truncated = true
        state.position = clampToEnd(state.position, length)
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

/** The tag's `data-props` value: the lifted one when the tag held a cut, else the tokenizer's. */
function propsOf(tag: Tag, shift: PropsShift | undefined): string | undefined {
  const value = attributeOf(tag, 'data-props')
  const place = tag.location?.attrs?.['data-props']
  if (value === undefined || !shift || !place) return value
  return shift.claim(place.endOffset, place.endLine, value) ?? value
}

/** Note a link to a paper: the first link starts its span, the last one ends it. */
function link(state: HydrationState, tag: Tag, shift: (position: Position | undefined) => Position | undefined): void {
  const href = attributeOf(tag, 'href')
  const id = href === undefined ? undefined : paperIdOfHref(href)
  const place = id === undefined ? undefined : shift(tagPosition(tag))
  if (id === undefined || !place) return
  const seen = state.cards.get(id)
  state.cards.set(id, seen ? { start: seen.start, end: place.end } : place)
}

function pageUrl(scan: PageScan, tag: Tag, shift: (position: Position | undefined) => Position | undefined): void {
  const canonical = tag.tagName === 'link' && attributeOf(tag, 'rel')?.toLowerCase() === 'canonical'
  const og = tag.tagName === 'meta' && attributeOf(tag, 'property') === 'og:url'
  const value = canonical ? attributeOf(tag, 'href') : og ? attributeOf(tag, 'content') : undefined
  if (value?.trim()) scan.url = { value: value.trim(), position: shift(tagPosition(tag)) }
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
