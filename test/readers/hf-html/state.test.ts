import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { card, escapeAttribute, item, page } from './page.js'

const rules = (result: ReturnType<typeof parseSync>) => result.messages.map((message) => message.ruleId)

describe('hf-html: embedded state', () => {
  it('maps a newer-shape item; githubRepo and projectPage reach the repository plugin', () => {
    const props = {
      dailyPapers: [
        item(
          '2605.06507',
          { organization: { name: 'x', fullname: 'X Lab' }, thumbnail: '/front/thumbs/a.png' },
          {
            githubRepo: 'https://github.com/a/b',
            projectPage: 'https://a.github.io/b',
            ai_summary: 'Short.',
            ai_keywords: ['alpha', 'beta'],
          },
        ),
      ],
    }
    const { papers, messages } = parseSync(page(props, card('2605.06507', 'Paper 2605.06507', 3, 1, 1)))
    expect(messages.map(String)).toEqual([])
    expect(papers[0]).toMatchObject({
      arxivId: '2605.06507',
      abstract: 'Abstract of 2605.06507, wrapped.',
      summary: 'Short.',
      keywords: ['alpha', 'beta'],
      organization: 'X Lab',
      thumbnail: 'https://huggingface.co/front/thumbs/a.png',
      submittedAt: '2026-05-08',
      publishedAt: '2026-05-07',
    })
    // The reader hands the two fields over as given; the repository plugin reads them.
    expect(papers[0]?.repositories).toMatchObject([{ url: 'https://github.com/a/b', official: true }])
    expect(papers[0]?.projectPages).toEqual(['https://a.github.io/b'])
  })

  it('a value of the wrong type costs that field only, with a message naming it', () => {
    const props = { dailyPapers: [item('2605.00001', { numComments: -1 }, { upvotes: '12', title: 7 })] }
    const result = parseSync(page(props))
    expect(result.papers).toHaveLength(1)
    expect(result.papers[0]).toMatchObject({ title: 'Paper 2605.00001', arxivId: '2605.00001', authorCount: 1 })
    expect(result.papers[0]?.upvotes).toBeUndefined()
    expect(result.papers[0]?.comments).toBeUndefined()
    const reasons = result.messages.filter((message) => message.ruleId === 'hf-html:invalid-field').map((m) => m.reason)
    expect(reasons).toEqual([
      'Unexpected number `7` in `paper.title` of item 0 of `DailyPapers`, expected a string; the field was left out',
      'Unexpected string `"12"` in `paper.upvotes` of item 0 of `DailyPapers`, expected a number; the field was left out',
      'Unexpected number `-1` in `numComments` of item 0 of `DailyPapers`, expected number to be >=0; the field was left out',
    ])
  })

  it('unknown keys and nulls are no trouble; an author that is not an author is reported and still counted', () => {
    const props = {
      somethingNew: { nested: [1, 2] },
      dailyPapers: [
        item(
          '2605.00002',
          { brandNewKey: true, thumbnail: null },
          {
            githubRepo: null,
            authors: [{ name: 'A One' }, 'B Two', { name: 'C Three', hidden: true }, { name: 'D Four' }],
          },
        ),
      ],
    }
    const result = parseSync(page(props))
    expect(result.papers[0]?.authors).toEqual([{ name: 'A One' }, { name: 'D Four' }])
    expect(result.papers[0]?.authorCount).toBe(4)
    expect(rules(result)).toEqual(['hf-html:invalid-field'])
    expect(result.messages[0]?.reason).toContain('`paper.authors[1]`')
  })

  it('`__proto__` and `constructor` keys stay data: no prototype pollution', () => {
    const raw =
      '{"dailyPapers":[{"__proto__":{"polluted":"yes"},"paper":{"id":"2605.00003","title":"T","__proto__":{"upvotes":99},' +
      '"constructor":{"prototype":{"polluted":"yes"}},"authors":[{"name":"A","__proto__":{"hidden":true}}]},"title":"T"}]}'
    const result = parseSync(page(undefined, '', escapeAttribute(raw)))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(result.papers).toHaveLength(1)
    expect(result.papers[0]?.upvotes).toBeUndefined()
    expect(result.papers[0]?.authors).toEqual([{ name: 'A' }])
  })

  it('an item that is not a paper is skipped with a message; the rest are read', () => {
    const props = { dailyPapers: [null, item('2605.00004'), 42] }
    const result = parseSync(page(props))
    expect(result.papers.map((paper) => paper.arxivId)).toEqual(['2605.00004'])
    expect(rules(result)).toEqual(['hf-html:invalid-item', 'hf-html:invalid-item'])
  })

  it('an empty list with cards on the page falls back to the cards', () => {
    const result = parseSync(page({ dailyPapers: [] }, card('2605.00005', 'From the card', 4, 2, 1)))
    expect(result.papers).toHaveLength(1)
    expect(result.papers[0]).toMatchObject({ title: 'From the card', upvotes: 4, authorCount: 2, comments: 1 })
  })

  it('a state it does not recognise, with cards: reads the cards and says so', () => {
    const result = parseSync(page({ papersV2: { entries: 'later' } }, card('2605.00006', 'Card', 1, 1, 0)))
    expect(result.papers.map((paper) => paper.title)).toEqual(['Card'])
    expect(rules(result)).toEqual(['hf-html:no-state'])
  })

  it('finds paper lists in other components and other keys (search, trending)', () => {
    const html = `<html><body><p>Hugging Face</p>
<div data-target="MainHeader" data-props="{}"></div>
<div data-target="PapersSearch" data-props="${escapeAttribute(JSON.stringify({ query: 'x', results: { papers: [item('2605.00007')] } }))}"></div>
</body></html>`
    const result = parseSync(html, { format: 'hf-html' })
    expect(result.papers.map((paper) => paper.arxivId)).toEqual(['2605.00007'])
  })

  it('reads attributes as HTML defines them: entities decoded, nothing from inside scripts', () => {
    const fake = `<script>const s = '<div data-target="DailyPapers" data-props="{&quot;dailyPapers&quot;:[]}">'</script>`
    const props = { dailyPapers: [item('2605.00008', { title: 'Fish &amp; “Chips” <b>' })] }
    const result = parseSync(page(props).replace('<body>', `<body>${fake}`))
    expect(result.papers.map((paper) => paper.title)).toEqual(['Fish &amp; “Chips” <b>'])
  })

  it('compares the JSON with the cards inside its own component only', () => {
    const props = { dailyPapers: [item('2605.00009'), item('2605.00010')] }
    const cards = card('2605.00009', 'Paper 2605.00009', 3, 1, 1) + card('2605.00011', 'Stray', 1, 1, 1)
    const result = parseSync(`${page(props, cards)}<a href="/papers/2605.09999">elsewhere</a>`)
    expect(result.papers).toHaveLength(2)
    expect(rules(result)).toEqual(['hf-html:mismatch'])
    expect(result.messages[0]?.reason).toContain('2 paper cards but 2 papers')
    expect(result.messages[0]?.reason).toContain('only in the JSON: 2605.00010; only in the cards: 2605.00011')
  })
})
