/**
 * The extractor against the hand-written labels of fixtures/datasets-eval (see its
 * README): floors at or just under what it reaches, so a regression fails.
 * `npm run eval:datasets -- --verbose` prints the figures and every miss.
 */
import { describe, expect, it } from 'vitest'
import { evaluate, evaluateSentences, throughput } from '../../../scripts/eval-datasets.js'

describe('dataset mentions against hand-written labels', { timeout: 60_000 }, () => {
  it('meets the issue on the seed, and stays precise everywhere', async () => {
    const scores = await evaluate()
    const { seed, all } = scores
    const heldOut = scores['api-daily_papers-2026-07-31']
    // The issue: F1 >= 0.90 and role agreement >= 90 % on the seed.
    expect(seed?.f1).toBeGreaterThanOrEqual(0.95)
    expect(seed?.roleAgreement).toBeGreaterThanOrEqual(0.95)
    expect(seed?.labelled).toBe(44)
    expect(all?.precision).toBeGreaterThanOrEqual(0.97)
    expect(all?.f05).toBeGreaterThanOrEqual(0.95)
    expect(all?.roleAgreement).toBeGreaterThanOrEqual(0.95)
    expect(heldOut?.f05).toBeGreaterThanOrEqual(0.9)
  })

  it('keeps floors on the dev sentences (span overlap; the test part is reported, never tuned on)', () => {
    const dev = evaluateSentences(['dev'])
    // Round 9 of issue 12 after its review reads P 0.8990, F1 0.8849, heddes F1 0.9019, TDMSci P 0.8193 and unseen
    // recall 0.7429 (unseen: no raw gazetteer match overlaps the span). Floors about half a point under, so one span
    // does not flip them (on TDMSci's 83 predicted spans one span is 1.2 points: its floor is about 1.5 spans under).
    expect(dev['dev both']?.precision).toBeGreaterThanOrEqual(0.894)
    expect(dev['dev both']?.f1).toBeGreaterThanOrEqual(0.88)
    expect(dev['dev heddes']?.f1).toBeGreaterThanOrEqual(0.897)
    expect(dev['dev tdmsci']?.precision).toBeGreaterThanOrEqual(0.8)
    expect(dev['dev both']?.unseenRecall).toBeGreaterThanOrEqual(0.738)
  })

  it('keeps a floor of throughput', async () => {
    // Measured at 11-12 MB/s of CPU time on a loaded 2-core machine; the floor leaves room for CI noise.
    expect(await throughput(2)).toBeGreaterThanOrEqual(4)
  })
})
