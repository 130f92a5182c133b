/**
 * dblp-xml: the dump excerpt (real, `fixtures/dblp-xml`) and small synthetic person pages and
 * search API answers written from dblp's documented format (no real capture of those was found).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { dblpXml } from '../../../src/readers/dblp-xml/index.js'

const dump = readFileSync(
  new URL('../../../fixtures/dblp-xml/dump-excerpt-acta-inf/input.xml', import.meta.url),
  'utf8',
)

const slice = (
  text: string,
  position: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined,
) => (position ? text.slice(position.start.offset, position.end.offset) : undefined)

describe('dblp-xml: the 2017 dump excerpt', () => {
  const { papers, messages, format } = parseSync(dump)

  it('reads all 85 articles without a message', () => {
    expect(format).toBe('dblp-xml')
    expect(papers).toHaveLength(85)
    expect(messages.map(String)).toEqual([])
  })

  it('every record has a title, authors, a year, the venue and pages (all 85 state them)', () => {
    for (const paper of papers) {
      expect(paper.authors.length, paper.title).toBeGreaterThan(0)
      expect(paper.year, paper.title).toBeGreaterThan(1970)
      expect(paper.venue).toBe('Acta Inf.')
      expect(paper.pages, paper.title).toMatch(/^\d+(-\d+)?$/)
    }
    // 84 records have an `<ee>` (grep): 79 dx.doi.org links and 5 old link.springer.de pages.
    expect(papers.filter((paper) => paper.url)).toHaveLength(84)
    expect(papers.filter((paper) => paper.doi)).toHaveLength(79)
    expect(papers.filter((paper) => paper.url?.startsWith('http://link.springer.de/'))).toHaveLength(5)
  })

  it('decodes the DTD entities and keeps inline markup as text', () => {
    // Read by hand: line 49, `Sch&ouml;nhage`, `&uuml;ber K&ouml;rpern`.
    expect(papers[4]).toMatchObject({
      title: 'Schnelle Multiplikation von Polynomen über Körpern der Charakteristik 2.',
      authors: [{ name: 'Arnold Schönhage' }],
    })
    expect(papers.find((paper) => paper.title.startsWith('Maximum Entropy'))?.title).toBe(
      'Maximum Entropy and the G/G/1/N Queue.',
    )
    // `MTL<sub>0,&#8734;</sub>`: the subscript's text, the numeric reference decoded.
    expect(papers.find((paper) => paper.title.startsWith('Efficient controller'))?.title).toBe(
      'Efficient controller synthesis for a fragment of MTL0,∞.',
    )
  })

  it('places records and fields in the input', () => {
    const paper = papers[0]
    expect(slice(dump, paper?.source?.position)).toMatch(
      /^<article mdate="2011-01-11" key="journals\/acta\/Saxena96">[\s\S]*<\/article>$/,
    )
    expect(slice(dump, paper?.provenance?.title?.position)).toBe(
      '<title>Parallel Integer Sorting and Simulation Amongst CRCW Models.</title>',
    )
    expect(slice(dump, paper?.provenance?.doi?.position)).toBe('<ee>http://dx.doi.org/10.1007/BF03036466</ee>')
  })
})

describe('dblp-xml: person pages and the search API', () => {
  const person = `<?xml version="1.0" encoding="US-ASCII"?>
<dblpperson name="Zolt&aacute;n F&uuml;l&ouml;p 0001" pid="f/ZoltanFulop" n="2">
<person key="homepages/f/ZoltanFulop" mdate="2020-01-01"><author pid="f/ZoltanFulop">Zolt&aacute;n F&uuml;l&ouml;p 0001</author><url>https://example.org</url></person>
<r><inproceedings key="conf/dlt/Fulop20" mdate="2020-06-01">
<author pid="f/ZoltanFulop">Zolt&aacute;n F&uuml;l&ouml;p 0001</author>
<author pid="v/HeikoVogler">Heiko Vogler</author>
<title>Weighted <i>tree</i> automata.</title>
<pages>1-12</pages>
<year>2020</year>
<booktitle>DLT</booktitle>
<ee type="oa">https://arxiv.org/abs/2001.00001</ee>
<ee>https://doi.org/10.1007/978-3-030-48516-0_1</ee>
<crossref>conf/dlt/2020</crossref>
<url>db/conf/dlt/dlt2020.html#Fulop20</url>
</inproceedings></r>
<r><phdthesis key="phd/Fulop90" mdate="2019-01-01">
<author pid="f/ZoltanFulop">Zolt&aacute;n F&uuml;l&ouml;p 0001</author>
<title>A thesis.</title>
<year>1990</year>
<school>University of Szeged</school>
</phdthesis></r>
<coauthors n="1"><co c="0"><na f="v/Vogler:Heiko" pid="v/HeikoVogler">Heiko Vogler</na></co></coauthors>
</dblpperson>`

  it('a person page: the `<r>` records, not the person or the co-author list', () => {
    const { papers, messages, format } = parseSync(person)
    expect(format).toBe('dblp-xml')
    expect(messages.map(String)).toEqual([])
    expect(papers.map((paper) => paper.title)).toEqual(['Weighted tree automata.', 'A thesis.'])
    expect(papers[0]).toMatchObject({
      authors: [{ name: 'Zoltán Fülöp 0001' }, { name: 'Heiko Vogler' }],
      year: 2020,
      venue: 'DLT',
      pages: '1-12',
      url: 'https://arxiv.org/abs/2001.00001',
      arxivId: '2001.00001',
      doi: '10.1007/978-3-030-48516-0_1',
      id: 'arxiv:2001.00001',
    })
    expect(papers[1]).toMatchObject({ venue: 'University of Szeged', year: 1990 })
  })

  it('the search API: `<hits><hit><info>` with `<authors>` and `<doi>`', () => {
    const search = `<?xml version="1.0" encoding="UTF-8"?>
<result>
<query>turing</query>
<status code="200">OK</status>
<hits total="1" computed="1" sent="1" first="0">
<hit score="1" id="1">
<info><authors><author pid="t/AMTuring">Alan M. Turing</author></authors><title>Computing Machinery and Intelligence.</title><venue>Mind</venue><volume>LIX</volume><number>236</number><pages>433-460</pages><year>1950</year><type>Journal Articles</type><key>journals/mind/Turing50</key><doi>10.1093/MIND/LIX.236.433</doi><ee>https://doi.org/10.1093/mind/LIX.236.433</ee><url>https://dblp.org/rec/journals/mind/Turing50</url></info>
<url>URL#1</url>
</hit>
</hits>
</result>`
    const { papers, format } = parseSync(search)
    expect(format).toBe('dblp-xml')
    expect(papers).toHaveLength(1)
    expect(papers[0]).toMatchObject({
      title: 'Computing Machinery and Intelligence.',
      authors: [{ name: 'Alan M. Turing' }],
      venue: 'Mind',
      year: 1950,
      doi: '10.1093/mind/LIX.236.433',
      url: 'https://doi.org/10.1093/mind/LIX.236.433',
    })
  })

  it('home-page records (`<www>`) are people, not papers', () => {
    const xml = `<dblp><www key="homepages/x/Y" mdate="2020-01-01"><author>X Y</author><title>Home Page</title><url>https://x.example</url></www>
<article key="a" mdate="2020-01-01"><author>X Y</author><title>Real.</title><year>2020</year><journal>J</journal></article></dblp>`
    expect(parseSync(xml).papers.map((paper) => paper.title)).toEqual(['Real.'])
  })
})

describe('dblp-xml: damage', () => {
  it('malformed XML: the damaged record costs only itself; reading resumes at the next record, and a message says where', () => {
    const xml = `<dblp>
<article key="a"><author>A B</author><title>First.</title><year>2001</year></article>
<article key="b"><author>C D</author><title>Second.</title><year>2002</year></articl>
<article key="c"><title>Third.</title></article>
</dblp>`
    const { papers, messages } = parseSync(xml)
    // saxes closes the second record at `</articl>` before it reports the mismatch: its fields are whole.
    expect(papers.map((paper) => paper.title)).toEqual(['First.', 'Second.', 'Third.'])
    expect(messages.map((message) => message.ruleId)).toEqual(['dblp-xml:malformed'])
    expect(messages[0]?.line).toBe(3)
    expect(messages[0]?.reason).toContain('reading resumed at the next record')
  })

  it('a flipped `<` in the middle of a dump costs one record, not those after it', () => {
    const records = Array.from(
      { length: 6 },
      (_, index) =>
        `<article key="k${index}"><author>A ${index}</author><title>Title ${index}.</title><year>200${index}</year></article>`,
    )
    // Record 2's `</title>` loses its `<`: the title runs on and the record is malformed.
    records[2] = (records[2] as string).replace('</title>', '/title>')
    const { papers, messages } = parseSync(`<dblp>\n${records.join('\n')}\n</dblp>`)
    expect(papers.map((paper) => paper.title)).toEqual(['Title 0.', 'Title 1.', 'Title 3.', 'Title 4.', 'Title 5.'])
    expect(messages.map((message) => message.ruleId)).toContain('dblp-xml:malformed')
  })

  it('a record whose end tag lost its `<` keeps the records it swallowed (dblp records never nest)', () => {
    const records = Array.from(
      { length: 6 },
      (_, index) =>
        `<article key="k${index}"><author>A ${index}</author><title>Title ${index}.</title><year>200${index}</year></article>`,
    )
    // Record 2's `</article>` loses its `<` (found by `npm run fuzz`, seed 3: 51 of the fixture's 85
    // papers lost): it stays open, and the records after it nest inside it until `</dblp>`.
    records[2] = (records[2] as string).replace('</article>', '/article>')
    const { papers } = parseSync(`<dblp>\n${records.join('\n')}\n</dblp>`)
    expect(papers.map((paper) => paper.title)).toEqual([0, 1, 2, 3, 4, 5].map((index) => `Title ${index}.`))
    expect(papers.map((paper) => paper.authors.map((author) => author.name))).toEqual(
      [0, 1, 2, 3, 4, 5].map((index) => [`A ${index}`]),
    )
  })

  it('a person page resumes at the next `<r>`', () => {
    const r = (index: number, close = '</article>') =>
      `<r><article key="k${index}"><author>A</author><title>T${index}.</title><year>2001</year>${close}</r>`
    const xml = `<dblpperson name="A">${r(0)}${r(1, '</articl>')}${r(2)}${r(3)}</dblpperson>`
    expect(parseSync(xml).papers.map((paper) => paper.title)).toEqual(['T0.', 'T1.', 'T2.', 'T3.'])
  })

  it('an entity that is not an HTML entity is kept as written, with a message', () => {
    const { papers, messages } = parseSync(
      '<dblp><article key="a"><author>A &notanentity; B</author><title>T.</title><year>2001</year></article></dblp>',
    )
    expect(papers[0]?.authors).toEqual([{ name: 'A &notanentity; B' }])
    expect(messages.map((message) => message.ruleId)).toEqual(['dblp-xml:unknown-entity'])
  })

  it('a `<dblp>` without records: 0 papers, an info', () => {
    const { papers, messages } = parseSync('<?xml version="1.0"?>\n<dblp>\n</dblp>')
    expect(papers).toEqual([])
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['dblp-xml:no-records', undefined]])
  })

  it('sniffs dblp, not other XML', () => {
    expect(dblpXml.sniff(dump.slice(0, 4096))).toBeGreaterThanOrEqual(0.9)
    expect(dblpXml.sniff('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')).toBe(0)
    expect(dblpXml.sniff('{"dblp": 1}')).toBe(0)
  })

  it('deep nesting stops at a bound instead of building a deep tree', () => {
    const depth = 100_000
    const xml = `<dblp><article key="a"><title>T.</title><year>2000</year></article>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</dblp>`
    const { papers, messages } = parseSync(xml)
    expect(papers.map((paper) => paper.title)).toEqual(['T.'])
    expect(messages.map((message) => message.ruleId)).toEqual(['dblp-xml:malformed'])
  })
})
