import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { arxivSearch } from '../../../src/readers/arxiv-search/index.js'

const page = readFileSync(new URL('../../../fixtures/arxiv-search/search-200/input.html', import.meta.url), 'utf8')
const months = 'January February March April May June July August September October November December'.split(' ')

/** `2 December, 2025` → `2025-12-02`, independently of the code under test. */
function iso(day: string): string {
  const [, d, month, year] = /^(\d+) (\w+), (\d{4})$/.exec(day) ?? []
  return `${year}-${String(months.indexOf(month ?? '') + 1).padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`
}

// What the raw page says, read with plain patterns over the markup (one match per result).
const results = page.split('<li class="arxiv-result">').slice(1)
const raw = results.map((item) => ({
  id: /<a href="https:\/\/arxiv\.org\/abs\/([^"]+)">arXiv:/.exec(item)?.[1],
  submitted: /semibold">Submitted<\/span> ([^;]+);/.exec(item)?.[1],
  first: /semibold">v1<\/span> submitted ([^;]+);/.exec(item)?.[1],
  version: /id="[^"]+v(\d+)-abstract-full"/.exec(item)?.[1],
  names: (item.split('<p class="authors">')[1]?.split('</p>')[0]?.match(/<a /g) ?? []).length,
  hidden: /(\d+) additional authors not shown/.exec(item)?.[1],
}))

describe('arxiv-search on the 200-result page', () => {
  const result = parseSync(page)

  it('finds 200 results, with no messages', () => {
    expect(raw).toHaveLength(200)
    expect(result.format).toBe('arxiv-search')
    expect(result.papers).toHaveLength(200)
    expect(result.messages).toEqual([])
  })

  it('gives every result its id, title, authors, abstract and dates', () => {
    result.papers.forEach((paper, index) => {
      const page = raw[index]
      expect(paper.arxivId, `result ${index}`).toBe(page?.id)
      expect(paper.url).toBe(`https://arxiv.org/abs/${page?.id}`)
      expect(paper.title.length).toBeGreaterThan(0)
      expect(paper.authors.length, `result ${index}`).toBe(page?.names)
      expect(paper.authorCount).toBe((page?.names ?? 0) + Number(page?.hidden ?? 0))
      expect(paper.abstract?.length ?? 0, `result ${index}`).toBeGreaterThan(50)
      // "Submitted" is the latest version's date: `updatedAt`, as arxiv-atom names it.
      expect(paper.updatedAt, `result ${index}`).toBe(iso(page?.submitted ?? ''))
      expect(paper.submittedAt, 'submittedAt is a listing submission (Hugging Face)').toBeUndefined()
      expect(paper.announcedAt).toBe('2025-12')
      expect(paper.arxivVersion).toBe(Number(page?.version))
      // arXiv prints "v1 submitted" only for later versions; at v1, "Submitted" is the first version's date.
      expect(paper.publishedAt, `result ${index}`).toBe(iso(page?.first ?? page?.submitted ?? ''))
    })
    expect(raw.filter((item) => item.first).length).toBe(15)
    expect(raw.filter((item) => item.hidden).length).toBe(3)
  })

  it('keeps the complete results of a truncated page and reports the cut one', () => {
    const cut = page.slice(0, page.indexOf('arXiv:2512.11298')) // inside result 71
    const truncated = parseSync(cut)
    expect(truncated.format).toBe('arxiv-search')
    expect(truncated.papers).toHaveLength(71)
    expect(truncated.messages.map((message) => message.ruleId)).toEqual(['arxiv-search:truncated'])
  })

  it('reports a result without an id link or a title', () => {
    const result = parseSync(
      '<ol><li class="arxiv-result"><p class="title">A title</p></li>' +
        '<li class="arxiv-result"><p class="list-title"><a href="https://arxiv.org/abs/2512.00001">arXiv:2512.00001</a></p></li></ol>' +
        '<a href="https://arxiv.org">arXiv</a>',
    )
    expect(result.format).toBe('arxiv-search')
    expect(result.messages.map((message) => message.ruleId)).toEqual([
      'arxiv-search:incomplete-entry',
      'arxiv-search:incomplete-entry',
      'arxiv-search:no-entries',
    ])
  })

  it('reports a damaged result once when the page turns out not strict after it', () => {
    // The results are read as the tokenizer passes them; the misnested tags after them send the
    // page to the tree, which reads the results again: their messages must not come twice.
    const results =
      '<ol><li class="arxiv-result"><p class="title">A title</p></li>' +
      '<li class="arxiv-result"><p class="list-title"><a href="https://arxiv.org/abs/2512.00001">arXiv:2512.00001</a></p>' +
      '<p class="title">Kept</p></li></ol><a href="https://arxiv.org">arXiv</a>'
    for (const tail of ['', '<b><i></b></i>']) {
      const result = parseSync(results + tail)
      expect(result.format).toBe('arxiv-search')
      expect(result.papers.map((paper) => paper.title)).toEqual(['Kept'])
      expect(result.messages.map((message) => message.ruleId)).toEqual(['arxiv-search:incomplete-entry'])
    }
  })

  it('reads the header the search facts come from also inside a result', () => {
    const result = parseSync(
      '<ol><li class="arxiv-result"><h1 class="title">Showing 1&ndash;1 of 7 results for all: x</h1>' +
        '<p class="list-title"><a href="https://arxiv.org/abs/2512.00001">arXiv:2512.00001</a></p>' +
        '<p class="title">One</p></li></ol><a href="https://arxiv.org">arXiv</a>',
    )
    expect(result.format).toBe('arxiv-search')
    expect(result.papers.map((paper) => paper.title)).toEqual(['One'])
    expect(result.document).toMatchObject({ total: 7, range: { first: 1, last: 1 } })
  })

  it('leaves out what a result does not show', () => {
    const result = parseSync(
      '<li class="arxiv-result"><p class="list-title"><a href="https://arxiv.org/abs/2512.00001">arXiv:2512.00001</a></p>' +
        '<p class="title is-5 mathjax">Only a title</p></li>',
      { format: 'arxiv-search' },
    )
    const [paper] = result.papers
    expect(paper).toMatchObject({ arxivId: '2512.00001', title: 'Only a title', authors: [] })
    for (const field of [
      'abstract',
      'arxivVersion',
      'publishedAt',
      'updatedAt',
      'submittedAt',
      'pdfUrl',
      'doi',
      'comment',
    ] as const) {
      expect(paper?.[field], field).toBeUndefined()
    }
  })

  it('puts the total and the range the header states into `document`', () => {
    // Line 138 of the page: `Showing 1&ndash;200 of 77,800 results for abstract: …`.
    expect(result.document).toMatchObject({ total: 77800, range: { first: 1, last: 200 } })
    expect(result.document.month).toBeUndefined()
    // A later page of the same search, with a hyphen and no thousands separator.
    const later = parseSync(page.replace('Showing 1&ndash;200 of 77,800', 'Showing 201-400 of 77800'))
    expect(later.document).toMatchObject({ total: 77800, range: { first: 201, last: 400 } })
    // Wording the reader does not know states nothing.
    const other = parseSync(page.replace('Showing 1&ndash;200 of 77,800', 'Results 1&ndash;200 of 77,800'))
    expect(other.document.total).toBeUndefined()
    expect(other.document.range).toBeUndefined()
  })

  it('gives 0 papers and an info message when the query matched nothing', () => {
    // The shape of arxiv-search's template (search/templates/search/search.html) for an empty result.
    const empty = parseSync(`<html><head><title>Search | arXiv e-print repository</title></head><body>
      <form method="GET" action="/search/"></form>
      <p class="is-size-4 has-text-warning">
        Sorry, your query for <span class="is-warning">all: xyzzy plugh</span> produced no results.
      </p></body></html>`)
    expect(empty.format).toBe('arxiv-search')
    expect(empty.papers).toEqual([])
    expect(empty.messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([
      ['arxiv-search:no-results', undefined, 3],
    ])
  })

  it('takes the tags in page order, primary first also when it is a search hit', () => {
    // arXiv's template marks a matched category `search-hit` instead of `is-link`/`is-grey`.
    const result = parseSync(
      '<li class="arxiv-result"><p class="list-title"><a href="https://arxiv.org/abs/2512.00001">arXiv:2512.00001</a></p>' +
        '<div class="tags is-inline-block"><span class="tag is-small search-hit">cs.DC</span>' +
        '<span class="tag is-small is-grey">cs.NI</span></div>' +
        '<div class="is-inline-block"><div class="tags has-addons"><span class="tag is-dark">doi</span>' +
        '<span class="tag is-light"><a href="https://doi.org/10.1145/3600006.3613138">10.1145/3600006.3613138 <i class="fa"></i></a></span></div></div>' +
        '<p class="title is-5 mathjax">T</p></li>',
      { format: 'arxiv-search' },
    )
    expect(result.papers[0]).toMatchObject({ categories: ['cs.DC', 'cs.NI'], doi: '10.1145/3600006.3613138' })
  })

  it('sniffs search pages only', () => {
    expect(arxivSearch.sniff(page.slice(0, 65536))).toBeGreaterThan(0.5)
    expect(arxivSearch.sniff('<ul><li class="result">x</li></ul>')).toBe(0)
  })
})
