import { VFile } from 'vfile'

/** What `parse` accepts: text, UTF-8 bytes, or a vfile (whose `path` then names the input in messages). */
export type Input = string | Uint8Array | VFile

const decoder = new TextDecoder('utf-8') // replaces invalid bytes with U+FFFD and strips a BOM

/** Turn any input into a vfile holding a string, BOM removed. */
export function toFile(input: Input): VFile {
  const file = input instanceof VFile ? input : new VFile(typeof input === 'string' ? { value: input } : undefined)
  const value = typeof input === 'string' ? input : input instanceof VFile ? input.value : input
  const text = typeof value === 'string' ? value : value === undefined ? '' : decoder.decode(value)
  file.value = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return file
}

/**
 * Whether the text looks like binary data rather than a document: NUL bytes, many
 * control characters or many undecodable bytes in the first 8 KiB.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192)
  if (sample.length === 0) return false
  if (sample.includes('\u0000')) return true
  // A native regex scan: several times cheaper than a charCodeAt loop on large inputs.
  const odd = sample.match(oddCharacters)?.length ?? 0
  return odd / sample.length > 0.05
}

// Control characters other than tab, LF, FF and CR, and the replacement character of undecodable bytes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const oddCharacters = /[\u0001-\u0008\u000b\u000e-\u001f\ufffd]/g
