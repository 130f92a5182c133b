/**
 * The seed page against fixtures/hf-text/seed/repositories.expected.json, labelled by hand
 * from the page: every repository (with its owner, name, role, sentence and line), project
 * page and link, and nothing for the other papers. Precision and recall of `repositories`
 * are computed over (paper, URL) pairs.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Link, parseSync } from '../../../src/index.js'

interface Label {
  index: number
  title: string
  repositories?: Array<{ url: string; owner: string; name: string; official: boolean; line: number; evidence: string }>
  projectPages?: string[]
  links?: Link[]
}

const folder = new URL('../../../fixtures/hf-text/seed/', import.meta.url)
const input = readFileSync(new URL('input.txt', folder), 'utf8')
const labels = (JSON.parse(readFileSync(new URL('repositories.expected.json', folder), 'utf8')) as { papers: Label[] })
  .papers

describe('repositories on the seed', () => {
  const { papers, messages } = parseSync(input, { referenceDate: '2025-12-08' })
  const byIndex = new Map(labels.map((label) => [label.index, label]))

  it('parses the 39 papers without a message', () => {
    expect(papers).toHaveLength(39)
    expect(messages).toEqual([])
  })

  it('finds exactly the hand-labelled repositories, pages and links of each paper', () => {
    papers.forEach((paper, index) => {
      const label = byIndex.get(index)
      if (label) expect(paper.title).toBe(label.title)
      expect(
        paper.repositories.map(({ url, owner, name, official, evidence, sources }) => ({
          url,
          owner,
          name,
          official,
          line: sources?.[0]?.position?.start.line,
          evidence,
        })),
        `paper ${index}`,
      ).toEqual(label?.repositories ?? [])
      expect(paper.projectPages, `paper ${index}`).toEqual(label?.projectPages ?? [])
      expect(paper.links, `paper ${index}`).toEqual(label?.links ?? [])
    })
  })

  it('points each repository’s source at the URL as written on the page', () => {
    for (const paper of papers) {
      for (const repository of paper.repositories) {
        const position = repository.sources?.[0]?.position
        expect(input.slice(position?.start.offset, position?.end.offset)).toBe(repository.url)
      }
    }
  })

  it('has precision and recall 1.0 for repositories', () => {
    const expected = new Set(
      labels.flatMap((label) => (label.repositories ?? []).map((r) => `${label.index} ${r.url}`)),
    )
    const found = new Set(papers.flatMap((paper, index) => paper.repositories.map((r) => `${index} ${r.url}`)))
    const right = [...found].filter((pair) => expected.has(pair)).length
    expect(expected.size).toBe(13)
    expect({ precision: right / found.size, recall: right / expected.size }).toEqual({ precision: 1, recall: 1 })
  })
})
