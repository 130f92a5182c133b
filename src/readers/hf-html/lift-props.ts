/**
 * The `data-props` values of a Hugging Face page lifted out before the tag scan, so parse5's
 * tokenizer does not walk the ~100 KB of JSON character by character only to hand back one
 * string. Each value is found by `indexOf`, cut from the text the tokenizer reads (leaving
 * `data-props=""`), and decoded in one pass as parse5 decodes an attribute (see
 * `decode-props.ts`). The tokenizer's positions after a cut are shifted back to the page's own.
 *
 * It is only a shortcut: the scan checks that each cut is exactly the value of a `data-props`
 * attribute the tokenizer saw (see {@link PropsShift.claim}); on anything else (a cut inside
 * text or another attribute, a duplicate attribute, a value with a line break or NUL, which
 * parse5 rewrites) the page is scanned whole as before. When every cut is claimed, the
 * tokenizer went through the same states on both texts, so tags, values and positions are the
 * same.
 */
import type { Position } from '../../schema/position.js'
import { decodeProps } from './decode-props.js'

const opening = 'data-props="'

/** One value cut from the page. */
interface Cut {
  /** Offset of the value in the page. */
  from: number
  /** The raw value (entities not yet decoded). */
  raw: string
  /** Offset of the closing quote in the lifted text. */
  at: number
  /** Characters cut before and at this one (what offsets past it gain). */
  before: number
  /** Its line (from the tokenizer, once claimed). */
  line: number
  /** Characters cut on its line up to and including it (what columns past it on that line gain). */
  onLine: number
}

/** The page with its `data-props` values cut out, and the way back to the page's positions. */
export interface PropsShift {
  /** The text the tokenizer reads. */
  text: string
  /**
   * Whether the `data-props` attribute the tokenizer just read, ending at `endOffset` (lifted
   * text) on `line`, with value `value`, is the next cut; if so, its decoded value. `undefined`
   * for a `data-props` the scan did not cut (single quotes, say): its value is the tokenizer's.
   * A cut passed without being claimed makes {@link PropsShift.intact} false.
   */
  claim(endOffset: number, line: number, value: string): string | undefined
  /** A position in the lifted text as a position in the page. */
  position(place: Position): Position
  /** Whether every cut was claimed, in order, and nothing else went wrong. */
  intact(): boolean
}

/**
 * The page with its double-quoted `data-props` values cut out, or `undefined` when there is
 * nothing to gain (no value) or a value is odd: unclosed, or holding a line break, CR or NUL
 * (parse5 would rewrite or count them).
 */
export function liftProps(source: string): PropsShift | undefined {
  const cuts: Cut[] = []
  let text = ''
  let copied = 0
  for (let at = source.indexOf(opening); at !== -1; ) {
    const from = at + opening.length
    const close = source.indexOf('"', from)
    if (close === -1) return undefined
    if (close > from) {
      const raw = source.slice(from, close)
      if (hasOddCharacter(raw)) return undefined
      text += source.slice(copied, from)
      copied = close
      const before = (cuts.at(-1)?.before ?? 0) + raw.length
      cuts.push({ from, raw, at: text.length, before, line: 0, onLine: 0 })
    }
    at = source.indexOf(opening, close + 1)
  }
  if (cuts.length === 0) return undefined
  text += source.slice(copied)

  let claimed = 0
  let broken = false
  return {
    text,
    claim(endOffset, line, value) {
      const cut = cuts[claimed]
      // The attribute ends just past its closing quote.
      if (!cut || endOffset - 1 < cut.at) return undefined
      if (endOffset - 1 > cut.at || value !== '') {
        broken = true
        return undefined
      }
      const previous = cuts[claimed - 1]
      cut.line = line
      cut.onLine = (previous?.line === line ? previous.onLine : 0) + cut.raw.length
      claimed++
      return decodeProps(cut.raw)
    },
    position(place) {
      return { start: shiftPoint(place.start), end: shiftPoint(place.end) }
    },
    intact: () => !broken && claimed === cuts.length,
  }

  /** The last claimed cut before `offset` (lifted text), by binary search. */
  function cutBefore(offset: number): Cut | undefined {
    let low = 0
    let high = claimed - 1
    let found: Cut | undefined
    while (low <= high) {
      const middle = (low + high) >> 1
      const cut = cuts[middle] as Cut
      if (cut.at < offset) {
        found = cut
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }

  function shiftPoint(point: Position['start']): Position['start'] {
    const cut = point.offset === undefined ? undefined : cutBefore(point.offset)
    if (!cut || point.offset === undefined) return point
    return {
      line: point.line,
      column: point.column + (cut.line === point.line ? cut.onLine : 0),
      offset: point.offset + cut.before,
    }
  }
}

/** Line breaks, CR and NUL: parse5 normalises or replaces them, so a lifted value would differ. */
function hasOddCharacter(raw: string): boolean {
  return raw.includes('\n') || raw.includes('\r') || raw.includes('\0')
}
