/**
 * Reading a top-level array an item at a time must give what parsing it whole gives: the same
 * entries and the same messages in the same order, or nothing (and then the whole reading runs).
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { location } from 'vfile-location'
import { describe, expect, it } from 'vitest'
import type { Entry } from '../../../src/core/entry.js'
import type { ReaderReport, ReadResult } from '../../../src/core/reader.js'
import { readWhole } from '../../../src/readers/hf-api/index.js'
import { readItems } from '../../../src/readers/hf-api/items.js'
import type { Span } from '../../../src/readers/hf-api/spans.js'
import type { Position } from '../../../src/schema/position.js'

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/hf-api/${name}/input.json`, import.meta.url), 'utf8')) as unknown[]
const papers = [...fixture('daily-papers-2026-05-08').slice(0, 4), ...fixture('daily-papers-2026-07-31').slice(0, 4)]

type Read = (
  text: string,
  place: (span: Span) => Position | undefined,
  report: ReaderReport,
) => ReadResult<Entry> | undefined

function run(read: Read, text: string): { result: ReadResult<Entry> | undefined; messages: unknown[] } {
  const points = location(text)
  const place = (span: Span) => {
    const start = points.toPoint(span.start)
    const end = points.toPoint(span.end)
    return start && end ? { start, end } : undefined
  }
  const messages: unknown[] = []
  const result = read(text, place, (...message) => {
    messages.push(message)
  })
  return { result, messages }
}

function expectSame(text: string): boolean {
  const items = run(readItems, text)
  const whole = run(readWhole, text)
  if (items.result === undefined) {
    expect(items.messages).toEqual([])
    return false
  }
  expect(items.result).toEqual(whole.result)
  expect(items.messages).toEqual(whole.messages)
  return true
}

// Items: Hugging Face papers, papers with a value of the wrong type, an own `__proto__` key, and values that are not papers.
const item = fc.oneof(
  fc.constantFrom(...papers).map((paper) => JSON.stringify(paper)),
  fc.constantFrom(...papers).map((paper) => JSON.stringify({ ...(paper as object), numComments: 'many' })),
  fc.constantFrom(...papers).map((paper) => JSON.stringify(paper).replace('{', '{"__proto__":{"polluted":true},')),
  fc.constantFrom('null', '1', '"text"', '[]', '{}', '{"paper":{"id":"x"}}', 'true'),
)
const space = fc.constantFrom('', ' ', '\n', '\t ', '\r\n  ')

describe('hf-api items read one at a time', () => {
  it('gives the entries and messages of the whole reading on any array of items', () => {
    let read = 0
    fc.assert(
      fc.property(fc.array(fc.tuple(space, item, space), { minLength: 1, maxLength: 6 }), space, (parts, after) => {
        const text = `${after}[${parts.map(([before, value, end]) => `${before}${value}${end}`).join(',')}]${after}`
        if (expectSame(text)) read++
      }),
      { numRuns: 200 },
    )
    expect(read).toBeGreaterThan(100)
  })

  it('leaves odd text to the whole reading and reports nothing', () => {
    const one = JSON.stringify(papers[0])
    for (const text of [
      '[]',
      `{"papers":[${one}]}`,
      `[${one}] x`,
      `[${one} ${one}]`,
      `[${one},,${one}]`,
      `[${one},]`,
      `[${one}, {"a": tru}]`,
      `[${one}`,
      '[null, 1]',
    ]) {
      expect(run(readItems, text).result, text).toBeUndefined()
      expect(run(readItems, text).messages).toEqual([])
    }
  })

  it('reads the fixtures as the whole reading does', () => {
    for (const name of ['daily-papers-2026-05-08', 'daily-papers-2026-07-31']) {
      const text = readFileSync(new URL(`../../../fixtures/hf-api/${name}/input.json`, import.meta.url), 'utf8')
      expect(expectSame(text)).toBe(true)
    }
  })
})
