/** The scan's name count by a walk gives the name pattern's count, on random text and on every fixture's text. */

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
// ASCII, and non-ASCII letters, marks and quotes (where the walk hands over to the pattern).
const ascii = ['A', 'Bo', 'Cd', 'c', 'de', ' ', ' ', ' ', '.', "'", '-', ',', '1', '(', 'Al.', 'J.']
const wide = ['É', 'é', '\u0301', '’', 'Ω', '\u00a0', 'ª']

describe('generic-html scan: names counted by a walk', () => {
  it('counts what the name pattern counts, on random text, from any start, up to any cap', () => {
    const next = seeded(23)
    let counted = 0
    let handed = 0
    for (let round = 0; round < 20000; round++) {
      const parts = round % 4 === 0 ? [...ascii, ...wide] : ascii
      const text = picks(next, parts, 2 + next(16))
      const from = next(3) === 0 ? next(text.length) : 0
      const cap = 1 + next(4)
      const expected = byPattern(text, from, cap)
      if (expected > 0) counted++
      if ([...text].some((character) => character.charCodeAt(0) >= 128)) handed++
      expect(countNames(text, from, cap, namePattern), `${JSON.stringify(text)} from ${from} cap ${cap}`).toBe(expected)
    }
    // Not vacuous: many texts hold names, and many take the pattern's way.
    expect(counted).toBeGreaterThan(1000)
    expect(handed).toBeGreaterThan(2000)
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
})
