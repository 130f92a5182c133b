/**
 * A listing read as the tokenizer goes (each `<dt>`/`<dd>` pair an entry as soon as it ends, then
 * let go) must give what reading the whole page gives: the same entries, messages and facts, on
 * the real pages and on damaged ones (stray, missing and extra parts anywhere in the list).
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { reporter } from '../../../src/core/reader.js'
import { arxivList, readWhole } from '../../../src/readers/arxiv-list/index.js'
import { contextFor } from '../../helpers.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/arxiv-list/${name}/input.html`, import.meta.url), 'utf8')

/** What a read gives, as plain data: entries, document facts, messages with their places. */
function outcome(text: string, whole: boolean): unknown {
  const file = new VFile({ value: text })
  const context = contextFor(file)
  const result = whole ? readWhole(file, reporter(context)) : arxivList.read(file, context)
  const messages = file.messages.map((message) => [message.ruleId, message.reason, message.place])
  return JSON.parse(JSON.stringify({ ...result, messages }))
}

describe('arxiv-list read as the tokenizer goes', () => {
  for (const name of ['list-cs-2301', 'list-cs-9101-empty', 'list-cs.CL-recent']) {
    it(`equals the whole page's read on ${name}`, () => {
      const text = fixture(name)
      expect(outcome(text, false)).toEqual(outcome(text, true))
    })
  }

  // A small strict listing: the facts and the damage go where the cases put them.
  const pair = (id: string) =>
    `<dt><a href="/abs/${id}" title="Abstract">arXiv:${id}</a></dt><dd><div class="list-title">Title: Paper ${id}</div></dd>`
  const listing = (body: string) =>
    `<!doctype html><html><head><title>arXiv list</title></head><body><dl id='articles'>${body}</dl></body></html>`

  it('keeps a pair that holds the listing facts, so they are still read', () => {
    const text = listing(
      `${pair('2301.00001')}<dt><a href="/abs/2301.00002" title="Abstract">arXiv:2301.00002</a></dt>` +
        '<dd><h2>Authors and titles for January 2023</h2><div class="paging">Total of 2 entries</div>' +
        '<div class="list-title">Title: Two</div></dd>',
    )
    const read = outcome(text, false) as { document: { month?: unknown; total?: unknown }; entries: unknown[] }
    expect(read.entries).toHaveLength(2)
    expect(read.document.month).toMatchObject({ value: 'January 2023' })
    expect(read.document.total).toMatchObject({ value: '2' })
    expect(read).toEqual(outcome(text, true))
  })

  it('reports a `<dd>` without a `<dt>` before the entries it could not read, as the whole read does', () => {
    const text = listing(
      `${pair('2301.00001')}<dd><div class="list-title">Title: Stray</div></dd><dt>no id</dt>${pair('2301.00003')}`,
    )
    const read = outcome(text, false) as { messages: Array<[string, string]>; entries: unknown[] }
    expect(read.entries).toHaveLength(2)
    expect(read.messages.map(([rule, reason]) => [rule, reason.split(',')[0]])).toEqual([
      ['arxiv-list:incomplete-entry', 'Unexpected `<dd>` without a `<dt>` before it'],
      ['arxiv-list:incomplete-entry', 'Unexpected listing entry `no id` without an arXiv id link'],
    ])
    expect(read).toEqual(outcome(text, true))
  })

  it('equals it on pages with parts added or taken out anywhere', () => {
    const page = fixture('list-cs-2301')
    // Where tags start, from the first list on: the places damage goes.
    const starts: number[] = []
    for (let at = page.indexOf('<', page.indexOf('<dl')); at !== -1; at = page.indexOf('<', at + 1)) starts.push(at)
    const snippets = [
      '</dl>',
      '<dl>',
      '<dt>',
      '</dt>',
      '<dd>',
      '</dd>',
      '<h3>New submissions</h3>',
      '<div class="paging">Total of 9 entries : <span>1-3</span></div>',
      '<h2>Authors and titles for February 2023</h2>',
      '<p>No updates for this time period.</p>',
      '<div>',
      '</div>',
      '<!-- note -->',
      '<dd><div class="list-title">Title: Extra</div></dd>',
      '<dt><a href="/abs/2301.00001" title="Abstract">arXiv:2301.00001</a></dt>',
      '<dt>no id</dt>',
      '<dl><dt><a href="/abs/2301.00002" title="Abstract">arXiv:2301.00002</a></dt><dd><div class="list-title">Title: Y</div></dd></dl>',
    ]
    const edit = fc.record({
      at: fc.integer({ min: 0, max: starts.length - 1 }),
      insert: fc.option(fc.constantFrom(...snippets), { nil: undefined }),
      // Without an insertion, the tag there is taken out.
    })
    let withPapers = 0
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = page
        for (const { at, insert } of [...edits].sort((a, b) => b.at - a.at)) {
          const from = starts[at] as number
          text =
            insert === undefined
              ? text.slice(0, from) + text.slice(text.indexOf('>', from) + 1)
              : text.slice(0, from) + insert + text.slice(from)
        }
        const read = outcome(text, false) as { entries: unknown[] }
        if (read.entries.length > 0) withPapers++
        expect(read).toEqual(outcome(text, true))
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    )
    // The comparison says something only if most damaged pages still have papers.
    expect(withPapers).toBeGreaterThan(150)
  })
})
