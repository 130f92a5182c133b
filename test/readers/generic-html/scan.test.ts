/** The scan's shortcuts give what the patterns they stand in for give. */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { mayHoldName, namePattern, nameStart } from '../../../src/readers/generic-html/scan.js'
import { parseHtml } from '../../../src/readers/html/page.js'
import { seeded } from '../../helpers.js'

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
      let text = ''
      const length = 2 + next(12)
      for (let at = 0; at < length; at++) text += parts[next(parts.length)]
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
    const root = new URL('../../../fixtures/', import.meta.url).pathname
    let names = 0
    let skipped = 0
    for (const reader of ['generic-html', 'arxiv-list', 'arxiv-search', 'hf-html']) {
      for (const item of readdirSync(join(root, reader))) {
        let html: string
        try {
          html = readFileSync(join(root, reader, item, 'input.html'), 'utf8')
        } catch {
          continue
        }
        const page = parseHtml(new VFile(html))
        type Walked = { value?: string; childNodes?: Walked[] }
        const stack: Walked[] = [page.document as unknown as Walked]
        for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
          if (node.value !== undefined) {
            if (hasName(node.value)) {
              names++
              expect(mayHoldName(node.value), node.value.slice(0, 200)).toBe(true)
              expect(matchesFrom(node.value, nameStart(node.value)), node.value.slice(0, 200)).toEqual(
                matchesFrom(node.value, 0),
              )
            } else if (!mayHoldName(node.value)) skipped++
          }
          for (const child of node.childNodes ?? []) stack.push(child)
        }
      }
    }
    expect(names).toBeGreaterThan(1000)
    expect(skipped).toBeGreaterThan(1000)
  })
})
