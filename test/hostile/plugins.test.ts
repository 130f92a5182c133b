/**
 * Hostile plugins, one row each: whatever a plugin throws, returns or does to its arguments,
 * `parse` and `parseSync` do not throw, every entry comes out, and the other plugins' fields
 * stand. Each row names the behaviour the issue (#15) found breaking the contract.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createParser, definePlugin, type Entry, type Plugin, type PluginContext } from '../../src/index.js'
import { abstractA, abstractB, listing } from '../helpers.js'

const text = listing([
  { title: 'Paper One', abstract: abstractA, meta: ['  • 4 authors', '·', 'Jun 26, 2023'] },
  { title: 'Paper Two', abstract: abstractB, meta: ['  • 2 authors', '·', 'Apr 25 3'] },
])
const options = { referenceDate: '2025-12-08', pluginTimeout: 50 }

/** A well-behaved plugin after the hostile one: its field must survive on every record. */
const witness = definePlugin({
  name: 'witness',
  schema: z.object({ seen: z.string() }),
  extract: (entry) => ({ seen: entry.fields.title?.value ?? 'none' }),
})

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

function nested(depth: number): unknown {
  let value: unknown = 'leaf'
  for (let index = 0; index < depth; index++) value = [value]
  return value
}

type Extract = (entry: Entry, context: PluginContext) => unknown

const hostile: Array<[name: string, extract: Extract, test?: (entry: Entry) => boolean]> = [
  [
    'throws a null-prototype object',
    () => {
      throw Object.create(null)
    },
  ],
  [
    'throws an object whose toString throws',
    () => {
      throw {
        toString() {
          throw new Error('no')
        },
      }
    },
  ],
  [
    'throws an Error whose message getter throws',
    () => {
      const error = new Error('x')
      Object.defineProperty(error, 'message', {
        get() {
          throw new Error('no message')
        },
      })
      throw error
    },
  ],
  [
    'throws a revoked proxy',
    () => {
      throw revoked()
    },
  ],
  [
    'throws a symbol',
    () => {
      throw Symbol('s')
    },
  ],
  [
    'returns a thenable whose then throws',
    () => ({
      // biome-ignore lint/suspicious/noThenProperty: a hostile thenable is the point.
      then() {
        throw new Error('then broke')
      },
    }),
  ],
  [
    'returns an object whose then getter throws',
    () =>
      Object.defineProperty({}, 'then', {
        get() {
          throw new Error('getter broke')
        },
      }),
  ],
  ['returns a revoked proxy', () => revoked()],
  [
    'returns a proxy whose ownKeys trap throws',
    () =>
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('keys broke')
          },
        },
      ),
  ],
  ['returns a function', () => () => 1],
  ['returns null', () => null],
  [
    'returns keys named after Object.prototype members',
    () => JSON.parse('{"__proto__": {"title": "injected"}, "constructor": 1, "toString": 2}'),
  ],
  ['returns a value nested 100,000 deep', () => ({ deep: nested(100_000) })],
  [
    'sets entry.position to garbage',
    (entry) => {
      ;(entry as { position: unknown }).position = { start: 'x', end: null }
      return {}
    },
  ],
  [
    'edits the entry’s title field',
    (entry) => {
      ;(entry.fields.title as { value: string }).value = ''
      return {}
    },
  ],
  [
    'pushes an invalid author into context.paper.authors',
    (_entry, context) => {
      ;(context.paper.authors as unknown as unknown[]).push({ name: '' })
      return {}
    },
  ],
  [
    'edits context.paper.repositories[0].url',
    (_entry, context) => {
      const repository = context.paper.repositories?.[0] as { url: string } | undefined
      if (repository) repository.url = 'not a url'
      return {}
    },
  ],
  [
    'calls cite with a bad position',
    (_entry, context) => {
      context.cite('note' as never, { method: 'x', position: { start: 'no' } as never })
      return { note: 'kept' }
    },
  ],
  [
    'calls cite with a field it does not have',
    (_entry, context) => {
      context.cite('title' as never, { method: 'x' })
      return {}
    },
  ],
  [
    'calls message with garbage',
    (_entry, context) => {
      context.message(Object.create(null), { place: { start: 1 } as never, severity: 'fatal' as never })
      context.message('a'.repeat(1_000_000))
      return {}
    },
  ],
  [
    'throws in test',
    () => ({}),
    () => {
      throw Object.create(null)
    },
  ],
  ['never settles', () => new Promise(() => {})],
]

function parserWith(extract: Extract, test?: (entry: Entry) => boolean) {
  const plugin = definePlugin({
    name: 'hostile',
    schema: z.object({ note: z.string(), deep: z.unknown() }).partial(),
    extract: extract as Plugin['extract'],
    ...(test && { test }),
  })
  return createParser().use(plugin).use(witness)
}

function check(result: { papers: Array<Record<string, unknown>> }) {
  expect(result.papers.map((paper) => paper.title)).toEqual(['Paper One', 'Paper Two'])
  expect(result.papers.map((paper) => paper.seen)).toEqual(['Paper One', 'Paper Two'])
  // The built-in plugins' fields stand too.
  expect(result.papers[0]?.authorCount).toBe(4)
  expect(result.papers[0]?.repositories).toEqual([expect.objectContaining({ url: 'https://github.com/a/b' })])
}

describe('hostile plugins', () => {
  for (const [name, extract, test] of hostile) {
    it(`${name}: parseSync keeps every entry and the other plugins' fields`, () => {
      const result = parserWith(extract, test).parseSync(text, options)
      check(result)
      for (const message of result.messages) expect(message.reason.length).toBeLessThanOrEqual(2000)
    })
    it(`${name}: parse keeps every entry and the other plugins' fields`, async () => {
      const result = await parserWith(extract, test).parse(text, options)
      check(result)
    })
  }

  it('a plugin that never settles is reported with the timeout, once per entry', async () => {
    const result = await parserWith(() => new Promise(() => {})).parse(text, options)
    const timeouts = result.messages.filter((message) => /pluginTimeout/.test(message.reason))
    expect(timeouts.map((message) => message.ruleId)).toEqual(['hostile', 'hostile'])
  })

  it('a bad citation is rejected when cite is called, and the field keeps the entry position', async () => {
    const result = parserWith(hostile[17]?.[1] as Extract).parseSync(text, options)
    expect(result.papers[0]?.note).toBe('kept')
    expect(result.papers[0]?.provenance.note?.method).toBe('extract')
    expect(result.messages.some((message) => /Unexpected citation for `note`/.test(message.reason))).toBe(true)
  })

  it('an abort signal stops the parse between entries and returns the papers so far', async () => {
    const controller = new AbortController()
    const stopper = definePlugin({
      name: 'stopper',
      schema: z.object({}),
      extract: () => {
        controller.abort()
        return {}
      },
    })
    const result = await createParser()
      .use(stopper)
      .parse(text, { ...options, signal: controller.signal })
    expect(result.papers.map((paper) => paper.title)).toEqual(['Paper One'])
    expect(result.messages.map((message) => message.ruleId)).toEqual(['core:aborted'])
  })
})
