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
 * When the only references are the few JSON is escaped with, the code units are copied into a
 * buffer a block at a time, decoded, and the pieces joined into one flat string. entities' decoder (and any `replace`) builds
 * the result from pieces, and on a value with a `&quot;` every few characters the pieces were
 * 6× the page until `JSON.parse` flattened them (a 20 MB page grew by 160 MB over the parse).
 * Anything else, and values under `large` characters (a real page's ~100 KB: there the pieces
 * are a few MB for a moment, and entities is faster, 0.8 ms against 1.3 ms with `JSON.parse`
 * on a 130 KB value), goes to that decoder. `block`: code units decoded at a time.
 */
export function decodeProps(raw: string, large = 1 << 20, block = 1 << 16): string {
  if (!raw.includes('&')) return raw
  if (raw.length < large || other.test(raw) || !wellFormed(raw)) return decodeHTMLAttribute(raw)
  // Decoded a block at a time into pieces, then joined into one flat string: a buffer of the
  // whole value (2 bytes a character) and the decoder's string of it (2 bytes again, outside
  // the heap) were 4× the value at once; pieces of Latin-1 text are one byte a character.
  const pieces: string[] = []
  const units = new Uint16Array(Math.min(block, raw.length))
  let length = 0
  const copy = (from: number, to: number) => {
    for (let index = from; index < to; ) {
      const end = Math.min(to, index + units.length - length)
      for (; index < end; index++) units[length++] = raw.charCodeAt(index)
      if (length === units.length) {
        // `stream`: a surrogate pair cut by the block's end is completed by the next block.
        pieces.push(utf16.decode(units, { stream: true }))
        length = 0
      }
    }
  }
  let from = 0
  for (let at = raw.indexOf('&'); at !== -1; at = raw.indexOf('&', from)) {
    copy(from, at)
    // `other` found none but these, so one of them starts here.
    const [reference, unit] = references.find(([name]) => raw.startsWith(name, at)) as readonly [string, number]
    if (length === units.length) {
      pieces.push(utf16.decode(units, { stream: true }))
      length = 0
    }
    units[length++] = unit
    from = at + reference.length
  }
  copy(from, raw.length)
  pieces.push(utf16.decode(units.subarray(0, length)))
  return pieces.join('')
}

function wellFormed(text: string): boolean {
  const check = (text as { isWellFormed?: () => boolean }).isWellFormed
  return check ? check.call(text) : !lone.test(text)
}
