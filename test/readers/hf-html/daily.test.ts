import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'

const input = readFileSync(new URL('../../../fixtures/hf-html/daily-2024-08-01/input.html', import.meta.url))
const text = input.toString('utf8')

describe('hf-html: the 2024-08-01 Daily Papers page', () => {
  const { papers, messages, format, document } = parseSync(input)
  const byId = (id: string) => papers.find((paper) => paper.arxivId === id)

  it('is detected and read from its embedded state, all 13 papers, without complaint', () => {
    expect(format).toBe('hf-html')
    expect(papers).toHaveLength(13)
    expect(messages.map(String)).toEqual([])
    expect(papers.map((paper) => paper.source.format)).toEqual(Array(13).fill('hf-html'))
  })

  it('reads what the page says about itself', () => {
    // `<meta property="og:url" content="https://huggingface.co/papers" />`, `"date":"2024-08-01T00:00:00.000Z"`
    expect(document).toEqual({
      referenceDate: '2024-08-01',
      referenceSource: 'page',
      url: 'https://huggingface.co/papers',
    })
  })

  // Values read by hand in the raw file (the entity-encoded JSON) and on the rendered cards.
  it('Llama 3: counts, dates, submitter and thumbnail', () => {
    const llama = byId('2407.21783')
    expect(llama).toMatchObject({
      id: 'arxiv:2407.21783',
      title: 'The Llama 3 Herd of Models',
      url: 'https://huggingface.co/papers/2407.21783',
      upvotes: 94,
      comments: 5,
      authorCount: 533,
      publishedAt: '2024-07-31',
      submittedAt: '2024-08-01',
      submittedBy: 'AK',
      thumbnail: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2407.21783.png',
    })
    expect(llama?.authors).toHaveLength(533)
    expect(llama?.authors.slice(0, 3)).toEqual([
      { name: 'Abhimanyu Dubey' },
      { name: 'Abhinav Jauhri' },
      { name: 'Abhinav Pandey' },
    ])
    expect(
      llama?.abstract?.startsWith(
        'Modern artificial intelligence (AI) systems are powered by foundation models. This paper',
      ),
    ).toBe(true)
  })

  it('MoMa: the title and abstract lose arXiv’s hard line breaks', () => {
    const moma = byId('2407.21770')
    // paper.title is `…Modality-Aware\n  Experts`; the summary breaks after `(MoE)`.
    expect(moma?.title).toBe('MoMa: Efficient Early-Fusion Pre-training with Mixture of Modality-Aware Experts')
    expect(moma?.abstract).toMatch(
      /^We introduce MoMa, a novel modality-aware mixture-of-experts \(MoE\) architecture designed/,
    )
    expect(moma?.abstract).not.toMatch(/\n/)
    expect(moma).toMatchObject({ upvotes: 19, comments: 5, authorCount: 8, submittedBy: 'Victoria Lin' })
  })

  it('Berkeley Humanoid: the hidden author is not listed but is counted', () => {
    const humanoid = byId('2407.21781')
    expect(humanoid?.authors.map((author) => author.name)).toEqual([
      'Qiayuan Liao',
      'Bike Zhang',
      'Xiaoyu Huang',
      'Zhongyu Li',
      'Koushil Sreenath',
    ])
    expect(humanoid?.authorCount).toBe(6)
  })

  it('NeRF-MAE: the arXiv date and the Daily Papers date differ', () => {
    expect(byId('2404.01300')).toMatchObject({ publishedAt: '2024-04-01', submittedAt: '2024-08-01', upvotes: 3 })
  })

  it('Data Contamination Report: the submitter’s display name, not the handle', () => {
    expect(byId('2407.21530')).toMatchObject({ submittedBy: 'Run-Ze Fan', authorCount: 28, upvotes: 8, comments: 3 })
  })

  it('cites the data-props attribute for JSON values and places each entry at its card', () => {
    const llama = byId('2407.21783')
    const place = llama?.provenance.upvotes?.position
    expect(llama?.provenance.upvotes).toMatchObject({ plugin: 'metadata', method: 'hf-html:upvotes' })
    expect(text.slice(place?.start.offset, place?.end.offset)).toMatch(/^data-props="\{&quot;canSubmit&quot;:false,/)
    for (const paper of papers) {
      const span = text.slice(paper.source.position?.start.offset, paper.source.position?.end.offset)
      expect(span.startsWith(`<a href="/papers/${paper.arxivId}"`)).toBe(true)
      expect(span.match(/href="\/papers\/(\d{4}\.\d{5})/g)?.every((href) => href.endsWith(paper.arxivId ?? ''))).toBe(
        true,
      )
    }
  })

  it('has no fields this older page does not carry', () => {
    for (const paper of papers) {
      expect(paper.summary).toBeUndefined()
      expect(paper.keywords).toBeUndefined()
      expect(paper.organization).toBeUndefined()
    }
  })
})
