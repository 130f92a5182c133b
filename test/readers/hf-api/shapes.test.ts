import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detect } from '../../../src/core/detect.js'
import { parseSync } from '../../../src/index.js'
import { readers } from '../../../src/readers/index.js'
import { item } from '../hf-html/page.js'

const rules = (result: ReturnType<typeof parseSync>) => result.messages.map((message) => message.ruleId)
const bare = {
  id: '2310.06825',
  authors: [
    { _id: 'a', name: 'Albert Q. Jiang', hidden: false },
    { _id: 'b', name: 'Hidden Person', hidden: true },
  ],
  publishedAt: '2023-10-10T17:54:58.000Z',
  title: 'Mistral 7B',
  summary: 'We introduce Mistral 7B v0.1,\na 7-billion-parameter language model.',
  upvotes: 181,
  discussionId: 'x',
}

describe('hf-api: the shapes of the papers API', () => {
  it('a bare paper (`/api/papers/{id}`)', () => {
    const result = parseSync(JSON.stringify(bare))
    expect(result.format).toBe('hf-api')
    expect(result.papers).toHaveLength(1)
    expect(result.papers[0]).toMatchObject({
      arxivId: '2310.06825',
      title: 'Mistral 7B',
      abstract: 'We introduce Mistral 7B v0.1, a 7-billion-parameter language model.',
      authors: [{ name: 'Albert Q. Jiang' }],
      authorCount: 2,
      upvotes: 181,
      publishedAt: '2023-10-10',
    })
    expect(result.papers[0]?.submittedAt).toBeUndefined()
  })

  it('search results (`/api/papers/search`): an array of items, pretty-printed', () => {
    const result = parseSync(JSON.stringify([{ paper: bare, title: 'Mistral 7B', numComments: 4 }], null, 2))
    expect(result.format).toBe('hf-api')
    expect(result.papers[0]).toMatchObject({ arxivId: '2310.06825', comments: 4 })
  })

  it('a list held by an object', () => {
    const result = parseSync(JSON.stringify({ papers: [item('2605.00001'), item('2605.00002')], total: 2 }))
    expect(result.papers.map((paper) => paper.arxivId)).toEqual(['2605.00001', '2605.00002'])
  })

  it('submittedAt: the older top-level publishedAt counts only when it is not before the paper', () => {
    const older = item(
      '2605.00003',
      { publishedAt: '2024-08-01T01:21:47.935Z' },
      {
        publishedAt: '2024-07-31T17:54:27.000Z',
        submittedOnDailyAt: undefined,
      },
    )
    const newer = item('2605.00004', {}, { submittedOnDailyAt: undefined })
    const [a, b] = parseSync(JSON.stringify([older, newer])).papers
    expect(a?.submittedAt).toBe('2024-08-01')
    expect(b?.submittedAt).toBeUndefined() // 2026-05-06T20:00Z is before the paper's 2026-05-07
  })

  it('a wrong type costs one field; unknown keys, nulls and `__proto__` cost nothing', () => {
    const raw = `[{"__proto__":{"polluted":1},"paper":{"id":"2605.00005","title":"T","upvotes":"12","githubRepo":null,"new":{"x":[1]},"authors":[{"name":"A"}]},"title":"T","numComments":2,"extra":true}]`
    const result = parseSync(raw)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.papers[0]).toMatchObject({ title: 'T', comments: 2, authorCount: 1 })
    expect(result.papers[0]?.upvotes).toBeUndefined()
    expect(rules(result)).toEqual(['hf-api:invalid-field'])
    expect(result.messages[0]?.reason).toBe(
      'Unexpected string `"12"` in `paper.upvotes` of item 0, expected a number; the field was left out',
    )
    expect(result.messages[0]?.line).toBe(1)
  })

  it('items that are not papers are skipped with a message at the element', () => {
    const result = parseSync(`[${JSON.stringify(item('2605.00006'))},\n  null,\n  {"paper": 5}]`, { format: 'hf-api' })
    expect(result.papers).toHaveLength(1)
    expect(rules(result)).toEqual(['hf-api:invalid-item', 'hf-api:invalid-item'])
    expect(result.messages.map((message) => message.line)).toEqual([2, 3])
  })

  it('a response cut short keeps the complete items before the cut', () => {
    const text = readFileSync(
      new URL('../../../fixtures/hf-api/daily-papers-2026-05-08/input.json', import.meta.url),
      'utf8',
    )
    // The sixth item is 2605.04523 (read in the file); cut 100 characters into it.
    const cut = text.indexOf('{"paper":{"id":"2605.04523"') + 100
    const result = parseSync(text.slice(0, cut))
    expect(result.format).toBe('hf-api')
    expect(result.papers.map((paper) => paper.arxivId)).toEqual([
      '2605.05242',
      '2605.06548',
      '2605.06130',
      '2605.06416',
      '2605.06222',
    ])
    expect(rules(result)).toEqual(['hf-api:invalid-json'])
    expect(result.messages[0]?.reason).toMatch(
      /^Unexpected invalid JSON \(.+\), expected a complete .+; read the 5 complete items before it$/,
    )
  })

  it('JSON that holds no papers is not claimed, and says so when forced', () => {
    const other = JSON.stringify({ models: [{ id: 'meta-llama/Llama-3', downloads: 5 }] })
    // Left to the generic JSON reader, which finds no papers in it either.
    expect(parseSync(other)).toMatchObject({ format: 'generic-json', papers: [] })
    const forced = parseSync(other, { format: 'hf-api' })
    expect(rules(forced)).toEqual(['hf-api:unrecognised', 'hf-api:no-entries'])
    expect(rules(parseSync('{"paper": {', { format: 'hf-api' }))).toEqual(['hf-api:invalid-json', 'hf-api:no-entries'])
  })
})

describe('detection of the Hugging Face readers', () => {
  const root = new URL('../../../fixtures/', import.meta.url)
  const files = (reader: string) =>
    readdirSync(new URL(`${reader}/`, root)).map((name) => {
      const folder = new URL(`${reader}/${name}/`, root)
      const input = readdirSync(folder).find((file) => file.startsWith('input.')) ?? ''
      return { name, text: readFileSync(new URL(input, folder), 'utf8') }
    })

  it('picks hf-html and hf-api for their fixtures', () => {
    for (const { text } of files('hf-html')) expect(detect(text, readers)?.name).toBe('hf-html')
    for (const { text } of files('hf-api')) expect(detect(text, readers)?.name).toBe('hf-api')
  })

  it('claims neither arXiv pages and feeds nor text and markdown copies', () => {
    for (const { name, text } of [
      ...['arxiv-list', 'arxiv-search', 'arxiv-atom'].flatMap(files),
      ...files('hf-text'),
      ...files('hf-markdown'),
    ]) {
      expect([name, detect(text, readers)?.name]).not.toEqual([name, 'hf-html'])
      expect([name, detect(text, readers)?.name]).not.toEqual([name, 'hf-api'])
    }
  })
})
