/**
 * A fresh copy of an all-ASCII abstract, and its units as bytes. Readers hand the plugin
 * slices of the page they parsed, and a page with one character beyond Latin-1 is stored two
 * bytes a unit: every pass, regex and search over such a slice runs slower (about a tenth of
 * the plugin's time over the fixture abstracts) than over a flat one-byte string, which costs
 * less to make. The hot loops read the bytes instead of the string: a `charCodeAt` costs
 * several times a typed array's read, since it must first ask how the string is stored.
 */

const encoder = new TextEncoder()
const decoder = new TextDecoder()
/** Zero bytes after a text's units, so a loop may read this far past its end without a test. */
export const padding = 8
// Reused between abstracts; grown when one is longer.
let bytes = new Uint8Array(4096)
// The text whose units `bytes` holds (all ASCII), if any.
let held: string | undefined

/** `text` as a flat one-byte string, the same units, when it is all ASCII; else `text` itself. */
export function flatAscii(text: string): string {
  if (!encode(text)) return text
  held = decoder.decode(bytes.subarray(0, text.length))
  return held
}

/**
 * The units of `text` as bytes when it is all ASCII (then {@link padding} zero bytes follow
 * them), else `undefined`. The array is shared: it holds `text` only until the next call here
 * or to {@link flatAscii}.
 */
export function asciiBytes(text: string): Uint8Array | undefined {
  if (text === held) return bytes
  if (!encode(text)) return undefined
  held = text
  return bytes
}

/** Put `text` into `bytes`, padded; false (and `bytes` holding nothing) when it is not all ASCII. */
function encode(text: string): boolean {
  const length = text.length
  if (bytes.length < length + padding) bytes = new Uint8Array(length * 2 + padding)
  held = undefined
  // Into exactly `length` bytes: a unit beyond ASCII takes two or more, so not all of the text is read.
  const { read, written } = encoder.encodeInto(text, bytes.subarray(0, length))
  if (read !== length || written !== length) return false
  bytes.fill(0, length, length + padding)
  return true
}
