import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/hf-html/${name}/input.html`, import.meta.url), 'utf8')
const original = fixture('daily-2024-08-01')
const rules = (result: ReturnType<typeof parseSync>) => result.messages.map((message) => message.ruleId)

/** The page with the `DailyPapers` `data-props` attribute cut out, done here rather than trusted from a file. */
function withoutState(html: string): string {
  const marker = 'data-target="DailyPapers" data-props="'
  const start = html.indexOf(marker) + 'data-target="DailyPapers"'.length
  const end = html.indexOf('"', html.indexOf(marker) + marker.length) + 1
  return html.slice(0, start) + html.slice(end)
}

describe('hf-html: DOM fallback', () => {
  const fromState = parseSync(original).papers
  const stripped = withoutState(original)
  const fromCards = parseSync(stripped)

  it('still gives every paper’s title, arXiv id and upvote count from the rendered cards', () => {
    expect(stripped.includes('data-target="DailyPapers" data-props')).toBe(false)
    expect(fromCards.format).toBe('hf-html')
    expect(fromCards.papers).toHaveLength(13)
    const pick = ({ title, arxivId, upvotes, comments, authorCount }: (typeof fromState)[number]) => ({
      title,
      arxivId,
      upvotes,
      comments,
      authorCount,
    })
    expect(fromCards.papers.map(pick)).toEqual(fromState.map(pick))
  })

  it('says that it read the cards, and what they lack', () => {
    expect(rules(fromCards)).toEqual(['hf-html:no-state'])
    expect(fromCards.messages[0]?.fatal).toBeUndefined() // info
    expect(fromCards.papers.every((paper) => paper.abstract === undefined && paper.authors.length === 0)).toBe(true)
  })

  it('reads the card as printed: the submitter’s handle, no thumbnail where a video plays', () => {
    const [llama] = fromCards.papers
    expect(llama).toMatchObject({ submittedBy: 'akhaliq', url: 'https://huggingface.co/papers/2407.21783' })
    expect(fromCards.papers.find((paper) => paper.arxivId === '2407.20229')?.thumbnail).toBeUndefined()
    const place = llama?.provenance.upvotes?.position
    expect(stripped.slice(place?.start.offset, place?.end.offset)).toBe('94')
    const card = stripped.slice(llama?.source.position?.start.offset, llama?.source.position?.end.offset)
    // The largest element around the paper's links that links to no other paper: here the
    // grid cell around the `<article>`.
    expect(card).toMatch(/^<div><article [^>]*><a href="\/papers\/2407\.21783"/)
    expect(card).toMatch(/<\/article>\s*<\/div>$/)
    expect(card.match(/href="\/papers\/[^"#]+/g)?.every((href) => href.endsWith('2407.21783'))).toBe(true)
  })
})

describe('hf-html: drift', () => {
  it('truncated JSON: a warning at the attribute, then the cards', () => {
    const html = fixture('drift-truncated-state')
    const result = parseSync(html)
    expect(rules(result)).toEqual(['hf-html:invalid-state'])
    const [message] = result.messages
    expect(message?.reason).toMatch(/^Unexpected invalid JSON in `data-props` of `DailyPapers` \(.+\), expected/)
    expect(
      html
        .slice(message?.place && 'start' in message.place ? message.place.start.offset : 0)
        .startsWith('data-props="'),
    ).toBe(true)
    expect(result.papers).toHaveLength(13)
  })

  it('a card missing from the markup: the JSON’s papers, and a warning that names the difference', () => {
    const result = parseSync(fixture('drift-card-removed'))
    expect(result.papers).toHaveLength(13)
    expect(rules(result)).toEqual(['hf-html:mismatch'])
    expect(result.messages[0]?.reason).toContain('12 paper cards but 13 papers')
    expect(result.messages[0]?.reason).toContain('only in the JSON: 2404.01300')
  })

  it('neither state nor cards: “Unexpected page layout”, no papers', () => {
    const result = parseSync(fixture('drift-layout'))
    expect(result.format).toBe('hf-html')
    expect(result.papers).toEqual([])
    expect(rules(result)).toEqual(['hf-html:layout', 'hf-html:no-entries'])
    expect(result.messages[0]?.reason).toMatch(/^Unexpected page layout, expected /)
  })
})
