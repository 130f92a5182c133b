/**
 * Speed work must not change what the plugin finds. `mentions-2814cb1.tsv` holds, per fixture
 * abstract, the mentions main's plugin found at commit 2814cb1 (before round 3 of issue 12),
 * written by `npx tsx scripts/compare-dataset-mentions.ts --write …`: not labels (those are in
 * fixtures/datasets-eval), a record of the output that a faster matcher or lazier analysis
 * must reproduce exactly. A change meant to alter outputs rewrites the file, and its diff is
 * read as part of that change. The 44 lines of the fixtures merged after 2814cb1 (the generic
 * readers' pages) were added from the merged code; the 422 before them were checked unchanged.
 * Round 6 of issue 12 (recall rules) rewrote it with each rule that changed an abstract's mentions.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dump, inputs } from '../../../scripts/compare-dataset-mentions.js'
import { datasets } from '../../../src/index.js'

describe('datasets plugin output over every fixture abstract', { timeout: 60_000 }, () => {
  it('is what it was before the speed work, mention for mention', () => {
    const expected = readFileSync(new URL('mentions-2814cb1.tsv', import.meta.url), 'utf8')
      .trimEnd()
      .split('\n')
    const got = dump(datasets(), inputs(true))
    expect(got.length).toBe(expected.length)
    // Line by line, so a failure names the abstract.
    got.forEach((line, index) => {
      expect(line).toBe(expected[index])
    })
    // The guard guards something: most abstracts have mentions to keep.
    expect(expected.filter((line) => !line.endsWith('\t[]')).length).toBeGreaterThan(100)
  })
})
