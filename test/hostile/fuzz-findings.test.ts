/**
 * Damage the fuzz run of issue #15 found costing more than the entry it hit (`npm run fuzz`, seed 1,
 * 150,105 cases: 17 of 3,014 whole-fixture damages; docs/security.md says why each happens). The
 * fixed ones are regression tests; a documented exception (the damage changes the page for a
 * browser too) is written as the rule wants it and marked `it.fails`, beside a test that the
 * reason holds; a finding not fixed yet would be marked `it.fails` the same way. The readers
 * being rewritten (hf-html, arxiv-list) are left out. Nothing here threw or gave an invalid record:
 * only locality was broken.
 */

import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../src/index.js'
import type { Element } from '../../src/readers/html/light-tree.js'
import { parseHtml } from '../../src/readers/html/page.js'
import { damage, type Fixture, fixtures, judge, type Operation, type Verdict } from './damage.js'

const all = fixtures()
type Finding = [fixture: string, operation: Operation, offset: number, character: string, why: string]

// Fixed: one-line JSON, after a flipped or lost quote `recoverList` resynchronised on the items' first
// key (`{"id"`), which also starts objects nested in an item (OpenAlex funders); they were read as
// items, outnumbered the three real ones, and every paper was lost. Or it resumed where the damaged
// item's brackets closed, items later (8 Semantic Scholar papers lost).
const fixed: Finding[] = [
  ['generic-json/openalex-works-search', 'delete', 75393, '\n', 'nested objects read as items'],
  ['generic-json/openalex-works-search', 'insert', 91553, '"', 'nested objects read as items'],
  ['generic-json/openalex-works-search', 'flip', 11305, '"', 'nested objects read as items'],
  ['generic-json/openalex-works-search', 'flip', 28632, '}', 'nested objects read as items'],
  ['generic-json/openalex-works-search', 'delete', 50081, '&', 'nested objects read as items'],
  ['generic-json/openalex-works-search', 'flip', 10531, '\\', 'nested objects read as items'],
  ['generic-json/openalex-works-search', 'flip', 71348, '"', 'nested objects read as items'],
  ['generic-json/openalex-works-search', 'flip', 88540, '"', 'nested objects read as items'],
  ['generic-json/semanticscholar-author-papers', 'delete', 2841, '<', 'resumed items later'],
  // A stray `&`: saxes read an entity name up to the next `;`, records and all, and the HTML decoder
  // decoded the entities inside it (5 records lost, silently); with no `;` after it, the name ran to
  // the end, which read as a cut (10 lost).
  ['dblp-xml/dump-excerpt-acta-inf', 'flip', 12156, '&', 'an entity name ran to the next `;`'],
  ['dblp-xml/dump-excerpt-acta-inf', 'insert', 30772, '&', 'an entity name ran to the end'],
  // Pretty-printed JSON: a flipped quote left an item open to the end, read as a cut (25 lost).
  ['generic-json/zbmath-api-author', 'flip', 374053, '{', 'an item open to the end read as a cut'],
  ['generic-json/zbmath-api-author', 'insert', 657358, '"', 'an item open to the end read as a cut'],
  ['generic-json/zbmath-api-author', 'delete', 382079, '\u0000', 'an item open to the end read as a cut'],
  // generic-html: a formatting element left open (`</em>` made `</emx>`, `</i>` made `{/i>`) is
  // reopened by parse5, as by a browser, in every later paragraph; every later record read
  // differently (54 of 57 changed; 114 records for 57). Reopened elements now count for nothing.
  ['generic-html/lab-publications-adelani', 'insert', 8334, 'x', 'an <em> left open'],
  ['generic-html/lab-publications-adelani', 'flip', 5756, '{', 'an <i> left open'],
  // Text before the doctype: parse5 popped an implied element before any tag token and the light
  // tree's end-offset step read the missing token (the reader threw; every paper lost).
  ['generic-html/lab-publications-adelani', 'insert', 0, 'x', 'text before the doctype'],
  // generic-json, one-line JSON: a raw line break flipped into a string ended it (a rule for
  // pretty-printed JSON), turning the item's later strings inside out (7 lost); a quote flipped to
  // `{` left the item open to the end, read as a cut (49 of 60 lost).
  ['generic-json/semanticscholar-author-papers', 'flip', 75199, '\n', 'a line break ended a one-line string'],
  ['generic-json/semanticscholar-author-papers', 'flip', 20334, '{', 'an item open to the end before more items'],
  // arxiv-list: a damaged tag (`<dxiv>`, a `<div>` made text) leaves a `</div>` that closes the `<dl>`
  // too, as in a browser; the entries after it were outside any list and lost, silently (12 of 50).
  ['arxiv-list/list-cs.CL-recent', 'insert', 60344, 'x', 'a stray end tag closed the list'],
  ['arxiv-list/list-cs.CL-recent', 'delete', 35459, '\u0000', 'a stray end tag closed the list'],
  // generic-html: a cut in the Scholar search results left 4 of them, few enough that the page's
  // columns (`div > div > div`: the sidebar, which holds none, and the results column, which holds
  // all 4) were read too; "several records per outer item" was counted over every column, sidebar
  // included (4 < 1.5 × 3), so the results were taken for parts of the column and the column won
  // (9 of 10 changed). Now counted per column that holds any: the column is a section.
  ['generic-html/google-scholar-search-2020', 'cut', 123432, 'x', 'a cut tipped the choice of structure'],
  ['generic-html/google-scholar-search-2020', 'cut', 124969, 'x', 'a cut tipped the choice of structure'],
  // generic-html, found by a sweep of 3,400 damages over its fixtures (200 each). CVF's `<dl>`
  // (526 entries, text between its tags): `<br>` made `<b>r>` leaves a `<b>` open, and parse5, as
  // a browser, reopens it at the next line break inside the `<dl>`, so every later `dt`/`dd` hangs
  // from a copy of that `<b>`; the copy starts where the original does, inside an earlier entry,
  // but after its parent (the `<dl>`), so the "starts before its parent" test missed it, its tag
  // path split the list in two and the smaller part was not read (45 lost). Now a formatting
  // element that starts where one walked before it does is a copy, wherever it hangs.
  ['generic-html/cvf-openaccess-iccv2015', 'insert', 104480, '>', 'a reopened <b> around the later entries'],
  ['generic-html/cvf-openaccess-iccv2015', 'flip', 988688, '\n', 'a reopened <b> around the later entries'],
  // `<div class=bibref>` made `<div& class=bibref>`: an element of another name, so the entry's
  // next `</div>` closes the `<div>` around the `<dl>`, and the `<dl>` with it, as in a browser;
  // the 135 entries after it hang from `<body>`, a tag path too weak beside the list's to be read
  // (135 lost). Now items of a taken list's signature (`dt.ptitle`) under another tag path are
  // read as the rest of it.
  ['generic-html/cvf-openaccess-iccv2015', 'flip', 892447, '&', 'a stray end tag closed the list'],
  // A cut that leaves 2 of the aggregator's 75 rows (title and one more field each): two items
  // must show more than that to be taken for papers, so the 2 were lost too. Now a list still
  // open where the input ends is judged as part of a longer one.
  ['generic-html/paper-aggregator-glimpse-colt2017', 'cut', 18425, '}', 'the rows left by a cut'],
  // `d-sm-flex` made `d-sm-fle` on the first of an ACL author page's 5 items: it no longer read
  // as a member, and its abstract card, now before the list's first member, was taken for the
  // page's (what comes before a list is never its followers), so the 4 others lost their
  // abstracts. Now an element of the members' tag right before the first member, with followers'
  // shapes after it, is a member.
  ['generic-html/acl-anthology-author-2021', 'delete', 2245, '\u0000', 'a damaged class on the first item'],
  // Found by a second sweep at other offsets (`SHIFT=0.71`), there before this round. CVF: `<dd>`
  // made `<dd]>`, an element of another name that no `</dd>` closes, so every later entry hangs
  // from it; read as the rest of the list, but what was left of the damaged entry (its second
  // `dd`) came before the first member there, and what comes before a list is never its
  // followers: the 55 later entries lost their authors. Now the rest of a list bans no shape.
  ['generic-html/cvf-openaccess-iccv2015', 'insert', 1068928, ']', 'the rest of a list took no followers'],
  // A cut dblp table of contents leaves 2 titles: too few to tell the list's closing period from
  // the titles' own, so the 2 kept records kept it too. Now two titles left of a list cut short
  // (microdata items whose list is open at the end of the input) tell.
  ['generic-html/dblp-toc-at2012', 'cut', 27996, 'x', 'list periods kept on two titles left by a cut'],
  // The 2026 ACL author page: `</div>` made `</xdiv>` in an item's button row is an end tag of
  // another name, ignored (as by a browser), so the item stays open and the 3 later items and their
  // abstract cards hang from it; the item's record ran over them, and they were taken for its
  // parts (3 of 6 lost). Now items nested directly in an item of the same signature, in a
  // minority of the list's items, are read as items of the list, and the holding item's record
  // stops where the first of them starts.
  ['generic-html/acl-anthology-author-2026', 'insert', 9017, 'x', 'later items nested in an unclosed item'],
  // `npm run fuzz -- --cases 100000 --seed 3`: a dblp record whose `</article>` lost its `<` stays
  // open, and the records after it nest inside it until `</dblp>` (51 of 85 lost; 4 near the end).
  // dblp's records never nest: records inside a record are now read as records.
  ['dblp-xml/dump-excerpt-acta-inf', 'delete', 13704, '{', 'a record left open around the later ones'],
  ['dblp-xml/dump-excerpt-acta-inf', 'delete', 32871, '[', 'a record left open around the later ones'],
  // The same run: one-line JSON, a quote in the header before the list (OpenAlex's `meta`) flipped
  // to a line break. Every quote after it paired the wrong way, the scan found no array of
  // objects where the list is, and every paper (3 of 3) was lost. Now, when the scan's list holds
  // no paper, the first few `[{` openings are tried as plain text and the one whose items read
  // most as papers is kept.
  ['generic-json/openalex-works-search', 'flip', 181, '\n', 'a quote flipped before the list'],
]

// Documented exception (docs/security.md): the damage hides the rest of the page, for a browser too.
// The Scholar profile: `</div>` made `</d&v>` (an end tag of another name, ignored) leaves the
// dialog's `<div>` open, inside `<div id="gs_md_w" style="display:none">`, so the rest of the page,
// every row of the list included, is inside a hidden element: a browser shows none of them, and
// the reader reads no hidden element (15 of 15 lost).
const hidden: Finding[] = [
  ['generic-html/google-scholar-profile-2014', 'flip', 79949, '&', 'the rest of the page hidden'],
]
// Documented exception, the same way: `</title>` made `<x/title>` is no end tag, and a title's
// text runs to its end tag, so the whole page after it is the title's text, for a browser too,
// which shows an empty page (found by the sweep at other offsets; 6 of 6 lost).
const swallowed: Finding[] = [
  ['generic-html/acl-anthology-author-2026', 'insert', 179, 'x', 'the rest of the page in the title'],
]

/** The judge's verdict on a finding's damage. */
function verdictOf([name, operation, offset, character]: Finding): Verdict {
  const fixture = all.find((each) => each.name === name)
  if (!fixture) throw new Error(`no fixture ${name}`)
  const base = parseSync(fixture.text, { referenceDate: '2025-12-08', ...fixture.options })
  return judge(fixture, base.papers, base.format, operation, offset, character)
}

/** The damage costs at most the entry it hits, with no documented exception. */
function staysLocal(finding: Finding): void {
  const verdict = verdictOf(finding)
  expect(verdict.exception).toBeUndefined()
  expect(verdict.affected).toBeLessThanOrEqual(verdict.allowed)
}

const title = ([name, operation, offset, character, why]: Finding) =>
  `${name}: ${operation} ${JSON.stringify(character)} at ${offset} (${why})`

describe('fuzz findings', { timeout: 60_000 }, () => {
  // Outside `it.fails`, where a missing fixture would pass as an expected failure.
  it('name real fixtures', () => {
    for (const [name] of [...fixed, ...hidden, ...swallowed])
      expect(
        all.some((each) => each.name === name),
        name,
      ).toBe(true)
  })

  for (const finding of fixed) it(`fixed: ${title(finding)}`, () => staysLocal(finding))
  for (const finding of swallowed) {
    it.fails(`exception: ${title(finding)}`, () => staysLocal(finding))
    it(`exception holds: ${title(finding)}`, () => {
      const [name, operation, offset, character] = finding
      const fixture = all.find((each) => each.name === name) as Fixture
      const shape = (text: string) => {
        const page = parseHtml(new VFile(text))
        const title = page.findAll(page.document, (element) => element.tagName === 'title')[0]
        const body = page.findAll(page.document, (element) => element.tagName === 'body')[0]
        return { title: title && page.text(title).length > 1000, body: body && page.text(body) !== '' }
      }
      expect(shape(fixture.text)).toEqual({ title: false, body: true })
      expect(shape(damage(fixture.text, operation, offset, character))).toEqual({ title: true, body: false })
      expect(verdictOf(finding).exception).toBe('title swallowed')
    })
  }
  for (const finding of hidden) {
    it.fails(`exception: ${title(finding)}`, () => staysLocal(finding))
    it(`exception holds: ${title(finding)}`, () => {
      const [name, operation, offset, character] = finding
      const fixture = all.find((each) => each.name === name) as Fixture
      const rowHidden = (text: string) => {
        const page = parseHtml(new VFile(text))
        const row = page.findAll(page.document, (element) => page.hasClass(element, 'gsc_a_tr'))[0]
        let hiddenBy: Element | undefined
        for (let node = row?.parentNode as Element | null; node && 'tagName' in node; node = node.parentNode as Element)
          if (/display\s*:\s*none/.test(page.attribute(node, 'style') ?? '')) hiddenBy = node
        return { row: row !== undefined, hiddenBy: hiddenBy && page.attribute(hiddenBy, 'id') }
      }
      expect(rowHidden(fixture.text)).toEqual({ row: true, hiddenBy: undefined })
      expect(rowHidden(damage(fixture.text, operation, offset, character))).toEqual({ row: true, hiddenBy: 'gs_md_w' })
      expect(verdictOf(finding).exception).toBe('hidden by the damage')
    })
  }
})
