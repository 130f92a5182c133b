/** checkHostile finds what the built-ins are guarded against, in a user's plugin; and passes a sound one. */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { definePlugin, repositories } from '../../src/index.js'
import { checkHostile } from '../../src/testing/index.js'

const schema = z.object({ flag: z.boolean().optional() })

describe('checkHostile', { timeout: 60_000 }, () => {
  it('passes a sound plugin (the built-in repositories)', async () => {
    const report = await checkHostile(repositories(), { runs: 100, seed: 42, fields: ['abstract'], size: 4000 })
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.seed).toBe(42)
    expect(report.timings.length).toBeGreaterThan(15)
  })

  it('finds a plugin that throws on some text, with the seed to replay it', async () => {
    const fragile = definePlugin({
      name: 'fragile',
      schema,
      extract: (entry) => {
        if (entry.text.includes('(')) throw new Error('unbalanced')
        return { flag: true }
      },
    })
    const report = await checkHostile(fragile, { runs: 300, seed: 7, fields: ['abstract'], size: 1000 })
    expect(report.ok).toBe(false)
    expect(report.problems[0]).toMatch(
      /^Random entry .*\(seed 7, path .*\): Unexpected error in `extract`: unbalanced \(plugin `fragile`, entry 0\)$/,
    )
  })

  it('finds output the schema rejects', async () => {
    const sloppy = definePlugin({
      name: 'sloppy',
      schema,
      extract: (entry) => ({ flag: (entry.fields.abstract?.value.length ?? 0) > 3 ? true : ('yes' as never) }),
    })
    const report = await checkHostile(sloppy, { runs: 100, seed: 1, fields: ['abstract'], size: 1000 })
    expect(report.problems[0]).toMatch(/Unexpected value for `flag` from `extract`/)
  })

  it('finds a super-linear pattern by comparing its time at 1× and 2× the text', async () => {
    // Two runs that can split `a a a …` (no `x`) anywhere, tried from every start: cubic, so 2× the
    // text costs ~8×, far above the ×3 bound even when a loaded machine squeezes the ratio (a
    // quadratic pattern's ~4× did not always clear it).
    const slow = definePlugin({
      name: 'slow',
      schema,
      extract: (entry) => ({ flag: /(?:\s|a)+(?:\s|a)+x/.test(entry.fields.abstract?.value ?? '') }),
    })
    const report = await checkHostile(slow, { runs: 10, seed: 1, fields: ['abstract'], size: 250 })
    const flagged = report.timings.filter((timing) =>
      report.problems.some((problem) => problem.includes(JSON.stringify(timing.unit))),
    )
    expect(flagged.map((timing) => timing.unit)).toContain('a ')
    expect(report.problems.find((problem) => problem.includes('"a "'))).toMatch(
      /^Super-linear time on "a " repeated in `abstract`: .* ms at 250 characters, .* ms at 500 \(×\d+\.\d, expected at most ×3\)$/,
    )
  })

  it('rejects options it does not know', async () => {
    await expect(checkHostile(repositories(), { run: 3 } as never)).rejects.toThrow(/option `run` of checkHostile\(\)/)
  })
})
