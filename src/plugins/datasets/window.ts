/**
 * The matcher's first filter over an all-ASCII text: which word starts could open a known
 * name, read from the six characters at each start, with no branch on the text (the tests it
 * replaced fell one way or the other at random with the words, and the processor guessed
 * wrong at a good share of them). About a quarter of the starts pass, to the word gate and
 * the walk in the trie.
 *
 * A walk from a start reads a key's units in order, with at most two separators between two
 * of them (`MS COCO`, `MS--COCO`). So the first {@link span} characters from a start, as the
 * walk reads them, are one of a finite set of windows: the set holds, for every key, each way
 * its first characters can be written with separators between them, and each shorter way that
 * already ends the key. A start passes when its window is in the set, or a prefix of it that
 * ends a key does, before a unit a name may end before. A hash set: it lets some starts
 * through that no key opens, never keeps one out that a key opens.
 */
import { isSeparatorCode, isSpaceCode, isWordCode } from './chars.js'

/** How many characters from a start the filter reads. */
const span = 6

/** The windows of the keys, one bit each by the top {@link slotBits} bits of their hash. */
export interface WindowGate {
  bits: Int32Array
  /** Per ASCII unit, the unit a window holds: a letter in lower case, every separator as a space, 0 for a unit no key holds. */
  codes: Uint8Array
}

// The set's bits: 2^20 (128 KB), about 70,000 windows for the bundled gazetteer.
const slotBits = 20
const fnvOffset = 0x811c9dc5
const fnvPrime = 0x01000193

// After a key's end, what may follow for a match: anything but a letter or digit, which only
// a version or a year may be (`SQuADv2`, `COCO2017`: a `v` or a year's `1` or `2`).
const endsBefore = new Uint8Array(256)
for (let code = 0; code < 256; code++)
  endsBefore[code] = !isWordCode(code) || code === 118 || code === 86 || code === 49 || code === 50 ? 1 : 0

/** The window gate of `keys` (folded, without separators, as the trie holds them). */
export function buildWindowGate(keys: Iterable<string>): WindowGate {
  const codes = new Uint8Array(256)
  for (let code = 0; code < 128; code++)
    if (isWordCode(code)) codes[code] = code >= 65 && code <= 90 ? code + 32 : code
    else if (isSeparatorCode(code) || isSpaceCode(code)) codes[code] = 32
  const list = [...keys]
  for (const key of list)
    for (let at = 0; at < key.length; at++) {
      const code = key.charCodeAt(at)
      if (code < 128 && codes[code] === 0) codes[code] = code
    }
  const bits = new Int32Array(1 << (slotBits - 5))
  const set = (hash: number) => {
    const slot = hash >>> (32 - slotBits)
    bits[slot >>> 5] = (bits[slot >>> 5] as number) | (1 << (slot & 31))
  }
  for (const key of list) {
    // Depth first over (units of the key read, characters of the window, separators in a row, hash).
    const stack: number[] = [0, 0, 0, fnvOffset]
    while (stack.length > 0) {
      const hash = stack.pop() as number
      const gap = stack.pop() as number
      const length = stack.pop() as number
      const read = stack.pop() as number
      if (read === key.length || length === span) {
        set(hash)
        continue
      }
      const code = key.charCodeAt(read)
      // A unit beyond ASCII: no all-ASCII text reads past it.
      if (code >= 128) continue
      stack.push(read + 1, length + 1, 0, Math.imul(hash ^ code, fnvPrime))
      if (gap < 2 && read > 0) stack.push(read, length + 1, gap + 1, Math.imul(hash ^ 32, fnvPrime))
    }
  }
  return { bits, codes }
}

/** Is the window hash `hash` in the set (0 or 1)? */
function has(bits: Int32Array, hash: number): number {
  const slot = hash >>> (32 - slotBits)
  return ((bits[slot >>> 5] as number) >>> (slot & 31)) & 1
}

// The starts that pass, reused between texts.
let kept = new Int32Array(1024)

/** The starts {@link windowStarts} kept, at the front (valid until its next call). */
export function keptStarts(): Int32Array {
  return kept
}

/**
 * How many of `starts` may open a walk that finds a key, in an all-ASCII text given as its
 * `bytes` (zero for {@link span} bytes past its end, which no window holds and before which a
 * key may end); they go to {@link keptStarts}, in order.
 */
export function windowStarts(bytes: Uint8Array, starts: readonly number[], gate: WindowGate): number {
  if (kept.length <= starts.length) kept = new Int32Array(starts.length * 2 + 1)
  const { bits, codes } = gate
  const out = kept
  let count = 0
  for (let at = 0; at < starts.length; at++) {
    const index = starts[at] as number
    out[count] = index
    // Unrolled for `span` = 6: each prefix that ends a key counts only before what a name may end before.
    let next = bytes[index] as number
    let hash = Math.imul(fnvOffset ^ (codes[next] as number), fnvPrime)
    next = bytes[index + 1] as number
    let pass = has(bits, hash) & (endsBefore[next] as number)
    hash = Math.imul(hash ^ (codes[next] as number), fnvPrime)
    next = bytes[index + 2] as number
    pass |= has(bits, hash) & (endsBefore[next] as number)
    hash = Math.imul(hash ^ (codes[next] as number), fnvPrime)
    next = bytes[index + 3] as number
    pass |= has(bits, hash) & (endsBefore[next] as number)
    hash = Math.imul(hash ^ (codes[next] as number), fnvPrime)
    next = bytes[index + 4] as number
    pass |= has(bits, hash) & (endsBefore[next] as number)
    hash = Math.imul(hash ^ (codes[next] as number), fnvPrime)
    next = bytes[index + 5] as number
    pass |= has(bits, hash) & (endsBefore[next] as number)
    hash = Math.imul(hash ^ (codes[next] as number), fnvPrime)
    count += pass | has(bits, hash)
  }
  return count
}
