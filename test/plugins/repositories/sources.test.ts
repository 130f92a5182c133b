import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { listing } from '../../helpers.js'
import { run } from './run.js'

const at = (line: number, column: number, length: number) => ({
  start: { line, column, offset: column - 1 },
  end: { line, column: column + length, offset: column - 1 + length },
})

describe('repositories plugin: sources', () => {
  it('takes Hugging Face’s githubRepo as official and projectPage as a page', () => {
    const { out, cited } = run({
      githubRepo: { value: 'https://github.com/zju3dv/INTACT-JEPA', position: at(3, 1, 38) },
      projectPage: { value: 'https://zju3dv.github.io/INTACT-JEPA/' },
    })
    expect(out.repositories).toEqual([
      {
        url: 'https://github.com/zju3dv/INTACT-JEPA',
        host: 'github.com',
        owner: 'zju3dv',
        name: 'INTACT-JEPA',
        official: true,
        evidence: 'githubRepo field',
        sources: [{ plugin: 'repositories', origin: 'field:githubRepo', position: at(3, 1, 38) }],
      },
    ])
    expect(out.projectPages).toEqual(['https://zju3dv.github.io/INTACT-JEPA/'])
    expect(cited.repositories).toEqual({ method: 'repositories:field:githubRepo', position: at(3, 1, 38) })
  })

  it('makes one record of a repository found several ways, listing every source', () => {
    const { out } = run(
      {
        githubRepo: { value: 'https://github.com/showlab/Sparkle' },
        projectPage: { value: 'https://github.com/showlab/Sparkle/' },
        abstract: { value: 'Code is at https://github.com/ShowLab/Sparkle/tree/main.' },
      },
      [{ url: 'https://github.com/showlab/Sparkle', text: 'GitHub 1.2k' }],
    )
    expect(out.repositories).toHaveLength(1)
    expect(out.repositories?.[0]).toMatchObject({
      url: 'https://github.com/showlab/Sparkle',
      official: true,
      evidence: 'githubRepo field',
      stars: 1200,
      sources: [
        { plugin: 'repositories', origin: 'field:githubRepo' },
        { plugin: 'repositories', origin: 'field:projectPage' },
        { plugin: 'repositories', origin: 'abstract' },
        { plugin: 'repositories', origin: 'link' },
      ],
    })
    expect(out.projectPages).toBeUndefined()
  })

  it('reads structured fields handed over as links too', () => {
    const { out } = run({}, [
      { url: 'https://github.com/o/r', origin: 'field:githubRepo' },
      { url: 'https://o.github.io/r', origin: 'field:projectPage' },
    ])
    expect(out.repositories?.[0]).toMatchObject({ url: 'https://github.com/o/r', evidence: 'githubRepo field' })
    expect(out.projectPages).toEqual(['https://o.github.io/r'])
  })

  it('takes a githubRepo on another host as code, a projectPage on a forge as code, a DOI page as a link', () => {
    const { out } = run({
      githubRepo: { value: 'https://git.lab.org/team/tool' },
      projectPage: { value: 'https://doi.org/10.5334/tismir.333' },
    })
    expect(out.repositories?.map((repo) => [repo.url, repo.owner, repo.name])).toEqual([
      ['https://git.lab.org/team/tool', 'team', 'tool'],
    ])
    expect(out.links).toEqual([{ url: 'https://doi.org/10.5334/tismir.333', kind: 'paper' }])
  })

  it('reports a structured field that is no URL, and keeps going', () => {
    const { out, messages } = run({
      githubRepo: { value: 'not a url' },
      abstract: { value: 'Code: https://github.com/o/r' },
    })
    expect(messages).toEqual(['Unexpected githubRepo `not a url`, expected a repository or page URL'])
    expect(out.repositories?.map((repo) => repo.url)).toEqual(['https://github.com/o/r'])
  })

  it('reads trending-card links with their star counts', () => {
    const { out } = run({ summary: { value: 'A short summary.' } }, [
      { url: 'https://github.com/o/r', text: 'GitHub 11.3k' },
      { url: 'https://github.com/o/s', text: '★ 1,234' },
      { url: 'https://github.com/o/t', text: '842 stars' },
      { url: 'https://github.com/o/u', text: '[1]' },
    ])
    expect(out.repositories?.map((repo) => [repo.url, repo.stars, repo.official, repo.evidence])).toEqual([
      ['https://github.com/o/r', 11300, true, 'link: GitHub 11.3k'],
      ['https://github.com/o/s', 1234, true, 'link: ★ 1,234'],
      ['https://github.com/o/t', 842, true, 'link: 842 stars'],
      ['https://github.com/o/u', undefined, true, 'link: [1]'],
    ])
  })

  it('reads an href inside the abstract by the sentence around its link text', () => {
    const { out } = run(
      { abstract: { value: 'We build on the implementation available here. Our code is on our site.' } },
      [
        { url: 'https://github.com/other/impl', text: 'here', origin: 'abstract' },
        { url: 'https://lab.example.org/tool', text: 'our site', origin: 'abstract' },
      ],
    )
    expect(out.repositories).toEqual([
      expect.objectContaining({
        url: 'https://github.com/other/impl',
        official: false,
        evidence: 'We build on the implementation available here.',
        sources: [{ plugin: 'repositories', origin: 'link:abstract' }],
      }),
      expect.objectContaining({
        url: 'https://lab.example.org/tool',
        official: true,
        evidence: 'Our code is on our site.',
      }),
    ])
  })

  it('ignores page chrome: the paper’s own links, papers, profiles, unknown hosts without a word', () => {
    const { out } = run(
      {},
      [
        { url: 'https://arxiv.org/abs/2306.15063', text: 'arXiv', origin: 'title' },
        { url: 'https://huggingface.co/papers/2306.15063', text: 'Paper page' },
        { url: 'https://huggingface.co/akhaliq', text: 'akhaliq' },
        { url: 'https://github.com/huggingface', text: 'GitHub' },
        { url: 'https://subscribe.example.com/email/new', text: 'Subscribe' },
        { url: '/papers/2306.15063', text: 'relative' },
        { url: 'https://own.example.org/paper', text: 'own' },
        { url: 'https://huggingface.co/datasets/o/d', text: 'Dataset' },
        { url: 'https://lab.example.org/', text: 'Project page' },
        { url: 'https://lab.example.org/code', text: 'Code' },
      ],
      { url: 'https://own.example.org/paper' },
    )
    expect(out).toEqual({
      repositories: [expect.objectContaining({ url: 'https://lab.example.org/code', evidence: 'link: Code' })],
      projectPages: ['https://lab.example.org/'],
      links: [{ url: 'https://huggingface.co/datasets/o/d', kind: 'dataset' }],
    })
  })

  it('gives the README’s example record', () => {
    const value = 'Code is available at https://github.com/o/r/tree/main.'
    const position = at(1, 1, value.length)
    const { out } = run({ abstract: { value, position } }, [{ url: 'https://github.com/o/r', text: 'GitHub 11.3k' }])
    expect(out.repositories).toEqual([
      {
        url: 'https://github.com/o/r',
        host: 'github.com',
        owner: 'o',
        name: 'r',
        official: true,
        evidence: value,
        stars: 11300,
        sources: [
          { plugin: 'repositories', origin: 'abstract', position: at(1, 22, 32) },
          { plugin: 'repositories', origin: 'link' },
        ],
      },
    ])
  })

  it('returns no field at all when the entry has nothing', () => {
    expect(run({ abstract: { value: 'No links here.' } }).out).toEqual({})
  })

  it('positions each URL in the input, in the default chain', () => {
    const text = listing([
      {
        title: 'Paper One',
        abstract: 'A first sentence of the abstract. Code is available at https://github.com/a/b.',
        meta: ['  • 4 authors', '·', 'Jun 26, 2023'],
      },
    ])
    const { papers, messages } = parseSync(text, { referenceDate: '2025-12-08' })
    expect(messages).toEqual([])
    const repository = papers[0]?.repositories[0]
    const position = repository?.sources?.[0]?.position
    expect(position?.start).toMatchObject({ line: 15, column: 56 })
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe('https://github.com/a/b')
    expect(papers[0]?.provenance.repositories).toEqual({
      plugin: 'repositories',
      method: 'repositories:abstract',
      position,
    })
  })
})

describe('repositories plugin: the Hugging Face API fixture of 2026-07-31', () => {
  const input = readFileSync(
    new URL('../../../fixtures/hf-api/daily-papers-2026-07-31/input.json', import.meta.url),
    'utf8',
  )
  const { papers } = parseSync(input)

  it('reads githubStars for the githubRepo repository, sourced at its item', () => {
    // Raw JSON, item 0 (offsets 1–4525, one line): "id":"2607.23193", …
    // "githubRepo":"https://github.com/MAC-AutoML/OmniScope", … "githubStars":5
    const item0 = { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 4526, offset: 4525 } }
    const paper = papers.find((item) => item.arxivId === '2607.23193')
    expect(paper?.repositories).toEqual([
      {
        url: 'https://github.com/MAC-AutoML/OmniScope',
        host: 'github.com',
        owner: 'MAC-AutoML',
        name: 'OmniScope',
        official: true,
        evidence: 'githubRepo field',
        stars: 5,
        sources: [
          { plugin: 'repositories', origin: 'field:githubRepo', position: item0 },
          // The summary says so too (offset 2460): "code is available at https://github.com/MAC-AutoML/OmniScope."
          { plugin: 'repositories', origin: 'abstract', position: item0 },
        ],
      },
    ])
    // Item 16 (2607.18806): "githubStars":0 is a count, not an absence.
    expect(papers.find((item) => item.arxivId === '2607.18806')?.repositories[0]?.stars).toBe(0)
  })
})
