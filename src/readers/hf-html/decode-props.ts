import { decodeHTMLAttribute } from 'entities'

// A reference that is not one of those JSON is escaped with (a named or numeric one, or a bare `&`).
const other = /&(?!(?:quot|amp|lt|gt|apos|#39|#x27);)/
// Those references and the code unit each stands for, the most frequent first.
const references: ReadonlyArray<readonly [string, number]> = [
  ['&quot;', 0x22],
  ['&amp;', 0x26],
  ['&lt;', 0x3c],
  ['&gt;', 0x3e],
  ['&#39;', 0x27],
  ['&apos;', 0x27],
  ['&#x27;', 0x27],
]
// Keeps a leading U+FEFF (a value's, not a byte order mark).
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true })
// An unpaired surrogate, which the decoder would turn into U+FFFD (for engines without `isWellFormed`).
const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * A `data-props` value with its character references decoded, as parse5 decodes an attribute.
 * When the only references are the few JSON is escaped with, the code units are copied into
 * one buffer and decoded into one flat string. entities' decoder (and any `replace`) builds
 * the result from pieces, and on a value with a `&quot;` every few characters the pieces were
 * 6× the page until `JSON.parse` flattened them (a 20 MB page grew by 160 MB over the parse).
 * Anything else, and values under `large` characters (a real page's ~100 KB: there the pieces
 * are a few MB for a moment, and entities is faster, 0.8 ms against 1.3 ms with `JSON.parse`
 * on a 130 KB value), goes to that decoder.
 */
export function decodeProps(raw: string, large = 1 << 20): string {
  if (!raw.includes('&')) return raw
  if (raw.length < large || other.test(raw) || !wellFormed(raw)) return decodeHTMLAttribute(raw)
  const units = new Uint16Array(raw.length)
  let length = 0
  let from = 0
  for (let at = raw.indexOf('&'); at !== -1; at = raw.indexOf('&', from)) {
    for (let index = from; index < at; index++) units[length++] = raw.charCodeAt(index)
    // `other` found none but these, so one of them starts here.
    const [reference, unit] = references.find(([name]) => raw.startsWith(name, at)) as readonly [string, number]
    units[length++] = unit
    from = at + reference.length
  }
  for (let index = from; index < raw.length; index++) units[length++] = raw.charCodeAt(index)
  return utf16.decode(units.subarray(0, length))
}

function wellFormed(text: string): boolean {
  const check = (text as { isWellFormed?: () => boolean }).isWellFormed
  return check ? check.call(text) : !lone.test(text)
}
