/** generic-json never invents papers: JSON that is no paper list gives none, and says why. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { genericJson } from '../../../src/readers/generic-json/index.js'

const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8')

function read(value: unknown) {
  const result = parseSync(typeof value === 'string' ? value : JSON.stringify(value))
  return { ...result, reasons: result.messages.map((message) => `${message.ruleId}: ${message.reason}`) }
}

describe('generic-json: not papers', () => {
  it('an npm package.json (a title, a description, an author): 0 papers, no list of objects', () => {
    const { papers, reasons, format } = read(fixture('generic-json/not-papers-package-json/input.json'))
    expect(format).toBe('generic-json')
    expect(papers).toEqual([])
    expect(reasons).toEqual([
      'generic-json:not-papers: Unexpected JSON without a list of papers (it holds no list of objects), expected an array of objects with a title and authors, a year, a venue or a DOI',
    ])
  })

  it('iNaturalist statistics (dated, linked observations): 0 papers, the longest list named', () => {
    const { papers, reasons } = read(fixture('generic-json/not-papers-inaturalist-stats/input.json'))
    expect(papers).toEqual([])
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toContain('`coords` (1513 items), has no item with a title')
  })

  it('a film list (title and year), a JSON Feed blog (title and byline), GeoJSON: 0 papers', () => {
    const films = Array.from({ length: 5 }, (_, index) => ({
      title: `Film ${index}`,
      year: 1990 + index,
      genres: ['Drama'],
    }))
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'A Blog',
      items: Array.from({ length: 3 }, (_, index) => ({
        id: String(index),
        title: `Post ${index}`,
        authors: [{ name: 'Blogger' }],
        date_published: '2024-01-01T00:00:00Z',
        url: `https://blog.example/${index}`,
      })),
    }
    const geo = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'A place', title: 'Somewhere' },
          geometry: { type: 'Point', coordinates: [1, 2] },
        },
      ],
    }
    for (const value of [films, feed, geo]) {
      const { papers, reasons } = read(value)
      expect(papers).toEqual([])
      expect(reasons[0]).toMatch(/^generic-json:not-papers: /)
    }
  })

  it('one paper-like object among many others is no list (most items must be papers)', () => {
    const points = Array.from({ length: 20 }, (_, index) => ({ lat: index, lng: index }))
    const { papers } = read({ items: [{ title: 'A Paper', authors: ['A B'], year: 2020 }, ...points] })
    expect(papers).toEqual([])
  })

  it('a titled item without other signals in a list of papers is kept with confidence 0.5 and an info', () => {
    const paper = (title: string) => ({ title, authors: ['A B'], year: 2020, doi: `10.1000/${title}` })
    const { papers, messages } = read({ data: [paper('one'), paper('two'), { title: 'Only a title' }, { id: 3 }] })
    expect(papers.map((item) => item.title)).toEqual(['one', 'two', 'Only a title'])
    expect(papers.map((item) => item.confidence)).toEqual([0.8, 0.8, 0.5])
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['generic-json:skipped-item', false],
      ['generic-json:doubtful', undefined],
    ])
  })

  it('the zbMATH licence placeholder: counted, its repeated fields dropped, flagged', () => {
    const { papers, messages } = read(fixture('generic-json/zbmath-api-author/input.json'))
    const placeholder = 'zbMATH Open Web Interface contents unavailable due to conflicting licenses.'
    const flagged = papers.filter((paper) => paper.title === placeholder)
    expect(flagged).toHaveLength(3)
    for (const paper of flagged) {
      expect(paper.authors).toEqual([])
      expect(paper.pages).toBeUndefined()
      expect(paper.confidence).toBeLessThan(0.9)
      expect(paper.doi).toMatch(/^10\./) // the real links stay
    }
    expect(messages.filter((message) => message.ruleId === 'generic-json:placeholder')).toHaveLength(3)
  })

  it('Hugging Face papers JSON goes to hf-api, a specific reader', () => {
    const text = fixture('hf-api/daily-papers-2026-05-08/input.json')
    expect(parseSync(text).format).toBe('hf-api')
  })

  it('sniffs JSON, not markdown links or templates', () => {
    expect(genericJson.sniff('{"a": 1}')).toBeGreaterThanOrEqual(0.5)
    expect(genericJson.sniff('  [\n  {"title": "x"}]')).toBeGreaterThanOrEqual(0.5)
    expect(genericJson.sniff('[]')).toBeGreaterThanOrEqual(0.5)
    expect(genericJson.sniff('[Attention Is All You Need](https://arxiv.org/abs/1706.03762)')).toBe(0)
    expect(genericJson.sniff('{{ title }}')).toBe(0)
    expect(genericJson.sniff('<html>')).toBe(0)
  })

  it('invalid JSON: a message; the intact items of the main list; of a cut top-level array, the complete items before the cut', () => {
    const broken = read('{"data": [{"title": "x", "authors": ["A"], "year": 2000}, oops]}')
    expect(broken.papers.map((paper) => paper.title)).toEqual(['x'])
    expect(broken.reasons[0]).toMatch(/^generic-json:invalid-json: Unexpected invalid JSON/)
    const cut = read('[{"title": "Complete", "authors": ["A B"], "year": 2000}, {"title": "Cut", "auth')
    expect(cut.papers.map((paper) => paper.title)).toEqual(['Complete'])
    expect(cut.reasons[0]).toContain('read the 1 intact items of the main list, skipped 0 damaged and the cut last one')
    expect(cut.papers[0]?.provenance?.title?.position?.start).toMatchObject({ line: 1, column: 12 })
  })

  it('an inserted `]` or a flipped letter in the middle of a list costs the item it hits, not those after it', () => {
    const item = (index: number) =>
      `    {\n      "paperId": "p${index}",\n      "title": "Title ${index}",\n      "authors": [{"name": "A ${index}"}],\n      "year": 200${index}\n    }`
    const items = Array.from({ length: 6 }, (_, index) => item(index))
    const good = `{\n  "total": 6,\n  "data": [\n${items.join(',\n')}\n  ]\n}`
    const bracket = good.replace('"A 2"}', '"A 2"}]')
    const quote = good.replace('"year": 2003', '"year": x003')
    for (const text of [bracket, quote]) {
      const { papers, reasons } = read(text)
      expect(papers).toHaveLength(5)
      expect(reasons.some((reason) => reason.startsWith('generic-json:invalid-item'))).toBe(true)
    }
    expect(read(bracket).papers.map((paper) => paper.title)).not.toContain('Title 2')
    expect(read(quote).papers.map((paper) => paper.title)).not.toContain('Title 3')
    // Known limit: a removed quote that leaves the item open to the end of the text reads as a cut.
  })

  it('a quote flipped in the header before the list costs no paper (one-line JSON, OpenAlex-like)', () => {
    const work = (index: number) =>
      `{"id": "W${index}", "title": "Title ${index}", "publication_year": 200${index}, "authorships": [{"author_position": "first", "author": {"display_name": "A ${index}"}}, {"author_position": "last", "author": {"display_name": "B ${index}"}}]}`
    const good = `{"meta": {"count": 3, "x_query": {"oqo": {"filter_rows": [{"column_id": "fulltext", "value": "x"}]}}}, "results": [${[0, 1, 2].map(work).join(', ')}]}`
    // The quote that opens `"count"` made a line break: every later quote pairs the wrong way.
    const flipped = good.replace('{"count"', '{\ncount"')
    expect(flipped).not.toBe(good)
    const { papers } = read(flipped)
    expect(papers.map((paper) => paper.title)).toEqual(['Title 0', 'Title 1', 'Title 2'])
    expect(papers.map((paper) => paper.authors.map((author) => author.name))).toEqual([
      ['A 0', 'B 0'],
      ['A 1', 'B 1'],
      ['A 2', 'B 2'],
    ])
  })
})
