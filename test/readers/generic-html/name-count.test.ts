/** The scan's name count by a walk gives the name pattern's count, on random text and on every fixture's text. */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countNames } from '../../../src/readers/generic-html/name-count.js'
import { namePattern } from '../../../src/readers/generic-html/scan.js'
import { picks, seeded } from '../../helpers.js'
import { fixtureTexts } from './fixture-texts.js'

/** The pattern's own count from `from`, up to `cap` (what the scan did before). */
function byPattern(value: string, from: number, cap: number): number {
  let names = 0
  namePattern.lastIndex = from
  while (names < cap && namePattern.test(value)) names++
  return names
}

// Capitals, lowercase, the words' own characters (apostrophes, periods, hyphens), spaces, other
// ASCII, and non-ASCII letters (a titlecase one among them), marks and quotes.
const ascii = ['A', 'Bo', 'Cd', 'c', 'de', ' ', ' ', ' ', '.', "'", '-', ',', '1', '(', 'Al.', 'J.']
// (Astral letters, `𝐀` upper and `𝐚` lower, and an emoji: where the walk hands over to the pattern.)
const wide = ['É', 'é', '\u0301', '’', 'Ω', '\u00a0', 'ª', 'Ǆ', 'ǅ', '𝐀', '𝐚', '😀']
// Pieces the walk jumps between (spaces, words, digits next to letters) for the generated texts below.
const pieces = [
  ...ascii,
  ...wide,
  'Jane',
  'Roe',
  'van',
  "O'Neil",
  'Smith-Jones',
  'Ó',
  'Łukasz',
  'e\u0301',
  '2019',
  'A1',
  ' ',
  '\t',
  '\n',
  '. ',
  ', ',
  'and',
]

describe('generic-html scan: names counted by a walk', () => {
  it('counts what the name pattern counts, on random text, from any start, up to any cap', () => {
    const next = seeded(23)
    let counted = 0
    let wideTexts = 0
    for (let round = 0; round < 20000; round++) {
      const parts = round % 4 === 0 ? [...ascii, ...wide] : ascii
      const text = picks(next, parts, 2 + next(16))
      const from = next(3) === 0 ? next(text.length) : 0
      const cap = 1 + next(4)
      const expected = byPattern(text, from, cap)
      if (expected > 0) counted++
      if ([...text].some((character) => character.charCodeAt(0) >= 128)) wideTexts++
      expect(countNames(text, from, cap, namePattern), `${JSON.stringify(text)} from ${from} cap ${cap}`).toBe(expected)
    }
    // Not vacuous: many texts hold names, and many have non-ASCII characters.
    expect(counted).toBeGreaterThan(1000)
    expect(wideTexts).toBeGreaterThan(2000)
  })

  it('counts what the name pattern counts on every text node of every HTML fixture', () => {
    let names = 0
    for (const text of fixtureTexts()) {
      const expected = byPattern(text, 0, 3)
      names += expected
      expect(countNames(text, 0, 3, namePattern), text.slice(0, 200)).toBe(expected)
    }
    expect(names).toBeGreaterThan(1000)
  })

  it('counts what the name pattern counts on generated texts (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((items) => items.join('')),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        (text, start, cap) => {
          const from = text.length === 0 ? 0 : start % (text.length + 1)
          expect(countNames(text, from, cap, namePattern)).toBe(byPattern(text, from, cap))
        },
      ),
      { numRuns: 5000, seed: 8 },
    )
  })

  // Every space starts a try here: a walk that read back or ahead past a word per try would be quadratic.
  const hostile = [
    (n: number) => 'A '.repeat(n),
    (n: number) => `${'Ab Cd'.repeat(n / 5)}`,
    (n: number) => `${'Ab Cd.Ef '.repeat(n / 9)}`,
    (n: number) => `${'Ab '.repeat(n / 3)}é`,
    (n: number) => `A ${'a'.repeat(n)} B`,
    (n: number) => `${'Aa-'.repeat(n / 3)} B`,
    (n: number) => ` ${'A.'.repeat(n / 2)}`,
  ]
  it('takes time linear in the text on hostile shapes', () => {
    const time = (text: string, cap: number): number => {
      let best = Number.POSITIVE_INFINITY
      for (let round = 0; round < 3; round++) {
        const started = performance.now()
        for (let repeat = 0; repeat < 4; repeat++) countNames(text, 0, cap, namePattern)
        best = Math.min(best, performance.now() - started)
      }
      return best
    }
    for (const shape of hostile) {
      for (const cap of [2, 1_000_000]) {
        const small = shape(20_000)
        const large = shape(160_000)
        expect(countNames(large, 0, cap, namePattern), large.slice(0, 20)).toBe(byPattern(large, 0, cap))
        // Eight times the text: well under the 64 times of a quadratic walk (noise allowed for).
        expect(time(large, cap) / Math.max(time(small, cap), 0.05), large.slice(0, 20)).toBeLessThan(24)
      }
    }
  })
})
