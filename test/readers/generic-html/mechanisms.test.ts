/** The generic HTML reader's mechanisms, one small synthetic page each. */
import { describe, expect, it } from 'vitest'
import { type Paper, parseSync } from '../../../src/index.js'
import { seeded } from '../../helpers.js'

const read = (body: string, head = '', url = 'https://lab.example.org/pubs/') =>
  parseSync(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { reader: 'generic-html', url })

const brief = (paper: Paper) => ({
  title: paper.title,
  authors: paper.authors.map((author) => author.name),
  ...(paper.year ? { year: paper.year } : {}),
  ...(paper.venue ? { venue: paper.venue } : {}),
})

/** A publication-list item: linked title, authors, venue in italics, year. */
const item = (title: string, authors: string, venue: string, href: string) =>
  `<li><a href="${href}">${title}</a>. ${authors}. <i>${venue}</i>. <a href="${href}.pdf">pdf</a></li>`

describe('generic-html: machine-readable metadata', () => {
  it('reads JSON-LD ScholarlyArticles in @graph and arrays', () => {
    const data = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', name: 'Ada Lovelace' },
        {
          '@type': [null, 3, 'Thing', ' https://schema.org/ScholarlyArticle'],
          headline: 'Notes on the Analytical Engine',
          author: [
            { '@type': 'Person', name: 'Ada Lovelace' },
            { givenName: 'Charles', familyName: 'Babbage' },
          ],
          datePublished: '1843-09-01',
          isPartOf: { name: 'Scientific Memoirs' },
          sameAs: 'https://doi.org/10.1000/engine.1843',
        },
        { '@type': 'ScholarlyArticle', name: 'A Second Paper on Engines', author: 'Mary Somerville' },
      ],
    }
    const { papers } = read(`<script type="application/ld+json">${JSON.stringify(data)}</script>`)
    expect(papers.map(brief)).toEqual([
      {
        title: 'Notes on the Analytical Engine',
        authors: ['Ada Lovelace', 'Charles Babbage'],
        venue: 'Scientific Memoirs',
      },
      { title: 'A Second Paper on Engines', authors: ['Mary Somerville'] },
    ])
    expect(papers[0]?.doi).toBe('10.1000/engine.1843')
    // A full date is a day, not a bare year.
    expect([papers[0]?.publishedAt, papers[0]?.year]).toEqual(['1843-09-01', undefined])
    expect(papers[0]?.confidence).toBeGreaterThan(0.9)
  })

  it('does not take a JSON-LD Person or BlogPosting for a paper', () => {
    const person = { '@context': 'https://schema.org', '@type': 'Person', name: 'Ada Lovelace' }
    const post = { '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'My week at a conference' }
    const { papers } = read(
      `<script type="application/ld+json">${JSON.stringify(person)}</script><script type="application/ld+json">${JSON.stringify(post)}</script><p>Hello.</p>`,
    )
    expect(papers).toEqual([])
  })

  it('reads microdata items, authors from nested Person items', () => {
    const entry = (title: string, names: string[], pages: string) =>
      `<li itemscope itemtype="http://schema.org/ScholarlyArticle">${names
        .map(
          (name) =>
            `<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">${name}</span></span>`,
        )
        .join(
          ', ',
        )}: <span itemprop="name">${title}</span> <meta itemprop="datePublished" content="2012"><span itemprop="pagination">${pages}</span> <a itemprop="url" href="https://ceur-ws.org/Vol-1/p${pages}.pdf">ee</a></li>`
    const { papers } = read(
      `<ul>${entry('Negotiation and Search.', ['Carles Sierra'], '1')}${entry('Social Intelligence.', ['Enric Plaza', 'Pablo Noriega'], '2-3')}${entry('Trust Without Proof.', ['Ann Other'], '4')}</ul>`,
    )
    // A period every title ends with is the list's punctuation, not the titles'.
    expect(papers.map(brief)).toEqual([
      { title: 'Negotiation and Search', authors: ['Carles Sierra'], year: 2012 },
      { title: 'Social Intelligence', authors: ['Enric Plaza', 'Pablo Noriega'], year: 2012 },
      { title: 'Trust Without Proof', authors: ['Ann Other'], year: 2012 },
    ])
    expect(papers.map((paper) => [paper.pages, paper.pdfUrl])).toEqual([
      ['1', 'https://ceur-ws.org/Vol-1/p1.pdf'],
      ['2-3', 'https://ceur-ws.org/Vol-1/p2-3.pdf'],
      ['4', 'https://ceur-ws.org/Vol-1/p4.pdf'],
    ])
  })

  it('reads COinS spans', () => {
    const span = (title: string, authors: string[], date: string) =>
      `<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft.atitle=${encodeURIComponent(title)}${authors
        .map((name) => `&amp;rft.au=${encodeURIComponent(name)}`)
        .join(
          '',
        )}&amp;rft.jtitle=Journal+of+Tests&amp;rft.date=${date}&amp;rft.pages=3-9&amp;rft_id=info%3Adoi%2F10.1000%2Fx${date}"></span>`
    const { papers } = read(
      `<p>Cited:</p>${span('Testing Things', ['Jane Roe', 'John Doe'], '2001')}${span('Testing More Things', ['Jane Roe'], '2003')}`,
    )
    expect(papers.map(brief)).toEqual([
      { title: 'Testing Things', authors: ['Jane Roe', 'John Doe'], year: 2001, venue: 'Journal of Tests' },
      { title: 'Testing More Things', authors: ['Jane Roe'], year: 2003, venue: 'Journal of Tests' },
    ])
    expect(papers[0]?.doi).toBe('10.1000/x2001')
    expect(papers[0]?.pages).toBe('3-9')
  })

  it('reads a landing page from citation_* meta tags: one record, not its related papers', () => {
    const head = [
      '<meta name="citation_title" content="Attention Is Not All You Need">',
      '<meta name="citation_author" content="Roe, Jane">',
      '<meta name="citation_author" content="John Doe">',
      '<meta name="citation_publication_date" content="2021/06/01">',
      '<meta name="citation_conference_title" content="Proceedings of ICML">',
      '<meta name="citation_pdf_url" content="/papers/attention.pdf">',
      '<meta name="citation_doi" content="10.1000/attn">',
    ].join('')
    const related = `<h3>Related papers</h3><ul>${item('Another Paper About Attention', 'A. Smith and B. Jones', 'NeurIPS 2020', 'https://arxiv.org/abs/2001.00001')}${item('Yet Another Paper on Transformers', 'C. Brown', 'ICLR 2021', 'https://arxiv.org/abs/2101.00002')}</ul>`
    const { papers } = read(
      `<h1>Attention Is Not All You Need</h1>${related}`,
      head,
      'https://proc.example.org/paper/42',
    )
    expect(papers.map(brief)).toEqual([
      {
        title: 'Attention Is Not All You Need',
        authors: ['Jane Roe', 'John Doe'],
        venue: 'Proceedings of ICML',
      },
    ])
    expect(papers[0]?.publishedAt).toBe('2021-06-01')
    expect(papers[0]?.pdfUrl).toBe('https://proc.example.org/papers/attention.pdf')
    expect(papers[0]?.doi).toBe('10.1000/attn')
    expect(papers[0]?.url).toBe('https://proc.example.org/paper/42')
  })

  it('finds the title tag by its name trimmed and in any case, or its property, after other tags', () => {
    const head = [
      '<meta property="og:title" content="Not the paper">',
      '<meta name="viewport" content="width=device-width">',
      '<meta name="citation_title" content="">',
      '<meta name=" Citation_TITLE " content="Sifting Papers">',
      '<meta property="citation_author" content="Jane Roe">',
    ].join('')
    expect(read('<p>Abstract.</p>', head).papers.map(brief)).toEqual([
      { title: 'Sifting Papers', authors: ['Jane Roe'] },
    ])
    // An empty title tag alone names no paper.
    expect(read('<p>Abstract.</p>', '<meta name="citation_title" content=" ">').papers).toEqual([])
    expect(read('<p>Abstract.</p>', '<meta property="DCTERMS.title" content="Sifting Papers">').papers).toEqual([])
  })

  it('takes Dublin Core only when it describes a scholarly text', () => {
    const blog = '<meta name="DC.title" content="My Holiday"><meta name="DC.creator" content="Jane Roe">'
    expect(read('<p>Sun.</p>', blog).papers).toEqual([])
    const thesis = `${blog.replace('My Holiday', 'On Sifting Papers')}<meta name="DC.type" content="Text.Thesis.Doctoral"><meta name="DC.date" content="2019">`
    expect(read('<p>Abstract.</p>', thesis).papers.map(brief)).toEqual([
      { title: 'On Sifting Papers', authors: ['Jane Roe'], year: 2019 },
    ])
  })

  it('reads BibTeX blocks, LaTeX accents and "Last, First" names', () => {
    const bib = `@inproceedings{roe2020,
  title = {Sifting {Papers} with Caf\\'{e} Tools},
  author = {Roe, Jane and M{\\"u}ller, Hans and others},
  booktitle = {Proceedings of the Workshop on Tools},
  year = 2020,
  pages = {1--10},
}
@misc{blogpost, title = {Not a paper}}
@article{doe19, title="Second Paper", author="John Doe", journal="J. Tests", year="2019", doi="10.1000/j.19"}`
    const { papers } = read(`<pre>${bib}</pre>`)
    expect(papers.map(brief)).toEqual([
      {
        title: 'Sifting Papers with Café Tools',
        authors: ['Jane Roe', 'Hans Müller'],
        year: 2020,
        venue: 'Proceedings of the Workshop on Tools',
      },
      { title: 'Second Paper', authors: ['John Doe'], year: 2019, venue: 'J. Tests' },
    ])
    expect(papers[0]?.pages).toBe('1-10')
    expect(papers[1]?.doi).toBe('10.1000/j.19')
  })
})

describe('generic-html: repeated structure', () => {
  const nav =
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/people">People</a></li><li><a href="/pubs">Publications</a></li></ul></nav>'

  it('reads list items: title link, authors, venue, year, PDF, and not the navigation', () => {
    const list = `<ul>${item('Learning to Sift Papers from Listings', 'Jane Roe, John Doe and Ann Other', 'ACL 2023', 'https://aclanthology.org/2023.acl-long.1/')}${item('A Second Study of Sifting', 'Ann Other', 'EMNLP 2022', 'https://aclanthology.org/2022.emnlp-main.2/')}${item('Third Time Lucky: Sifting Again', 'John Doe, Jane Roe', 'NAACL 2021', 'https://aclanthology.org/2021.naacl-main.3/')}</ul>`
    const { papers, messages } = read(`${nav}<h1>Publications</h1>${list}`)
    expect(papers.map(brief)).toEqual([
      {
        title: 'Learning to Sift Papers from Listings',
        authors: ['Jane Roe', 'John Doe', 'Ann Other'],
        year: 2023,
        venue: 'ACL 2023',
      },
      { title: 'A Second Study of Sifting', authors: ['Ann Other'], year: 2022, venue: 'EMNLP 2022' },
      { title: 'Third Time Lucky: Sifting Again', authors: ['John Doe', 'Jane Roe'], year: 2021, venue: 'NAACL 2021' },
    ])
    expect(papers[0]?.url).toBe('https://aclanthology.org/2023.acl-long.1/')
    expect(papers[0]?.pdfUrl).toBe('https://aclanthology.org/2023.acl-long.1/.pdf')
    for (const paper of papers) expect(paper.confidence).toBeGreaterThan(0.5)
    expect(messages.filter((message) => message.ruleId?.startsWith('generic-html'))).toEqual([])
  })

  it('reads table rows by their header (title, cited by, year)', () => {
    const row = (title: string, authors: string, cited: string, year: string) =>
      `<tr><td><a href="https://scholar.example.org/c?id=${cited}">${title}</a><div>${authors}</div><div>Journal of Rows 4 (2), 1-9</div></td><td>${cited}</td><td>${year}</td></tr>`
    const table = `<table><thead><tr><th>Title</th><th>Cited by</th><th>Year</th></tr></thead><tbody>${row('Rows Are Records Too', 'J Roe, J Doe', '12', '2014')}${row('Columns Name Their Fields', 'A Other', '3', '2013')}${row('Tables All the Way Down', 'J Roe', '', '2012')}</tbody></table>`
    const { papers } = read(table)
    expect(papers.map((paper) => [paper.title, paper.authors.length, paper.citedBy, paper.year, paper.venue])).toEqual([
      ['Rows Are Records Too', 2, 12, 2014, 'Journal of Rows 4 (2), 1-9'],
      ['Columns Name Their Fields', 1, 3, 2013, 'Journal of Rows 4 (2), 1-9'],
      ['Tables All the Way Down', 1, undefined, 2012, 'Journal of Rows 4 (2), 1-9'],
    ])
  })

  it('reads div cards and the abstract card that follows each', () => {
    const card = (title: string, id: string, abstract: string) =>
      `<div class="paper"><strong><a href="/${id}/">${title}</a></strong><br><a href="/people/j/">Jane Roe</a> | <a href="/people/a/">Ann Other</a><br><a class="venue" href="/volumes/${id}/">Proceedings of the Workshop on Cards</a></div><div class="abstract">${abstract}</div>`
    const long = 'We study cards on listing pages, and we show that they can be read. '.repeat(3)
    const { papers } = read(
      `<h4>2019</h4>${card('Cards as Records', 'W19-1', long)}<h4>2018</h4>${card('Records as Cards', 'W18-2', long)}${card('More Records as Cards', 'W18-3', long)}`,
      '',
      'https://aclanthology.org/people/jane-roe/',
    )
    expect(papers.map(brief)).toEqual([
      {
        title: 'Cards as Records',
        authors: ['Jane Roe', 'Ann Other'],
        year: 2019,
        venue: 'Proceedings of the Workshop on Cards',
      },
      {
        title: 'Records as Cards',
        authors: ['Jane Roe', 'Ann Other'],
        year: 2018,
        venue: 'Proceedings of the Workshop on Cards',
      },
      {
        title: 'More Records as Cards',
        authors: ['Jane Roe', 'Ann Other'],
        year: 2018,
        venue: 'Proceedings of the Workshop on Cards',
      },
    ])
    expect(papers[0]?.abstract).toBe(long.trim())
    expect(papers[0]?.url).toBe('https://aclanthology.org/W19-1/')
  })

  it('reads dt + dd + dd runs as one record each', () => {
    const run = (id: string, title: string, authors: string) =>
      `<dt><a href="https://arxiv.org/abs/${id}">arXiv:${id}</a> <a href="https://arxiv.org/pdf/${id}">pdf</a></dt><dd><b>${title}</b></dd><dd>${authors}</dd>`
    const { papers } = read(
      `<dl>${run('2301.00001', 'Terms and Definitions in Lists', 'Jane Roe, John Doe')}${run('2301.00002', 'Definition Lists as Listings', 'Ann Other')}${run('2301.00003', 'Another Definition of Papers', 'John Doe')}</dl>`,
    )
    expect(papers.map((paper) => [paper.title, paper.arxivId, paper.authors.map((author) => author.name)])).toEqual([
      ['Terms and Definitions in Lists', '2301.00001', ['Jane Roe', 'John Doe']],
      ['Definition Lists as Listings', '2301.00002', ['Ann Other']],
      ['Another Definition of Papers', '2301.00003', ['John Doe']],
    ])
  })

  it('reads flat unclosed <p> runs under year headings', () => {
    const entry = (title: string, authors: string, venue: string, id: string) =>
      `<p><b><a href="https://arxiv.org/abs/${id}">${title}</a></b> <br> ${authors} <em>. In ${venue}</em>.`
    const page = `<p><em>Lab members in bold</em><h2>2025</h2>${entry('Paragraphs Without Ends', '<b>Jane Roe</b>, John Doe, …, Ann Other', 'ASRU, 2025', '2501.00001')}${entry('Ends Without Paragraphs', 'John Doe and <b>Jane Roe</b>', 'COLM, 2025', '2501.00002')}<h2>Before 2019</h2>${entry('An Old Paper From Long Ago', 'A.S. Sodiya, S.A. Onashoga and D.I. Adelani', 'ITNG, 2011', '1101.00001')}`
    const { papers } = read(page)
    expect(papers.map(brief)).toEqual([
      { title: 'Paragraphs Without Ends', authors: ['Jane Roe', 'John Doe', 'Ann Other'], year: 2025, venue: 'ASRU' },
      { title: 'Ends Without Paragraphs', authors: ['John Doe', 'Jane Roe'], year: 2025, venue: 'COLM' },
      {
        title: 'An Old Paper From Long Ago',
        authors: ['A.S. Sodiya', 'S.A. Onashoga', 'D.I. Adelani'],
        year: 2011,
        venue: 'ITNG',
      },
    ])
  })

  it('reads <br>-separated lines inside one block', () => {
    const line = (authors: string, title: string, venue: string) =>
      `${authors}. <b>${title}</b>. <i>${venue}</i>. <a href="https://doi.org/10.1000/${title.length}">doi</a><br>`
    const { papers } = read(
      `<div class="pubs">${line('Jane Roe, John Doe', 'Lines Are Records', 'Journal of Lines, 2017')}${line('Ann Other', 'Breaks Between Papers', 'Workshop on Breaks, 2016')}${line('John Doe', 'One Line Per Paper Please', 'Line Letters, 2015')}</div>`,
    )
    expect(papers.map(brief)).toEqual([
      { title: 'Lines Are Records', authors: ['Jane Roe', 'John Doe'], year: 2017, venue: 'Journal of Lines' },
      { title: 'Breaks Between Papers', authors: ['Ann Other'], year: 2016, venue: 'Workshop on Breaks' },
      { title: 'One Line Per Paper Please', authors: ['John Doe'], year: 2015, venue: 'Line Letters' },
    ])
    expect(papers[0]?.doi).toBe('10.1000/17')
  })

  it('carries a venue heading into the records below it', () => {
    const list = (titles: string[]) =>
      `<ul>${titles.map((title, index) => `<li><a href="https://openreview.net/forum?id=${title.length}${index}">${title}</a>, Jane Roe and John Doe</li>`).join('')}</ul>`
    const { papers } = read(
      `<h3>NeurIPS 2020</h3>${list(['Headings Name Venues', 'Venues Name Headings'])}<h3>ICML 2019</h3>${list(['A Paper Under Another Heading'])}`,
    )
    expect(papers.map((paper) => [paper.title, paper.venue, paper.year])).toEqual([
      ['Headings Name Venues', 'NeurIPS 2020', 2020],
      ['Venues Name Headings', 'NeurIPS 2020', 2020],
      ['A Paper Under Another Heading', 'ICML 2019', 2019],
    ])
  })

  it('rejects navigation, sidebars, co-author lists and tag clouds', () => {
    const coauthors = `<div class="card"><h5>Co-authors</h5><ul>${[
      'Jane Roe',
      'John Doe',
      'Ann Other',
      'Max Mustermann',
    ]
      .map((name) => `<li><a href="/people/${name}/">${name}</a> <span>3</span></li>`)
      .join('')}</ul></div>`
    const tags = `<div class="tags">${['machine learning', 'natural language', 'deep nets', 'vision']
      .map((tag) => `<a class="tag" href="/tags/${tag}">${tag}</a>`)
      .join(' ')}</div>`
    const { papers, messages } = read(
      `${nav}${coauthors}${tags}<footer><ul><li><a href="/a">About us</a></li><li><a href="/b">Contact the lab</a></li></ul></footer>`,
    )
    expect(papers).toEqual([])
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['generic-html:no-records', undefined]])
  })

  it('says when a weaker competing structure was left out', () => {
    const main = `<ul class="main">${item('The Main List of Papers', 'Jane Roe, John Doe', 'ACL 2023', 'https://aclanthology.org/a1/')}${item('Still the Main List Here', 'Ann Other', 'ACL 2022', 'https://aclanthology.org/a2/')}${item('Main List Entry Number Three', 'John Doe', 'ACL 2021', 'https://aclanthology.org/a3/')}</ul>`
    const side = `<div class="side"><p><a href="https://arxiv.org/abs/2001.00001">Recent preprint about something</a> 2020</p><p><a href="https://arxiv.org/abs/2001.00002">Another recent preprint here</a> 2020</p><p><a href="https://arxiv.org/abs/1901.00003">An older preprint from before</a> 2019</p></div>`
    const { papers, messages } = read(`${main}${side}`)
    expect(papers.map((paper) => paper.title)).toEqual([
      'The Main List of Papers',
      'Still the Main List Here',
      'Main List Entry Number Three',
    ])
    expect(messages.map((message) => message.ruleId)).toContain('generic-html:ambiguous')
  })

  it('takes a page column holding every result for a section, not a record, beside a sidebar', () => {
    // Four results (a cut Scholar page): few enough that the columns (top bar, sidebar, results)
    // are read as a structure too; the results column holds all four, the others none.
    const card = (n: number) =>
      `<div class="r"><h3><a href="https://journal.example.org/paper${n}">Glacial record of the southern range number ${n}</a></h3><div class="a">A Smith, B Jones, C Brown - Journal of Geology, 201${n} - example.org</div><div class="s">We map the rocks of the range and date them.</div><div class="f"><a href="/cites?${n}">Cited by ${n}2</a> <a href="/related?${n}">Related articles</a></div></div>`
    const top = '<div id="top"><div><div><a href="/login">Sign in</a> to see more</div></div></div>'
    const side = `<div id="side">${['Since 2020', 'Since 2019', 'Since 2016', 'Sort by relevance', 'Sort by date']
      .map((label) => `<a href="?q=${label}">${label}</a>`)
      .join(' ')}</div>`
    const { papers } = read(
      `${top}<div id="main"><div>${side}<div id="col">${[1, 2, 3, 4].map(card).join('')}</div></div></div>`,
    )
    expect(papers.map((paper) => paper.title)).toEqual([
      'Glacial record of the southern range number 1',
      'Glacial record of the southern range number 2',
      'Glacial record of the southern range number 3',
      'Glacial record of the southern range number 4',
    ])
  })

  it('keeps a list of papers some of which nest versions, not the nested items alone', () => {
    // Three of ten papers hold a list of four "extended version" items: the ten are papers, not
    // sections around the twelve (found in review: a rule counting only the items that hold
    // nested ones took the ten for sections and kept the twelve).
    const names = ['Alice Smith', 'Bob Jones', 'Carol White', 'Dan Brown', 'Eve Black']
    const nested = (n: number) =>
      `<ul>${[0, 1, 2, 3]
        .map(
          (k) =>
            `<li><a href="https://example.org/v${n}-${k}.pdf">Extended study of deep topic ${n} part ${k}</a>. ${names[k]}, ${names[(k + 1) % 5]}. Journal of Things, ${2010 + k}. <a href="https://arxiv.org/abs/2101.0${n}${k}11">arXiv</a></li>`,
        )
        .join('')}</ul>`
    const items = Array.from(
      { length: 10 },
      (_, n) =>
        `<li><a href="https://example.org/p${n}.pdf">A study of interesting topic number ${n} in learning</a>. ${names[n % 5]}, ${names[(n + 1) % 5]}. In Proceedings of Conf, ${2000 + n}. <a href="https://doi.org/10.1000/x${n}">doi</a>${[2, 5, 8].includes(n) ? nested(n) : ''}</li>`,
    )
    const { papers } = read(`<h1>Publications</h1><ul>${items.join('\n')}</ul>`)
    expect(papers.map((paper) => paper.title)).toEqual(
      Array.from({ length: 10 }, (_, n) => `A study of interesting topic number ${n} in learning`),
    )
  })

  it('gives zero papers and says why on a page that is not a listing', () => {
    const article = `<article><h1>What I Learned This Year</h1><p>By Jane Roe · Oct 19, 2016</p>${'<p>Some prose about the future of work and technology, written as an essay, with no papers in it at all.</p>'.repeat(8)}</article>`
    const result = read(`${nav}${article}`)
    expect(result.papers).toEqual([])
    expect(result.reader).toBe('generic-html')
    expect(result.messages.map((message) => message.ruleId)).toEqual(['generic-html:no-records'])
    expect(result.messages[0]?.reason).toMatch(/^No papers: /)
  })
})

describe("generic-html: a record's rules choose as documented", () => {
  // Three records of one shape, so the list is taken; each test varies what one rule chooses among.
  const list = (records: string[]) => read(`<ul>${records.map((record) => `<li>${record}</li>`).join('')}</ul>`)
  const topics = ['graph nets', 'speech models', 'parsing tables']

  it('title: a bold link before a longer plain one, a link of three words before a shorter one', () => {
    const bold = list(
      topics.map(
        (topic, index) =>
          `<a href="/x${index}">some earlier linked words</a> <b><a href="/p${index}">On ${topic}</a></b>, Ada Lovelace and Alan Turing. <i>NeurIPS</i>, 2020.`,
      ),
    )
    expect(bold.papers.map((paper) => paper.title)).toEqual(topics.map((topic) => `On ${topic}`))
    const longer = list(
      topics.map(
        (topic, index) =>
          `<a href="/x${index}">short link</a> <a href="/p${index}">learning deep ${topic}</a>, Ada Lovelace and Alan Turing. <i>ICML</i>, 2021.`,
      ),
    )
    expect(longer.papers.map((paper) => paper.title)).toEqual(topics.map((topic) => `learning deep ${topic}`))
  })

  it('authors: the names after the title before those above it; the venue: italics before the next line', () => {
    const { papers } = list(
      topics.map(
        (topic, index) =>
          `Grace Hopper and Mary Somerville<br><a href="/p${index}">Compilers for ${topic}</a>, Alan Turing and John Smith.<br>Technical report number ${index + 12}<br><i>Communications of the ACM</i>, 1952`,
      ),
    )
    expect(papers.map(brief)).toEqual(
      topics.map((topic) => ({
        title: `Compilers for ${topic}`,
        authors: ['Alan Turing', 'John Smith'],
        year: 1952,
        venue: 'Communications of the ACM',
      })),
    )
  })
})

describe('generic-html: detection', () => {
  it('claims HTML no site reader claims, and nothing else', async () => {
    const { genericHtml } = await import('../../../src/index.js')
    expect(genericHtml.generic).toBe(true)
    expect(genericHtml.sniff('<!DOCTYPE html><html><body></body></html>')).toBe(0.6)
    expect(genericHtml.sniff('{"papers": []}')).toBe(0)
    expect(genericHtml.sniff('Just some text')).toBe(0)
    const { reader } = parseSync('<!doctype html><html><body><p>Hi</p></body></html>')
    expect(reader).toBe('generic-html')
  })

  it('sniffs what lower-casing the first 8 KB and searching it finds, on random text', async () => {
    const { genericHtml } = await import('../../../src/index.js')
    const definition = (sample: string) => {
      const head = sample.slice(0, 8192).toLowerCase()
      return ['<html', '<!doctype html', '<body', '<div', '<table', '<p>'].some((tag) => head.includes(tag)) ? 0.6 : 0
    }
    // Tags in any case, pieces of them, and letters that case-fold oddly (dotted and dotless i,
    // the Kelvin sign, the long s).
    const parts = ['<', '>', '!', ' ', 'd', 'D', 'i', 'I', 'v', 'V', 'p', 'P', 'html', 'HtMl', 'doctype ', 'body']
    const odd = ['İ', 'ı', 'K', 'ſ', 'ß', 'table', 'TABLE']
    const next = seeded(5)
    let claimed = 0
    for (let round = 0; round < 3000; round++) {
      let sample = ''
      const length = 1 + next(12)
      for (let at = 0; at < length; at++) sample += next(5) === 0 ? odd[next(odd.length)] : parts[next(parts.length)]
      expect(genericHtml.sniff(sample), JSON.stringify(sample)).toBe(definition(sample))
      if (definition(sample) > 0) claimed++
    }
    expect(claimed).toBeGreaterThan(100)
    // Only the first 8 KB count.
    for (const at of [8186, 8187, 8190]) {
      const sample = `${'x'.repeat(at)}<DIV>`
      expect(genericHtml.sniff(sample), String(at)).toBe(definition(sample))
    }
    expect(genericHtml.sniff(`${'x'.repeat(8186)}<div>`)).toBe(0.6)
    expect(genericHtml.sniff(`${'x'.repeat(8189)}<div>`)).toBe(0)
  })
})

describe('generic-html: search-engine result lines', () => {
  // Made up, in the shape Google Scholar prints results: a tag before the title, the green
  // "authors - venue, year - host" line, a "[PDF] host" side link, label links below.
  const result = (tag: string, title: string, line: string, side = '') =>
    `<div class="r">${side}<h3>${tag} ${side ? `<span>${title}</span>` : `<a href="https://journal.example.org/${title.length}">${title}</a>`}</h3><div class="a">${line}</div><div class="s">A snippet that describes the paper in a sentence or two, cut short …</div><a href="/cites?1">Cited by 12</a> <a href="/related?1">Related articles</a> <a href="/versions?1">All 3 versions</a></div>`
  it('splits the authors from the venue and host at the dashes', () => {
    const { papers } = read(
      result(
        '[PDF]',
        'Glacial lakes of the dry valleys',
        'BL Hall, GH Denton - Journal of Quaternary …, 2002 - Wiley',
      ) +
        result('[HTML]', 'Sandstone modes in a drill core', 'JL Smellie - Terra Antartica, 2001 - epic.awi.de') +
        result(
          '[CITATION]',
          'Geology of the Olympus Range',
          'MJ Isaac, TJ Chinn - 1996 - example.org',
          '<a href="https://repository.example.edu/view?id=9">[PDF] example.edu</a>',
        ),
    )
    expect(papers.map(brief)).toEqual([
      {
        title: 'Glacial lakes of the dry valleys',
        authors: ['BL Hall', 'GH Denton'],
        year: 2002,
        venue: 'Journal of Quaternary …',
      },
      { title: 'Sandstone modes in a drill core', authors: ['JL Smellie'], year: 2001, venue: 'Terra Antartica' },
      { title: 'Geology of the Olympus Range', authors: ['MJ Isaac', 'TJ Chinn'], year: 1996 },
    ])
    expect(papers[2]?.pdfUrl).toBe('https://repository.example.edu/view?id=9')
  })
})
