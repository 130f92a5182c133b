import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'

const input = readFileSync(new URL('../../../fixtures/hf-text/seed/input.txt', import.meta.url))

describe('hf-text seed', () => {
  const { papers, messages, format } = parseSync(input, { referenceDate: '2025-12-08' })

  it('detects the format and reads all 39 papers without complaint', () => {
    expect(format).toBe('hf-text')
    expect(papers).toHaveLength(39)
    expect(messages).toEqual([])
  })

  it('records where each field came from, and that a year was inferred', () => {
    const tumour = papers[10]
    expect(tumour?.publishedAt).toBe('2025-04-25')
    expect(tumour?.provenance.publishedAt).toMatchObject({
      plugin: 'metadata',
      method: 'hf-text:publishedAt',
      inferred: ['year'],
    })
    // `Apr 25` is on line 99 of the copy (grep -n), columns 1-7.
    expect(tumour?.provenance.publishedAt?.position).toEqual({
      start: { line: 99, column: 1, offset: expect.any(Number) },
      end: { line: 99, column: 7, offset: expect.any(Number) },
    })
    const codet5 = papers[9]
    expect(codet5?.provenance.publishedAt?.inferred).toBeUndefined()
    // `May 13, 2023 2`: the comment count is the last character of its line.
    const place = codet5?.provenance.comments?.position
    expect(input.toString('utf8').slice(place?.start.offset, place?.end.offset)).toBe('2')
  })

  it('gives stable ids from the normalised title and the source of every record', () => {
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(39)
    for (const [index, paper] of papers.entries()) {
      expect(paper.id).toMatch(/^title:[0-9a-f]{16}$/)
      expect(paper.source).toMatchObject({ format: 'hf-text', index })
    }
    // Case, punctuation and spacing of the title do not change the id.
    const title = papers[0]?.title ?? ''
    const variant = input.toString('utf8').replace(title, `  ${title.toUpperCase().replace(/ /g, '  ')}!`)
    expect(parseSync(variant, { referenceDate: '2025-12-08' }).papers[0]?.id).toBe(papers[0]?.id)
  })

  it('uses the page’s own date line when no reference date is given', () => {
    const own = parseSync(input)
    // `Dec 8` resolves against today to the latest Dec 8 not after it; `Apr 25` then resolves against that.
    const today = new Date().toISOString().slice(0, 10)
    const year = Number(today.slice(0, 4)) - (today.slice(5) < '12-08' ? 1 : 0)
    expect(own.papers[10]?.publishedAt).toBe(`${year}-04-25`)
    expect(own.papers[9]?.publishedAt).toBe('2023-05-13')
    expect(own.document).toEqual({ referenceDate: `${year}-12-08`, referenceSource: 'page' })
    expect(parseSync(input, { referenceDate: '2025-12-08' }).document).toEqual({
      referenceDate: '2025-12-08',
      referenceSource: 'option',
    })
  })
})
