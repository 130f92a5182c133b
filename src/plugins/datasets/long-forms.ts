/**
 * A dataset written out and then abbreviated in brackets, `Street View House Numbers (SVHN)`,
 * is mentioned once there: one span from the first word of the long form to the bracket that
 * closes the abbreviation. The long form is read back from the abbreviation when the gazetteer
 * knows only the abbreviation (`Animals with Attribute (AwA)`).
 */
import type { TextSpan } from '../../schema/paper.js'

// Lower-case words a spelled-out name may hold between its capitalised words.
const connectives = new Set(['of', 'with', 'and', 'for', 'on', 'in', 'the', 'from', 'at', 'de', '&'])
// The most words read back for a long form.
const maxWords = 8

/**
 * `spans` (sorted, each place once) with each abbreviation in brackets joined to the long form
 * before it: the span of the long form when it is one of `spans`, else the capitalised words
 * before the bracket that open with the abbreviation's first letter, unless `taken` says another
 * name holds them (`Universal Dependencies (UD)` when both are found apart).
 */
export function joinLongForms(
  text: string,
  spans: readonly TextSpan[],
  taken: (span: TextSpan) => boolean,
): TextSpan[] {
  const out: TextSpan[] = []
  for (const span of spans) {
    if (!bracketed(text, span)) {
      out.push(span)
      continue
    }
    const previous = out[out.length - 1]
    if (previous && previous.end === span.start - 2) {
      out[out.length - 1] = { start: previous.start, end: span.end + 1 }
      continue
    }
    const start = longFormStart(text, span)
    const long = start === undefined ? undefined : { start, end: span.start - 2 }
    out.push(
      !long || (previous && previous.end > long.start) || taken(long) ? span : { start: long.start, end: span.end + 1 },
    )
  }
  return out
}

/** The span is an abbreviation written ` (ABBR)`: two capitals or more, ten characters at most. */
function bracketed(text: string, span: TextSpan): boolean {
  if (span.end - span.start > 10 || span.start < 2) return false
  if (text.charCodeAt(span.start - 1) !== 0x28 || text.charCodeAt(span.start - 2) !== 0x20) return false
  if (text.charCodeAt(span.end) !== 0x29) return false
  let capitals = 0
  for (let index = span.start; index < span.end; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x41 && code <= 0x5a) capitals++
  }
  return capitals >= 2
}

/**
 * Where the long form of the abbreviation at `span` starts: the farthest of at most
 * {@link maxWords} capitalised words and connectives right before ` (`, on a capitalised word
 * that opens with the abbreviation's first letter, two words at least; `undefined` if none.
 */
function longFormStart(text: string, span: TextSpan): number | undefined {
  const initial = text[span.start]?.toLowerCase()
  let end = span.start - 2
  let found: number | undefined
  for (let words = 0; words < maxWords && end > 0; words++) {
    const space = text.lastIndexOf(' ', end - 1)
    const start = space + 1
    const word = text.slice(start, end)
    if (word === '') break
    const first = word.charCodeAt(0)
    const capital = (first >= 0x41 && first <= 0x5a) || (first >= 0x30 && first <= 0x39)
    if (!capital && !connectives.has(word)) break
    if (!/^[\p{L}\p{N}&][\p{L}\p{N}'-]*$/u.test(word)) break
    if (capital && words >= 1 && word[0]?.toLowerCase() === initial) found = start
    if (space < 0) break
    end = space
  }
  return found
}
