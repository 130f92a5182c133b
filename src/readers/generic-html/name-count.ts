/**
 * The scan's name count without the name pattern on ASCII text: the same matches as
 * `namePattern` (scan.ts), found by a walk that reads each character once or twice. The pattern
 * (Unicode classes, a look-behind) ran on every text node that may hold a name, a twentieth of a
 * text-heavy page's read. Where the walk would look at a non-ASCII character, the rest of the
 * text is left to the pattern: on ASCII text `\p{Lu}` is `[A-Z]`, `\p{Ll}` `[a-z]`, `\p{L}`
 * `[A-Za-z]` and `\p{M}` and `’` match nothing, and everything else is the same.
 */
import { isAsciiLetter as isLetter } from '../../util/text.js'

/** What {@link nameEnd} says when it would have to read a non-ASCII character. */
const wide = -2

/**
 * How many matches of `pattern` (the scan's `namePattern`, global) a search from `from` finds,
 * up to `cap`: `pattern.test` from `from` repeated, as the scan counted.
 */
export function countNames(value: string, from: number, cap: number, pattern: RegExp): number {
  let names = 0
  let at = from
  const length = value.length
  while (names < cap && at < length) {
    const code = value.charCodeAt(at)
    if (code >= 128) break
    // A capital with no letter before it: `\p{Lu}(?<![\p{L}\p{M}]\p{Lu})`.
    if (code < 65 || code > 90) {
      at++
      continue
    }
    const before = at > 0 ? value.charCodeAt(at - 1) : 32
    if (before >= 128) break
    if (isLetter(before)) {
      at++
      continue
    }
    const end = nameEnd(value, at)
    if (end === wide) break
    if (end < 0) at++
    else {
      names++
      at = end
    }
  }
  if (names === cap || at >= length) return names
  // (The rest, from where the walk met a character it does not read, by the pattern itself.)
  pattern.lastIndex = at
  while (names < cap && pattern.test(value)) names++
  return names
}

/**
 * Where a match starting with the capital at `start` ends, `-1` when none starts there, or
 * {@link wide}. The first word (`[\p{Ll}\p{M}'’-]*\.?`) can end only where its letters do (a
 * shorter word leaves a letter where a space is needed), so only the words after it backtrack.
 */
function nameEnd(value: string, start: number): number {
  let at = start + 1
  let code = codeAt(value, at)
  while ((code >= 97 && code <= 122) || code === 39 || code === 45) code = codeAt(value, ++at)
  if (code === 46) code = codeAt(value, ++at)
  if (code >= 128) return wide
  return more(value, at, 0)
}

/**
 * The pattern's `(?: \p{Lu}[\p{Ll}\p{M}'’.-]*){1,3}(?![\p{L}\p{M}])` at `at`, `done` words matched
 * so far, tried in the engine's order: another word first (its letters longest first), else the
 * end here if at least one word was matched and no letter follows.
 */
function more(value: string, at: number, done: number): number {
  if (done < 3 && codeAt(value, at) === 32) {
    const capital = codeAt(value, at + 1)
    if (capital >= 128) return wide
    if (capital >= 65 && capital <= 90) {
      let end = at + 2
      let code = codeAt(value, end)
      while ((code >= 97 && code <= 122) || code === 39 || code === 46 || code === 45) code = codeAt(value, ++end)
      // Longest first: another word after this one, or the end after it.
      const found = more(value, end, done + 1)
      if (found !== -1) return found
      // Shorter: the next character is one of the word's own (`[a-z'.-]`), so no word follows; the
      // match ends there when that character is no letter.
      for (let cut = end - 1; cut >= at + 2; cut--) if (!isLetter(value.charCodeAt(cut))) return cut
    }
  }
  if (done === 0) return -1
  const next = codeAt(value, at)
  if (next >= 128) return wide
  return isLetter(next) ? -1 : at
}

/** The character code at `at`, `-1` past the end (no read out of bounds: that deoptimizes the walk). */
function codeAt(value: string, at: number): number {
  return at < value.length ? value.charCodeAt(at) : -1
}
