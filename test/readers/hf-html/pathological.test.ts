/**
 * Hostile inputs for the Hugging Face readers' hot paths (sniffing, the tag scan, the card
 * reader, the JSON span scanner). The per-test timeout is the check: a quadratic walk or a
 * super-linear pattern would take far longer on these sizes.
 */
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { hfApi } from '../../../src/readers/hf-api/index.js'
import { arrayElementSpans } from '../../../src/readers/hf-api/spans.js'
import { hfHtml } from '../../../src/readers/hf-html/index.js'

const n = 100_000

describe('pathological input for hf-html and hf-api', { timeout: 10_000 }, () => {
  const html = [
    `<a href="/papers/${'1'.repeat(n)}">`,
    '<div data-props="{}">'.repeat(n / 20),
    '<div data-target="DailyPapers" data-props="[[[[[[">'.repeat(n / 50),
    `<div data-target="DailyPapers" data-props="${'&quot;'.repeat(n)}">`,
    '<a href="/papers/2407.21783">1</a>'.repeat(n / 40),
    `<article>${'<div>'.repeat(2000)}${'<a href="/papers/2407.21783">9</a>'.repeat(2000)}</article>`,
    `<h3><a href="/papers/2407.21783">${'Submitted by '.repeat(n / 10)}</a></h3>`,
    `<a href="/papers/2407.21783">${'1,'.repeat(n / 2)} authors</a>`,
    `<svg>${'<svg>'.repeat(n / 10)}`,
    `<script>${'<a href="/papers/2407.21783">'.repeat(n / 30)}`,
    // Cut inside the state: every array unclosed, or a long list of complete papers.
    `<div data-props="${'{&quot;a&quot;:[{'.repeat(n / 20)}`,
    `<div data-props="[${'{&quot;paper&quot;:{&quot;id&quot;:&quot;2605.00001&quot;,&quot;title&quot;:&quot;t&quot;}},'.repeat(n / 80)}`,
  ].map((body) => `<html><body><p>Hugging Face</p>${body}`)

  it('hf-html reads them and answers', () => {
    for (const input of html) {
      const result = parseSync(input, { format: 'hf-html' })
      expect(Array.isArray(result.papers)).toBe(true)
    }
  })

  it('a deep subtree anywhere drops no card, and a card 50,000 deep is read', () => {
    const card = (id: string, title: string) =>
      `<article><h3><a href="/papers/${id}">${title}</a></h3><div>12</div><a href="/papers/${id}#community">3</a></article>`
    const deep = `<html><body><p>Hugging Face</p>${card('2407.21783', 'First')}${'<div>'.repeat(50_000)}${card('2407.21784', 'Deep')}`
    const result = parseSync(deep, { format: 'hf-html' })
    expect(result.messages.map((message) => message.ruleId)).toEqual(['hf-html:no-state'])
    expect(
      result.papers.map(({ arxivId, title, upvotes, comments }) => ({ arxivId, title, upvotes, comments })),
    ).toEqual([
      { arxivId: '2407.21783', title: 'First', upvotes: 12, comments: 3 },
      { arxivId: '2407.21784', title: 'Deep', upvotes: 12, comments: 3 },
    ])
    expect(result.papers[1]?.provenance.title?.position?.start.offset).toBe(
      deep.indexOf('<a href="/papers/2407.21784">'),
    )
  })

  const json = [
    '['.repeat(n),
    `[${'{"paper":{"id":"1","title":"'.repeat(n / 30)}`,
    `[${'"\\"'.repeat(n)}`,
    `{"paper"${' '.repeat(n)}:`,
    `[${'{"paper":{"id":"'.repeat(n / 16)}`,
    `{"paper":{"id":"${'1'.repeat(n)}`,
    `[${'{"paper":{"id":"2605.00001","title":"t","authors":[]}},'.repeat(n / 50)}`,
    `{"papers":${JSON.stringify(Array.from({ length: n / 10 }, (_, index) => ({ paper: { id: String(index), title: 't' } })))}}`,
  ]

  it('hf-api reads them and answers', () => {
    for (const input of json) {
      const result = parseSync(input, { format: 'hf-api' })
      expect(Array.isArray(result.papers)).toBe(true)
      arrayElementSpans(input)
    }
  })

  it('sniffing stays cheap on 64 KiB of near misses', () => {
    for (const input of [...html, ...json, `[${' '.repeat(n)}"paper"`, `<${'"paper" '.repeat(n / 8)}`]) {
      const sample = input.slice(0, 65536)
      hfHtml.sniff(sample)
      hfApi.sniff(sample)
    }
    expect(hfApi.sniff('[{"paper":{"id":"2605.00001","title":"t"}}]')).toBeGreaterThan(0.5)
  })
})
