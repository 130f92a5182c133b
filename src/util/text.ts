// The record id depends on these, so they live with the schema (which imports nothing else).
export { collapseWhitespace, normalizeTitle, normalizeWhitespace } from '../schema/text.js'

import { normalizeWhitespace } from '../schema/text.js'

/** A value short enough to quote in a message: whitespace collapsed, at most 60 characters. */
export function clip(text: string): string {
  const line = normalizeWhitespace(text)
  return line.length > 60 ? `${line.slice(0, 57)}…` : line
}

/** Whether `code` is whitespace as `String.prototype.trim` and `\s` read it. */
export function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13) || code === 160) return true
  if (code < 0x1680) return false
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** A line that is blank: whitespace only, NBSP and the other Unicode spaces (zero-width included). */
export const blankLine = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*$/

/**
 * Where `char` next occurs in `text` at or after `from`, or `to` when it does not before `to`:
 * line scanners keep the next LF and CR found by `indexOf` (native, many times cheaper than a
 * character loop) and look again only once past them.
 */
export function indexBefore(text: string, char: string, from: number, to = text.length): number {
  const at = text.indexOf(char, from)
  return at === -1 || at > to ? to : at
}

/** An ASCII letter. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

/**
 * A string that does not share another's buffer. V8 copies a slice of fewer than 13 characters
 * but lets a longer one point into its parent, which keeps the whole parent alive for as long as
 * the slice is: a title, an attribute value or a memo key cut from a page would keep the page. A
 * concatenation is flattened into a buffer of its own when it is sliced.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

/** The index of `text`'s first character that is not whitespace ({@link isSpaceCode}), `-1` when there is none. */
export function firstNonBlank(text: string): number {
  for (let index = 0; index < text.length; index++) if (!isSpaceCode(text.charCodeAt(index))) return index
  return -1
}
