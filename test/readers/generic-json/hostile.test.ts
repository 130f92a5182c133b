/** generic-json on hostile JSON: prototype keys, deep nesting, and work that grows with the input. */
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { findPapers } from '../../../src/readers/generic-json/find.js'
import { genericJson } from '../../../src/readers/generic-json/index.js'
import { locate, type Want, want } from '../../../src/readers/generic-json/spans.js'
import { fileAndContext } from '../../helpers.js'

const paper = (index: number) => ({ title: `Paper ${index}`, authors: [{ name: 'A B' }], year: 2000 + (index % 20) })

describe('generic-json: prototype keys', () => {
  it('a `__proto__` key injects nothing: not into the record, not into Object.prototype', () => {
    const injected =
      '{"title": "Injected", "authors": ["Mallory"], "year": 1999, "doi": "10.6666/evil", "polluted": true}'
    const text = `{"data": [
      {"__proto__": ${injected}, "title": "Real", "authors": ["A B"], "year": 2001},
      {"__proto__": ${injected}},
      {"title": "Second", "authors": {"__proto__": ["Mallory"]}, "constructor": {"prototype": {"polluted": true}}, "year": 2002, "venue": "V"},
      {"info": {"__proto__": ${injected}}, "title": "Third", "authors": ["C D"], "year": 2003}
    ]}`
    const { papers } = parseSync(text)
    expect(papers.map((item) => [item.title, item.authors.map((author) => author.name), item.year, item.doi])).toEqual([
      ['Real', ['A B'], 2001, undefined],
      ['Second', [], 2002, undefined],
      ['Third', ['C D'], 2003, undefined],
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).title).toBeUndefined()
  })
})

describe('generic-json: deep nesting', () => {
  it('100 000 nested arrays: no stack overflow, no papers, a message', () => {
    const depth = 100_000
    const { papers, messages } = parseSync(`${'['.repeat(depth)}${']'.repeat(depth)}`)
    expect(papers).toEqual([])
    expect(messages.map((message) => message.ruleId)).toEqual(['generic-json:not-papers'])
  })

  it('a paper list under 50 000 nested objects is found and placed', () => {
    const depth = 50_000
    const list = JSON.stringify({ data: [paper(1), paper(2)] })
    const text = `${'{"a":'.repeat(depth)}${list}${'}'.repeat(depth)}`
    const { papers } = parseSync(text)
    expect(papers.map((item) => item.title)).toEqual(['Paper 1', 'Paper 2'])
    const position = papers[1]?.provenance?.title?.position
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe('"Paper 2"')
  })

  it('deeply nested values inside a paper are skipped, not walked', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`
    const text = `[{"title": "Deep", "authors": ["A B"], "year": 2000, "extra": ${deep}}, {"title": "Next", "authors": ["C"], "year": 2001}]`
    expect(parseSync(text).papers.map((item) => item.title)).toEqual(['Deep', 'Next'])
  })
})

/** A string whose `charCodeAt` calls are counted: the scanner's work, character by character. */
class CountingText extends String {
  reads = 0
  override charCodeAt(index: number): number {
    this.reads++
    return super.charCodeAt(index)
  }
}

/** The scanner's character reads and the walk's visits on the JSON of `build(n)`. */
function work(build: (n: number) => unknown, n: number, wanted: (root: Want, value: unknown) => void) {
  const value = build(n)
  const text = JSON.stringify(value)
  const counting = new CountingText(text)
  const root: Want = {}
  wanted(root, value)
  locate(counting as unknown as string, 0, root)
  return { length: text.length, reads: counting.reads, visited: findPapers(value).visited }
}

describe('generic-json: work grows linearly with the input', () => {
  const wantItems = (path: ReadonlyArray<string | number>) => (root: Want, value: unknown) => {
    const list = findPapers(value).lists[0]
    const node = want(root, path)
    for (let index = 0; index < (list?.items.length ?? 0); index++) want(node, [index, 'title'])
  }
  const shapes: Array<{ name: string; build: (n: number) => unknown; wanted: (root: Want, value: unknown) => void }> = [
    {
      name: 'a wide list of papers',
      build: (n) => ({ data: Array.from({ length: n }, (_, index) => paper(index)) }),
      wanted: wantItems(['data']),
    },
    {
      name: 'a list under deep nesting',
      build: (n) => {
        let value: unknown = { data: Array.from({ length: n }, (_, index) => paper(index)) }
        for (let level = 0; level < n; level++) value = { a: value }
        return value
      },
      wanted: (root, value) => {
        const list = findPapers(value).lists[0]
        const node = want(root, list?.path ?? [])
        for (let index = 0; index < (list?.items.length ?? 0); index++) want(node, [index, 'title'])
      },
    },
    {
      name: 'many objects that are not papers',
      build: (n) => ({ points: Array.from({ length: n }, (_, index) => ({ lat: index, tags: [{ k: 'v' }] })) }),
      wanted: () => {},
    },
    {
      name: 'papers with long author lists and long strings',
      build: (n) => [
        {
          title: 'A long paper',
          abstract: 'word '.repeat(n * 5),
          authors: Array.from({ length: n }, (_, index) => `Author ${index}`),
          year: 2000,
        },
      ],
      wanted: wantItems([]),
    },
  ]
  for (const { name, build, wanted } of shapes) {
    it(name, () => {
      const once = work(build, 2000, wanted)
      const twice = work(build, 4000, wanted)
      // Each character is read a bounded number of times, and doubling the input doubles the work.
      expect(once.reads / once.length).toBeLessThan(3)
      expect(twice.reads / twice.length).toBeLessThan(3)
      expect(twice.reads / once.reads).toBeLessThan(2.2)
      expect(twice.visited / Math.max(1, once.visited)).toBeLessThan(2.2)
    })
  }

  it('the whole read of 40 000 papers under 40 000 levels stays fast (no depth × items cost)', () => {
    // Linear work is a few hundred milliseconds; a path copied per item would be 1.6e9 steps.
    const n = 40_000
    const text = `${'{"a":'.repeat(n)}${JSON.stringify({ data: Array.from({ length: n }, (_, index) => paper(index)) })}${'}'.repeat(n)}`
    const start = performance.now()
    const { entries } = genericJson.read(...fileAndContext(text))
    expect(entries).toHaveLength(n)
    expect(performance.now() - start).toBeLessThan(8000)
  }, 30_000)
})
