/** Plugin schemas may be zod/mini objects: the core checks them with zod's core `safeParse`. */
import { describe, expect, it } from 'vitest'
import * as zm from 'zod/mini'
import { createParser, definePlugin, type Plugin, parseSync } from '../../src/index.js'
import { createEntry, runPluginSync } from '../../src/testing/index.js'

const text =
  'Daily Papers\n\nA Paper Title\n\nAn abstract long enough to be one, at ICML 2025.\n\n  • 1 authors\n·\nJun 26, 2023\n'

/** A zod/mini plugin whose output is whatever `value` says, to feed it good and bad output. */
function miniVenue(value: unknown): Plugin {
  return definePlugin({
    name: 'mini-venue',
    schema: zm.object({
      venue: zm.optional(zm.string().check(zm.minLength(3))),
      rank: zm._default(zm.number(), 5),
    }),
    extract: () => value as never,
  }) as unknown as Plugin
}

describe('a plugin with a zod/mini schema', () => {
  it('is accepted by definePlugin and by use()', () => {
    expect(() => createParser().use(miniVenue({}))).not.toThrow()
  })

  it('adds its valid output to the record, with the schema’s defaults applied', () => {
    const { papers, messages } = parseSync(text, { reader: 'hf-text', plugins: [miniVenue({ venue: 'ICML' })] })
    expect(messages).toEqual([])
    expect(papers).toHaveLength(1)
    expect(papers[0]).toMatchObject({ title: 'A Paper Title', venue: 'ICML', rank: 5 })
    expect(papers[0]?.provenance.venue?.plugin).toBe('mini-venue')
  })

  it('drops an invalid field with a message naming it, and keeps the valid one', () => {
    const { papers, messages } = parseSync(text, {
      reader: 'hf-text',
      plugins: [miniVenue({ venue: 'IC', rank: 2 })],
    })
    expect(papers[0]).not.toHaveProperty('venue')
    expect(papers[0]).toMatchObject({ rank: 2 })
    expect(messages.map((message) => message.ruleId)).toEqual(['mini-venue'])
    expect(messages[0]?.reason).toMatch(/`venue`/)
  })

  it('drops a value of the wrong type, under runPlugin too', () => {
    const run = runPluginSync(miniVenue({ venue: 42 }), createEntry({ title: 'T' }))
    expect(run.output).toEqual({ rank: 5 })
    expect(run.messages).toHaveLength(1)
    expect(run.messages[0]?.reason).toMatch(/`venue`/)
  })

  it('rejects a zod/mini schema that is not an object', () => {
    expect(() => definePlugin({ name: 'not-object', schema: zm.string() as never, extract: () => undefined })).toThrow(
      /zod object/,
    )
  })
})
