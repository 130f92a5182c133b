import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { hfApi } from '../../../src/readers/hf-api/index.js'
import { fileAndContext } from '../../helpers.js'

const load = (date: string) =>
  readFileSync(new URL(`../../../fixtures/hf-api/daily-papers-${date}/input.json`, import.meta.url), 'utf8')

describe('hf-api: /api/daily_papers of 2026-05-08', () => {
  const text = load('2026-05-08')
  const { papers, messages, format } = parseSync(text)
  const byId = (id: string) => papers.find((paper) => paper.arxivId === id)

  it('is detected and gives all 37 papers without complaint', () => {
    expect(format).toBe('hf-api')
    expect(papers).toHaveLength(37)
    expect(messages.map(String)).toEqual([])
    expect(Math.max(...papers.map((paper) => paper.upvotes ?? 0))).toBe(86) // MANIFEST: max upvotes 86
  })

  // Values read by hand in the raw JSON.
  it('2605.05242: counts, organisation, submitter, keywords, machine summary', () => {
    const paper = byId('2605.05242')
    expect(paper).toMatchObject({
      title: 'Beyond Semantic Similarity: Rethinking Retrieval for Agentic Search via Direct Corpus Interaction',
      upvotes: 86,
      comments: 3,
      authorCount: 19,
      organization: 'TIGER-Lab',
      submittedBy: 'ZhuofengLi',
      publishedAt: '2026-05-03',
      submittedAt: '2026-05-08',
      url: 'https://huggingface.co/papers/2605.05242',
    })
    expect(paper?.authors[0]).toEqual({ name: 'Zhuofeng Li' })
    expect(paper?.authors[5]).toEqual({ name: 'Yi Lu' }) // the author's name, not the account's (`Tom Lu`)
    expect(paper?.keywords?.slice(0, 3)).toEqual(['retrieval systems', 'lexical retrieval', 'semantic retrieval'])
    expect(paper?.summary).toBe(
      'Direct corpus interaction enables more effective agentic search by allowing agents to query raw text directly, outperforming traditional retrieval methods in complex tasks.',
    )
  })

  it('2605.04077: submittedAt is the Daily Papers day, not the top-level publishedAt', () => {
    // paper.publishedAt 2026-04-14T00:00Z, top-level publishedAt 2026-04-13T20:00Z, submittedOnDailyAt 2026-05-08T03:08Z
    expect(byId('2605.04077')).toMatchObject({
      publishedAt: '2026-04-14',
      submittedAt: '2026-05-08',
      organization: 'OpenMOSS',
    })
  })

  it('2605.06548 and 2605.06130: an organisation where there is one, none where there is none', () => {
    expect(byId('2605.06548')).toMatchObject({
      organization: 'ByteDance Seed',
      submittedBy: 'taesiri',
      upvotes: 68,
      comments: 6,
      authorCount: 11,
    })
    expect(byId('2605.06130')).toMatchObject({ upvotes: 67, comments: 2, authorCount: 9 })
    expect(byId('2605.06130')?.organization).toBeUndefined()
  })

  it('2605.06652: the abstract’s paragraph break is joined back into prose', () => {
    // `…stability across reruns.\n  We instantiate the chain in SimpleAudit…`
    const paper = byId('2605.06652')
    expect(paper?.abstract).toContain('stability across reruns. We instantiate the chain in SimpleAudit')
    expect(paper?.organization).toBe('Simula Metropolitan Center for Digital Engineering (SimulaMet)')
  })

  it('2605.04956: a keyword the source repeats is kept once', () => {
    const keywords = byId('2605.04956')?.keywords
    expect(keywords?.filter((keyword) => keyword === 'hardware efficiency')).toHaveLength(1)
    expect(keywords).toHaveLength(10)
  })

  it('hands githubRepo, projectPage and githubStars to the plugins as entry fields (20 and 11 of 37)', () => {
    const { entries } = hfApi.read(...fileAndContext(text))
    expect(entries.filter((entry) => entry.fields.githubRepo).length).toBe(20) // MANIFEST: 20 have githubRepo
    expect(entries.filter((entry) => entry.fields.projectPage).length).toBe(11) // MANIFEST: 11 have projectPage
    const audit = entries.find((entry) => entry.fields.arxivId?.value === '2605.06652')
    expect(audit?.fields.githubRepo).toMatchObject({ value: 'https://github.com/kelkalot/simpleaudit' })
    expect(audit?.fields.githubStars).toMatchObject({ value: '15' })
    const edu = entries.find((entry) => entry.fields.arxivId?.value === '2602.00095')
    expect(edu?.fields.projectPage).toMatchObject({
      value: 'https://gt-learning-innovation.github.io/CIRCUIT_EDU_HW_ACL',
    })
  })

  it('places each entry at its array element', () => {
    for (const paper of papers) {
      const { start, end } = paper.source.position ?? {}
      const element = JSON.parse(text.slice(start?.offset, end?.offset)) as { paper: { id: string } }
      expect(element.paper.id).toBe(paper.arxivId)
    }
  })
})

describe('hf-api: /api/daily_papers of 2026-07-31', () => {
  const { papers, messages, format } = parseSync(load('2026-07-31'))
  const byId = (id: string) => papers.find((paper) => paper.arxivId === id)

  it('is detected and gives all 30 papers without complaint', () => {
    expect(format).toBe('hf-api')
    expect(papers).toHaveLength(30)
    expect(messages.map(String)).toEqual([])
    expect(papers.every((paper) => paper.submittedAt === '2026-07-31')).toBe(true)
  })

  it('reads five papers as the JSON has them', () => {
    expect(byId('2607.23193')).toMatchObject({
      upvotes: 3,
      comments: 2,
      authorCount: 6,
      submittedBy: 'Jinsen Su',
      publishedAt: '2026-07-28',
    })
    expect(byId('2607.23193')?.organization).toBeUndefined()
    expect(byId('2607.23193')?.keywords).toBeUndefined()
    expect(byId('2607.16922')?.upvotes).toBe(0) // zero is a value, not an absence
    expect(byId('2607.28618')).toMatchObject({
      upvotes: 292,
      organization: 'New York University',
      submittedBy: 'Bing Yan',
    })
    expect(byId('2607.28227')).toMatchObject({ upvotes: 283, comments: 7, authorCount: 16, organization: 'TongyiLab' })
    expect(byId('2607.28074')?.submittedBy).toBe('Akshay Nambi') // `Akshay  Nambi` in the JSON
  })
})
