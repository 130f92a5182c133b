/**
 * generic-json on the real captures beyond the hand-checked records of `test/fixtures.test.ts`:
 * every item of each list, field counts taken from the raw files with grep (noted beside each),
 * and the messages each file gives.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'

const load = (name: string) =>
  parseSync(readFileSync(new URL(`../../../fixtures/generic-json/${name}/input.json`, import.meta.url)))
const count = (values: unknown[]) => values.filter((value) => value !== undefined).length

describe('generic-json fixtures: whole lists', () => {
  it('Semantic Scholar author papers: all 60, no message but the one doubtful record', () => {
    const { papers, messages } = load('semanticscholar-author-papers')
    expect(papers).toHaveLength(60)
    for (const paper of papers) {
      expect(paper.authors.length, paper.title).toBeGreaterThan(0)
      expect(paper.url).toMatch(/^https:\/\/www\.semanticscholar\.org\/paper\/[0-9a-f]{40}$/)
      expect(paper.citedBy).toBeTypeOf('number')
    }
    expect(count(papers.map((paper) => paper.year))).toBe(59) // grep: one `"year": null`
    expect(count(papers.map((paper) => paper.doi))).toBe(32) // grep: 32 `"DOI": "…"`
    expect(count(papers.map((paper) => paper.pdfUrl))).toBe(2) // grep: 2 non-null `openAccessPdf`
    expect(count(papers.map((paper) => paper.abstract))).toBe(34) // grep: 34 string `abstract`s
    expect(count(papers.map((paper) => paper.arxivId))).toBe(0)
    // The last paper has no year, venue, DOI or date: kept, and said to be doubtful.
    expect(papers[59]?.confidence).toBe(0.5)
    expect(messages.map((message) => message.ruleId)).toEqual(['generic-json:doubtful'])
  })

  it('zbMATH: all 49 documents, DOIs and arXiv ids from typed links', () => {
    const { papers } = load('zbmath-api-author')
    expect(papers).toHaveLength(49)
    expect(count(papers.map((paper) => paper.doi))).toBe(39) // grep: 39 `"type": "doi"` links
    expect(count(papers.map((paper) => paper.arxivId))).toBe(42) // grep: 42 `"type": "arxiv"` links
    expect(papers.every((paper) => paper.year !== undefined && paper.url?.startsWith('https://zbmath.org/'))).toBe(true)
  })

  it('OpenAlex and Crossref: every work, and no reference of theirs, is a paper', () => {
    const openalex = load('openalex-works-search')
    expect(openalex.papers.map((paper) => paper.doi)).toEqual([
      '10.1038/s41586-021-03534-y',
      '10.1038/s41587-020-0561-9',
      '10.1038/nbt.3199',
    ])
    expect(openalex.messages).toEqual([])
    const crossref = load('crossref-works-orcid')
    expect(crossref.papers).toHaveLength(4)
    expect(crossref.messages).toEqual([])
  })
})
