/**
 * Damage that used to cost far more than the entry it hit (issue #15, and what the damage test and
 * the fuzz run found): each is kept here at its smallest.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../src/index.js'
import { escapeAttribute, item, page } from '../readers/hf-html/page.js'

const options = { referenceDate: '2025-12-08' }
const items = ['2605.00001', '2605.00002', '2605.00003', '2605.00004'].map((id) => JSON.stringify(item(id)))
const titles = (result: ReturnType<typeof parseSync>) => result.papers.map((paper) => paper.title)

describe('HF JSON damaged in the middle', () => {
  it('a flipped quote in an API item costs that item only (it cost every later item)', () => {
    const damaged = `[${items[0]},${items[1]?.replace('"title":"Paper', '"title:"Paper')},${items[2]},${items[3]}]`
    const result = parseSync(damaged, options)
    expect(titles(result)).toEqual(['Paper 2605.00001', 'Paper 2605.00003', 'Paper 2605.00004'])
    expect(result.messages.map((message) => message.ruleId)).toEqual(['hf-api:invalid-json', 'hf-api:invalid-item'])
  })

  it('a stray bracket between API items costs nothing (found by the damage test: 5 of 30 papers lost)', () => {
    const damaged = `[${items[0]},${items[1]}},${items[2]},${items[3]}]`
    expect(titles(parseSync(damaged, options))).toEqual([
      'Paper 2605.00001',
      'Paper 2605.00002',
      'Paper 2605.00003',
      'Paper 2605.00004',
    ])
  })

  it('a flipped quote in the page state costs that paper, not every paper’s abstract and authors', () => {
    const props = `{"dailyPapers":[${items[0]},${items[1]?.replace('"summary":"', '"summary:"')},${items[2]}]}`
    const result = parseSync(page(undefined, '', escapeAttribute(props)), options)
    expect(titles(result)).toEqual(['Paper 2605.00001', 'Paper 2605.00003'])
    expect(result.papers.map((paper) => paper.abstract)).toEqual([
      'Abstract of 2605.00001, wrapped.',
      'Abstract of 2605.00003, wrapped.',
    ])
    expect(result.messages.map((message) => message.ruleId)).toEqual(['hf-html:invalid-state'])
  })
})

describe('Atom damaged', () => {
  const xml = readFileSync(new URL('../../fixtures/arxiv-atom/atom-new-25entries/input.xml', import.meta.url), 'utf8')
  const count = parseSync(xml, options).papers.length

  it('one bad byte in the feed header costs no entry (it cost all 25)', () => {
    const at = xml.indexOf('</id>')
    for (const damaged of [
      `${xml.slice(0, at)}X${xml.slice(at + 1)}`, // `</id>` unclosed: the entries nest in <id>
      xml.replace('xmlns="http://www.w3.org/2005/Atom"', 'xmlns="http://www.w3.org/2005/Atoms"'),
      xml.replace('<feed ', '<Xeed '),
      `&${xml.slice(1)}`,
    ]) {
      const result = parseSync(damaged, options)
      expect(result.format).toBe('arxiv-atom')
      expect(result.papers).toHaveLength(count)
    }
  })

  it('malformed XML in one entry costs that entry; reading resumes at the next', () => {
    const third = xml.indexOf('<entry>', xml.indexOf('<entry>', xml.indexOf('<entry>') + 1) + 1)
    const close = xml.indexOf('</title>', third)
    const damaged = `${xml.slice(0, close)}</titel>${xml.slice(close + 8)}`
    const result = parseSync(damaged, options)
    expect(result.papers).toHaveLength(count - 1)
    expect(result.messages.map((message) => message.ruleId)).toEqual([
      'arxiv-atom:incomplete-entry',
      'arxiv-atom:malformed',
    ])
  })
})

describe('hf-markdown capture header', () => {
  it('an unparseable capture URL costs no paper its id or URL (it cost every one, silently)', () => {
    const md = readFileSync(new URL('../../fixtures/hf-markdown/daily-inline/input.md', import.meta.url), 'utf8')
    const before = parseSync(md, options).papers
    const after = parseSync(
      md.replace('url: https://huggingface.co/papers', 'url: https://huggingface.co:99999/papers'),
      options,
    )
    expect(after.papers.map((paper) => [paper.arxivId, paper.url])).toEqual(
      before.map((paper) => [paper.arxivId, paper.url]),
    )
    expect(before.every((paper) => paper.arxivId !== undefined)).toBe(true)
  })
})

describe('generic JSON damaged', () => {
  it('a bad byte in the last item of a one-line list costs that item (it cost all three)', () => {
    const json = readFileSync(
      new URL('../../fixtures/generic-json/openalex-works-search/input.json', import.meta.url),
      'utf8',
    )
    // The last work's `cited_by_count: 1878`, with one digit turned into a letter.
    const at = json.lastIndexOf('"cited_by_count": 1878')
    expect(at).toBeGreaterThan(0)
    const damaged = `${json.slice(0, at)}"cited_by_count": 18x8${json.slice(at + 22)}`
    const result = parseSync(damaged, options)
    expect(result.papers.map((paper) => paper.title)).toEqual([
      'In vivo CRISPR base editing of PCSK9 durably lowers cholesterol in primates',
      'Genome editing with CRISPR–Cas nucleases, base editors, transposases and prime editors',
    ])
    expect(result.messages.map((message) => message.ruleId)).toEqual([
      'generic-json:invalid-json',
      'generic-json:invalid-item',
    ])
  })
})

describe('generic-html JSON-LD', () => {
  it('a name nested 100,000 deep costs no paper (the recursive name reader overflowed the stack: every paper lost)', () => {
    const deep = `${'{"@type":"Person","name":'.repeat(100_000)}"Jane Roe"${'}'.repeat(100_000)}`
    const html = `<!doctype html><html><head><title>A title</title><script type="application/ld+json">{"@type":"ScholarlyArticle","name":"A title of a paper","datePublished":"2019","author":[{"@type":"Person","name":"John Doe"},${deep}]}</script></head><body><p>x</p></body></html>`
    const result = parseSync(html, { ...options, format: 'generic-html' })
    expect(result.messages.map((message) => message.ruleId)).not.toContain('generic-html:error')
    expect(result.papers.map((paper) => paper.title)).toEqual(['A title of a paper'])
    // The deep name is read at the end of its chain, as a short one is.
    expect(result.papers[0]?.authors.map((author) => author.name)).toEqual(['John Doe', 'Jane Roe'])
  })
})
