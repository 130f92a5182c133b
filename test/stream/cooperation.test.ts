/**
 * `parse` shares the event loop, runs async plugins `concurrency` entries at a time in document
 * order, gives plugins one `prepare` call per document, and stops on `signal`. Rounds are
 * counted, not timed.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { createParser, definePlugin, type Entry } from '../../src/index.js'

// 200 entries of a text listing.
function listing(count: number): string {
  const cards = Array.from(
    { length: count },
    (_, index) =>
      `Paper ${index}: a study of things\n\nWe study things number ${index} and find them interesting.\n\n• 3 authors\n·\nDec 5`,
  )
  return `Daily Papers\n\n${cards.join('\n\n')}\n`
}

const lookup = (seen: number[]) =>
  definePlugin({
    name: 'lookup',
    schema: z.object({ note: z.string().optional() }),
    async extract(entry) {
      seen.push(entry.index)
      await new Promise((resolve) => setTimeout(resolve, 20))
      return { note: `looked up ${entry.index}` }
    },
  })

afterEach(() => {
  vi.useRealTimers()
})

/** How many 20 ms timer rounds `promise` needs to settle, under fake timers. */
async function rounds(promise: Promise<unknown>): Promise<number> {
  let settled = false
  promise.then(
    () => {
      settled = true
    },
    () => {
      settled = true
    },
  )
  let count = 0
  while (!settled && count < 10_000) {
    await vi.advanceTimersByTimeAsync(20)
    count++
  }
  return count
}

describe('concurrency', () => {
  const base = createParser({ plugins: [] }).use(
    definePlugin({
      name: 'title',
      schema: z.object({ title: z.string() }),
      extract: (entry) => ({ title: entry.fields.title?.value ?? '' }),
    }),
  )
  const text = listing(200)

  it('runs 200 entries with a 20 ms async plugin in far fewer rounds at concurrency 8, order kept', async () => {
    vi.useFakeTimers()
    const oneSeen: number[] = []
    const one = base.use(lookup(oneSeen)).parse(text, { referenceDate: '2025-12-08' })
    const oneRounds = await rounds(one)
    const eightSeen: number[] = []
    const eight = base.use(lookup(eightSeen)).parse(text, { referenceDate: '2025-12-08', concurrency: 8 })
    const eightRounds = await rounds(eight)
    const result = await eight
    expect(result.papers.length).toBe(200)
    expect(result.papers.map((paper) => paper.note)).toEqual(Array.from({ length: 200 }, (_, i) => `looked up ${i}`))
    expect(result.papers.map((paper) => paper.source.index)).toEqual(Array.from({ length: 200 }, (_, i) => i))
    expect((await one).papers.map((paper) => paper.note)).toEqual(result.papers.map((paper) => paper.note))
    expect(oneRounds).toBeGreaterThanOrEqual(200)
    expect(eightRounds).toBeLessThanOrEqual(200 / 8 + 5)
    expect(oneSeen).toEqual(Array.from({ length: 200 }, (_, i) => i))
  })

  it('stops on abort with a message, keeping the papers so far in order', async () => {
    const controller = new AbortController()
    const seen: number[] = []
    const plugin = definePlugin({
      name: 'lookup',
      schema: z.object({ note: z.string().optional() }),
      async extract(entry) {
        seen.push(entry.index)
        if (entry.index === 40) controller.abort()
        await new Promise((resolve) => setTimeout(resolve, 1))
        return { note: String(entry.index) }
      },
    })
    const result = await base.use(plugin).parse(text, { concurrency: 8, signal: controller.signal })
    expect(seen.length).toBeLessThan(60)
    expect(result.papers.length).toBeLessThan(60)
    const indexes = result.papers.map((paper) => paper.source.index)
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b))
    expect(result.messages.some((message) => message.ruleId === 'core:aborted')).toBe(true)
  })

  it('rejects a concurrency that is not a positive integer', async () => {
    await expect(base.parse(text, { concurrency: 0 })).rejects.toThrow(/concurrency/)
  })
})

describe('prepare', () => {
  it('is called once per document with every entry; extract sees what it returned', async () => {
    const calls: number[] = []
    const batch = definePlugin({
      name: 'batch',
      schema: z.object({ note: z.string().optional() }),
      async prepare(entries: readonly Entry[]) {
        calls.push(entries.length)
        await new Promise((resolve) => setTimeout(resolve, 5))
        return new Map(entries.map((entry) => [entry.index, `batch ${entry.index}/${entries.length}`]))
      },
      extract: (entry, context) => ({ note: (context.prepared as Map<number, string>).get(entry.index) }),
    })
    const result = await createParser().use(batch).parse(listing(30), { referenceDate: '2025-12-08' })
    expect(calls).toEqual([30])
    expect(result.papers[29]?.note).toBe('batch 29/30')
  })

  it('turns a failing prepare into a message; the plugin runs without it', async () => {
    const batch = definePlugin({
      name: 'batch',
      schema: z.object({ note: z.string().optional() }),
      prepare() {
        throw new Error('service down')
      },
      extract: (_entry, context) => ({ note: context.prepared === undefined ? 'none' : 'some' }),
    })
    const result = createParser().use(batch).parseSync(listing(2), { referenceDate: '2025-12-08' })
    expect(result.papers.map((paper) => paper.note)).toEqual(['none', 'none'])
    expect(result.messages.filter((message) => message.ruleId === 'batch').map(String)).toEqual([
      expect.stringContaining('service down'),
    ])
  })
})

describe('event loop', () => {
  it('lets timers run during a large parse', async () => {
    const seed = readFileSync(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url), 'utf8')
    const large = Array.from({ length: 8 }, () => seed).join('\n\n')
    let ticks = 0
    let running = true
    const tick = () => {
      ticks++
      if (running) setTimeout(tick, 0)
    }
    setTimeout(tick, 0)
    const result = await createParser().parse(large, { referenceDate: '2025-12-08' })
    running = false
    expect(result.papers.length).toBe(8 * 39)
    // 312 entries through the default chain take well over the 8 ms slice, so timers got turns.
    expect(ticks).toBeGreaterThanOrEqual(5)
  })
})
