/**
 * The one pass over an abstract's characters. Known names, capitalised names and cue
 * words all start where a word starts, so the matcher and every anchored pattern look
 * only at the offsets found here instead of each walking the whole text again.
 */
import { isDigitCode, isUpperCode, isWordCode } from './chars.js'

// For each three-character head, a bit per keyword set with a word that opens so (bit i for
// the i-th `keywords()`). Characters are folded by `| 0x20 & 31`: other characters share a
// letter's slot, which lets more starts through to the regex, never fewer.
const headBits = new Uint8Array(1 << 15)
let nextBit = 1

/** The {@link headBits} slot of the three characters at `index`. */
function slotAt(text: string, index: number): number {
  const first = (text.charCodeAt(index) | 0x20) & 31
  const second = (text.charCodeAt(index + 1) | 0x20) & 31
  return (first << 10) | (second << 5) | ((text.charCodeAt(index + 2) | 0x20) & 31)
}

/** A keyword alternation, and a cheap test for where it may match. */
export interface Keywords {
  /** `\b(?:…)`: each word with its first letter in either case (`[Ee]xperiments?`); a capitalised word (`SOTA`) as written. */
  pattern: string
  /** This set's bit in the head table. */
  bit: number
}

/**
 * {@link Keywords} over `words`, each opening with three letters written out (`experiments?`,
 * `fine-?tun`). At most 8 sets (the bits of a byte); they are made once, at module load.
 */
export function keywords(words: readonly string[]): Keywords {
  if (nextBit > 0x80) throw new Error('At most 8 keyword sets: widen `headBits` for more.')
  const unfit = words.find((word) => !/^[A-Za-z]{3}/.test(word))
  if (unfit !== undefined) throw new Error(`Keyword \`${unfit}\` must open with three letters.`)
  const bit = nextBit
  nextBit <<= 1
  for (const word of words) headBits[slotAt(word, 0)] = (headBits[slotAt(word, 0)] as number) | bit
  const alternatives = words.map((word) => {
    const first = word.charAt(0)
    return first === first.toUpperCase() ? word : `[${first.toUpperCase()}${first}]${word.slice(1)}`
  })
  return { pattern: String.raw`\b(?:${alternatives.join('|')})`, bit }
}

/** Where the words of a text start, found in one pass and sorted by how they open. */
export class Words {
  /**
   * Offsets where a word may start, ascending: a letter, digit or capital whose previous
   * character is not an ASCII letter or digit. This holds every start each reader looks
   * for (a matcher word, a capitalised name, a regex `\b` before a letter or digit); each
   * reader still checks its own rule at the offsets it takes.
   */
  readonly starts: number[] = []
  /** Starts of capitalised words that may open a name (not inside `ES-ImageNet` or `x.Y`). */
  readonly names: number[] = []
  /** Starts of numbers. */
  readonly numbers: number[] = []
  /** Per keyword set (by its bit's position), the starts whose first three letters open one of its words. */
  readonly #opening: number[][] = []

  constructor(text: string) {
    let afterAlphanumeric = false
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code < 128) {
        const alphanumeric = (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122)
        if (alphanumeric && !afterAlphanumeric) this.#sort(text, index, code)
        afterAlphanumeric = alphanumeric
      } else {
        if (!afterAlphanumeric && (isWordCode(code) || isUpperCode(code))) this.#sort(text, index, code)
        afterAlphanumeric = false
      }
    }
  }

  /** The starts where one of `keywords` may open (its first three letters are there; its regex decides). */
  opening(keywords: Keywords): readonly number[] {
    return this.#opening[31 - Math.clz32(keywords.bit)] ?? []
  }

  /** Keep the start at `index`, whose first unit is `code`, in each list it belongs to. */
  #sort(text: string, index: number, code: number): void {
    this.starts.push(index)
    if (isDigitCode(code)) this.numbers.push(index)
    else if (code < 128 ? code >= 65 && code <= 90 : isUpperCode(code)) {
      const before = index > 0 ? text.charCodeAt(index - 1) : 32
      if (!isWordCode(before) && !joinsName.has(before)) this.names.push(index)
    }
    for (let bits = headBits[slotAt(text, index)] as number; bits !== 0; bits &= bits - 1) {
      const position = 31 - Math.clz32(bits & -bits)
      const opening = this.#opening[position]
      if (opening) opening.push(index)
      else this.#opening[position] = [index]
    }
  }
}

// Characters that join a capital to the word before it: `ES-ImageNet`, `x.Y`, `a/B`.
const joinsName = new Set([..."-.+*/_'’"].map((char) => char.charCodeAt(0)))

/** Offsets where a word may start ({@link Words.starts}). */
export function wordStarts(text: string): number[] {
  return new Words(text).starts
}

/**
 * Offsets in `starts` where sticky `regex` matches, with their matches, as a global search
 * from 0 would find them — provided every place it can match is in `starts`. After a
 * match, the search goes on past it, not inside it.
 */
export function* matchesAt(text: string, regex: RegExp, starts: Iterable<number>): Generator<RegExpExecArray> {
  let until = 0
  for (const start of starts) {
    if (start < until) continue
    regex.lastIndex = start
    const match = regex.exec(text)
    if (!match) continue
    until = start + match[0].length
    yield match
  }
}
