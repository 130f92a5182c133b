/** papersift/testing: the kit plugin and reader authors test with. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createParser, definePlugin, defineReader, hfText, repositories } from '../../src/index.js'
import { createEntry, readEntries, runFixtures, runPlugin, runPluginSync } from '../../src/testing/index.js'

const seed = readFileSync(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url))

describe('createEntry', () => {
  it('lays the values out in the entry text, each field positioned at its value', () => {
    const entry = createEntry({
      title: 'A title',
      abstract: 'Two\nlines.',
      comment: 'ICML 2024',
      authors: ['Ada', { name: 'Bo', affiliations: ['Lab'] }],
      links: ['https://github.com/o/r', { url: 'https://o.github.io/r', text: 'page' }],
    })
    expect(entry.text).toBe('A title\n\nTwo\nlines.\n\nICML 2024\n\nAda\n\nBo')
    expect(entry.fields.title).toEqual({
      value: 'A title',
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 8, offset: 7 } },
    })
    expect(entry.fields.abstract?.position).toEqual({
      start: { line: 3, column: 1, offset: 9 },
      end: { line: 4, column: 7, offset: 19 },
    })
    expect(entry.fields.comment?.position?.start).toEqual({ line: 6, column: 1, offset: 21 })
    expect(entry.fields.authors?.[1]).toMatchObject({ value: 'Bo', affiliations: ['Lab'] })
    expect(entry.links).toEqual([{ url: 'https://github.com/o/r' }, { url: 'https://o.github.io/r', text: 'page' }])
    expect([entry.format, entry.index]).toEqual(['test', 0])
    expect(
      entry.text.slice(entry.fields.comment?.position?.start.offset, entry.fields.comment?.position?.end.offset),
    ).toBe('ICML 2024')
  })

  it('rejects keys it does not know', () => {
    expect(() => createEntry({ abstarct: 'x' } as never)).toThrow(/Unexpected option `abstarct` of createEntry\(\)/)
  })
})

describe('runPlugin', () => {
  it('runs a plugin as the chain does: validated output, provenance, messages', async () => {
    const entry = createEntry({ title: 'T', abstract: 'Code is available at https://github.com/o/r.' })
    const { output, provenance, messages } = await runPlugin(repositories(), entry)
    expect(output.repositories?.map((repository) => [repository.url, repository.official])).toEqual([
      ['https://github.com/o/r', true],
    ])
    expect(provenance.repositories).toMatchObject({ plugin: 'repositories', method: 'repositories:abstract' })
    expect(provenance.repositories?.position?.start.line).toBe(3)
    expect(messages).toEqual([])
  })

  it('applies the core’s checks: an invalid field is dropped with a message, a throw is a message', () => {
    const sloppy = definePlugin({
      name: 'sloppy',
      schema: z.object({ stars: z.number().int().optional(), note: z.string().optional() }),
      extract: () => ({ stars: 1.5, note: 'kept' }),
    })
    const run = runPluginSync(sloppy, createEntry({ title: 'T' }))
    expect(run.output).toEqual({ note: 'kept' })
    expect(run.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      [
        'sloppy',
        'Unexpected value for `stars` from `extract`: Invalid input: expected int, received number; the field was dropped (plugin `sloppy`, entry 0)',
      ],
    ])
    const thrower = definePlugin({
      name: 'thrower',
      schema: z.object({}),
      extract: () => {
        throw new Error('boom')
      },
    })
    expect(runPluginSync(thrower, createEntry({ title: 'T' })).messages[0]?.reason).toMatch(
      /^Unexpected error in `extract`: boom/,
    )
  })

  it('shows the plugin metadata’s reading of the entry and `paper`, and the reference date', async () => {
    const seen: unknown[] = []
    const spy = definePlugin({
      name: 'spy',
      schema: z.object({ seen: z.boolean().optional() }),
      extract: (_entry, context) => {
        seen.push(context.paper.title, context.paper.publishedAt, context.paper.venue, context.referenceDate)
        return { seen: true }
      },
    })
    const entry = createEntry({ title: 'Read title', publishedAt: 'Apr 25' })
    await runPlugin(spy, entry, { paper: { venue: 'ICML' }, referenceDate: '2025-12-08' })
    expect(seen).toEqual(['Read title', '2025-04-25', 'ICML', '2025-12-08'])
    expect(() => runPluginSync(spy, entry, { refDate: 'x' } as never)).toThrow(/option `refDate` of runPlugin\(\)/)
    expect(() => runPluginSync(repositories as never, entry)).toThrow(
      /did you mean to call it\? `runPlugin\(repositories\(\), entry\)`/,
    )
  })

  it('reports a promise under runPluginSync, and awaits it under runPlugin', async () => {
    const later = definePlugin({
      name: 'later',
      schema: z.object({ later: z.boolean().optional() }),
      extract: async () => ({ later: true }),
    })
    expect(runPluginSync(later, createEntry({ title: 'T' })).messages.map((message) => message.ruleId)).toEqual([
      'later',
    ])
    expect((await runPlugin(later, createEntry({ title: 'T' }))).output).toEqual({ later: true })
  })
})

describe('readEntries', () => {
  it('reads entries with one reader as a parse does', () => {
    const { entries, messages, document } = readEntries(hfText, seed, { referenceDate: '2025-12-08' })
    expect(entries).toHaveLength(39)
    expect(entries[0]?.format).toBe('hf-text')
    expect(entries[0]?.fields.title?.value).toBe(
      'Pretraining task diversity and the emergence of non-Bayesian in-context learning for regression',
    )
    expect(messages).toEqual([])
    expect(document.referenceDate).toBe('2025-12-08')
  })

  it('gives the reader’s messages and the core’s', () => {
    const broken = defineReader({
      name: 'broken',
      sniff: () => 0,
      read: () => {
        throw new Error('no')
      },
    })
    expect(readEntries(broken, 'text').messages.map((message) => message.ruleId)).toEqual([
      'broken:error',
      'broken:no-entries',
    ])
    expect(readEntries(hfText, '').messages.map((message) => message.ruleId)).toEqual(['core:empty'])
  })
})

describe('runFixtures', () => {
  it('scores every field of the real fixtures (hand-written expectations): all right', async () => {
    const report = await runFixtures(new URL('../../fixtures/hf-text/', import.meta.url).pathname, {
      fields: ['title', 'abstract', 'authorCount', 'publishedAt', 'upvotes'],
    })
    expect(report.cases.map((one) => one.name)).toContain('seed')
    for (const one of report.cases) expect(one.mismatches, one.name).toEqual([])
    expect(report.fields.title).toMatchObject({ precision: 1, recall: 1 })
    expect(report.fields.title?.truePositives).toBe(39)
  })

  it('counts true and false positives and negatives per field, and lists the mismatches', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'papersift-fixtures-'))
    mkdirSync(join(folder, 'two'))
    writeFileSync(join(folder, 'two', 'input.txt'), 'TINY\nFirst Paper|ICML\nSecond Paper|\nThird Paper|NeurIPS')
    // Hand-written: the second venue is stated wrongly, the third paper's is left out (so must be absent).
    writeFileSync(
      join(folder, 'two', 'expected.json'),
      JSON.stringify([
        { title: 'First Paper', venue: 'ICML' },
        { title: 'Second Paper', venue: 'AAAI' },
        { title: 'Third Paper' },
      ]),
    )
    const tiny = defineReader({
      name: 'tiny',
      sniff: (sample) => (sample.startsWith('TINY') ? 1 : 0),
      read: (file) => ({
        entries: String(file.value)
          .split('\n')
          .slice(1)
          .map((line) => {
            const [title = '', venue = ''] = line.split('|')
            return { fields: { title: { value: title }, ...(venue ? { venue: { value: venue } } : {}) } }
          }),
      }),
    })
    const report = await runFixtures(folder, { parser: createParser().use(tiny) })
    expect(report.fields.title).toEqual({
      truePositives: 3,
      falsePositives: 0,
      falseNegatives: 0,
      precision: 1,
      recall: 1,
    })
    // venue: ICML right (TP); AAAI stated but absent (FN); NeurIPS present but not stated (FP).
    expect(report.fields.venue).toEqual({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      precision: 0.5,
      recall: 0.5,
    })
    expect(report.cases[0]?.mismatches).toEqual([
      { paper: 1, field: 'venue', expected: 'AAAI', actual: undefined },
      { paper: 2, field: 'venue', expected: undefined, actual: 'NeurIPS' },
    ])
    expect(report.cases[0]?.papers).toEqual({ actual: 3, expected: 3 })
  })
})
