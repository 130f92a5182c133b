/**
 * The scan's name count without the name pattern on ASCII text: the same matches as
 * `namePattern` (scan.ts), found from the spaces of the text. Every match is a capitalised word
 * (no letter before it), a space and a capital, so only a space followed by a capital can end a
 * match's first word: the walk jumps from space to space (`indexOf`), reads the word before such a
 * space back to its capital, and the words after it forward. Where it would look at a non-ASCII
 * character, the rest of the text is left to the pattern: on ASCII text `\p{Lu}` is `[A-Z]`,
 * `\p{Ll}` `[a-z]`, `\p{L}` `[A-Za-z]` and `\p{M}` and `’` match nothing, and everything else is
 * the same. (A walk over every character, the previous way, read prose character by character.)
 */
import { isAsciiLetter as isLetter } from '../../util/text.js'

/** What {@link more} says when it would have to read a non-ASCII character. */
const wide = -2

/**
 * How many matches of `pattern` (the scan's `namePattern`, global) a search from `from` finds,
 * up to `cap`: `pattern.test` from `from` repeated, as the scan counted.
 */
export function countNames(value: string, from: number, cap: number, pattern: RegExp): number {
  let names = 0
  // No match starts before `at` (the pattern's `lastIndex`); every possible start before the word
  // that ends at `space` has been tried.
  let at = from
  let space = value.indexOf(' ', at)
  while (names < cap && space !== -1) {
    const capital = codeAt(value, space + 1)
    if (capital < 65 || (capital > 90 && capital < 128)) {
      space = value.indexOf(' ', space + 1)
      continue
    }
    if (capital >= 128) return byPattern(value, Math.max(at, wordStart(value, space)), names, cap, pattern)
    // The first word, back from the space: `\p{Lu}[\p{Ll}\p{M}'’-]*\.?` has one start for a given
    // end (a period only last, no space in it).
    let start = space - 1
    if (codeAt(value, start) === 46) start--
    let code = codeAt(value, start)
    while ((code >= 97 && code <= 122) || code === 39 || code === 45) code = codeAt(value, --start)
    if (code >= 128) return byPattern(value, Math.max(at, wordStart(value, space)), names, cap, pattern)
    // (No capital there, or one before where the search stands: no match starts in this word.)
    if (code < 65 || code > 90 || start < at) {
      space = value.indexOf(' ', space + 1)
      continue
    }
    // `(?<![\p{L}\p{M}]\p{Lu})`: no letter before the capital.
    const before = codeAt(value, start - 1)
    if (before >= 128) return byPattern(value, start, names, cap, pattern)
    const end = isLetter(before) ? -1 : more(value, space, 0)
    if (end === wide) return byPattern(value, start, names, cap, pattern)
    if (end < 0) space = value.indexOf(' ', space + 1)
    else {
      names++
      at = end
      space = value.indexOf(' ', at)
    }
  }
  return names
}

/** The rest by the pattern itself, from `at` (where the walk met a character it does not read). */
function byPattern(value: string, at: number, counted: number, cap: number, pattern: RegExp): number {
  let names = counted
  pattern.lastIndex = at
  while (names < cap && pattern.test(value)) names++
  return names
}

/**
 * The pattern's `(?: \p{Lu}[\p{Ll}\p{M}'’.-]*){1,3}(?![\p{L}\p{M}])` at `at`, `done` words matched
 * so far, tried in the engine's order: another word first (its letters longest first), else the
 * end here if at least one word was matched and no letter follows. Where the match ends, `-1`
 * when there is none, or {@link wide}.
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

/** Where the word ending at the space at `at` starts: just after the space before it. */
function wordStart(value: string, at: number): number {
  return at === 0 ? 0 : value.lastIndexOf(' ', at - 1) + 1
}

/** The character code at `at`, `-1` outside the text (no read out of bounds: that deoptimizes the walk). */
function codeAt(value: string, at: number): number {
  return at >= 0 && at < value.length ? value.charCodeAt(at) : -1
}
