/**
 * Bundle-size budget (docs/browser.md): each bundle of scripts/lib/bundle-size.ts, from the
 * sources with zod left out (papersift's own bytes), stays within ~15 % of its size when the
 * budget was set. A bundle that grows past it is a decision: shrink it, or raise the budget
 * here and the table in docs/browser.md together. And what `papersift/core` promises: a
 * bundle that does not use a part does not carry it.
 */
import { describe, expect, it } from 'vitest'
import { bundleCases, measureBundle } from '../../scripts/lib/bundle-size.js'

// min+gzip in KB when set (2026-12), and the budget.
const budgets: Record<string, { measured: number; budget: number }> = {
  'papersift (everything)': { measured: 208.1, budget: 240 },
  'papersift: parse': { measured: 203.9, budget: 235 },
  'papersift/schema': { measured: 7.8, budget: 9 },
  'papersift/core: createParser + metadata() + hfText': { measured: 25.8, budget: 29 },
  'papersift/core: createParser + metadata() + repositories() + hfHtml': { measured: 82.1, budget: 94 },
}

const gazetteer = 'src/plugins/datasets/data/'
const parse5 = 'node_modules/parse5/'
const saxes = 'node_modules/saxes/'

describe('bundle size', { timeout: 60_000 }, () => {
  it('has a budget for every measured bundle', () => {
    expect(Object.keys(budgets).sort()).toEqual(bundleCases.map((item) => item.name).sort())
  })

  for (const item of bundleCases) {
    it(`${item.name}: min+gzip within budget`, async () => {
      const { gzip } = await measureBundle(item, 'src', 'external')
      expect(gzip / 1024).toBeLessThanOrEqual(budgets[item.name]?.budget ?? 0)
    })
  }

  const has = (inputs: string[], part: string) => inputs.some((file) => file.includes(part))
  const byName = (name: string) => bundleCases.find((item) => item.name.startsWith(name)) as (typeof bundleCases)[0]

  it('papersift carries the gazetteer, parse5 and saxes (the default preset needs them)', async () => {
    const { inputs } = await measureBundle(byName('papersift: parse'), 'src', 'external')
    expect([has(inputs, gazetteer), has(inputs, parse5), has(inputs, saxes)]).toEqual([true, true, true])
  })

  it('papersift/core with metadata() and hfText leaves out the gazetteer, parse5 and saxes', async () => {
    const { inputs } = await measureBundle(
      byName('papersift/core: createParser + metadata() + hfText'),
      'src',
      'external',
    )
    expect(
      inputs.filter((file) => file.includes('src/plugins/datasets/') || file.includes('src/readers/hf-html/')),
    ).toEqual([])
    expect([has(inputs, gazetteer), has(inputs, parse5), has(inputs, saxes)]).toEqual([false, false, false])
    expect(has(inputs, 'src/readers/hf-text/')).toBe(true)
  })

  it('papersift/core with an HTML reader takes parse5, still not the gazetteer or saxes', async () => {
    const { inputs } = await measureBundle(
      byName('papersift/core: createParser + metadata() + repositories()'),
      'src',
      'external',
    )
    expect([has(inputs, gazetteer), has(inputs, parse5), has(inputs, saxes)]).toEqual([false, true, false])
  })

  it('papersift/schema takes no parser', async () => {
    const { inputs } = await measureBundle(byName('papersift/schema'), 'src', 'bundled')
    expect(inputs.filter((file) => !file.startsWith('src/schema/') && !file.includes('node_modules/zod/'))).toEqual([])
  })
})
