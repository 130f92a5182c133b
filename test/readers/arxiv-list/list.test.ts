import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import type { Entry } from '../../../src/core/entry.js'
import { parseSync } from '../../../src/index.js'
import { arxivList } from '../../../src/readers/arxiv-list/index.js'
import { contextFor } from '../../helpers.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/arxiv-list/${name}/input.html`, import.meta.url))

/** Run the reader alone, to see the raw entries (links, positions) plugins get. */
function read(html: string): { entries: Entry[]; reports: Array<[string, string, string | undefined]> } {
  const reports: Array<[string, string, string | undefined]> = []
  const file = new VFile(html)
  const { entries } = arxivList.read(file, contextFor(file))
  for (const message of file.messages) {
    reports.push([message.reason, String(message.ruleId), message.fatal === false ? 'warning' : 'info'])
  }
  return { entries: entries as Entry[], reports }
}

// A `/new` page in the markup arXiv served before 2023 (hand-written in that shape): `<h3>`
// before each `<dl>`, `span.list-identifier`, `Authors:` descriptor, abstract paragraph.
const oldNew = `<!DOCTYPE html><html><body><div id="dlpage">
<h1>Computer Science</h1>
<h3>New submissions for Mon, 15 Jan 18</h3>
<dl>
<dt><a name="item1">[1]</a>&nbsp; <span class="list-identifier"><a href="/abs/1801.04287" title="Abstract">arXiv:1801.04287</a> [<a href="/pdf/1801.04287" title="Download PDF">pdf</a>, <a href="/format/1801.04287" title="Other formats">other</a>]</span></dt>
<dd>
<div class="meta">
<div class="list-title mathjax">
<span class="descriptor">Title:</span> Learning $\\alpha$-divergences
</div>
<div class="list-authors">
<span class="descriptor">Authors:</span>
<a href="/search/cs?searchtype=author&amp;query=Doe%2C+J">Jane Doe</a>,
<a href="/search/cs?searchtype=author&amp;query=Roe%2C+R">Richard Roe</a>
</div>
<div class="list-comments mathjax">
<span class="descriptor">Comments:</span> Code: <a href="https://github.com/jane/alpha">this https URL</a>
</div>
<div class="list-journal-ref">
<span class="descriptor">Journal-ref:</span> J. Mach. Learn. 1 (2018) 1-10
</div>
<div class="list-subjects">
<span class="descriptor">Subjects:</span> <span class="primary-subject">Machine Learning (cs.LG)</span>; Machine Learning (stat.ML)
</div>
<p class="mathjax">We learn   $\\alpha$-divergences
from data.</p>
</div>
</dd>
</dl>
<h3>Cross-lists for Mon, 15 Jan 18</h3>
<dl>
<dt><a name="item2">[2]</a>&nbsp; <span class="list-identifier"><a href="/abs/math/0309136" title="Abstract">arXiv:math/0309136</a> (cross-list from math.GT) [<a href="/pdf/math/0309136" title="Download PDF">pdf</a>]</span></dt>
<dd>
<div class="meta">
<div class="list-title mathjax"><span class="descriptor">Title:</span> Knots</div>
<div class="list-authors"><span class="descriptor">Authors:</span> <a href="/a">A. Person</a></div>
<div class="list-subjects"><span class="descriptor">Subjects:</span> <span class="primary-subject">Geometric Topology (math.GT)</span>; Machine Learning (cs.LG)</div>
</div>
</dd>
</dl>
</div></body></html>`

describe('arxiv-list', () => {
  it('puts the listing facts the page states into `document`, and a monthly listing’s month on its papers', () => {
    // `Authors and titles for January 2023`, `Total of 5649 entries : <span>1-3</span>` (lines 151, 153).
    const monthly = parseSync(fixture('list-cs-2301'))
    expect(monthly.document).toMatchObject({ total: 5649, range: { first: 1, last: 3 }, month: '2023-01' })
    expect(monthly.papers.map((paper) => paper.announcedAt)).toEqual(['2023-01', '2023-01', '2023-01'])
    // `Authors and titles for recent submissions`, `Total of 408 entries : <span>1-50</span>`: no month.
    const recent = parseSync(fixture('list-cs.CL-recent'))
    expect(recent.document).toMatchObject({ total: 408, range: { first: 1, last: 50 } })
    expect(recent.document.month).toBeUndefined()
    expect(recent.papers.filter((paper) => paper.announcedAt !== undefined)).toEqual([])
    // `Authors and titles for January 1991` with no paging line: the month, no total.
    const empty = parseSync(fixture('list-cs-9101-empty'))
    expect(empty.document.month).toBe('1991-01')
    expect(empty.document.total).toBeUndefined()
    expect(empty.document.range).toBeUndefined()
  })

  it('gives 0 papers and an info message, not a warning, for an empty listing', () => {
    const result = parseSync(fixture('list-cs-9101-empty'))
    expect(result.format).toBe('arxiv-list')
    expect(result.papers).toEqual([])
    expect(result.messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([
      ['arxiv-list:no-updates', undefined, 158], // <p>No updates for this time period.</p>
    ])
    expect(result.messages[0]?.reason).toContain('No updates for this time period')
  })

  it('reads a `/new` page on a day without announcements as empty, with an info message', () => {
    // The shape of arxiv-browse's `list/new.html` when no section is visible: no <dl> at all.
    const result = parseSync(`<html><body><div id="dlpage"><h1>Computer Science</h1>
<ul></ul><p>See <a href="/list/cs/recent">recent</a> articles</p>
<h3>Showing new listings for Monday, 27 July 2026</h3>
    <p>No updates today.</p>
</div><a href="https://arxiv.org/">arXiv</a></body></html>`)
    expect(result.format).toBe('arxiv-list')
    expect(result.papers).toEqual([])
    expect(result.messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([
      ['arxiv-list:no-updates', undefined, 4],
    ])
  })

  it('still warns when a listing has no entries and does not say why', () => {
    const result = parseSync('<html><body><dl id="articles"></dl><a href="https://arxiv.org/">arXiv</a></body></html>')
    expect(result.format).toBe('arxiv-list')
    expect(result.messages.map((message) => message.ruleId)).toEqual(['arxiv-list:no-entries'])
  })

  it('reads the older markup with sections, abstracts and old-style ids', () => {
    const result = parseSync(oldNew, { format: 'arxiv-list' })
    expect(result.messages).toEqual([])
    const [first, second] = result.papers
    expect(first).toMatchObject({
      arxivId: '1801.04287',
      url: 'https://arxiv.org/abs/1801.04287',
      pdfUrl: 'https://arxiv.org/pdf/1801.04287',
      title: 'Learning $\\alpha$-divergences',
      abstract: 'We learn $\\alpha$-divergences from data.',
      authors: [{ name: 'Jane Doe' }, { name: 'Richard Roe' }],
      authorCount: 2,
      comment: 'Code: this https URL',
      journalRef: 'J. Mach. Learn. 1 (2018) 1-10',
      categories: ['cs.LG', 'stat.ML'],
      listingSection: 'New submissions for Mon, 15 Jan 18',
    })
    expect(second).toMatchObject({
      arxivId: 'math/0309136',
      url: 'https://arxiv.org/abs/math/0309136',
      categories: ['math.GT', 'cs.LG'],
      listingSection: 'Cross-lists for Mon, 15 Jan 18',
    })
    expect(second?.abstract).toBeUndefined()
    expect(second?.comment).toBeUndefined()
  })

  it('reads `/new` sections in the current markup, the abstract with its line breaks', () => {
    // The shape of arxiv-browse's `list/new.html` and `list_macros.html` (item_list, dl_links, type_info).
    const item = (n: number, id: string, type: string, abstract: string) => `
    <dt>
      <a name='item${n}'>[${n}]</a>
      <a href ="/abs/${id}" title="Abstract" id="${id}">
        arXiv:${id}
      </a>
      ${type}
      [<a href="/pdf/${id}" title="Download PDF" id="pdf-${id}" aria-labelledby="pdf-${id}">pdf</a>]
    </dt>
    <dd>
      <div class='meta'>
        <div class='list-title mathjax'><span class='descriptor'>Title:</span>
          Paper ${n}
        </div>
        <div class='list-authors'><a href="https://arxiv.org/a/x" rel="nofollow">A. Uthor</a></div>
        <div class='list-subjects'><span class='descriptor'>Subjects:</span>
          <span class="primary-subject">Computation and Language (cs.CL)</span>
        </div>
        <p class='mathjax'>
          ${abstract}
        </p>
      </div>
    </dd>`
    const html = `<html><body><div id='dlpage'>
<h3>Showing new listings for Monday, 27 July 2026</h3>
<dl id='articles'>
    <h3>New submissions (showing 1 of 1 entries)</h3>
${item(1, '2607.22529', '', 'First line.<br>Second line.')}
</dl>
<dl id='articles'>
    <h3>Cross submissions (showing 1 of 1 entries)</h3>
${item(2, '2607.20001', '(cross-list from cs.LG)', 'Cross.')}
</dl>
<dl id='articles'>
    <h3>Replacement submissions (showing 1 of 1 entries)</h3>
${item(3, '2601.00001', '(replaced)', 'Replaced.')}
</dl></div></body></html>`
    const result = parseSync(html)
    expect(result.format).toBe('arxiv-list')
    expect(result.messages).toEqual([])
    expect(result.papers.map((paper) => [paper.arxivId, paper.listingSection, paper.abstract])).toEqual([
      ['2607.22529', 'New submissions', 'First line. Second line.'],
      ['2607.20001', 'Cross submissions', 'Cross.'],
      ['2601.00001', 'Replacement submissions', 'Replaced.'],
    ])
  })

  it('puts the hrefs of links in comments into entry.links, keeping the visible text in the comment', () => {
    const { entries } = read(oldNew)
    expect(entries[0]?.links).toEqual([
      expect.objectContaining({ url: 'https://github.com/jane/alpha', text: 'this https URL', origin: 'comment' }),
    ])
    const fromPage = read(String(fixture('list-cs-2301'))).entries
    expect(fromPage.map((entry) => entry.links.map((link) => [link.url, link.origin]))).toEqual([
      [],
      [['https://arxiv.org/abs/1905.02586', 'comment']],
      [['https://sites.google.com/view/chai-workshop22', 'comment']],
    ])
  })

  it('positions entries and fields in the input', () => {
    const { entries } = read(String(fixture('list-cs.CL-recent')))
    const first = entries[0]
    expect(first?.position?.start.line).toBe(130) // the first <dt>
    expect(first?.fields.title?.position?.start.line).toBe(140) // <div class='list-title mathjax'>
    expect(entries[47]?.fields.listingSection?.position?.start.line).toBe(1325)
  })

  it('keeps the complete entries of a truncated page and reports the cut one', () => {
    const page = String(fixture('list-cs.CL-recent'))
    const cut = page.slice(0, page.indexOf('Surprisal Theory is Tautological'))
    const result = parseSync(cut)
    expect(result.format).toBe('arxiv-list')
    expect(result.papers).toHaveLength(47)
    expect(result.papers.at(-1)?.arxivId).toBe('2607.21608')
    expect(result.messages.map((message) => message.ruleId)).toEqual(['arxiv-list:truncated'])
    expect(result.messages[0]?.reason).toContain('arXiv:2607.21574')
    expect(result.messages[0]?.line).toBe(1328)
  })

  it('reports entries without an id or a title', () => {
    const { entries, reports } = read(
      '<dl id="articles"><dt>[1]</dt><dd><div class="list-title">T</div></dd>' +
        '<dt><a href="/abs/2301.00001" title="Abstract">arXiv:2301.00001</a></dt><dd><div class="list-authors">X</div></dd>' +
        '<dd>stray</dd></dl>',
    )
    expect(entries).toEqual([])
    expect(reports.map(([, ruleId]) => ruleId)).toEqual([
      'arxiv-list:incomplete-entry',
      'arxiv-list:incomplete-entry',
      'arxiv-list:incomplete-entry',
    ])
  })

  it('sniffs listing pages only', () => {
    expect(arxivList.sniff(String(fixture('list-cs-2301')).slice(0, 65536))).toBeGreaterThan(0.5)
    expect(arxivList.sniff('<html><dl><dt>term</dt></dl></html>')).toBe(0)
    expect(arxivList.sniff('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>')).toBe(0)
  })
})
