// Whitespace as copies of web pages contain it: ASCII, NBSP, the Unicode spaces, line and paragraph separators.
const spaces = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g

// Anything `spaces` would change inside a string: whitespace other than a lone ASCII space.
const unusual = /[^\S ]| {2}|\u200b/

/** Collapse every run of whitespace to one space and trim the ends. */
export function normalizeWhitespace(value: string): string {
  // Most page text is already clean: checking is much cheaper than rewriting every space.
  return unusual.test(value) ? value.replace(spaces, ' ').trim() : value.trim()
}

/** A title reduced for comparison: NFKC, lower case, letters and digits only, single spaces. */
export function normalizeTitle(value: string): string {
  const ascii = asciiTitle(value)
  if (ascii !== undefined) return ascii
  return normalizeWhitespace(
    value
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' '),
  )
}

/**
 * `normalizeTitle` of an ASCII string in one pass, or `undefined` when `value` holds anything
 * else. On ASCII the general path's steps reduce to this: NFKC changes nothing, lower-casing
 * maps `A`–`Z` only, the letters and digits are `A-Za-z0-9`, and every other run becomes one
 * space, trimmed at the ends. Most titles are ASCII; this costs about half the general path.
 */
function asciiTitle(value: string): string | undefined {
  let out = ''
  // Where the current run of letters and digits started (-1: not in one).
  let runStart = -1
  for (let index = 0; index <= value.length; index++) {
    const code = index < value.length ? value.charCodeAt(index) : 32
    if (code >= 0x80) return undefined
    const word = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    if (word) {
      if (runStart === -1) runStart = index
    } else if (runStart !== -1) {
      // A space between runs, none before the first or after the last.
      out += (out === '' ? '' : ' ') + value.slice(runStart, index).toLowerCase()
      runStart = -1
    }
  }
  return out
}
