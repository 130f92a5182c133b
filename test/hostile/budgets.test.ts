/**
 * Budgets a caller can set, the message cap, and input that is damaged rather than binary:
 * exceeding a budget gives a positioned message and the entries read so far.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createParser, definePlugin, parseSync } from '../../src/index.js'
import { abstractA, listing } from '../helpers.js'

const options = { referenceDate: '2025-12-08' }
const entries = (count: number) =>
  listing(
    Array.from({ length: count }, (_, index) => ({
      title: `Paper ${index}`,
      abstract: abstractA,
      meta: ['• 4 authors', '·', 'Jun 26, 2023'],
    })),
  )
const search = readFileSync(new URL('../../fixtures/arxiv-search/search-200/input.html', import.meta.url), 'utf8')
const rules = (result: { messages: Array<{ ruleId?: string | undefined }> }) =>
  result.messages.map((message) => message.ruleId)

describe('budgets', () => {
  it('maxInputBytes: the input is cut there; the entries before the cut are read', () => {
    const text = entries(10)
    const cut = text.indexOf('Paper 5')
    // Bytes, not characters: the `•` of each meta line is three.
    const bytes = new TextEncoder().encode(text.slice(0, cut)).length
    expect(bytes).toBeGreaterThan(cut)
    const result = parseSync(text, { ...options, maxInputBytes: bytes })
    expect(result.papers.map((paper) => paper.title)).toEqual(['Paper 0', 'Paper 1', 'Paper 2', 'Paper 3', 'Paper 4'])
    const message = result.messages.find((item) => item.ruleId === 'core:budget')
    expect(message?.reason).toMatch(/maxInputBytes/)
    expect(message?.place).toMatchObject({ start: { offset: cut } })
  })

  it('maxInputBytes counts UTF-8 bytes and never splits a character', () => {
    const text = `${entries(1)}\n\n${'é'.repeat(100)}`
    const result = parseSync(text, { ...options, maxInputBytes: text.length + 1 })
    expect(rules(result)).toContain('core:budget')
    expect(result.papers).toHaveLength(1)
  })

  it('maxEntries: the entries after it are skipped, with a message at the first of them', () => {
    const result = parseSync(entries(10), { ...options, maxEntries: 3 })
    expect(result.papers).toHaveLength(3)
    const message = result.messages.find((item) => item.ruleId === 'core:budget')
    expect(message?.reason).toMatch(/maxEntries.*7 entries/)
    expect(message?.line).toBe(entries(10).split('\n').indexOf('Paper 3') + 1)
  })

  it('maxFieldLength: the long field is dropped, the record stands', () => {
    const long = `${'word '.repeat(400)}end.`
    const result = parseSync(listing([{ title: 'Paper', abstract: long, meta: ['• 4 authors'] }]), {
      ...options,
      maxFieldLength: 1000,
    })
    expect(result.papers[0]?.title).toBe('Paper')
    expect(result.papers[0]?.abstract).toBeUndefined()
    expect(result.papers[0]?.authorCount).toBe(4)
    expect(result.messages.map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Unexpected field `abstract` of 2004 characters, expected at most `maxFieldLength`/),
    ])
  })

  it('maxDepth: markup nested deeper is left out with a message; the result before it stands', () => {
    const item = `<html>arxiv<ol><li class="arxiv-result"><p class="list-title"><a href="https://arxiv.org/abs/2512.00001">arXiv:2512.00001</a></p><p class="title">A title</p>${'<div>'.repeat(500)}deep</li></ol>`
    const result = parseSync(item, { ...options, maxDepth: 100 })
    expect(result.papers.map((paper) => paper.title)).toEqual(['A title'])
    expect(rules(result)).toEqual(['core:budget'])
    expect(result.messages[0]?.reason).toMatch(/maxDepth.*\(100\)/)
  })

  it('formatting reopened without end (`<b id=1>x<p><b id=2>x<p>…`) is cut with a message, not built until memory runs out', () => {
    // 150 KB of it built elements until the heap ran out (4 GB) before the light tree had a budget.
    const page = Array.from({ length: 10_000 }, (_, index) => `<b id=${index}>x<p>`).join('')
    const result = parseSync(page, options)
    expect(result.papers).toEqual([])
    const message = result.messages.find((item) => item.ruleId === 'core:budget')
    expect(message?.reason).toMatch(/^Unexpected formatting reopened more than \d+ times/)
    expect(message?.place).toBeDefined()
  })

  it('timeBudget: entries after the time is spent are skipped, the ones before kept', () => {
    const slow = definePlugin({
      name: 'slow',
      schema: z.object({}),
      extract: () => {
        const until = performance.now() + 20
        while (performance.now() < until) {
          // Busy: a synchronous plugin cannot be interrupted, only the next entry skipped.
        }
        return {}
      },
    })
    const result = createParser()
      .use(slow)
      .parseSync(entries(10), { ...options, timeBudget: 30 })
    expect(result.papers.length).toBeGreaterThanOrEqual(1)
    expect(result.papers.length).toBeLessThan(10)
    expect(result.messages.filter((message) => message.ruleId === 'core:budget')).toHaveLength(1)
    expect(result.messages.at(-1)?.reason).toMatch(/timeBudget/)
  })

  it('rejects budgets that are not positive numbers, and a signal that is not an AbortSignal', () => {
    expect(() => parseSync('x', { maxEntries: 0 })).toThrow(TypeError)
    expect(() => parseSync('x', { maxInputBytes: -1 })).toThrow(TypeError)
    expect(() => parseSync('x', { signal: {} as AbortSignal })).toThrow(TypeError)
  })

  it('caps the messages per document at 1000, with one last message saying how many more', () => {
    // 3,000 empty objects: each is an invalid item.
    const result = parseSync(
      `[${JSON.stringify({ paper: { id: '2512.00001', title: 'T' }, numComments: 0, discussionId: 'x' }).replace('"discussionId":"x"', '"discussionId":"x","upvotes":1')},${Array(3000).fill('{}').join(',')}]`,
      {
        ...options,
        format: 'hf-api',
      },
    )
    expect(result.papers).toHaveLength(1)
    expect(result.messages).toHaveLength(1001)
    expect(result.messages.at(-1)?.ruleId).toBe('core:messages')
    expect(result.messages.at(-1)?.reason).toMatch(/^Unexpected 2000 more messages/)
  })

  it('clips a message quoting a huge value', () => {
    const result = parseSync(
      listing([{ title: 'Paper', abstract: abstractA, meta: [`Jun ${'9'.repeat(1_000_000)}`] }]),
      options,
    )
    for (const message of result.messages) expect(message.reason.length).toBeLessThan(2001)
  })
})

describe('damaged, not binary', () => {
  it('a NUL in the first 8 KiB of the arXiv search page costs no paper', () => {
    const damaged = `${search.slice(0, 4000)}\u0000${search.slice(4001)}`
    const result = parseSync(damaged, options)
    expect(result.format).toBe('arxiv-search')
    expect(result.papers).toHaveLength(200)
    expect(rules(result)).toEqual(['core:control-characters'])
    expect(result.messages[0]?.place).toMatchObject({ start: { offset: 4000 } })
  })

  it('control characters are replaced in place (same length, so positions hold), never kept in a record', () => {
    const text = listing([{ title: 'Pa\u0007per\u001b[2J', abstract: abstractA, meta: ['• 4 authors'] }])
    const result = parseSync(text, options)
    expect(result.papers[0]?.title).toBe('Pa\ufffdper\ufffd[2J')
    expect(result.messages[0]?.reason).toMatch(/^Unexpected 2 control characters \(first U\+0007\)/)
  })

  it('UTF-16 bytes, with a byte order mark or without, are decoded', () => {
    const text = entries(2)
    const le = new Uint8Array(text.length * 2)
    for (let index = 0; index < text.length; index++) {
      le[index * 2] = text.charCodeAt(index) & 0xff
      le[index * 2 + 1] = text.charCodeAt(index) >> 8
    }
    const be = le.map((_, index) => le[index ^ 1] as number)
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...le]), new Uint8Array([0xfe, 0xff, ...be]), le, be]) {
      const result = parseSync(bytes, options)
      expect(result.papers.map((paper) => paper.title)).toEqual(['Paper 0', 'Paper 1'])
      expect(result.messages).toEqual([])
    }
  })

  it('real binary data is still refused', () => {
    const body = new TextEncoder().encode(entries(1))
    for (const head of [
      new TextEncoder().encode('%PDF-1.7\n'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ]) {
      const bytes = new Uint8Array([...head, ...body])
      expect(rules(parseSync(bytes, options))).toEqual(['core:binary'])
    }
  })
})
