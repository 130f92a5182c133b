/**
 * Keys named after `Object.prototype` members in untrusted JSON: an own `__proto__` key must not
 * become a prototype (with zod 4.0–4.3, a loose object's parse copied it and injected fields),
 * and `constructor`/`toString` must not pass the strict and unexpected-field checks.
 */
import { readFileSync } from 'node:fs'
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

/**
 * A value nested thousands deep with `__proto__` keys in it, in one item's field: the reviver that
 * dropped those keys recursed once per level (V8's `JSON.parse` with a reviver is recursive, without
 * one it is not), overflowed the stack, and the item was taken for damage and lost. The other
 * items, and the item's other fields, must come through, and the keys must still inject nothing.
 */
describe('deep values with `__proto__` keys', () => {
  const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')
  const deepObject = (levels: number) => `${'{"__proto__":'.repeat(levels)}{"title":"INJECTED"}${'}'.repeat(levels)}`
  const deepArray = (levels: number) => `${'['.repeat(levels)}{"__proto__":${injected}}${']'.repeat(levels)}`
  const shapes = [10_000, 100_000].flatMap((levels) => [
    { name: `an object ${levels} deep`, value: deepObject(levels) },
    { name: `an array ${levels} deep`, value: deepArray(levels) },
  ])

  const daily = fixture('hf-api/daily-papers-2026-05-08/input.json')
  const items = JSON.parse(daily) as Array<{ paper: { id: string; title: string } }>
  const expected = items.map((each) => each.paper.title)

  for (const { name, value } of shapes) {
    it(`hf-api: ${name} in one item's field loses no item and injects nothing`, () => {
      const hostile = JSON.stringify(items[1]).replace(
        '"paper":{',
        `"paper":{"__proto__":${injected},"githubRepo":${value},`,
      )
      const text = `[${JSON.stringify(items[0])},${hostile},${items
        .slice(2)
        .map((each) => JSON.stringify(each))
        .join(',')}]`
      const result = parseSync(text)
      expect(result.format).toBe('hf-api')
      expect(result.papers.map((paper) => paper.title)).toEqual(expected)
      expect(result.papers[1]?.arxivId).toBe('2605.06548')
      expect(result.papers[1]?.authors.length).toBeGreaterThan(0)
      expect(JSON.stringify(result.papers)).not.toContain('INJECTED')
      expect(JSON.stringify(result.papers)).not.toContain('evil.example')
      // The deep value is the item's problem, not the document's: no "invalid JSON".
      expect(result.messages.map((message) => message.ruleId)).not.toContain('hf-api:invalid-json')
      expect(result.messages.map((message) => message.ruleId)).not.toContain('hf-api:invalid-item')
    })
  }

  it('hf-api: a bare paper holding a deep value is read', () => {
    const paper = JSON.stringify(items[1]?.paper)
    // At the end, as the API writes keys it adds: detection reads the first bytes.
    const text = `${paper.slice(0, -1)},"__proto__":${injected},"githubRepo":${deepObject(100_000)}}`
    const result = parseSync(text)
    expect(result.papers.map((each) => each.title)).toEqual([expected[1]])
    expect(JSON.stringify(result.papers)).not.toContain('INJECTED')
  })

  const openalex = JSON.parse(fixture('generic-json/openalex-works-search/input.json')) as {
    results: Array<Record<string, unknown>>
  }
  const titles = openalex.results.map((work) => work.title)
  const withDeep = (value: string) =>
    openalex.results.map((work, index) =>
      index === 1
        ? JSON.stringify(work).replace('{', `{"__proto__":${injected},"extra":${value},`)
        : JSON.stringify(work),
    )

  for (const { name, value } of shapes) {
    it(`generic-json: ${name} in one JSON Lines record loses no record`, () => {
      const result = parseSync(withDeep(value).join('\n'))
      expect(result.format).toBe('generic-json')
      expect(result.papers.map((paper) => paper.title)).toEqual(titles)
      expect(JSON.stringify(result.papers)).not.toContain('INJECTED')
    })

    it(`generic-json: ${name} in one item of a damaged list loses only the damaged item`, () => {
      const works = withDeep(value)
      // A damaged byte in the last work's count: the list is read item by item.
      works[2] = works[2]?.replace('"cited_by_count":1878', '"cited_by_count":18x8') ?? ''
      const result = parseSync(`{"meta": {"count": 3}, "results": [${works.join(', ')}]}`)
      expect(result.format).toBe('generic-json')
      expect(result.papers.map((paper) => paper.title)).toEqual(titles.slice(0, 2))
      expect(JSON.stringify(result.papers)).not.toContain('INJECTED')
    })
  }
})
