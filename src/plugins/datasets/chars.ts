/**
 * Character classes for dataset names. A name's *key* is the name with separators
 * removed and letters folded to lower case, so `MS COCO`, `MS-COCO` and `MSCOCO`
 * share the key `mscoco`, and `ImageNet-1K` / `ImageNet 1k` share `imagenet1k`.
 */

const nonAsciiWord = /[\p{L}\p{N}\p{M}]/u

/** A letter or digit (the characters words are made of). */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122)
  return nonAsciiWord.test(String.fromCharCode(code))
}

/** Characters a name may be spelled with or without: spaces, hyphens, underscores, dots, apostrophes. */
export function isSeparatorCode(code: number): boolean {
  return (
    code === 32 || // space
    code === 45 || // -
    code === 95 || // _
    code === 46 || // .
    code === 39 || // '
    code === 0x2010 || // ‐ hyphen
    code === 0x2011 || // non-breaking hyphen
    code === 0x2019 || // ’
    code === 0xa0
  )
}

/** Lower-case one UTF-16 unit, keeping units whose lower case is not one unit (so offsets stay aligned). */
export function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
  const lower = String.fromCharCode(code).toLowerCase()
  return lower.length === 1 ? lower.charCodeAt(0) : code
}

// The units `isSeparatorCode` and `isSpaceCode` accept, as one class: removing them is one native replace.
const separators = /[ \-_.'\u2010\u2011\u2019\u00a0\t\n\r\u2000-\u200b]/g
// Printable ASCII: `toLowerCase` of the whole string folds it exactly as unit by unit does.
const printable = /^[ -~]*$/

/** The name without separators, case kept: compared for case-sensitive names. */
export function squash(name: string): string {
  return name.replace(separators, '')
}

/** The matching key: {@link squash}ed and case-folded. */
export function keyOf(name: string): string {
  // Letters and digits only (most names): nothing to squash, and ASCII folds as a whole.
  if (isPlainAscii(name)) return name.toLowerCase()
  const squashed = squash(name)
  // Beyond ASCII `toLowerCase` may change the length (`İ`) or look at neighbours (`Σ`), so fold unit by unit.
  if (printable.test(squashed)) return squashed.toLowerCase()
  let out = ''
  for (let index = 0; index < squashed.length; index++) out += String.fromCharCode(foldCode(squashed.charCodeAt(index)))
  return out
}

/** Only ASCII letters and digits. */
function isPlainAscii(name: string): boolean {
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index)
    if (code > 122 || code < 48 || (code > 57 && code < 65) || (code > 90 && code < 97)) return false
  }
  return true
}

/** Whitespace of any kind (tab, newline, NBSP, the Unicode spaces). */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b)
}

/** An upper-case letter. */
export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90
  const char = String.fromCharCode(code)
  return char.toLowerCase() !== char
}

/** A character that continues a name on either side: a letter, a digit, `-`, `+`, `*`, `_`. */
export function isNameCode(code: number): boolean {
  return isWordCode(code) || code === 45 || code === 43 || code === 42 || code === 95
}
