/**
 * The scan's name count without the name pattern: the same matches as `namePattern` (scan.ts),
 * found from the spaces of the text. Every match is a capitalised word (no letter before it), a
 * space and a capital, so only a space followed by a capital can end a match's first word: the
 * walk jumps from space to space (`indexOf`), reads the word before such a space back to its
 * capital, and the words after it forward. The pattern's Unicode classes are read from a table of
 * UTF-16 code units, each filled the first time it is met by asking the pattern's own classes
 * (`\p{Lu}`, `\p{Ll}`, `\p{L}`, `\p{M}`), so the walk classifies every character as the pattern
 * does; at a surrogate (a character outside the BMP, one code point in two code units) the rest
 * of the text is left to the pattern itself. (The pattern, and a walk over every character before
 * this one, read prose character by character; the pattern is slow on non-ASCII text.)
 */

/** What {@link more} says when it would have to read a surrogate. */
const wide = -2

// Class bits per code unit (0: not looked up yet).
const known = 1
const upper = 2
const lower = 4
const letter = 8
const mark = 16
const classes = new Uint8Array(0x10000)
const rightQuote = 0x2019

function classOf(code: number): number {
  const bits = classes[code] as number
  return bits !== 0 ? bits : learn(code)
}

function learn(code: number): number {
  let bits = known
  // (A surrogate is none of these; the walk hands it to the pattern, see `isSurrogate`.)
  if (!isSurrogate(code)) {
    const character = String.fromCharCode(code)
    if (/\p{Lu}/u.test(character)) bits |= upper
    if (/\p{Ll}/u.test(character)) bits |= lower
    if (/\p{L}/u.test(character)) bits |= letter
    if (/\p{M}/u.test(character)) bits |= mark
  }
  classes[code] = bits
  return bits
}
for (let code = 0; code < 128; code++) learn(code)

/** Whether a code unit is `\p{Lu}` (ASCII inline: most are). */
function isUpper(code: number): boolean {
  return code < 128 ? code >= 65 && code <= 90 : (classOf(code) & upper) !== 0
}

/** Whether `[\p{L}\p{M}]` holds a code unit; `-1` (outside the text) is none. */
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return (classOf(code) & (letter | mark)) !== 0
}

/** `[\p{Ll}\p{M}’]` beyond ASCII (the words' own characters; ASCII ones are tested inline). */
function isWideWordPart(code: number): boolean {
  return code === rightQuote || (classOf(code) & (lower | mark)) !== 0
}

/** Whether the code unit is half of a surrogate pair (read by the pattern, not here). */
function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

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
    if (capital >= 128 && isSurrogate(capital))
      return byPattern(value, Math.max(at, wordStart(value, space)), names, cap, pattern)
    if (!isUpper(capital)) {
      space = value.indexOf(' ', space + 1)
      continue
    }
    // The first word, back from the space: `\p{Lu}[\p{Ll}\p{M}'’-]*\.?` has one start for a given
    // end (a period only last, no space in it).
    let start = space - 1
    if (codeAt(value, start) === 46) start--
    let code = codeAt(value, start)
    while ((code >= 97 && code <= 122) || code === 39 || code === 45 || (code >= 128 && isWideWordPart(code)))
      code = codeAt(value, --start)
    if (code >= 128 && isSurrogate(code))
      return byPattern(value, Math.max(at, wordStart(value, space)), names, cap, pattern)
    // (No capital there, or one before where the search stands: no match starts in this word.)
    if (code < 0 || !isUpper(code) || start < at) {
      space = value.indexOf(' ', space + 1)
      continue
    }
    // `(?<![\p{L}\p{M}]\p{Lu})`: no letter before the capital.
    const before = codeAt(value, start - 1)
    if (before >= 128 && isSurrogate(before)) return byPattern(value, start, names, cap, pattern)
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
    if (isSurrogate(capital)) return wide
    if (isUpper(capital)) {
      let end = at + 2
      let code = codeAt(value, end)
      while (
        (code >= 97 && code <= 122) ||
        code === 39 ||
        code === 46 ||
        code === 45 ||
        (code >= 128 && isWideWordPart(code))
      )
        code = codeAt(value, ++end)
      // Longest first: another word after this one, or the end after it.
      const found = more(value, end, done + 1)
      if (found !== -1) return found
      // Shorter: the next character is one of the word's own (`[\p{Ll}\p{M}'’.-]`), so no word
      // follows; the match ends there when that character is no letter or mark.
      for (let cut = end - 1; cut >= at + 2; cut--) if (!isLetter(value.charCodeAt(cut))) return cut
    }
  }
  if (done === 0) return -1
  const next = codeAt(value, at)
  if (isSurrogate(next)) return wide
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
