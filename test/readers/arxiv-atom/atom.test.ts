import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { arxivAtom } from '../../../src/readers/arxiv-atom/index.js'
import { parseXml } from '../../../src/readers/arxiv-atom/xml.js'
import { fileAndContext } from '../../helpers.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/arxiv-atom/${name}/input.xml`, import.meta.url), 'utf8')

const feed = (entries: string, head = '') => `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
  <id>https://arxiv.org/api/x</id>${head}
${entries}
</feed>
`

describe('arxiv-atom', () => {
  it('keeps the complete entries of a truncated feed and reports the cut one with its position', () => {
    const xml = fixture('atom-new-25entries')
    const cut = xml.slice(0, xml.indexOf('<entry>', xml.indexOf('<entry>', xml.indexOf('<entry>') + 1) + 1) + 300)
    const result = parseSync(cut)
    expect(result.format).toBe('arxiv-atom')
    expect(result.papers).toHaveLength(2)
    expect(result.messages.map((message) => message.ruleId)).toEqual([
      'arxiv-atom:incomplete-entry',
      'arxiv-atom:malformed',
    ])
    const [entry, malformed] = result.messages
    expect(entry?.line).toBe(cut.slice(0, cut.lastIndexOf('<entry>')).split('\n').length)
    expect(malformed?.reason).toMatch(/^Unexpected malformed XML \(.+\), expected a well-formed Atom feed/)
    expect(malformed?.line).toBe(cut.split('\n').length)
  })

  it('reports malformed XML in the middle at its line and column, and resumes at the next entry', () => {
    const xml = feed(
      `  <entry><id>http://arxiv.org/abs/2605.00001v1</id><title>One</title></entry>
  <entry><id>http://arxiv.org/abs/2605.00002v1</id><title>Two</titel></entry>
  <entry><id>http://arxiv.org/abs/2605.00003v1</id><title>Four</title></entry>`,
    )
    const result = parseSync(xml)
    // The entry with the damage is lost, the ones before and after it are read.
    expect(result.papers.map((paper) => paper.title)).toEqual(['One', 'Four'])
    const malformed = result.messages.find((message) => message.ruleId === 'arxiv-atom:malformed')
    expect(malformed?.reason).toContain('unexpected close tag')
    expect(malformed?.reason).toContain('reading resumed at the next `<entry>`')
    // Just after `</titel>`, where saxes noticed.
    expect([malformed?.line, malformed?.column]).toEqual([5, 70])
  })

  it('reads affiliations, namespaces declared per element, and the primary category first', () => {
    const xml = feed(`  <entry>
    <id>http://arxiv.org/abs/hep-th/9901001v3</id>
    <published>1999-01-04T10:00:00Z</published>
    <updated>2001-02-05T10:00:00Z</updated>
    <title>Strings
      and things</title>
    <summary>  A $\\mathcal{N}=4$ note.
</summary>
    <author><name>Ann Author</name><a:affiliation xmlns:a="http://arxiv.org/schemas/atom">Uni A</a:affiliation><arxiv:affiliation>Lab B</arxiv:affiliation></author>
    <author><name>Bo Writer</name></author>
    <x:comment xmlns:x="http://arxiv.org/schemas/atom">12 pages; code at https://github.com/a/b</x:comment>
    <link href="http://arxiv.org/abs/hep-th/9901001v3" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/hep-th/9901001v3" rel="related" type="application/pdf"/>
    <category term="math.AG" scheme="http://arxiv.org/schemas/atom"/>
    <category term="hep-th" scheme="http://arxiv.org/schemas/atom"/>
    <arxiv:primary_category term="hep-th"/>
  </entry>`)
    const result = parseSync(xml)
    expect(result.messages).toEqual([])
    expect(result.papers[0]).toMatchObject({
      arxivId: 'hep-th/9901001',
      arxivVersion: 3,
      url: 'https://arxiv.org/abs/hep-th/9901001',
      pdfUrl: 'http://arxiv.org/pdf/hep-th/9901001v3',
      title: 'Strings and things',
      abstract: 'A $\\mathcal{N}=4$ note.',
      authors: [{ name: 'Ann Author', affiliations: ['Uni A', 'Lab B'] }, { name: 'Bo Writer' }],
      authorCount: 2,
      publishedAt: '1999-01-04',
      updatedAt: '2001-02-05',
      comment: '12 pages; code at https://github.com/a/b',
      categories: ['hep-th', 'math.AG'],
    })
  })

  it('passes every <link> on as an entry link', () => {
    const { entries } = arxivAtom.read(...fileAndContext(fixture('atom-old-idlist')))
    expect(entries[0]?.links?.map((link) => [link.origin, link.url])).toEqual([
      ['link:doi', 'http://dx.doi.org/10.1063/1.4944470'],
      ['link:alternate', 'http://arxiv.org/abs/1601.00001v1'],
      ['link:pdf', 'http://arxiv.org/pdf/1601.00001v1'],
    ])
  })

  it('gives an info message, not a warning, for a feed without results', () => {
    const result = parseSync(feed('', '\n  <opensearch:totalResults>0</opensearch:totalResults>'))
    expect(result.format).toBe('arxiv-atom')
    expect(result.papers).toEqual([])
    expect(result.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['arxiv-atom:no-results', undefined],
    ])
  })

  it('reports an API error entry as a warning', () => {
    const result = parseSync(
      feed(`  <entry>
    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>
    <title>Error</title>
    <summary>incorrect id format for 1234</summary>
  </entry>`),
    )
    expect(result.papers).toEqual([])
    expect(result.messages.map((message) => message.ruleId)).toEqual(['arxiv-atom:api-error', 'arxiv-atom:no-entries'])
    expect(result.messages[0]?.reason).toContain('incorrect id format for 1234')
  })

  it('reports a document that is not an Atom feed', () => {
    const result = parseSync('<rss xmlns:a="http://www.w3.org/2005/Atom"><channel/></rss>', { format: 'arxiv-atom' })
    expect(result.messages.map((message) => message.ruleId)).toEqual(['arxiv-atom:not-a-feed', 'arxiv-atom:no-entries'])
  })

  it('never throws on garbage', () => {
    for (const input of [
      '<',
      '<feed',
      '<<<>>>',
      '\u0000',
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry>',
      'x'.repeat(1000),
    ]) {
      const result = parseSync(input, { format: 'arxiv-atom' })
      expect(result.papers).toEqual([])
      expect(result.messages.length).toBeGreaterThan(0)
    }
    expect(parseXml('<a><b></a>').error).toEqual({ reason: 'unexpected close tag.', offset: 10 })
  })

  it('sniffs arXiv feeds only', () => {
    expect(arxivAtom.sniff(fixture('atom-old-idlist'))).toBeGreaterThan(0.5)
    expect(arxivAtom.sniff(fixture('atom-new-2entries'))).toBeGreaterThan(0.5)
    expect(arxivAtom.sniff('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x</id></entry></feed>')).toBe(0)
  })
})
