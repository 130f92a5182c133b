/**
 * mergePapers on the seed (hf-text) with records of other sources built here by hand, in the
 * shape their readers make (the arXiv and Hugging Face readers land separately).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isPaper, mergePapers, type Paper, paperId, parseSync, validatePapers } from '../../src/index.js'
import { rank } from '../../src/merge/priority.js'

const seed = parseSync(readFileSync(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url)), {
  referenceDate: '2025-12-08',
}).papers

/** A record as a reader of `format` would make it: the fields given, provenance for each. */
function record(format: string, index: number, fields: Partial<Paper> & { title: string }): Paper {
  const provenance = Object.fromEntries(
    Object.keys(fields).map((field) => [field, { plugin: 'metadata', method: `${format}:${field}` }]),
  )
  const paper = {
    id: paperId(fields),
    authors: [],
    repositories: [],
    projectPages: [],
    links: [],
    datasets: [],
    ...fields,
    source: { format, index },
    provenance,
  }
  expect(isPaper(paper)).toBe(true)
  return paper
}

// The arXiv feed states ids, exact dates and the title as submitted (other casing, same words).
const atom = [
  record('arxiv-atom', 0, {
    title: 'Pretraining Task Diversity and the Emergence of Non-Bayesian In-Context Learning for Regression',
    arxivId: '2306.15063',
    publishedAt: '2023-06-26',
    authors: [{ name: 'Allan Raventós' }, { name: 'Mansheej Paul' }, { name: 'Feng Chen' }, { name: 'Surya Ganguli' }],
    authorCount: 4,
    categories: ['cs.LG'],
  }),
  record('arxiv-atom', 1, {
    title: 'Towards a deep learning approach for classifying treatment response in glioblastomas',
    arxivId: '2504.18268',
    publishedAt: '2025-04-25',
  }),
  record('arxiv-atom', 2, { title: 'A paper only arXiv lists', arxivId: '2401.00001' }),
]
// The Hugging Face API states upvotes and comments, and its own (later) count of comments.
const api = [
  record('hf-api', 0, {
    title: 'CodeT5+: Open Code Large Language Models for Code Understanding and Generation',
    arxivId: '2305.07922',
    upvotes: 5,
    comments: 3,
    keywords: ['code'],
  }),
  record('hf-api', 1, {
    title: 'Pretraining task diversity and the emergence of non-Bayesian in-context learning for regression',
    arxivId: '2306.15063',
    upvotes: 12,
    summary: 'Task diversity decides when transformers stop behaving like Bayes.',
  }),
]

describe('mergePapers', () => {
  const merged = mergePapers(seed, atom, api)
  const byTitle = (start: string) => merged.find((paper) => paper.title.startsWith(start))

  it('gives one record per paper, in order of first appearance', () => {
    // 39 seed papers; the arXiv-only paper is new.
    expect(merged).toHaveLength(40)
    expect(merged.slice(0, 39).map((paper) => paper.title.toLowerCase())).toEqual(
      seed.map((paper) => paper.title.toLowerCase()),
    )
    expect(merged[39]?.title).toBe('A paper only arXiv lists')
    expect(validatePapers(merged, { strict: true }).valid).toBe(true)
  })

  it('takes bibliographic fields from arXiv and community fields from Hugging Face', () => {
    const paper = byTitle('Pretraining')
    expect(paper).toMatchObject({
      id: 'arxiv:2306.15063',
      title: 'Pretraining Task Diversity and the Emergence of Non-Bayesian In-Context Learning for Regression',
      arxivId: '2306.15063',
      upvotes: 12,
      summary: 'Task diversity decides when transformers stop behaving like Bayes.',
      categories: ['cs.LG'],
      authorCount: 4,
    })
    expect(paper?.authors).toHaveLength(4)
    // The abstract only the text copy has is kept, from it.
    expect(paper?.abstract).toBe(seed[0]?.abstract)
    expect(paper?.provenance.title?.source).toEqual({ format: 'arxiv-atom', index: 0 })
    expect(paper?.provenance.upvotes?.source).toEqual({ format: 'hf-api', index: 1 })
    expect(paper?.provenance.abstract).toMatchObject({ plugin: 'metadata', source: { format: 'hf-text', index: 0 } })
    expect(paper?.provenance.id).toEqual({ plugin: 'core', method: 'arxiv-id' })
    expect(paper?.source).toEqual({ format: 'arxiv-atom', index: 0 })
    expect(paper?.sources?.map((source) => source.format)).toEqual(['arxiv-atom', 'hf-api', 'hf-text'])
  })

  it('prefers an exact arXiv date to a year the text copy inferred', () => {
    const paper = byTitle('Towards a deep learning approach')
    expect(seed[10]?.provenance.publishedAt?.inferred).toEqual(['year'])
    expect(paper?.provenance.publishedAt).toEqual({
      plugin: 'metadata',
      method: 'arxiv-atom:publishedAt',
      source: { format: 'arxiv-atom', index: 1 },
    })
  })

  it('takes upvotes and comments from the API over the text copy', () => {
    const paper = byTitle('CodeT5+')
    expect(seed[9]?.comments).toBe(2)
    expect(paper).toMatchObject({ comments: 3, upvotes: 5, keywords: ['code'], arxivId: '2305.07922' })
    expect(paper?.id).toBe('arxiv:2305.07922')
    // The text copy still supplies what the API record lacks.
    expect(paper?.publishedAt).toBe('2023-05-13')
    expect(paper?.provenance.publishedAt?.source?.format).toBe('hf-text')
  })

  it('lets the earlier list win among sources of the same rank', () => {
    const copy = seed.map((paper) => (paper.title.startsWith('CodeT5+') ? { ...paper, comments: 7 } : paper))
    const [first] = mergePapers(seed, copy).filter((paper) => paper.title.startsWith('CodeT5+'))
    expect(first?.comments).toBe(2)
    const [second] = mergePapers(copy, seed).filter((paper) => paper.title.startsWith('CodeT5+'))
    expect(second?.comments).toBe(7)
    expect(mergePapers(seed, seed)).toHaveLength(39)
  })

  it('keeps papers with different titles and no arXiv id apart, and records of one source as they are', () => {
    const alone = mergePapers(seed)
    expect(alone).toHaveLength(39)
    expect(alone[5]).toMatchObject({ ...seed[5], sources: [seed[5]?.source] })
    expect(mergePapers()).toEqual([])
  })

  it('keeps a title of punctuation only to itself', () => {
    const odd = [record('hf-text', 0, { title: '???' }), record('hf-text', 1, { title: '!!!' })]
    expect(mergePapers(odd)).toHaveLength(2)
  })

  it('merges merged records again without losing their sources', () => {
    const again = mergePapers(mergePapers(seed, atom), api)
    expect(again.find((paper) => paper.arxivId === '2306.15063')?.sources?.map((source) => source.format)).toEqual([
      'arxiv-atom',
      'hf-text',
      'hf-api',
    ])
  })

  it('throws on misuse, saying what it expects', () => {
    expect(() => mergePapers(seed, 'papers' as unknown as Paper[])).toThrow(
      /mergePapers expects arrays of Paper records .* got string as argument 2/,
    )
  })
})

describe('source priority', () => {
  it('ranks arXiv first for bibliographic fields and Hugging Face first for community fields', () => {
    expect(rank('arxiv-atom', 'title')).toBeLessThan(rank('hf-api', 'title'))
    expect(rank('hf-text', 'upvotes')).toBeLessThan(rank('arxiv-atom', 'upvotes'))
    expect(rank('hf-api', 'comments')).toBeLessThan(rank('hf-text', 'comments'))
    // The latest version's date is arXiv's; the day a listing took the paper is Hugging Face's.
    expect(rank('arxiv-search', 'updatedAt')).toBeLessThan(rank('hf-api', 'updatedAt'))
    expect(rank('hf-api', 'submittedAt')).toBeLessThan(rank('arxiv-search', 'submittedAt'))
    // Unknown members of a family rank with it; unknown formats last.
    expect(rank('arxiv-listing-v2', 'title')).toBeLessThan(rank('hf-api', 'title'))
    expect(rank('my-scraper', 'title')).toBeGreaterThan(rank('hf-text', 'title'))
  })
})
