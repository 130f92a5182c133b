/**
 * Every real fixture, damaged one byte at a time (flipped, inserted, deleted, cut) at offsets
 * spread over the file: each damage costs at most the entry it hits (see damage.ts for the rule
 * and the documented exceptions). The unit suite takes a few offsets per fixture; `npm run fuzz`
 * takes thousands.
 */
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../src/index.js'
import { damaging, fixtures, judge, type Operation } from './damage.js'

const operations: Operation[] = ['flip', 'insert', 'delete', 'cut']

describe('damage stays local', { timeout: 120_000 }, () => {
  for (const fixture of fixtures()) {
    it(fixture.name, () => {
      const base = parseSync(fixture.text, { referenceDate: '2025-12-08', ...fixture.options })
      // Fewer offsets in the largest pages, to keep the suite quick.
      const count = fixture.text.length > 500_000 ? 1 : 3
      for (const [index, operation] of operations.entries()) {
        for (let step = 1; step <= count; step++) {
          const offset = Math.floor((fixture.text.length * (step * 4 + index)) / (count * 4 + 4))
          const character = damaging[(step * 5 + index) % damaging.length] as string
          const verdict = judge(fixture, base.papers, base.format, operation, offset, character)
          const what = `${operation} ${JSON.stringify(character)} at ${offset}: ${verdict.affected} papers affected`
          if (verdict.exception === undefined) expect(verdict.affected, what).toBeLessThanOrEqual(verdict.allowed)
        }
      }
    })
  }
})
