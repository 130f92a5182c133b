// Whitespace as copies of web pages contain it: ASCII, NBSP, the Unicode spaces, line and
// paragraph separators (all in `\s`), and the zero-width space (not in `\s`).
// The runs a collapse changes: two or more whitespace characters, or one that is not a plain
// space. A lone space (most of them) is left alone, so it costs no match and no replacement;
// replacing only these gives what replacing every run with one space gives.
const changed = /[\s\u200b]{2,}|[^\S ]|\u200b/g

// Anything `changed` would match: whitespace other than a lone ASCII space.
const unusual = /[^\S ]| {2}|\u200b/

/** Collapse every run of whitespace to one space and trim the ends. */
export function normalizeWhitespace(value: string): string {
  return collapseWhitespace(value).trim()
}

/** Collapse every run of whitespace to one space, ends kept (`normalizeWhitespace` without the trim). */
export function collapseWhitespace(value: string): string {
  // Most page text is already clean: checking is much cheaper than rewriting every space.
  return unusual.test(value) ? value.replace(changed, ' ') : value
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
