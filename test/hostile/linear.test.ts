/**
 * Every hostile shape (test/hostile/shapes.ts) costs linear work: parsed at `n` and at `2n` in
 * the same run, the larger costs at most 2.5 times the CPU time. Wall-clock limits would depend on the
 * machine; a ratio of two sizes does not. The sizes are measured in turn, up to six times each, and
 * the least work of each kept (noise only ever adds work); a quadratic shape costs four times as
 * much at every try. Shapes too cheap to measure (under 5 ms at `2n`) pass.
 *
 * `SHAPES_SCALE` scales `n` (the fuzz script runs them at full size).
 */
import { describe, expect, it } from 'vitest'
import { PaperSchema, parseSync } from '../../src/index.js'
import { shapes } from './shapes.js'

const scale = Number(process.env.SHAPES_SCALE ?? 0.25)
const options = { referenceDate: '2025-12-08' }

/** The CPU time of one parse, in ms: other processes on the machine do not count, as they would in wall-clock time. */
function work(input: string, format: string | undefined): number {
  const start = process.cpuUsage()
  parseSync(input, { ...options, ...(format && { format }) })
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** Work at `2n` over work at `n`: sizes measured in turn, up to six times each, the least work of each kept. */
function ratioAt(shape: (typeof shapes)[number], n: number): { ratio: number; work: number } {
  const small = shape.make(n)
  const large = shape.make(2 * n)
  let one = Number.POSITIVE_INFINITY
  let two = Number.POSITIVE_INFINITY
  let ratio = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < 6 && ratio > 2.5; attempt++) {
    one = Math.min(one, work(small, shape.format))
    two = Math.min(two, work(large, shape.format))
    if (attempt > 0) ratio = two < 5 ? 0 : two / Math.max(one, 0.5)
  }
  return { ratio, work: two }
}

describe('hostile shapes cost linear work', { timeout: 120_000 }, () => {
  for (const shape of shapes) {
    it(shape.name, () => {
      let n = Math.max(1, Math.round(shape.n * scale))
      // Whatever a reader makes of the shape is still valid records and ruled messages.
      const result = parseSync(shape.make(2 * n), { ...options, ...(shape.format && { format: shape.format }) })
      for (const paper of result.papers) expect(PaperSchema.safeParse(paper).success).toBe(true)
      for (const message of result.messages) expect(message.ruleId).toBeTruthy()
      expect(result.messages.length).toBeLessThanOrEqual(1001)
      // At small sizes warm-up and collections can outweigh the work; a ratio over the bound is
      // checked again at twice the sizes (a quadratic shape keeps its ratio of about 4 there), but
      // only while the work is small: a shape already slow at this size has shown what it is.
      let { ratio, work: spent } = ratioAt(shape, n)
      for (let retry = 0; retry < 2 && ratio > 2.5 && spent < 250; retry++) {
        n *= 2
        ;({ ratio, work: spent } = ratioAt(shape, n))
      }
      // Just over the bound (a quadratic shape is near 4) on a loaded machine, where one shape measured
      // 2.54 once: measured again at the same size, the lesser ratio kept.
      for (let again = 0; again < 2 && ratio > 2.5 && ratio < 3.2; again++)
        ratio = Math.min(ratio, ratioAt(shape, n).ratio)
      expect(ratio, `${shape.name}: work at 2n / work at n`).toBeLessThanOrEqual(2.5)
    })
  }
})
