/**
 * Regression guard: the whole `parseSync` result of every site-reader fixture must stay byte
 * for byte what `scripts/golden.ts` wrote. The golden files were generated from the code, not
 * read from the page (the fixtures' `expected.json` are that); this test only says that a
 * change (a speed-up, say) altered no output.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { goldenCases, goldenOutput, goldenRoot } from '../scripts/lib/golden.js'

describe('golden output', () => {
  const cases = goldenCases()
  it('covers every site reader', () => {
    const readers = new Set(cases.map((item) => item.name.split('__')[0]))
    expect([...readers].sort()).toEqual([
      'arxiv-atom',
      'arxiv-list',
      'arxiv-search',
      'hf-api',
      'hf-html',
      'hf-markdown',
      'hf-text',
    ])
  })
  for (const item of cases)
    it(item.name, () => {
      const want = readFileSync(join(goldenRoot, `${item.name}.json`), 'utf8')
      expect(goldenOutput(item) === want, `${item.name} differs from its golden file`).toBe(true)
    })
})
