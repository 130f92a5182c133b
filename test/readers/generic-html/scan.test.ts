/** The scan's shortcuts give what the patterns they stand in for give. */

import { describe, expect, it } from 'vitest'
import { mayHoldName, namePattern, nameStart } from '../../../src/readers/generic-html/scan.js'
import { picks, seeded } from '../../helpers.js'
import { fixtureTexts } from './fixture-texts.js'

/** Whether the scan's name pattern matches anywhere in `value`. */
function hasName(value: string): boolean {
  namePattern.lastIndex = 0
  return namePattern.test(value)
}

/** Where the name pattern's matches start, searching from `from`. */
function matchesFrom(value: string, from: number): number[] {
  const starts: number[] = []
  namePattern.lastIndex = from
  for (let match = namePattern.exec(value); match; match = namePattern.exec(value)) starts.push(match.index)
  return starts
}

// What the name pattern and its pre-check look at: capitals, lowercase, the word characters
// (apostrophes, hyphens, periods), spaces, other ASCII, and non-ASCII letters, marks and quotes.
const parts = ['A', 'Bo', 'c', 'de', ' ', ' ', '.', "'", '’', '-', ',', '1', 'É', 'é', '\u0301', 'Ω', '\u00a0', '(']

describe('generic-html scan: the name pre-check', () => {
  it('holds wherever the name pattern matches, on random text', () => {
    const next = seeded(11)
    let matched = 0
    let skipped = 0
    for (let round = 0; round < 10000; round++) {
      const text = picks(next, parts, 2 + next(12))
      const name = hasName(text)
      if (name) {
        matched++
        expect(mayHoldName(text), JSON.stringify(text)).toBe(true)
        // The search can start where the pre-check says: the same matches as from the start.
        expect(matchesFrom(text, nameStart(text)), JSON.stringify(text)).toEqual(matchesFrom(text, 0))
      } else if (!mayHoldName(text)) skipped++
    }
    // Both kinds occur: the test is not vacuous, and the pre-check does skip text.
    expect(matched).toBeGreaterThan(200)
    expect(skipped).toBeGreaterThan(200)
  })

  it('holds on every text node of every HTML fixture, and skips prose', () => {
    let names = 0
    let skipped = 0
    for (const text of fixtureTexts()) {
      if (hasName(text)) {
        names++
        expect(mayHoldName(text), text.slice(0, 200)).toBe(true)
        expect(matchesFrom(text, nameStart(text)), text.slice(0, 200)).toEqual(matchesFrom(text, 0))
      } else if (!mayHoldName(text)) skipped++
    }
    expect(names).toBeGreaterThan(1000)
    expect(skipped).toBeGreaterThan(1000)
  })
})
