/**
 * URL finding and the whole plugin are linear: 1 MB of each hostile pattern must finish
 * within a fixed budget. They run in a worker, which is stopped at the budget, so a
 * super-linear pattern fails the test instead of hanging it.
 */
import { Worker } from 'node:worker_threads'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RepositoriesSchema } from '../../../src/index.js'
import { run } from './run.js'

const units = [
  'https://github.com/',
  'https://github.com/a/b ',
  'github.com/',
  'www.',
  'http://',
  '(',
  ')',
  '.',
  'a.',
  'a-',
  'a.github.io ',
  'https://github.com/a/b-\n',
  'https://github.com/a/ ',
  '\\_',
  'Code is based on the code of https://x.org/a; ',
  'e.g. https://a.b/c. ',
  '~',
  '@a.',
]
const budget = 20_000

describe('linear time', () => {
  it(`handles 1 MB of each hostile pattern within ${budget / 1000} s in all`, async () => {
    const worker = new Worker(new URL('./linear.worker.mjs', import.meta.url), { workerData: { units } })
    const timings: Array<{ unit: string; ms: number }> = []
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`over budget after ${timings.length} of ${units.length} patterns`)),
          budget,
        )
        worker.on('message', (timing: { unit: string; ms: number }) => {
          timings.push(timing)
          if (timings.length === units.length) {
            clearTimeout(timer)
            resolve()
          }
        })
        worker.on('error', (error) => {
          clearTimeout(timer)
          reject(error)
        })
      })
    } finally {
      await worker.terminate()
    }
    expect(timings.map((timing) => timing.unit)).toEqual(units)
  }, 30_000)

  it('never throws and always returns valid fields on arbitrary text', () => {
    const pieces = fc.constantFrom(
      'https://',
      'github.com/',
      'www.',
      '/',
      '-',
      '\n',
      ' ',
      '.',
      ')',
      '(',
      '\\_',
      'a',
      'Code:',
    )
    const text = fc.oneof(
      fc.string({ maxLength: 500 }),
      fc.array(pieces, { maxLength: 200 }).map((list) => list.join('')),
    )
    fc.assert(
      fc.property(text, (value) => {
        const { out } = run({ abstract: { value }, comment: { value } }, [
          { url: value, text: value, origin: 'abstract' },
        ])
        expect(RepositoriesSchema.safeParse(out).success).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
