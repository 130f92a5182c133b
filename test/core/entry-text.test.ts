/** The shared, normalised text of an entry's fields: what metadata makes the record's text from. */

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { fieldText, normalizedText } from '../../src/core/entry-text.js'
import { deepFreeze } from '../../src/core/views.js'
import { createParser, definePlugin, type Entry } from '../../src/index.js'

const seed = readFileSync(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url))

describe('normalizedText / fieldText', () => {
  it('collapses whitespace and trims, and gives the same string to every reader of a frozen field', () => {
    const entry = deepFreeze({
      reader: 'x',
      index: 0,
      text: '',
      fields: { abstract: { value: '  We  study\n\tthings.\u00a0 ' }, categories: [{ value: 'cs.CL' }] },
      links: [],
    } satisfies Entry)
    expect(fieldText(entry, 'abstract')).toBe('We study things.')
    expect(fieldText(entry, 'abstract')).toBe(normalizedText(entry.fields.abstract as never))
    expect(fieldText(entry, 'title')).toBeUndefined()
    expect(fieldText(entry, 'categories')).toBeUndefined()
  })

  it('does not cache a field that can still change', () => {
    const field = { value: 'a  b' }
    expect(normalizedText(field)).toBe('a b')
    field.value = 'c   d'
    expect(normalizedText(field)).toBe('c d')
  })

  it('equals the record’s abstract that metadata set, inside a plugin after it', () => {
    const seen: Array<[string | undefined, unknown]> = []
    const spy = definePlugin({
      name: 'spy',
      after: ['metadata'],
      schema: z.object({}),
      extract(entry, context) {
        seen.push([fieldText(entry, 'abstract'), context.paper.abstract])
        return undefined
      },
    })
    createParser().use(spy).parseSync(seed, { referenceDate: '2025-12-08' })
    expect(seen.length).toBeGreaterThan(30)
    for (const [shared, recorded] of seen) expect(shared).toBe(recorded)
  })
})
