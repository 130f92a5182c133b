/**
 * Entries of trusted built-in readers (hf-text, hf-markdown) are frozen without the walk that
 * settles getters; they must still reach every plugin frozen all the way down, and a reader
 * whose `read` was swapped, or a copy of a built-in, is not trusted.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { completeEntry } from '../../src/core/complete.js'
import { isTrustedReader } from '../../src/core/trusted.js'
import { freezeEntry } from '../../src/core/views.js'
import { createParser, definePlugin, defineReader, type Entry, parseSync } from '../../src/index.js'
import { hfMarkdown } from '../../src/readers/hf-markdown/index.js'
import { hfText } from '../../src/readers/hf-text/index.js'
import { abstractA, listing } from '../helpers.js'

const options = { referenceDate: '2025-12-08' }
const text = listing([{ title: 'Paper One', abstract: abstractA, meta: ['  • 4 authors', '·', 'Jun 26, 2023'] }])

/** Every object under `value` (itself included), walked by keys. */
function objectsUnder(value: unknown): object[] {
  const found: object[] = []
  const stack = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (typeof current !== 'object' || current === null || found.includes(current)) continue
    found.push(current)
    for (const item of Object.values(current)) stack.push(item)
  }
  return found
}

describe('trusted readers', () => {
  it('are the two built-in text readers, as long as their `read` is their own', () => {
    expect(isTrustedReader(hfText)).toBe(true)
    expect(isTrustedReader(hfMarkdown)).toBe(true)
    expect(isTrustedReader({ ...hfText })).toBe(false)
    const swapped = defineReader({ ...hfText })
    expect(isTrustedReader(swapped)).toBe(false)
    const original = hfText.read
    try {
      ;(hfText as { read: typeof hfText.read }).read = (file, context) => original(file, context)
      expect(isTrustedReader(hfText)).toBe(false)
    } finally {
      ;(hfText as { read: typeof hfText.read }).read = original
    }
    expect(isTrustedReader(hfText)).toBe(true)
  })

  it('hand plugins entries frozen all the way down, which a plugin cannot change for the next', () => {
    const entries: Entry[] = []
    const tamper = definePlugin({
      name: 'tamper',
      schema: z.object({}),
      extract(entry) {
        entries.push(entry)
        expect(() => {
          ;(entry.fields.title as { value: string }).value = 'Changed'
        }).toThrow(TypeError)
        expect(() => {
          ;(entry.position?.start as { line: number }).line = 99
        }).toThrow(TypeError)
        expect(() => {
          ;(entry.links as unknown[]).push({ url: 'https://example.com' })
        }).toThrow(TypeError)
        return undefined
      },
    })
    const result = createParser().use(tamper).parseSync(text, options)
    expect(result.papers.map((paper) => paper.title)).toEqual(['Paper One'])
    expect(entries).toHaveLength(1)
    const objects = objectsUnder(entries[0])
    // The entry, its position and points, fields, each field's position and points, links.
    expect(objects.length).toBeGreaterThan(10)
    expect(objects.filter((object) => !Object.isFrozen(object))).toEqual([])
    expect(entries[0]?.fields.title?.value).toBe('Paper One')
  })

  it('freeze only the entry’s own objects, not an enumerable object someone put on Object.prototype', () => {
    const planted = { mutable: true }
    Object.defineProperty(Object.prototype, 'plantedForTest', {
      value: planted,
      enumerable: true,
      configurable: true,
      writable: true,
    })
    try {
      const entry = completeEntry({ fields: { title: { value: 'T' } } }, 0, 'hf-text')
      freezeEntry(entry, 1000, () => {}, true)
      expect(Object.isFrozen(entry.fields.title)).toBe(true)
      expect(Object.isFrozen(planted)).toBe(false)
    } finally {
      delete (Object.prototype as Record<string, unknown>).plantedForTest
    }
  })

  it('still drop a field over `maxFieldLength`, with the message', () => {
    const long = `${'word '.repeat(400)}end.`
    const result = parseSync(listing([{ title: 'Paper', abstract: long, meta: ['• 4 authors'] }]), {
      ...options,
      maxFieldLength: 1000,
    })
    expect(result.papers[0]?.abstract).toBeUndefined()
    expect(result.messages.map((message) => message.ruleId)).toEqual(['core:budget'])
  })

  it('do not extend to a user reader that calls a built-in one and adds a getter: it is read once, as a value', () => {
    let reads = 0
    const wrapper = defineReader({
      name: 'wrapper',
      sniff: () => 1,
      read(file, context) {
        const result = hfText.read(file, context)
        const entry = result.entries[0] as { fields: Record<string, unknown> }
        Object.defineProperty(entry.fields, 'comment', {
          enumerable: true,
          configurable: true,
          get() {
            reads++
            return { value: `comment ${reads}` }
          },
        })
        return result
      },
    })
    const seen: unknown[] = []
    const spy = definePlugin({
      name: 'spy',
      schema: z.object({}),
      extract(entry) {
        seen.push(entry.fields.comment?.value, entry.fields.comment?.value)
        expect(Object.getOwnPropertyDescriptor(entry.fields, 'comment')?.get).toBeUndefined()
        return undefined
      },
    })
    const result = createParser({ readers: [wrapper] })
      .use(spy)
      .parseSync(text, options)
    expect(result.papers[0]?.comment).toBe('comment 1')
    expect(seen).toEqual(['comment 1', 'comment 1'])
    expect(reads).toBe(1)
  })
})
