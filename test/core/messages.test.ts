/**
 * Messages as vfile intends: `source` is who spoke, `ruleId` the rule it names, and `expected`,
 * `actual`, `url`, `note` set from `context.message(reason, options)`, for plugins and readers.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { messagesDocs, ruleAnchor, ruleUrl, sourceOf } from '../../src/core/messages.js'
import { createParser, definePlugin, defineReader, type MessageOptions, parseSync } from '../../src/index.js'
import { createEntry, runPluginSync } from '../../src/testing/index.js'

const text = 'Daily Papers\n\nA Paper Title\n\nAn abstract long enough to be one.\n\n  • 1 authors\n·\nJun 26, 2023\n'

/** A plugin that says `reason` with `options` once per entry. */
function speaker(options?: MessageOptions, name = 'venue') {
  return definePlugin({
    name,
    schema: z.object({}),
    extract(_entry, context) {
      context.message('Unexpected venue line, expected one venue', options)
      return undefined
    },
  })
}

/** A reader that reads one paper and says `reason` with `options`. */
function lab(options?: MessageOptions) {
  return defineReader({
    name: 'lab',
    sniff: (sample) => (sample.startsWith('LAB') ? 1 : 0),
    read(_file, context) {
      context.message('Unexpected page layout, expected a list of papers', options)
      return { entries: [{ fields: { title: { value: 'A paper' } } }] }
    },
  })
}

describe('a plugin’s context.message', () => {
  it('speaks under the plugin’s name: source and ruleId, linking the entry on plugins’ messages', () => {
    const [message] = runPluginSync(speaker(), createEntry({ title: 'T' })).messages
    expect(message?.source).toBe('venue')
    expect(message?.ruleId).toBe('venue')
    expect(message?.url).toBe(`${messagesDocs}#plugin`)
    expect(message?.fatal).toBe(false)
  })

  it('puts a bare rule under the plugin’s name, and keeps a rule that names its prefix', () => {
    const bare = runPluginSync(speaker({ ruleId: 'two-venues' }), createEntry({ title: 'T' })).messages[0]
    expect([bare?.ruleId, bare?.source]).toEqual(['venue:two-venues', 'venue'])
    // A named rule is the plugin's own: no papersift entry is linked.
    expect(bare?.url).toBeUndefined()
    const full = runPluginSync(speaker({ ruleId: 'venue:two' }), createEntry({ title: 'T' })).messages[0]
    expect([full?.ruleId, full?.source]).toEqual(['venue:two', 'venue'])
  })

  it('sets expected, actual, url and note as vfile’s message has them', () => {
    const options = {
      ruleId: 'two-venues',
      severity: 'info' as const,
      expected: ['one venue', 'no venue'],
      actual: 'ICML 2024; NeurIPS 2024',
      url: 'https://example.org/venue#two-venues',
      note: 'Keep the first venue the comment names.',
    }
    const [message] = runPluginSync(speaker(options), createEntry({ title: 'T' })).messages
    expect(message).toMatchObject({
      ruleId: 'venue:two-venues',
      source: 'venue',
      expected: ['one venue', 'no venue'],
      actual: 'ICML 2024; NeurIPS 2024',
      url: 'https://example.org/venue#two-venues',
      note: 'Keep the first venue the comment names.',
    })
    expect(message?.fatal).toBeUndefined() // info
    // One expected value may be given as a string.
    const single = runPluginSync(speaker({ expected: 'one venue' }), createEntry({ title: 'T' })).messages[0]
    expect(single?.expected).toEqual(['one venue'])
  })

  it('leaves out what is not a string (or not a URL), and survives options that throw', () => {
    const odd = { ruleId: 'has space', expected: [1, 'ok', null], actual: 3, url: 'not a url', note: {} }
    const [message] = runPluginSync(speaker(odd as never), createEntry({ title: 'T' })).messages
    expect(message).toMatchObject({ ruleId: 'venue', source: 'venue', expected: ['ok'] })
    expect(message?.actual).toBeUndefined()
    expect(message?.note).toBeUndefined()
    expect(message?.url).toBe(`${messagesDocs}#plugin`)
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('gotcha')
        },
      },
    )
    const run = runPluginSync(speaker(hostile as never), createEntry({ title: 'T' }))
    expect(run.messages.map((item) => [item.ruleId, item.source, item.reason])).toEqual([
      ['venue', 'venue', 'Unexpected venue line, expected one venue'],
    ])
  })

  it('clips long details, as it clips the reason', () => {
    const long = 'x'.repeat(5000)
    const [message] = runPluginSync(
      speaker({ actual: long, expected: [long], note: long }),
      createEntry({ title: 'T' }),
    ).messages
    expect(message?.actual?.length).toBe(500)
    expect(message?.expected?.[0]?.length).toBe(500)
    expect(message?.note?.length).toBe(2000)
  })

  it('is the same in a parse: source the plugin, place the entry’s', () => {
    const { messages } = createParser()
      .use(speaker({ ruleId: 'two' }))
      .parseSync(text, { reader: 'hf-text' })
    expect(messages.map((message) => [message.ruleId, message.source, message.line])).toEqual([
      ['venue:two', 'venue', 3],
    ])
  })

  it('the core’s messages about a plugin name it as source, with expected and actual from zod', () => {
    const typed = definePlugin({
      name: 'typed',
      schema: z.object({ stars: z.number().optional() }),
      extract: () => ({ stars: '12' }) as never,
    })
    const [message] = runPluginSync(typed, createEntry({ title: 'T' })).messages
    expect(message).toMatchObject({
      ruleId: 'typed',
      source: 'typed',
      expected: ['number'],
      actual: 'string',
      url: `${messagesDocs}#plugin`,
    })
  })
})

describe('a reader’s context.message', () => {
  it('speaks under the reader’s name; a message without a rule is `<reader>:drift`', () => {
    const { messages } = createParser({ readers: [lab()] }).parseSync('LAB page')
    expect(messages.map((message) => [message.ruleId, message.source, message.url])).toEqual([
      ['lab:drift', 'lab', `${messagesDocs}#reader-drift`],
    ])
  })

  it('puts a bare rule under the reader’s name and sets the details', () => {
    const reader = lab({ ruleId: 'layout', expected: ['ul.papers'], actual: 'div.grid', note: 'The site changed.' })
    const { messages } = createParser({ readers: [reader] }).parseSync('LAB page')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({
      ruleId: 'lab:layout',
      source: 'lab',
      expected: ['ul.papers'],
      actual: 'div.grid',
      note: 'The site changed.',
    })
    expect(messages[0]?.url).toBeUndefined()
  })

  it('does not throw where Error.stackTraceLimit is read-only (frozen intrinsics), and leaves it as it was', () => {
    const before = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')
    Object.defineProperty(Error, 'stackTraceLimit', { value: 7, writable: false, configurable: true })
    try {
      const result = parseSync('   ')
      expect(result.messages.map((message) => message.ruleId)).toEqual(['core:empty'])
      expect((Error as { stackTraceLimit?: number }).stackTraceLimit).toBe(7)
    } finally {
      if (before) Object.defineProperty(Error, 'stackTraceLimit', before)
    }
    const limit = (Error as { stackTraceLimit?: number }).stackTraceLimit
    parseSync('   ')
    expect((Error as { stackTraceLimit?: number }).stackTraceLimit).toBe(limit)
  })

  it('keeps the details under parseStream too', async () => {
    const reader = lab({ ruleId: 'lab:layout', expected: 'ul.papers', url: 'https://example.org/lab#layout' })
    const stream = createParser({ readers: [reader] }).parseStream(
      (async function* () {
        yield 'LAB page'
      })(),
    )
    for await (const _paper of stream);
    expect(stream.messages.map((message) => [message.ruleId, message.source, message.expected, message.url])).toEqual([
      ['lab:layout', 'lab', ['ul.papers'], 'https://example.org/lab#layout'],
    ])
  })

  it('the core’s messages about a reader name it as source and link the generic entry', () => {
    const broken = defineReader({
      name: 'broken',
      sniff: () => 1,
      read: () => {
        throw new Error('kaput')
      },
    })
    const { messages } = createParser({ readers: [broken] }).parseSync('anything')
    expect(messages.map((message) => [message.ruleId, message.source, message.url])).toEqual([
      ['broken:error', 'broken', `${messagesDocs}#reader-error`],
      ['broken:no-entries', 'broken', `${messagesDocs}#reader-no-entries`],
    ])
  })

  it('a built-in reader’s messages link their own entry', () => {
    const { messages } = parseSync('Daily Papers\n\n  • 4 authors\n·\nJun 26, 2023\n', { reader: 'hf-text' })
    const stray = messages.find((message) => message.ruleId === 'hf-text:stray-meta')
    expect(stray).toMatchObject({ source: 'hf-text', url: `${messagesDocs}#hf-text-stray-meta` })
  })
})

describe('the core’s own messages', () => {
  it('have source `core` and link their entry', () => {
    const { messages } = parseSync('   ')
    expect(messages.map((message) => [message.ruleId, message.source, message.url])).toEqual([
      ['core:empty', 'core', `${messagesDocs}#core-empty`],
    ])
  })
})

describe('rule ids and anchors', () => {
  it('anchor a rule id as its heading in docs/messages.md', () => {
    expect(ruleAnchor('hf-text:stray-meta')).toBe('hf-text-stray-meta')
    expect(ruleAnchor('core:unknown-format')).toBe('core-unknown-format')
    expect(ruleAnchor('My.Plugin')).toBe('my-plugin')
    expect(ruleUrl('metadata')).toBe(`${messagesDocs}#metadata`)
  })

  it('take the speaker from the rule id when none is said', () => {
    expect(sourceOf('hf-text:stray-meta')).toBe('hf-text')
    expect(sourceOf('metadata')).toBe('metadata')
    expect(sourceOf(':odd')).toBe(':odd')
  })
})
