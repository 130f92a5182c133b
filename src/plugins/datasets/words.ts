/**
 * The one pass over an abstract's characters. Known names, capitalised names and cue
 * words all start where a word starts, so the matcher and every anchored pattern look
 * only at the offsets found here instead of each walking the whole text again.
 */
import { isUpperCode, isWordCode } from './chars.js'
import { asciiBytes } from './flat.js'

// For each three-character head, a bit per keyword set with a word that opens so (bit i for
// the i-th `keywords()`). Characters are folded by `| 0x20 & 31`: other characters share a
// letter's slot, which lets more starts through to the regex, never fewer. `firstBits` holds
// the same bits by first letter alone, a quicker test that most words fail.
const headBits = new Uint8Array(1 << 15)
const firstBits = new Uint8Array(128)
let sets = 0

/** The {@link headBits} slot of the three characters at `index`. */
function slotAt(text: string, index: number): number {
  const first = (text.charCodeAt(index) | 0x20) & 31
  const second = (text.charCodeAt(index + 1) | 0x20) & 31
  return (first << 10) | (second << 5) | ((text.charCodeAt(index + 2) | 0x20) & 31)
}

/** {@link slotAt} over the bytes of an all-ASCII text (zero past its end, as `NaN | 0x20` folds to the same slot). */
function slotOfBytes(bytes: Uint8Array, index: number): number {
  const first = ((bytes[index] as number) | 0x20) & 31
  const second = ((bytes[index + 1] as number) | 0x20) & 31
  return (first << 10) | (second << 5) | (((bytes[index + 2] as number) | 0x20) & 31)
}

/** A keyword alternation, and where in {@link Words} its matches may start. */
export interface Keywords {
  /** `\b(?:…)`: each word with its first letter in either case (`[Ee]xperiments?`); a capitalised word (`SOTA`) as written. */
  pattern: string
  /** Which of {@link Words.opening} holds the starts that open one of its words. */
  index: number
}

/**
 * {@link Keywords} over `words`, each opening with three characters written out, two letters
 * first (`experiments?`, `fine-?tun`, `on `). At most 8 sets (the bits of a byte); they are
 * made once, at module load.
 */
export function keywords(words: readonly string[]): Keywords {
  if (sets === 8) throw new Error('At most 8 keyword sets: widen `headBits` for more.')
  const unfit = words.find((word) => !/^[A-Za-z]{2}[A-Za-z ]/.test(word))
  if (unfit !== undefined) throw new Error(`Keyword \`${unfit}\` must open with two letters and a letter or space.`)
  const bit = 1 << sets
  for (const word of words) {
    headBits[slotAt(word, 0)] = (headBits[slotAt(word, 0)] as number) | bit
    for (const first of [word.charCodeAt(0) | 0x20, word.charCodeAt(0) & ~0x20])
      firstBits[first] = (firstBits[first] as number) | bit
  }
  const alternatives = words.map((word) => {
    const first = word.charAt(0)
    return first === first.toUpperCase() ? word : `[${first.toUpperCase()}${first}]${word.slice(1)}`
  })
  return { pattern: String.raw`\b(?:${alternatives.join('|')})`, index: sets++ }
}

/** Where the words of a text start, found in one pass and sorted by how they open. */
export interface Words {
  /**
   * Offsets where a word may start, ascending: a letter, digit or capital whose previous
   * character is not an ASCII letter or digit. This holds every start each reader looks
   * for (a matcher word, a capitalised name, a regex `\b` before a letter or digit); each
   * reader still checks its own rule at the offsets it takes.
   */
  starts: number[]
  /** Starts of capitalised words that may open a name (not inside `ES-ImageNet` or `x.Y`). */
  names: number[]
  /** Starts of numbers. */
  numbers: number[]
  /** Per keyword set ({@link Keywords.index}), the starts whose first three letters open one of its words. */
  opening: number[][]
  /** The text is all ASCII (so patterns may run as their ASCII twins). */
  ascii: boolean
}

// Per UTF-16 unit, for the one pass: 1 an ASCII letter or digit, 2 anything beyond ASCII (judged later), 0 the rest.
const passKinds = new Uint8Array(0x10000).fill(2, 128)
for (let code = 0; code < 128; code++) if (isWordCode(code)) passKinds[code] = 1
// The same for the bytes of an all-ASCII text: 1 a letter or digit.
const byteKinds = passKinds.slice(0, 256).fill(0, 128)
// Characters that join a capital to the word before it: `ES-ImageNet`, `x.Y`, `a/B` (1 in an ASCII table, and `’`).
const joinsName = new Uint8Array(128)
for (const char of "-.+*/_'") joinsName[char.charCodeAt(0)] = 1
// Where words may start, as the pass finds them; reused by every read (a plain array grows without a call).
const candidates: number[] = []

/** Read `text` once for its {@link Words}. */
export function readWords(text: string): Words {
  const bytes = asciiBytes(text)
  if (bytes) {
    const count = findAsciiStarts(bytes, text.length)
    // Every candidate is a start: copied at once, not pushed one by one.
    const words: Words = { starts: candidates.slice(0, count), names: [], numbers: [], opening: [], ascii: true }
    for (let at = 0; at < count; at++) sortAscii(bytes, candidates[at] as number, words)
    return words
  }
  const count = findCandidates(text)
  const words: Words = { starts: [], names: [], numbers: [], opening: [], ascii: false }
  for (let at = 0; at < count; at++) sortStart(text, candidates[at] as number, words)
  return words
}

/** {@link findCandidates} over the bytes of an all-ASCII text: every candidate is a letter or digit after neither. */
function findAsciiStarts(bytes: Uint8Array, length: number): number {
  let count = 0
  let afterAlphanumeric = 0
  for (let index = 0; index < length; index++) {
    const kind = byteKinds[bytes[index] as number] as number
    candidates[count] = index
    count += kind & (afterAlphanumeric ^ 1)
    afterAlphanumeric = kind
  }
  return count
}

/** Put the offsets where a word may start into `candidates`; how many. */
function findCandidates(text: string): number {
  // Branch-free on purpose: words start every few characters, too often for branch prediction to guess.
  let count = 0
  let afterAlphanumeric = 0
  for (let index = 0; index < text.length; index++) {
    const kind = passKinds[text.charCodeAt(index)] as number
    candidates[count] = index
    count += (kind | (kind >> 1)) & 1 & (afterAlphanumeric ^ 1)
    afterAlphanumeric = kind & 1
  }
  return count
}

/** {@link sortStart} over the bytes of an all-ASCII text, where the start is already kept: a letter or digit after neither. */
function sortAscii(bytes: Uint8Array, index: number, words: Words): void {
  const code = bytes[index] as number
  if (code <= 57) words.numbers.push(index)
  else if (code <= 90 && (index === 0 || joinsName[bytes[index - 1] as number] === 0)) words.names.push(index)
  if (firstBits[code] !== 0) keywordBits(headBits[slotOfBytes(bytes, index)] as number, index, words)
}

/** Keep the start at `index` in each list it belongs to (beyond ASCII, only if a letter, digit or capital is there). */
function sortStart(text: string, index: number, words: Words): void {
  const code = text.charCodeAt(index)
  if (code >= 128) {
    if (!isWordCode(code) && !isUpperCode(code)) return
    words.starts.push(index)
    if (isUpperCode(code)) nameAt(text, index, words)
    return
  }
  words.starts.push(index)
  if (code <= 57) words.numbers.push(index)
  else if (code <= 90) nameAt(text, index, words)
  if (firstBits[code] !== 0) keywordAt(text, index, words)
}

/** Keep the capital at `index` as a name start unless it is joined to the word before it. */
function nameAt(text: string, index: number, words: Words): void {
  const before = index > 0 ? text.charCodeAt(index - 1) : 32
  const joins = before < 128 ? joinsName[before] === 1 : before === 0x2019
  if (!isWordCode(before) && !joins) words.names.push(index)
}

/** Keep `index` with each keyword set whose words may open there. */
function keywordAt(text: string, index: number, words: Words): void {
  keywordBits(headBits[slotAt(text, index)] as number, index, words)
}

/** Keep `index` with each keyword set of `sets` (a bit each). */
function keywordBits(sets: number, index: number, words: Words): void {
  // One set per bit that is on, lowest first.
  for (let bits = sets; bits !== 0; bits &= bits - 1) {
    const set = 31 - Math.clz32(bits & -bits)
    const opening = words.opening[set]
    if (opening) opening.push(index)
    else words.opening[set] = [index]
  }
}

/**
 * The matches of sticky `regex` at offsets in `starts`, as a global search from 0 would find
 * them — provided every place it can match is in `starts`. After a match, the search goes on
 * past it, not inside it. (An array, not a generator: cheaper, and most lists are short.)
 */
export function matchesAt(text: string, regex: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  let until = 0
  for (let at = 0; at < starts.length; at++) {
    const start = starts[at] as number
    if (start < until) continue
    regex.lastIndex = start
    const match = regex.exec(text)
    if (!match) continue
    until = start + match[0].length
    matches.push(match)
  }
  return matches
}
