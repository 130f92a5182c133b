/** Character-level helpers for scanning JSON text without parsing it (spans of items, damaged documents). */

/** The index of the quote closing the string that opens at `open`, or -1 if it never closes. */
export function stringEnd(text: string, open: number): number {
  for (let index = open + 1; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x5c /* \ */) index++
    else if (code === 0x22) return index
  }
  return -1
}

/** The index of the first character at or after `from` that is not JSON whitespace. */
export function skipSpace(text: string, from: number): number {
  let index = from
  while (index < text.length && isSpace(text.charCodeAt(index))) index++
  return index
}

/** Whether `code` is JSON whitespace (space, LF, CR, tab). */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09
}
