/**
 * The derived captures in fixtures/hf-markdown/: the shared fixture test checks the shared
 * fields (expected.json); this one checks the rest of every record (expected.extra.json:
 * summary, organisation, the card's links), the messages, what the document says of itself,
 * and where values came from.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { hfMarkdown } from '../../../src/readers/hf-markdown/index.js'
import { fileAndContext } from '../../helpers.js'

const root = new URL('../../../fixtures/hf-markdown/', import.meta.url).pathname
const load = (name: string) => {
  const folder = join(root, name)
  const input = readFileSync(join(folder, 'input.md'), 'utf8')
  const options = readdirSync(folder).includes('options.json')
    ? JSON.parse(readFileSync(join(folder, 'options.json'), 'utf8'))
    : {}
  const extra = JSON.parse(readFileSync(join(folder, 'expected.extra.json'), 'utf8')) as Array<Record<string, unknown>>
  return { input, options, extra, result: parseSync(input, options) }
}
const rules = (result: ReturnType<typeof parseSync>) =>
  result.messages.map((message) => [message.ruleId, message.fatal === false ? 'warning' : 'info'])

describe('hf-markdown captures', () => {
  for (const name of readdirSync(root)) {
    it(`${name}: summary, organisation and links of every record`, () => {
      const { input, extra, result } = load(name)
      const entries = hfMarkdown.read(...fileAndContext(input)).entries
      expect(result.papers).toHaveLength(extra.length)
      result.papers.forEach((paper, index) => {
        const want = extra[index] ?? {}
        expect(paper.summary, `paper ${index} summary`).toBe(want.summary)
        expect(paper.organization, `paper ${index} organization`).toBe(want.organization)
        const links = (entries[paper.source.index]?.links ?? []).map(({ url, text }) => ({ url, text }))
        expect(links, `paper ${index} links`).toEqual(want.links ?? [])
      })
    })
  }

  it('daily-inline: no messages; the front matter gives URL, capture date and so the year', () => {
    const { result } = load('daily-inline')
    expect(rules(result)).toEqual([])
    expect(result.document).toEqual({
      referenceDate: '2024-08-09',
      referenceSource: 'page',
      url: 'https://huggingface.co/papers?date=2024-08-01',
      capturedAt: '2024-08-09',
    })
    expect(result.papers[0]?.provenance.publishedAt?.inferred).toEqual(['year'])
  })

  it('daily-inline: every value points at its place in the capture', () => {
    const { input, result } = load('daily-inline')
    const llama = result.papers[0]
    const at = (field: string) => {
      const position = llama?.provenance[field]?.position
      return {
        line: position?.start.line,
        text: input.slice(position?.start.offset, position?.end.offset),
        method: llama?.provenance[field]?.method,
      }
    }
    // Line numbers read with `grep -n` on input.md.
    expect(at('upvotes')).toEqual({ line: 26, text: '94', method: 'hf-markdown:upvotes' })
    expect(at('title')).toEqual({ line: 28, text: 'The Llama 3 Herd of Models', method: 'hf-markdown:title' })
    expect(at('abstract').line).toBe(30)
    expect(at('abstract').text.startsWith('Modern artificial intelligence (AI) systems')).toBe(true)
    expect(at('abstract').text.endsWith('development.')).toBe(true)
    expect(at('authorCount')).toMatchObject({ text: '533', line: 49 })
    expect(at('publishedAt')).toEqual({ line: 53, text: 'Jul 31', method: 'hf-markdown:publishedAt' })
    expect(at('comments')).toEqual({ line: 53, text: '5', method: 'hf-markdown:comments' })
  })

  it('daily-reference: references resolve through their definitions; the date comes from the option', () => {
    const { result } = load('daily-reference')
    expect(rules(result)).toEqual([])
    expect(result.document).toEqual({ referenceDate: '2024-08-09', referenceSource: 'option' })
  })

  it('daily-truncated: one warning at the cut; the `# Web source` header is read', () => {
    const { input, result } = load('daily-truncated')
    expect(rules(result)).toEqual([['hf-markdown:truncated', 'warning']])
    const message = result.messages[0]
    expect(message?.message).toContain('Fine-gained Zero-shot Video Sampling')
    // The cut is at the end of the line before `[Content truncated]`.
    expect(input.split('\n')[(message?.line ?? 0) - 1]?.endsWith('without any training or optimiza')).toBe(true)
    expect(result.document).toMatchObject({
      url: 'https://huggingface.co/papers?date=2024-08-01',
      capturedAt: '2024-08-09',
      referenceSource: 'page',
    })
  })

  it('seed-reference-cut: definitions missing, so no URL or id; cut without a marker', () => {
    const { result } = load('seed-reference-cut')
    expect(rules(result)).toEqual([
      ['hf-markdown:missing-definition', 'info'],
      ['hf-markdown:truncated', 'warning'],
    ])
    for (const paper of result.papers) expect(paper.id).toMatch(/^title:/)
    // The titles' ids match those of the same papers read from the seed's browser copy.
    const seed = parseSync(readFileSync(new URL('../../../fixtures/hf-text/seed/input.txt', import.meta.url)), {
      referenceDate: '2025-12-08',
    })
    expect(result.papers.map((paper) => paper.id)).toEqual(
      seed.papers.slice(0, result.papers.length).map((paper) => paper.id),
    )
  })

  it('trending-summaries: the repeated card is one record and an info message', () => {
    const { result } = load('trending-summaries')
    expect(rules(result)).toEqual([['hf-markdown:duplicate', 'info']])
    expect(result.messages[0]?.message).toContain('Beyond Semantic Similarity')
    expect(result.document.capturedAt).toBe('2026-05-08')
  })

  it('trending-summaries: repositories carry their stars and the line of the card link they came from', () => {
    const { input, result } = load('trending-summaries')
    const lines = input.split('\n')
    const repositories = result.papers.flatMap((paper) => paper.repositories)
    expect(repositories.length).toBeGreaterThan(0)
    for (const repository of repositories) {
      const source = repository.sources?.find((item) => item.origin === 'link:card')
      const line = source?.position?.start.line ?? 0
      // The cited line holds a `[GitHub <stars>](<url>)` link to this repository.
      expect(lines[line - 1], repository.url).toContain(`](${repository.url}`)
      const stars = new RegExp(
        `\\[GitHub ([\\d.]+k?)\\]\\(${repository.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ).exec(lines[line - 1] ?? '')?.[1]
      expect(stars, repository.url).toBeDefined()
      const written = String(stars)
      expect(repository.stars).toBe(
        written.endsWith('k') ? Math.round(Number.parseFloat(written) * 1000) : Number(written),
      )
    }
  })
})
