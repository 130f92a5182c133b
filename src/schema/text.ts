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
  return normalizeWhitespace(
    value
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' '),
  )
}
