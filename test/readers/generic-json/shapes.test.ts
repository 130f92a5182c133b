/**
 * generic-json on small synthetic responses in the shape of each API it names (field names and
 * nesting as the services document them). OpenReview v1/v2 and bioRxiv have no real capture in
 * the fixtures yet: these are their only tests.
 */
import { describe, expect, it } from 'vitest'
import { type Paper, parseSync } from '../../../src/index.js'

function read(value: unknown): { papers: Paper[]; messages: string[]; format: string | undefined } {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2)
  const result = parseSync(text)
  return { papers: result.papers, messages: result.messages.map(String), format: result.format }
}

const names = (paper: Paper | undefined) => paper?.authors.map((author) => author.name)

describe('generic-json: API shapes', () => {
  it('Semantic Scholar search: `data[]` with externalIds, openAccessPdf, journal', () => {
    const { papers, format } = read({
      total: 2,
      offset: 0,
      next: 2,
      data: [
        {
          paperId: 'aaa',
          externalIds: { ArXiv: '1706.03762', DOI: '10.48550/arXiv.1706.03762', CorpusId: 13756489 },
          url: 'https://www.semanticscholar.org/paper/aaa',
          title: 'Attention is All you Need',
          venue: 'Neural Information Processing Systems',
          year: 2017,
          citationCount: 100000,
          openAccessPdf: { url: 'https://arxiv.org/pdf/1706.03762' },
          authors: [
            { authorId: '1', name: 'Ashish Vaswani' },
            { authorId: '2', name: 'Noam Shazeer' },
          ],
        },
        {
          paperId: 'bbb',
          externalIds: { DOI: '10.1000/xyz' },
          url: 'https://www.semanticscholar.org/paper/bbb',
          title: 'A Journal Paper',
          venue: '',
          journal: { name: 'Journal of Tests', pages: '1-10', volume: '3' },
          year: null,
          publicationDate: '2020-02-03',
          authors: [{ authorId: '3', name: 'Ada Lovelace' }],
        },
      ],
    })
    expect(format).toBe('generic-json')
    expect(papers).toHaveLength(2)
    expect(papers[0]).toMatchObject({
      title: 'Attention is All you Need',
      arxivId: '1706.03762',
      year: 2017,
      venue: 'Neural Information Processing Systems',
      citedBy: 100000,
      url: 'https://www.semanticscholar.org/paper/aaa',
      pdfUrl: 'https://arxiv.org/pdf/1706.03762',
      id: 'arxiv:1706.03762',
    })
    expect(names(papers[0])).toEqual(['Ashish Vaswani', 'Noam Shazeer'])
    expect(papers[1]).toMatchObject({ venue: 'Journal of Tests', pages: '1-10', publishedAt: '2020-02-03' })
    expect(papers[1]?.year).toBeUndefined()
    expect(papers[1]?.doi).toBe('10.1000/xyz')
  })

  it('Semantic Scholar citations: `data[].citingPaper`', () => {
    const { papers } = read({
      offset: 0,
      data: [
        {
          isInfluential: false,
          contexts: ['…'],
          citingPaper: { paperId: 'c1', title: 'Citing One', year: 2021, authors: [{ name: 'A B' }] },
        },
        {
          isInfluential: true,
          contexts: [],
          citingPaper: { paperId: 'c2', title: 'Citing Two', year: 2022, authors: [{ name: 'C D' }] },
        },
      ],
    })
    expect(papers.map((paper) => paper.title)).toEqual(['Citing One', 'Citing Two'])
    expect(papers[1]?.year).toBe(2022)
  })

  it('OpenAlex: `results[]`, authorships, primary_location, biblio, doi URL; referenced_works are not papers', () => {
    const { papers } = read({
      meta: { count: 1, page: 1 },
      results: [
        {
          id: 'https://openalex.org/W1',
          doi: 'https://doi.org/10.1038/nature1',
          title: 'A Nature Paper',
          display_name: 'A Nature Paper',
          publication_year: 2019,
          publication_date: '2019-05-01',
          primary_location: {
            landing_page_url: 'https://www.nature.com/articles/1',
            pdf_url: null,
            source: { display_name: 'Nature' },
          },
          authorships: [
            {
              author_position: 'first',
              author: { id: 'A1', display_name: 'Grace Hopper' },
              raw_author_name: 'G. Hopper',
            },
            { author_position: 'last', author: { id: 'A2', display_name: 'Alan Turing' } },
          ],
          biblio: { volume: '1', issue: '2', first_page: '10', last_page: '20' },
          cited_by_count: 42,
          referenced_works: ['https://openalex.org/W2', 'https://openalex.org/W3'],
          abstract_inverted_index: { A: [0], paper: [1] },
          keywords: [{ display_name: 'computing' }],
        },
      ],
    })
    expect(papers).toHaveLength(1)
    expect(papers[0]).toMatchObject({
      title: 'A Nature Paper',
      year: 2019,
      publishedAt: '2019-05-01',
      venue: 'Nature',
      pages: '10-20',
      doi: '10.1038/nature1',
      url: 'https://www.nature.com/articles/1',
      citedBy: 42,
      keywords: ['computing'],
    })
    expect(names(papers[0])).toEqual(['Grace Hopper', 'Alan Turing'])
    expect(papers[0]?.abstract).toBeUndefined()
  })

  it('Crossref: `message.items[]`, title arrays, given/family, date-parts; JATS abstracts and reference[] left out', () => {
    const reference = { key: 'r1', DOI: '10.1000/ref', 'article-title': 'A Cited Work', author: 'Smith', year: '1999' }
    const { papers, messages } = read({
      status: 'ok',
      'message-type': 'work-list',
      message: {
        'total-results': 2,
        items: [
          {
            DOI: '10.1016/j.x.2016.01.009',
            title: ['Structure of <i>E. coli</i> Proteins'],
            author: [
              { given: 'Fernando', family: 'Muro', sequence: 'first' },
              { name: 'The Consortium', sequence: 'additional' },
            ],
            'container-title': ['Advances in Things'],
            page: '111-180',
            issued: { 'date-parts': [[2016, 3]] },
            URL: 'https://doi.org/10.1016/j.x.2016.01.009',
            'is-referenced-by-count': 5,
            abstract: '<jats:p>An abstract in JATS.</jats:p>',
            reference: [reference, reference, reference, reference],
          },
          {
            DOI: '10.1017/s1',
            title: ['Second'],
            author: [{ given: 'Jeroen', family: 'Maes' }],
            issued: { 'date-parts': [[2022, 7, 5]] },
            reference: [reference, reference, reference],
          },
        ],
      },
    })
    expect(messages).toEqual([])
    expect(papers).toHaveLength(2)
    expect(papers[0]).toMatchObject({
      title: 'Structure of E. coli Proteins',
      year: 2016,
      venue: 'Advances in Things',
      pages: '111-180',
      doi: '10.1016/j.x.2016.01.009',
      citedBy: 5,
    })
    expect(papers[0]?.publishedAt).toBeUndefined()
    expect(papers[0]?.abstract).toBeUndefined()
    expect(names(papers[0])).toEqual(['Fernando Muro', 'The Consortium'])
    expect(papers[1]).toMatchObject({ year: 2022, publishedAt: '2022-07-05' })
  })

  it('CSL-JSON: a top-level array with author, issued, container-title', () => {
    const { papers } = read([
      {
        id: 'item1',
        type: 'article-journal',
        title: 'CSL Paper',
        author: [{ family: 'Doe', given: 'Jane' }, { literal: 'ACME Lab' }],
        issued: { 'date-parts': [[2018]] },
        'container-title': 'Journal of CSL',
        page: '5-9',
        DOI: '10.5555/csl',
      },
      {
        id: 'item2',
        type: 'book',
        title: 'CSL Book',
        author: [{ family: 'Roe' }],
        issued: { 'date-parts': [['2010']] },
      },
    ])
    expect(papers).toHaveLength(2)
    expect(papers[0]).toMatchObject({ title: 'CSL Paper', year: 2018, venue: 'Journal of CSL', doi: '10.5555/csl' })
    expect(names(papers[0])).toEqual(['Jane Doe', 'ACME Lab'])
    expect(papers[1]).toMatchObject({ title: 'CSL Book', year: 2010 })
    expect(names(papers[1])).toEqual(['Roe'])
  })

  it('dblp search API: `result.hits.hit[].info`, one author as an object, several as an array', () => {
    const { papers } = read({
      result: {
        query: 'turing*',
        status: { '@code': '200', text: 'OK' },
        hits: {
          '@total': '2',
          hit: [
            {
              '@score': '1',
              '@id': '1',
              info: {
                authors: {
                  author: [
                    { '@pid': '1', text: 'Alan M. Turing' },
                    { '@pid': '2', text: 'Zoltán Fülöp 0001' },
                  ],
                },
                title: 'Computing Machinery and Intelligence.',
                venue: 'Mind',
                pages: '433-460',
                year: '1950',
                type: 'Journal Articles',
                doi: '10.1093/MIND/LIX.236.433',
                ee: 'https://doi.org/10.1093/mind/LIX.236.433',
                url: 'https://dblp.org/rec/journals/mind/Turing50',
              },
              url: 'URL#1',
            },
            {
              '@score': '1',
              '@id': '2',
              info: {
                authors: { author: { '@pid': '1', text: 'Alan M. Turing' } },
                title: 'On Computable Numbers.',
                year: '1937',
                ee: ['https://arxiv.org/abs/0704.0001', 'https://example.org/other'],
                url: 'https://dblp.org/rec/journals/x/Turing37',
              },
              url: 'URL#2',
            },
          ],
        },
      },
    })
    expect(papers).toHaveLength(2)
    expect(papers[0]).toMatchObject({
      title: 'Computing Machinery and Intelligence.',
      year: 1950,
      venue: 'Mind',
      pages: '433-460',
      doi: '10.1093/MIND/LIX.236.433',
      url: 'https://doi.org/10.1093/mind/LIX.236.433',
    })
    expect(names(papers[0])).toEqual(['Alan M. Turing', 'Zoltán Fülöp 0001'])
    expect(names(papers[1])).toEqual(['Alan M. Turing'])
    expect(papers[1]).toMatchObject({ url: 'https://arxiv.org/abs/0704.0001', arxivId: '0704.0001' })
  })

  it('OpenReview API v1: `notes[]` with string `content` fields, forum URL, relative PDF, pdate', () => {
    const { papers } = read({
      notes: [
        {
          id: 'abc123',
          forum: 'abc123',
          invitation: 'ICLR.cc/2023/Conference/-/Blind_Submission',
          cdate: 1663850000000,
          pdate: 1675209600000,
          content: {
            title: 'A Venue Paper',
            authors: ['Ada Lovelace', 'Charles Babbage'],
            authorids: ['~Ada_Lovelace1', '~Charles_Babbage1'],
            abstract: 'We propose a thing.',
            pdf: '/pdf/0123456789abcdef.pdf',
            venue: 'ICLR 2023 poster',
            keywords: ['engines'],
          },
        },
        {
          id: 'def456',
          forum: 'def456',
          invitation: 'ICLR.cc/2023/Conference/-/Blind_Submission',
          cdate: 1663850000000,
          content: { title: 'Another Paper', authors: ['Grace Hopper'], abstract: 'Second.' },
        },
      ],
      count: 2,
    })
    expect(papers).toHaveLength(2)
    expect(papers[0]).toMatchObject({
      title: 'A Venue Paper',
      abstract: 'We propose a thing.',
      venue: 'ICLR 2023 poster',
      url: 'https://openreview.net/forum?id=abc123',
      pdfUrl: 'https://openreview.net/pdf/0123456789abcdef.pdf',
      publishedAt: '2023-02-01',
      keywords: ['engines'],
    })
    expect(names(papers[0])).toEqual(['Ada Lovelace', 'Charles Babbage'])
    // No pdate: the creation date.
    expect(papers[1]).toMatchObject({ title: 'Another Paper', publishedAt: '2022-09-22' })
  })

  it('OpenReview API v2: `content.<field>.value`', () => {
    const { papers } = read({
      notes: [
        {
          id: 'v2note',
          forum: 'v2note',
          invitations: ['ICLR.cc/2024/Conference/-/Submission'],
          pdate: 1705000000000,
          content: {
            title: { value: 'Version Two Paper' },
            authors: { value: ['Ada Lovelace', 'Alan Turing'] },
            abstract: { value: 'An abstract.' },
            pdf: { value: '/pdf/feedface.pdf' },
            venue: { value: 'ICLR 2024 oral' },
            keywords: { value: ['a', 'b'] },
          },
        },
        {
          id: 'v2b',
          forum: 'v2b',
          invitations: ['ICLR.cc/2024/Conference/-/Submission'],
          content: {
            title: { value: 'Second V2' },
            authors: { value: ['Grace Hopper'] },
            venue: { value: 'ICLR 2024' },
          },
        },
      ],
    })
    expect(papers).toHaveLength(2)
    expect(papers[0]).toMatchObject({
      title: 'Version Two Paper',
      abstract: 'An abstract.',
      venue: 'ICLR 2024 oral',
      url: 'https://openreview.net/forum?id=v2note',
      pdfUrl: 'https://openreview.net/pdf/feedface.pdf',
      keywords: ['a', 'b'],
    })
    expect(names(papers[0])).toEqual(['Ada Lovelace', 'Alan Turing'])
  })

  it('bioRxiv details API: `collection[]`, `;`-separated "Family, G." authors, page URL from DOI and version', () => {
    const { papers } = read({
      messages: [{ status: 'ok', interval: '2020-03-01:2020-03-02', cursor: 0, count: 2, total: 2 }],
      collection: [
        {
          doi: '10.1101/2020.03.01.000001',
          title: 'A Preprint',
          authors: 'Sun, X.; Li, Y.; van der Berg, A.',
          author_corresponding: 'Xin Sun',
          author_corresponding_institution: 'Somewhere',
          date: '2020-03-01',
          version: '2',
          type: 'new results',
          license: 'cc_by',
          category: 'neuroscience',
          jatsxml: 'https://www.biorxiv.org/content/early/2020/03/01/2020.03.01.000001.source.xml',
          abstract: 'Plain text abstract.',
          published: 'NA',
          server: 'bioRxiv',
        },
        {
          doi: '10.1101/2020.03.01.000002',
          title: 'Second Preprint',
          authors: 'Doe, J.',
          date: '2020-03-02',
          version: '1',
          published: '10.1038/s1',
          server: 'medRxiv',
        },
      ],
    })
    expect(papers).toHaveLength(2)
    expect(papers[0]).toMatchObject({
      title: 'A Preprint',
      doi: '10.1101/2020.03.01.000001',
      publishedAt: '2020-03-01',
      abstract: 'Plain text abstract.',
      venue: 'bioRxiv',
      url: 'https://www.biorxiv.org/content/10.1101/2020.03.01.000001v2',
    })
    expect(names(papers[0])).toEqual(['Sun, X.', 'Li, Y.', 'van der Berg, A.'])
    expect(papers[1]).toMatchObject({
      venue: 'medRxiv',
      url: 'https://www.medrxiv.org/content/10.1101/2020.03.01.000002v1',
    })
    expect(names(papers[1])).toEqual(['Doe, J.'])
  })

  it('zbMATH: `result[]`, title.title, contributors.authors, typed links; references[] are not papers', () => {
    const { papers } = read({
      result: [
        {
          id: 1,
          title: { title: 'On \\(K\\)-theory', subtitle: null },
          contributors: { authors: [{ name: 'Muro, Fernando' }, { name: 'Tonks, Andrew' }], editors: [] },
          year: '2014',
          source: { pages: '593-620', series: [{ title: 'Forum Mathematicum', short_title: 'Forum Math.' }] },
          links: [
            { type: 'doi', identifier: '10.1515/forum-2011-0130', url: 'https://doi.org/10.1515/forum-2011-0130' },
            { type: 'arxiv', identifier: '1110.1959', url: 'https://arxiv.org/abs/1110.1959' },
          ],
          zbmath_url: 'https://zbmath.org/6342603',
          references: [
            { doi: '10.1000/a', text: 'Someone, A paper, 2000', zbmath: { year: '2000' } },
            { doi: '10.1000/b', text: 'Other, B paper, 2001', zbmath: { year: '2001' } },
          ],
        },
      ],
      status: { nr_total_results: 1 },
    })
    expect(papers).toHaveLength(1)
    expect(papers[0]).toMatchObject({
      title: 'On \\(K\\)-theory',
      year: 2014,
      venue: 'Forum Mathematicum',
      pages: '593-620',
      doi: '10.1515/forum-2011-0130',
      arxivId: '1110.1959',
      url: 'https://zbmath.org/6342603',
    })
    expect(names(papers[0])).toEqual(['Muro, Fernando', 'Tonks, Andrew'])
  })

  it('DataCite and Europe PMC: `data[].attributes`, `resultList.result[]` with authorString', () => {
    const datacite = read({
      data: [
        {
          id: '10.5281/zenodo.1',
          type: 'dois',
          attributes: {
            doi: '10.5281/zenodo.1',
            titles: [{ title: 'A Dataset Paper' }],
            creators: [{ name: 'Doe, Jane', givenName: 'Jane', familyName: 'Doe' }],
            publicationYear: 2021,
            url: 'https://zenodo.org/record/1',
          },
        },
      ],
    })
    expect(datacite.papers[0]).toMatchObject({ title: 'A Dataset Paper', year: 2021, doi: '10.5281/zenodo.1' })
    expect(names(datacite.papers[0])).toEqual(['Doe, Jane'])
    const europe = read({
      hitCount: 1,
      resultList: {
        result: [
          {
            id: '123',
            source: 'MED',
            pmid: '123',
            doi: '10.1000/epmc',
            title: 'A PubMed Paper.',
            authorString: 'Smith J, Doe A.',
            journalTitle: 'J Test',
            pubYear: '2001',
            pageInfo: '1-9',
            citedByCount: 7,
          },
        ],
      },
    })
    expect(europe.papers[0]).toMatchObject({ title: 'A PubMed Paper.', year: 2001, venue: 'J Test', citedBy: 7 })
    expect(names(europe.papers[0])).toEqual(['Smith J', 'Doe A.'])
  })

  it('JSON Lines: one paper per line, each placed on its line', () => {
    const lines = [
      '{"title": "Line One", "authors": ["A B"], "year": 2020}',
      '',
      '{"title": "Line Two", "authors": ["C D"], "year": 2021, "doi": "10.1000/two"}',
    ].join('\n')
    const result = parseSync(lines)
    expect(result.format).toBe('generic-json')
    expect(result.papers.map((paper) => paper.title)).toEqual(['Line One', 'Line Two'])
    expect(result.papers[1]?.source?.position?.start).toMatchObject({ line: 3, column: 1 })
    expect(result.papers[1]?.provenance?.title?.position?.start).toMatchObject({ line: 3, column: 11 })
  })

  it('two lists side by side are both read, in key order', () => {
    const paper = (title: string) => ({ title, authors: ['A B'], year: 2020 })
    const { papers } = read({ journal: [paper('J1'), paper('J2')], conference: [paper('C1')], talks: [{ name: 'x' }] })
    expect(papers.map((item) => item.title)).toEqual(['J1', 'J2', 'C1'])
  })

  it('a lone paper (`/works/{doi}`): read when it has an id and authors; its references are not papers', () => {
    const { papers } = read({
      status: 'ok',
      message: {
        DOI: '10.1000/lone',
        title: ['The Lone Work'],
        author: [{ given: 'A', family: 'B' }],
        issued: { 'date-parts': [[2001, 2, 3]] },
        reference: [
          { DOI: '10.1000/r1', title: 'Ref', author: [{ family: 'C' }], year: '1990' },
          { DOI: '10.1000/r2', title: 'Ref2', author: [{ family: 'D' }], year: '1991' },
        ],
      },
    })
    expect(papers.map((paper) => paper.title)).toEqual(['The Lone Work'])
    expect(papers[0]).toMatchObject({ doi: '10.1000/lone', publishedAt: '2001-02-03', year: 2001 })
  })
})

describe('generic-json: positions', () => {
  it('places each item and its fields in the text', () => {
    const text = JSON.stringify(
      { data: [{ title: 'First', authors: [{ name: 'A B' }], year: 2020, journal: { name: 'J', pages: '1-2' } }] },
      null,
      2,
    )
    const { papers } = parseSync(text)
    const paper = papers[0]
    const slice = (
      position: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined,
    ) => (position ? text.slice(position.start.offset, position.end.offset) : undefined)
    expect(slice(paper?.source?.position)).toMatch(/^\{\s+"title": "First"[\s\S]*\}$/)
    expect(slice(paper?.provenance?.title?.position)).toBe('"First"')
    expect(slice(paper?.provenance?.authors?.position)).toBe('"A B"')
    expect(slice(paper?.provenance?.year?.position)).toBe('2020')
    expect(slice(paper?.provenance?.venue?.position)).toBe('"J"')
    expect(slice(paper?.provenance?.pages?.position)).toBe('"1-2"')
  })

  it('reads escaped keys and duplicate keys as JSON.parse does (the last one wins)', () => {
    const text =
      '{"data": [{"t\\u0069tle": "Old", "title": "New", "authors": ["A B"], "year": 2001, "year": 2002}, {"title": "Two", "authors": ["C"], "year": 2003}]}'
    const { papers } = parseSync(text)
    expect(papers[0]).toMatchObject({ title: 'New', year: 2002 })
    const position = papers[0]?.provenance?.year?.position
    expect(text.slice(position?.start.offset, position?.end.offset)).toBe('2002')
  })
})
