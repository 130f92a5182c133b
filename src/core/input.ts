import { VFile } from 'vfile'
import { cutToBytes } from './budgets.js'
import { report } from './messages.js'

/** What `parse` accepts: text, UTF-8 bytes, or a vfile (whose `path` then names the input in messages). */
export type Input = string | Uint8Array | VFile

const utf8 = new TextDecoder('utf-8') // replaces invalid bytes with U+FFFD and strips a BOM

/**
 * Turn any input into a vfile holding a string, BOM removed. Bytes are UTF-8 unless they start
 * with a UTF-16 byte order mark, or look like UTF-16 text without one (every other byte NUL).
 */
export function toFile(input: Input): VFile {
  const file = input instanceof VFile ? input : new VFile(typeof input === 'string' ? { value: input } : undefined)
  const value = typeof input === 'string' ? input : input instanceof VFile ? input.value : input
  const text = typeof value === 'string' ? value : value === undefined ? '' : decode(value)
  file.value = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return file
}

function decode(bytes: Uint8Array): string {
  const encoding = utf16Of(bytes)
  return encoding ? new TextDecoder(encoding).decode(bytes) : utf8.decode(bytes)
}

/** `utf-16le` or `utf-16be` when `bytes` are UTF-16: a byte order mark, or NULs in every other byte. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  // Without a mark: mostly-ASCII text in UTF-16 has a NUL in every high byte and none in the low ones.
  const pairs = Math.min(256, bytes.length >> 1)
  if (pairs < 8) return undefined
  let evenNul = 0
  let oddNul = 0
  for (let index = 0; index < pairs * 2; index += 2) {
    if (bytes[index] === 0) evenNul++
    if (bytes[index + 1] === 0) oddNul++
  }
  if (oddNul >= pairs * 0.9 && evenNul === 0) return 'utf-16le'
  if (evenNul >= pairs * 0.9 && oddNul === 0) return 'utf-16be'
  return undefined
}

/**
 * Cut the file's text to `maxBytes` bytes of UTF-8, with a `core:budget` warning at the cut: the
 * readers then read what is before it, as they read a truncated download.
 */
export function limitInput(file: VFile, maxBytes: number): void {
  const text = String(file.value)
  const cut = cutToBytes(text, maxBytes)
  if (cut === undefined) return
  file.value = cut
  report(
    file,
    'warning',
    `Unexpected input of more than \`maxInputBytes\` (${maxBytes} bytes), expected less; it was cut there and only what is before the cut was read`,
    'core:budget',
    endOf(cut),
  )
}

/** A position spanning the end of `text` (the place of a cut). */
function endOf(text: string): {
  start: { line: number; column: number; offset: number }
  end: { line: number; column: number; offset: number }
} {
  let line = 1
  let lineStart = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    line++
    lineStart = at + 1
  }
  const point = { line, column: text.length - lineStart + 1, offset: text.length }
  return { start: point, end: point }
}

/**
 * Whether the text is binary data rather than a document: a known binary signature, or over 5%
 * NULs, control characters and undecodable bytes in the first 8 KiB. A few stray NULs do not
 * make a document binary: `cleanText` replaces them.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192)
  if (sample.length === 0) return false
  if (signatures.some((signature) => sample.startsWith(signature))) return true
  // A native regex scan: several times cheaper than a charCodeAt loop on large inputs.
  const odd = sample.match(oddCharacters)?.length ?? 0
  return odd / sample.length > 0.05
}

// How PDF, PNG, gzip, zip and other containers start, as UTF-8 decoding leaves them.
const signatures = ['%PDF-', '\ufffdPNG', '\u001f\ufffd', 'PK\u0003\u0004', '\u0000\u0000\u0000']

// NUL, control characters other than tab, LF, FF and CR, and the replacement character of undecodable bytes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const oddCharacters = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g

// What `cleanText` replaces: C0 controls other than tab, LF, FF and CR, and DEL and the C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const stray = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g

/**
 * Replace stray NULs and control characters in the file's text with U+FFFD (same length, so
 * every position stays right), with one warning at the first: one bad byte then costs the spot
 * it is in, not the document, and no terminal escape sequence reaches a record. Returns the text.
 */
export function cleanText(file: VFile): string {
  const text = String(file.value)
  stray.lastIndex = 0
  const first = stray.exec(text)
  if (!first) return text
  let count = 0
  const cleaned = text.replace(stray, () => {
    count++
    return '\ufffd'
  })
  file.value = cleaned
  const before = text.slice(0, first.index)
  const line = before.split('\n').length
  const column = first.index - before.lastIndexOf('\n')
  const point = { line, column, offset: first.index }
  report(
    file,
    'warning',
    `Unexpected ${count} control character${count === 1 ? '' : 's'} (first U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}), expected text; replaced with U+FFFD`,
    'core:control-characters',
    { start: point, end: { ...point, column: column + 1, offset: first.index + 1 } },
  )
  return cleaned
}
