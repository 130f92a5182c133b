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
import { bound, growth } from './growth.js'
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

describe('hostile shapes cost linear work', { timeout: 120_000 }, () => {
  for (const shape of shapes) {
    it(shape.name, () => {
      const n = Math.max(1, Math.round(shape.n * scale))
      // Whatever a reader makes of the shape is still valid records and ruled messages.
      const result = parseSync(shape.make(2 * n), { ...options, ...(shape.format && { format: shape.format }) })
      for (const paper of result.papers) expect(PaperSchema.safeParse(paper).success).toBe(true)
      for (const message of result.messages) expect(message.ruleId).toBeTruthy()
      expect(result.messages.length).toBeLessThanOrEqual(1001)
      const ratio = growth(shape.make, (input) => work(input, shape.format), n)
      expect(ratio, `${shape.name}: work at 2n / work at n`).toBeLessThanOrEqual(bound)
    })
  }
})
