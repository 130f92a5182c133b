import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createParser, definePlugin, metadata, type Plugin, parse, parseSync } from '../../src/index.js'
import { abstractA, abstractB, listing } from '../helpers.js'

const text = listing([
  { title: 'Paper One', abstract: abstractA, meta: ['  • 4 authors', '·', 'Jun 26, 2023'] },
  { title: 'Paper Two', abstract: abstractB, meta: ['  • 2 authors', '·', 'Apr 25 3'] },
])
const options = { referenceDate: '2025-12-08' }

const codeFlag = definePlugin({
  name: 'code-flag',
  schema: z.object({ hasCode: z.boolean() }),
  extract: (entry) => ({ hasCode: entry.text.includes('github.com') }),
})

describe('plugin chain', () => {
  it('adds a custom plugin’s field to every record, with provenance', () => {
    const { papers, messages } = createParser().use(codeFlag).parseSync(text, options)
    expect(messages).toEqual([])
    expect(papers.map((paper) => paper.hasCode)).toEqual([true, false])
    expect(papers[0]?.provenance.hasCode).toMatchObject({ plugin: 'code-flag', method: 'extract' })
    expect(papers[0]?.provenance.hasCode?.position?.start.line).toBe(13)
  })

  it('lets later plugins read earlier plugins’ validated output', () => {
    const seen: unknown[] = []
    const spy = definePlugin({
      name: 'spy',
      schema: z.object({}),
      extract: (_entry, context) => {
        seen.push(context.paper.title, context.paper.authorCount)
        return {}
      },
    })
    createParser().use(spy).parseSync(text, options)
    expect(seen).toEqual(['Paper One', 4, 'Paper Two', 2])
  })

  it('drops only the invalid field of a plugin’s output and says why, where and who', () => {
    const bad = definePlugin({
      name: 'bad-score',
      schema: z.object({ score: z.number().min(0), label: z.string() }),
      extract: () => ({ score: -1, label: 'ok' }),
    })
    const { papers, messages } = createParser().use(bad).parseSync(text, options)
    expect(papers).toHaveLength(2)
    expect(papers[0]).not.toHaveProperty('score')
    expect(papers[0]?.label).toBe('ok')
    expect(papers[0]?.title).toBe('Paper One')
    expect(papers[0]?.authorCount).toBe(4)
    expect(messages).toHaveLength(2)
    const [first] = messages
    expect(first?.ruleId).toBe('bad-score')
    // The plugin speaks: its name is the source; the core's entry on plugins' messages is the url.
    expect(first?.source).toBe('bad-score')
    expect(first?.url).toMatch(/\/docs\/messages\.md#plugin$/)
    expect(first?.reason).toMatch(/`score`.*>=0.*dropped/)
    expect(first?.line).toBe(13)
    expect(first?.fatal).toBe(false)
  })

  it('turns a throwing plugin into a message and keeps the other fields', () => {
    const boom = definePlugin({
      name: 'boom',
      schema: z.object({ x: z.string() }),
      extract: () => {
        throw new Error('kaput')
      },
    })
    const { papers, messages } = createParser().use(boom).use(codeFlag).parseSync(text, options)
    expect(papers).toHaveLength(2)
    expect(papers.map((paper) => [paper.title, paper.hasCode, 'x' in paper])).toEqual([
      ['Paper One', true, false],
      ['Paper Two', false, false],
    ])
    expect(messages.map((message) => [message.ruleId, message.reason.includes('kaput')])).toEqual([
      ['boom', true],
      ['boom', true],
    ])
    expect(messages[0]?.cause).toBeInstanceOf(Error)
  })

  it('gives plugins a read-only view of the record: writing to it is an error message, not a change', () => {
    const meddler = definePlugin({
      name: 'meddler',
      schema: z.object({}),
      extract: (_entry, context) => {
        ;(context.paper as Record<string, unknown>).upvotes = -5
        return {}
      },
    })
    const { papers, messages } = createParser().use(meddler).parseSync(text, options)
    expect(papers).toHaveLength(2)
    expect(papers[0]).not.toHaveProperty('upvotes')
    expect(messages.map((message) => message.ruleId)).toEqual(['meddler', 'meddler'])
  })

  it('keeps the record a plugin tried to corrupt in place: the view is frozen, the push throws', () => {
    const corrupter = definePlugin({
      name: 'corrupter',
      schema: z.object({}),
      extract: (_entry, context) => {
        ;(context.paper.authors as unknown as Array<{ name: string }>).push({ name: '' })
        return {}
      },
    })
    const { papers, messages } = createParser().use(corrupter).parseSync(text, options)
    expect(papers.map((paper) => paper.title)).toEqual(['Paper One', 'Paper Two'])
    expect(papers[0]?.authors).toEqual([])
    expect(messages.map((message) => message.ruleId)).toEqual(['corrupter', 'corrupter'])
    expect(messages[0]?.reason).toMatch(/^Unexpected error in `extract`: .*not extensible/)
  })

  it('turns a throwing schema transform or output getter into a message, never a throw', async () => {
    const transform = definePlugin({
      name: 'transform',
      schema: z.object({
        x: z.string().transform(() => {
          throw new Error('transform broke')
        }),
      }),
      extract: () => ({ x: 'a' }),
    })
    const getter = definePlugin({
      name: 'getter',
      schema: z.object({ y: z.string() }),
      extract: () =>
        Object.defineProperty({}, 'y', {
          enumerable: true,
          get() {
            throw new Error('getter broke')
          },
        }) as { y: string },
    })
    for (const result of [
      createParser().use(transform).use(getter).parseSync(text, options),
      await createParser().use(transform).use(getter).parse(text, options),
    ]) {
      expect(result.papers.map((paper) => paper.title)).toEqual(['Paper One', 'Paper Two'])
      expect(result.messages.map((message) => [message.ruleId, /broke/.test(message.reason)])).toEqual([
        ['transform', true],
        ['getter', true],
        ['transform', true],
        ['getter', true],
      ])
    }
  })

  it('checks fields a plugin shares with Paper against the Paper schema too', () => {
    const negative = definePlugin({
      name: 'negative',
      schema: z.object({ upvotes: z.number() }),
      extract: () => ({ upvotes: -5 }),
    })
    const { papers, messages } = createParser().use(negative).parseSync(text, options)
    expect(papers).toHaveLength(2)
    expect(papers[0]).not.toHaveProperty('upvotes')
    expect(messages[0]?.reason).toMatch(/Paper\.upvotes/)
  })

  it('reports fields a plugin returns but did not declare, and non-object output', () => {
    const sloppy = { name: 'sloppy', schema: z.object({ a: z.string() }), extract: () => ({ a: 'x', b: 1 }) }
    const wrong = { name: 'wrong', schema: z.object({}), extract: () => 'nope' } as unknown as Plugin
    const { papers, messages } = createParser().use(sloppy).use(wrong).parseSync(text, options)
    expect(papers[0]?.a).toBe('x')
    expect(papers[0]).not.toHaveProperty('b')
    expect(messages.map((message) => message.ruleId)).toEqual(['sloppy', 'wrong', 'sloppy', 'wrong'])
    expect(messages[0]?.reason).toMatch(/Unexpected field `b`/)
    expect(messages[1]?.reason).toMatch(/Unexpected string/)
  })

  it('awaits async plugins in parse and refuses them in parseSync with a message', async () => {
    // Resolves to a number where an object of fields is due.
    const slow = { name: 'slow', schema: z.object({ late: z.number() }), extract: async () => 42 } as unknown as Plugin
    const later = definePlugin({
      name: 'later',
      schema: z.object({ late: z.number() }),
      extract: async () => ({ late: 7 }),
    })
    expect((await createParser().use(later).parse(text, options)).papers[0]?.late).toBe(7)
    const sync = createParser().use(later).parseSync(text, options)
    expect(sync.papers[0]).not.toHaveProperty('late')
    expect(sync.messages[0]?.reason).toMatch(/use `parse\(\)`/)
    const rejected = definePlugin({
      name: 'rejects',
      schema: z.object({}),
      extract: async () => Promise.reject(new Error('no')),
    })
    const result = await createParser().use(slow).use(rejected).parse(text, options)
    expect(result.papers).toHaveLength(2)
    expect(result.messages.map((message) => message.ruleId)).toEqual(['slow', 'rejects', 'slow', 'rejects'])
  })

  it('skips entries a plugin’s test rejects', () => {
    const onlyFirst = definePlugin({
      name: 'only-first',
      schema: z.object({ first: z.literal(true) }),
      test: (entry) => entry.index === 0,
      extract: () => ({ first: true as const }),
    })
    const { papers } = createParser().use(onlyFirst).parseSync(text, options)
    expect(papers.map((paper) => paper.first)).toEqual([true, undefined])
  })

  it('takes extra plugins per call through the plugins option', async () => {
    const { papers } = await parse(text, { ...options, plugins: [codeFlag] })
    expect(papers[0]).toHaveProperty('hasCode', true)
    expect(parseSync(text, options).papers[0]).not.toHaveProperty('hasCode')
  })
})

describe('chain order and registration', () => {
  const tag = (name: string, extra: { before?: string[]; after?: string[] } = {}) =>
    definePlugin({ name, schema: z.object({}), extract: () => ({}), ...extra })

  // A chain of metadata alone, so these checks do not change as built-ins are added.
  const metadataOnly = () => createParser({ plugins: [metadata()] })

  it('starts with the built-in plugins and appends by default', () => {
    expect(createParser().plugins).toEqual(['metadata', 'repositories', 'datasets'])
    expect(metadataOnly().use(tag('a')).use(tag('b')).plugins).toEqual(['metadata', 'a', 'b'])
  })

  it('orders with before/after, replaces by name, disables by name', () => {
    const parser = metadataOnly()
      .use(tag('a'))
      .use(tag('b', { before: ['a'] }))
      .use(tag('c', { after: ['metadata'], before: ['b'] }))
    expect(parser.plugins).toEqual(['metadata', 'c', 'b', 'a'])
    expect(parser.use(tag('b')).plugins).toEqual(['metadata', 'c', 'b', 'a'])
    expect(parser.disable('metadata').plugins).toEqual(['c', 'b', 'a'])
    expect(() => parser.disable('nope')).toThrow(/no plugin or reader of that name/)
    expect(() => parser.use(tag('d', { after: ['zzz'] }))).toThrow(/Add "zzz" first/)
    expect(() => parser.use(tag('e', { before: ['c'], after: ['a'] }))).toThrow(/contradict/)
  })

  it('is immutable: use returns a new parser', () => {
    const base = metadataOnly()
    base.use(tag('a'))
    expect(base.plugins).toEqual(['metadata'])
  })

  it('drops records without a title when no plugin sets one, and says so', () => {
    const { papers, messages } = createParser({ plugins: [] }).parseSync(text, options)
    expect(papers).toEqual([])
    expect(messages.map((message) => message.ruleId)).toEqual(['core:invalid-entry', 'core:invalid-entry'])
  })

  it('throws on malformed plugins with a message that says how to fix them', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /Expected a plugin object/],
      [{ schema: z.object({}), extract() {} }, /Expected a plugin `name`/],
      [{ name: 'x', schema: { a: 1 }, extract() {} }, /zod object \(z\.object/],
      [{ name: 'x', schema: z.string(), extract() {} }, /zod object/],
      [{ name: 'x', schema: z.object({}) }, /extract\(entry, context\)/],
      [{ name: 'x', schema: z.object({ id: z.string() }), extract() {} }, /Rename the field/],
      [{ name: 'x', schema: z.object({}), extract() {}, after: 'metadata' }, /array of plugin names/],
    ]
    for (const [plugin, pattern] of cases) {
      expect(() => definePlugin(plugin as Plugin), String(pattern)).toThrow(pattern)
      expect(() => createParser().use(plugin as Plugin), String(pattern)).toThrow(TypeError)
    }
  })

  it('throws on invalid options, naming the valid values', () => {
    expect(() => parseSync(text, { format: 'nope' })).toThrow(/'auto'.*'hf-text'/)
    expect(() => parseSync(text, { referenceDate: '2025-13-01' })).toThrow(/YYYY-MM-DD/)
    expect(() => parseSync(text, { referenceDate: new Date('x') })).toThrow(TypeError)
  })
})
