/**
 * Keys named after `Object.prototype` members in untrusted JSON: an own `__proto__` key must not
 * become a prototype (with zod 4.0–4.3, a loose object's parse copied it and injected fields),
 * and `constructor`/`toString` must not pass the strict and unexpected-field checks.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createParser, definePlugin, parseSync, validatePapers } from '../../src/index.js'
import { escapeAttribute, item, page } from '../readers/hf-html/page.js'

// An item whose `paper` carries an own `__proto__` with the fields the injection used to add.
const injected =
  '{"title":"INJECTED","summary":"INJECTED abstract","projectPage":"https://evil.example/","authors":[{"name":"Mallory"}]}'
const poisoned = (key: string) =>
  JSON.stringify(item('2605.00001')).replace('"paper":{', `"paper":{"${key}":${injected},`)

describe('own __proto__ keys in untrusted JSON', () => {
  for (const key of ['__proto__', '\\u005f_proto__', '__pr\\u006fto__']) {
    it(`hf-api: \`${key}\` injects nothing`, () => {
      const result = parseSync(`[${poisoned(key)},${JSON.stringify(item('2605.00002'))}]`)
      expect(result.papers.map((paper) => paper.title)).toEqual(['Paper 2605.00001', 'Paper 2605.00002'])
      expect(result.papers[0]?.authors.map((author) => author.name)).toEqual(['Ada Lovelace'])
      expect(result.papers[0]?.projectPages).toEqual([])
      expect(JSON.stringify(result.papers)).not.toContain('INJECTED')
      expect(({} as Record<string, unknown>).title).toBeUndefined()
    })

    it(`hf-html state: \`${key}\` injects nothing`, () => {
      const props = `{"dailyPapers":[${poisoned(key)}]}`
      const result = parseSync(page(undefined, '', escapeAttribute(props)))
      expect(result.papers.map((paper) => paper.title)).toEqual(['Paper 2605.00001'])
      expect(JSON.stringify(result.papers)).not.toContain('INJECTED')
    })
  }
})

describe('keys named after Object.prototype members', () => {
  const paper = parseSync(`[${JSON.stringify(item('2605.00001'))}]`).papers[0]

  it('validatePapers --strict reports them as unknown fields', () => {
    const record = JSON.parse(
      JSON.stringify(paper).replace('{', '{"constructor":1,"toString":2,"__proto__":{"x":1},"hasOwnProperty":3,'),
    )
    const result = validatePapers(record, { strict: true })
    expect(result.valid).toBe(false)
    expect(result.records[0]?.problems.map((problem) => problem.path).sort()).toEqual([
      '$.__proto__',
      '$.constructor',
      '$.hasOwnProperty',
      '$.toString',
    ])
  })

  it('the chain drops them as fields no schema declares', () => {
    const plugin = definePlugin({
      name: 'keys',
      schema: z.object({ ok: z.string() }).partial(),
      extract: () => JSON.parse('{"constructor":"x","toString":"y","valueOf":"z","ok":"yes"}'),
    })
    const result = createParser()
      .use(plugin)
      .parseSync(`[${JSON.stringify(item('2605.00001'))}]`)
    const paper = result.papers[0] as Record<string, unknown>
    expect(paper.ok).toBe('yes')
    expect(Object.hasOwn(paper, 'constructor')).toBe(false)
    expect(Object.hasOwn(paper, 'toString')).toBe(false)
    expect(result.messages.map((message) => message.reason.match(/field `(\w+)`/)?.[1])).toEqual([
      'constructor',
      'toString',
      'valueOf',
    ])
  })
})
