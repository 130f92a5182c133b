import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Paper, parseSync } from '../../../src/index.js'
import { cutPaperList } from '../../../src/readers/hf-html/cut-state.js'
import { item } from './page.js'

const text = readFileSync(new URL('../../../fixtures/hf-html/daily-2024-08-01/input.html', import.meta.url), 'utf8')

// Where each item of the `dailyPapers` list ends in the raw file, read off it by hand (the
// entity-encoded `data-props` runs from offset 15,063 to 146,753): Llama 3 (533 authors) runs to
// ~85,570, 2407.21705 to ~89,700, …, 2407.21686 to ~137,620, 2407.21475 to ~140,450.
const cuts = [
  { at: 30_000, ids: [] },
  { at: 80_000, ids: [] },
  { at: 90_000, ids: ['2407.21783', '2407.21705'] },
  {
    at: 140_000,
    ids: [
      '2407.21783',
      '2407.21705',
      '2407.21770',
      '2407.21646',
      '2407.21772',
      '2407.21630',
      '2407.21721',
      '2407.21530',
      '2407.20229',
      '2407.21781',
      '2407.21686',
    ],
  },
]

/** A record's values without positions: the cut page has no cards to point at, and its attribute ends early. */
const values = (paper: Paper): unknown =>
  JSON.parse(JSON.stringify(paper, (key, value: unknown) => (key === 'position' ? undefined : value)))

describe('hf-html: a page cut inside its data-props', () => {
  const whole = parseSync(text)

  for (const { at, ids } of cuts) {
    it(`cut at ${at}: the ${ids.length} complete papers, as the whole page has them, and where the cut is`, () => {
      const cut = parseSync(text.slice(0, at))
      expect(cut.format).toBe('hf-html')
      expect(cut.papers.map((paper) => paper.arxivId)).toEqual(ids)
      expect(cut.papers.map(values)).toEqual(whole.papers.slice(0, ids.length).map(values))
      const truncated = cut.messages.filter((message) => message.ruleId === 'hf-html:truncated')
      expect(truncated).toHaveLength(1)
      expect(truncated[0]?.reason).toContain(`read the ${ids.length} complete papers before the cut`)
      // From the `data-props` attribute (line 118, column 66, offset 15,051) to the end of the text.
      expect(truncated[0]?.place).toMatchObject({
        start: { line: 118, column: 66, offset: 15_051 },
        end: { line: 118, offset: at },
      })
      expect(cut.messages.map((message) => message.ruleId)).not.toContain('hf-html:layout')
    })
  }

  it('a state that closes before the end of the page is not cut', () => {
    const result = parseSync(text.slice(0, 150_000))
    expect(result.papers).toHaveLength(13)
    expect(result.messages.map((message) => message.ruleId)).not.toContain('hf-html:truncated')
  })
})

describe('cutPaperList', () => {
  const two = JSON.stringify({ query: 'x', results: { papers: [item('2605.00001'), item('2605.00002')] } })

  it('finds the paper list wherever it is, skipping lists that are not papers, and keeps complete items', () => {
    const withTags = two.replace('{"query"', '{"tags":[{"a":1}],"query"')
    const cut = withTags.slice(0, withTags.indexOf('2605.00002'))
    expect(cutPaperList(cut)).toEqual([item('2605.00001')])
    expect(cutPaperList(JSON.stringify([item('2605.00003')]).slice(0, -1))).toEqual([item('2605.00003')])
  })

  it('gives nothing when no paper is complete or there is no paper list', () => {
    expect(cutPaperList(two.slice(0, two.indexOf('2605.00001')))).toEqual([])
    expect(cutPaperList('{"authors":[{"name":"A"},{"name":"B"')).toEqual([])
    expect(cutPaperList('')).toEqual([])
  })
})
