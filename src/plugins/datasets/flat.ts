/**
 * A fresh copy of an all-ASCII abstract. Readers hand the plugin slices of the page they
 * parsed, and a page with one character beyond Latin-1 is stored two bytes a unit: every
 * pass, regex and search over such a slice runs slower (about a tenth of the plugin's time
 * over the fixture abstracts) than over a flat one-byte string, which costs less to make.
 */

const encoder = new TextEncoder()
const decoder = new TextDecoder()
// Reused between abstracts; grown when one is longer.
let bytes = new Uint8Array(4096)

/** `text` as a flat one-byte string, the same units, when it is all ASCII; else `text` itself. */
export function flatAscii(text: string): string {
  const length = text.length
  if (bytes.length < length) bytes = new Uint8Array(length * 2)
  // Into exactly `length` bytes: a unit beyond ASCII takes two or more, so not all of the text is read.
  const { read, written } = encoder.encodeInto(text, bytes.subarray(0, length))
  if (read !== length || written !== length) return text
  return decoder.decode(bytes.subarray(0, length))
}
