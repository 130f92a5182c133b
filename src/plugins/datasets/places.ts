/**
 * Every place a name is written as a whole name: not inside a longer run of name characters
 * (letters, digits, `-`, `+`, `*`, `_`) on either side. An abstract has a handful of unknown names,
 * each found by a plain search; a text with thousands (hostile, or a whole listing given as one
 * text) would search the text once per name, so past a few names the text's words are walked once
 * and each looked up instead.
 */
import type { TextSpan } from '../../schema/paper.js'
import { isNameCode } from './chars.js'

/** Names searched one by one; more are looked up from one walk over the text's words. */
const searchedAlone = 8

/** For each of `names`, its places in `text`, in order. */
export function placesOf(text: string, names: readonly string[]): TextSpan[][] {
  const places: TextSpan[][] = []
  if (names.length <= searchedAlone) {
    for (const name of names) {
      const into: TextSpan[] = []
      searchAlone(text, name, into)
      places.push(into)
    }
    return places
  }
  for (let index = 0; index < names.length; index++) places.push([])
  const budget = { left: 16 * text.length + 4096 }
  const walked = new Map<string, Lookup>()
  names.forEach((name, index) => {
    let run = 0
    while (run < name.length && isNameCode(name.charCodeAt(run))) run++
    // A name that does not open with a name character is searched alone.
    if (run === 0) {
      if (budget.left >= text.length) searchAlone(text, name, places[index] as TextSpan[])
      budget.left -= text.length
      return
    }
    const opening = name.slice(0, run)
    let lookup = walked.get(opening)
    if (!lookup) {
      lookup = { byName: new Map(), lengths: [] }
      walked.set(opening, lookup)
    }
    const same = lookup.byName.get(name)
    if (same) same.push(index)
    else {
      lookup.byName.set(name, [index])
      if (!lookup.lengths.includes(name.length)) lookup.lengths.push(name.length)
    }
  })
  if (walked.size > 0) walk(text, walked, places, budget)
  return places
}

/** The names that open with one run of name characters, by name and by length. */
interface Lookup {
  byName: Map<string, number[]>
  lengths: number[]
}

function searchAlone(text: string, name: string, into: TextSpan[]): void {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length
    if (at > 0 && isNameCode(text.charCodeAt(at - 1))) continue
    if (end < text.length && isNameCode(text.charCodeAt(end))) continue
    into.push({ start: at, end })
  }
}

// A whole name opens where a run of name characters opens, and its opening run is that run: the
// character after the run is either the name's own next character (not a name character) or,
// for a name that is one run, the end of the name, which must not be followed by one.
function walk(text: string, walked: ReadonlyMap<string, Lookup>, places: TextSpan[][], budget: { left: number }): void {
  let at = 0
  while (at < text.length && budget.left > 0) {
    if (!isNameCode(text.charCodeAt(at))) {
      at++
      continue
    }
    let end = at + 1
    while (end < text.length && isNameCode(text.charCodeAt(end))) end++
    const lookup = walked.get(text.slice(at, end))
    if (lookup) {
      for (const length of lookup.lengths) {
        const stop = at + length
        budget.left -= length
        if (stop > text.length || (stop < text.length && isNameCode(text.charCodeAt(stop)))) continue
        const indexes = lookup.byName.get(text.slice(at, stop))
        if (indexes) for (const index of indexes) (places[index] as TextSpan[]).push({ start: at, end: stop })
      }
    }
    at = end
  }
}
