import { eastAsianWidth } from 'get-east-asian-width'

// Combining marks: no column of their own.
const mark = /^\p{M}$/u

/** Columns one code point takes in a terminal: 2 for East Asian wide and fullwidth ones (CJK, most emoji), 0 for marks. */
function columnsOf(character: string): number {
  const code = character.codePointAt(0) ?? 0
  // Zero-width space and joiners, word joiner, variation selectors.
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || (code >= 0xfe00 && code <= 0xfe0f)) return 0
  return mark.test(character) ? 0 : eastAsianWidth(code)
}

/** Columns `text` takes in a terminal (Unicode East Asian Width, UAX #11; ambiguous ones as narrow). */
export function displayWidth(text: string): number {
  let width = 0
  // ASCII is the common case: one column per character.
  for (const character of text) width += character.charCodeAt(0) < 0x7f ? 1 : columnsOf(character)
  return width
}

/** `text` cut to at most `size` columns, with `…` when it was cut. */
export function truncate(text: string, size: number): string {
  if (displayWidth(text) <= size) return text
  let kept = ''
  let width = 0
  for (const character of text) {
    const next = character.charCodeAt(0) < 0x7f ? 1 : columnsOf(character)
    if (width + next > size - 1) break
    kept += character
    width += next
  }
  return `${kept}…`
}

/** `text` padded with spaces to `size` columns, at the end or (`start`) at the start. */
export function pad(text: string, size: number, start = false): string {
  const fill = ' '.repeat(Math.max(0, size - displayWidth(text)))
  return start ? fill + text : text + fill
}
