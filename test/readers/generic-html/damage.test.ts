/**
 * Damaged markup costs the generic HTML reader at most the entry it hits: one small synthetic
 * page per mechanism, read whole and damaged (the shapes the damage sweep found on real pages).
 */
import { describe, expect, it } from 'vitest'
import { type Paper, parseSync } from '../../../src/index.js'

const read = (html: string) => parseSync(html, { reader: 'generic-html', url: 'https://lab.example.org/pubs/' })
const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`

const brief = (paper: Paper) => ({
  title: paper.title,
  authors: paper.authors.map((author) => author.name),
  ...(paper.abstract ? { abstract: paper.abstract } : {}),
  ...(paper.year ? { year: paper.year } : {}),
})

const titles = [
  'Thin Structures Estimated With Curvature',
  'Segment Tables for Semantic Entailment',
  'Aligning Books and Movies Over Time',
  'Query and Image Similarities Ranked',
  'Learning to See by Moving Around',
  'Object Detection With Balanced Features',
  'Mining Graphs for Graph Matching',
  'Pose Induction for Novel Categories',
]

/** A CVF-like entry: `dt` title link, `dd` authors, `dd` links and a BibTeX block; lines between tags. */
const entry = (n: number, bib = '') =>
  `<dt class="ptitle"><a href="https://open.example.org/content/paper${n}.html">${titles[n]}</a></dt>\n` +
  `<dd>\nJane Roe, John Doe, Ann Other\n</dd>\n` +
  `<dd>\n[<a href="https://open.example.org/papers/paper${n}.pdf">pdf</a>]\n<div class="bibref">@InProceedings{p${n},<br>\nyear = {2015}${bib}</div>\n</dd>\n`

const list = (damaged: number, bib: string) =>
  page(
    `<div id="content">\n<dl>\n${titles.map((_, n) => entry(n, n === damaged ? bib : '')).join('')}</dl>\n</div>\n<p>Last updated in 2015.</p>`,
  )

describe('generic-html: damage stays local', () => {
  it('reads every entry when an unclosed <b> is reopened around the later entries of a list', () => {
    // `<br>` damaged into `<b>r>`: parse5, as a browser, reopens the `<b>` at the line break
    // after the entry, inside the `<dl>`, and every later `dt`/`dd` goes inside it (the first
    // entry is left alone in the `<dl>`, the others under a `<b>` that is no part of their shape).
    const whole = read(list(-1, ''))
    const damaged = read(list(0, ',<b>r>\nnote = {x}'))
    expect(whole.papers).toHaveLength(8)
    expect(damaged.papers.map(brief)).toEqual(whole.papers.map(brief))
  })

  it('reads the entries a stray end tag put outside their list, however few', () => {
    // A `</div>` inside an entry closes the `<dl>` too (the `<div>` around it is in scope), as in
    // a browser: the last two entries sit under the page's `<div>`, on another tag path.
    const whole = read(list(-1, ''))
    const damaged = read(list(5, '</div></div>'))
    expect(damaged.papers.map(brief)).toEqual(whole.papers.map(brief))
  })

  it('reads the entries under an element of another name that no end tag closes', () => {
    // `<dd>` made `<dd]>`: every later `dt`/`dd` hangs from it, and the damaged entry's second `dd`
    // comes before the first of them there.
    const whole = read(list(-1, ''))
    const text = list(-1, '')
    const at = text.indexOf('<dd>', text.indexOf(titles[3] as string))
    const damaged = read(`${text.slice(0, at)}<dd]>${text.slice(at + 4)}`)
    const later = (papers: readonly Paper[]) => papers.filter((paper) => titles.indexOf(paper.title) > 3).map(brief)
    expect(later(whole.papers)).toHaveLength(4)
    expect(later(damaged.papers)).toEqual(later(whole.papers))
  })

  it('takes the list period off the two titles a cut leaves', () => {
    // dblp-like microdata items whose titles all end with the list's period.
    const entry = (n: number) =>
      `<li class="entry" itemscope itemtype="http://schema.org/ScholarlyArticle"><cite><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Roe</span></span>: <span itemprop="name" class="title">${titles[n]}.</span> <span itemprop="datePublished">2012</span></cite></li>\n`
    const text = page(`<ul class="publ-list">\n${[...titles.keys()].map(entry).join('')}</ul><p>Footer</p>`)
    expect(read(text).papers.map((paper) => paper.title)).toEqual(titles)
    const cut = text.slice(0, text.indexOf(titles[2] as string))
    expect(read(cut).papers.map((paper) => paper.title)).toEqual(titles.slice(0, 2))
  })

  it('keeps the rows left by a cut, however few, but not two rows of a whole page', () => {
    const row = (n: number) =>
      `<tr id="r${n}"><td class="n"><a href="https://semanticscholar.org/paper/p${n}">39${n}</a></td><td>MAIN</td><th scope="row"><a href="https://proceedings.mlr.press/v65/paper${n}a.html">${titles[n]}</a></th></tr>\n`
    const table = (rows: number) =>
      page(
        `<h2>Papers</h2><table><thead><tr><th>Citations</th><th>Volume</th><th>Title</th></tr></thead><tbody>\n${[
          ...titles.keys(),
        ]
          .slice(0, rows)
          .map(row)
          .join('')}</tbody></table>`,
      )
    const text = table(8)
    expect(read(text).papers.map((paper) => paper.title)).toEqual(titles)
    // Cut inside the third row's title link: the two rows before it are kept.
    const cut = text.slice(0, text.indexOf(titles[2] as string) + 5)
    expect(read(cut).papers.map((paper) => paper.title)).toEqual(titles.slice(0, 2))
    // Two such rows on a whole page show too little of a paper to be taken for one.
    expect(read(table(2)).papers).toEqual([])
  })

  it('reads an item whose class was damaged, and the abstracts of the items after it', () => {
    // ACL author pages: `p.d-sm-flex` items, each followed by its abstract card, years between.
    const item = (n: number, className = 'd-sm-flex align-items-stretch') =>
      `<p class="${className}"><span class="d-block"><strong><a class="align-middle" href="/W19-${n}/">${titles[n]}</a></strong><br><a href="/people/j/jane-roe/">Jane Roe</a> | <a href="/people/a/ann-other/">Ann Other</a><br><a href="/volumes/W19-${n}/" class="text-muted">Proceedings of the Workshop on Lists</a></span></p>` +
      `<div class="card collapse abstract-collapse"><div class="card-body">We describe entry ${n} of a list, and we show that it can be read whole.</div></div>`
    const body = (first: string) =>
      page(
        `<h2>Jane Roe</h2><hr><div class="row"><div class="col"><h4>2019</h4>${item(0, first)}<h4>2018</h4>${item(1)}${item(2)}${item(3)}${item(4)}</div></div>`,
      )
    const whole = read(body('d-sm-flex align-items-stretch'))
    expect(whole.papers).toHaveLength(5)
    // One byte deleted: `d-sm-fle`.
    const damaged = read(body('d-sm-fle align-items-stretch'))
    expect(damaged.papers.map(brief)).toEqual(whole.papers.map(brief))
  })

  it('reads the items that hang from an item whose end tag was damaged', () => {
    // ACL author pages (2026): `div.d-sm-flex` items (a row of buttons, then the citation), each
    // followed by its abstract card. `</div>` made `</xdiv>` in one item's button row is ignored by
    // the parser, as by a browser: the item stays open and the later items and cards hang from it.
    const item = (n: number, end = '</div>') =>
      `<div class="d-sm-flex align-items-stretch mb-3"><div class="d-block me-2 list-button-row"><span class="d-inline"><a class="badge" href="https://acl.example.org/W19-${n}.pdf">pdf</a> <a class="badge" href="#abstract-${n}">abs</a></span>${end}` +
      `<span class="d-block"><strong><a class="align-middle" href="/W19-${n}/">${titles[n]}</a></strong><br><a href="/people/jane-roe/">Jane Roe</a> | <a href="/people/ann-other/">Ann Other</a><br><a href="/volumes/W19-${n}/" class="text-muted">Proceedings of the Workshop on Lists</a></span></div>` +
      `<div class="card collapse abstract-collapse" id="abstract-${n}"><div class="card-body">We describe entry ${n} of a list of papers on a page of the anthology. We show that every entry of such a list can be read whole, and that the reader keeps each abstract with its own entry.</div></div>`
    const body = (damaged: number) =>
      page(
        `<h2>Jane Roe</h2><hr><div class="row"><div class="col-lg-9"><h4>2019</h4>${item(0)}${item(1)}<h4>2018</h4>${[
          2, 3, 4, 5, 6,
        ]
          .map((n) => item(n, n === damaged ? '</xdiv>' : '</div>'))
          .join('')}</div></div><footer><p>Site footer</p></footer>`,
      )
    const whole = read(body(-1))
    expect(whole.papers).toHaveLength(7)
    expect(whole.papers[3]?.abstract).toMatch(/entry 3/)
    const damaged = read(body(2))
    const others = (papers: readonly Paper[]) => papers.filter((paper) => paper.title !== titles[2]).map(brief)
    expect(others(damaged.papers)).toEqual(others(whole.papers))
    expect(damaged.papers.map((paper) => paper.title)).toEqual(titles.slice(0, 7))
  })
})
