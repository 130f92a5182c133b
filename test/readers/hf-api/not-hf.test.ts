import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { hfApi } from '../../../src/readers/hf-api/index.js'

// Papers with Code's API shape: papers nest under `paper` too, but are named by a slug.
const pwc = {
  count: 1,
  results: [
    {
      paper: {
        id: 'attention-is-all-you-need',
        arxiv_id: '1706.03762',
        title: 'Attention Is All You Need',
        abstract: 'The dominant sequence transduction models are based on complex recurrent networks.',
        authors: [],
      },
      repository: { url: 'https://github.com/tensorflow/tensor2tensor', stars: 14000 },
    },
  ],
}

describe('hf-api: JSON that is not Hugging Face’s', () => {
  it('a Papers-with-Code-shaped response is not claimed', () => {
    const text = JSON.stringify(pwc)
    expect(hfApi.sniff(text)).toBe(0)
    expect(parseSync(text).format).not.toBe('hf-api')
  })

  it('read as hf-api anyway: no papers, no invented Hugging Face URL', () => {
    const result = parseSync(JSON.stringify(pwc), { format: 'hf-api' })
    expect(result.papers).toEqual([])
    expect(result.messages.map((message) => message.ruleId)).toContain('hf-api:unrecognised')
  })

  it('a paper with Hugging Face’s own keys but no arXiv id: read, with no arXiv id and no URL made up', () => {
    const item = { paper: { id: 'a-slug', title: 'T', discussionId: 'd1', upvotes: 2 }, numComments: 0 }
    const result = parseSync(JSON.stringify([item]))
    expect(result.format).toBe('hf-api')
    expect(result.papers).toHaveLength(1)
    expect(result.papers[0]).toMatchObject({ title: 'T', upvotes: 2, comments: 0 })
    expect(result.papers[0]?.arxivId).toBeUndefined()
    expect(result.papers[0]?.url).toBeUndefined()
  })

  it('an arXiv-named item is claimed without other Hugging Face keys', () => {
    const text = JSON.stringify([{ paper: { id: '1706.03762', title: 'Attention Is All You Need' } }])
    expect(hfApi.sniff(text)).toBeGreaterThan(0.5)
    expect(parseSync(text).papers[0]).toMatchObject({
      arxivId: '1706.03762',
      url: 'https://huggingface.co/papers/1706.03762',
    })
  })

  it('`authors: []` states no author count', () => {
    const text = JSON.stringify([{ paper: { id: '1706.03762', title: 'T', authors: [], discussionId: 'd' } }])
    const [paper] = parseSync(text).papers
    expect(paper?.authors).toEqual([])
    expect(paper?.authorCount).toBeUndefined()
  })
})
