import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { abstractA, abstractB, listing } from '../../helpers.js'

const options = { referenceDate: '2025-12-08' }
const one = { title: 'Paper One', abstract: abstractA, meta: ['  • 4 authors', '·', 'Jun 26, 2023 2'] }
const two = { title: 'Paper Two', abstract: abstractB, meta: ['  • 2 authors', '·', 'Apr 25'] }
const expected = [
  { title: 'Paper One', abstract: abstractA, authorCount: 4, publishedAt: '2023-06-26', comments: 2 },
  { title: 'Paper Two', abstract: abstractB, authorCount: 2, publishedAt: '2025-04-25' },
]

function fields(text: string) {
  const { papers, messages } = parseSync(text, options)
  return {
    messages: messages.map(String),
    papers: papers.map(({ title, abstract, authorCount, publishedAt, comments }) =>
      Object.fromEntries(
        Object.entries({ title, abstract, authorCount, publishedAt, comments }).filter(
          ([, value]) => value !== undefined,
        ),
      ),
    ),
  }
}

describe('hf-text tolerates what copies of the page contain', () => {
  it('reads the plain shape', () => {
    expect(fields(listing([one, two]))).toEqual({ messages: [], papers: expected })
  })

  it('CRLF and lone CR line endings', () => {
    expect(fields(listing([one, two], '\r\n')).papers).toEqual(expected)
    expect(fields(listing([one, two], '\r')).papers).toEqual(expected)
  })

  it('NBSP instead of spaces, in metadata and around text', () => {
    const text = listing([
      {
        title: '\u00a0Paper One\u00a0',
        abstract: abstractA,
        meta: ['\u00a0\u00a0•\u00a04\u00a0authors', '·', 'Jun\u00a026,\u00a02023\u00a02'],
      },
      two,
    ])
    expect(fields(text).papers).toEqual(expected)
  })

  it('other bullets before the author count', () => {
    for (const bullet of ['•', '*', '-', '‣', '']) {
      const text = listing([{ ...one, meta: [`  ${bullet} 4 authors`, '·', 'Jun 26, 2023 2'] }, two])
      expect(fields(text).papers, bullet).toEqual(expected)
    }
  })

  it('missing blank lines: title, abstract and metadata run together', () => {
    const text = [
      'Paper One',
      abstractA,
      '  • 4 authors',
      '·',
      'Jun 26, 2023 2',
      'Paper Two',
      abstractB,
      '• 2 authors',
      '·',
      'Apr 25',
    ].join('\n')
    expect(fields(text).papers).toEqual(expected)
  })

  it('doubled blank lines everywhere', () => {
    expect(fields(listing([one, two]).replace(/\n/g, '\n\n')).papers).toEqual(expected)
  })

  it('metadata on one line', () => {
    const text = listing([{ ...one, meta: ['• 4 authors · Jun 26, 2023 2'] }, two])
    expect(fields(text).papers).toEqual(expected)
  })

  it('chrome at either end, and none at all', () => {
    const footer = '\n\nPrevious\n\nNext\n\nSystem theme\n\nCompany\nTOS\nPrivacy\nAbout\nJobs'
    expect(fields(listing([one, two]) + footer)).toEqual({ messages: [], papers: expected })
    const bare = listing([one, two]).split('Dec 8\n')[1] ?? ''
    expect(fields(bare).papers).toEqual(expected)
  })

  it('an abstract that mentions a date or “3 authors”', () => {
    const tricky = 'We thank the 3 authors of prior work and compare with results from Jun 26, 2023 on two tasks.'
    const text = listing([{ ...one, abstract: tricky }, two])
    expect(fields(text).papers[0]).toEqual({ ...expected[0], abstract: tricky })
    // Even as lines of their own inside a hard-wrapped abstract, prose is not metadata.
    const wrapped = listing([
      { ...one, abstract: 'We thank the\n3 authors of prior work.\nSee June 2023 results.' },
      two,
    ])
    expect(fields(wrapped).papers[0]?.abstract).toBe('We thank the 3 authors of prior work. See June 2023 results.')
  })

  it('an entry without author and date lines ends where the next title begins (Derm1M)', () => {
    const text = listing([{ title: 'Derm1M: A Dataset', abstract: abstractB }, one])
    expect(fields(text).papers).toEqual([{ title: 'Derm1M: A Dataset', abstract: abstractB }, expected[0]])
  })

  it('a second abstract paragraph without a final period is not a new paper', () => {
    // A run directly followed by the metadata lines continues the abstract: the author count and
    // date are the paper's, not a fake paper's made of the paragraph.
    for (const paragraph of ['Code and data: https://github.com/x/y', 'Demo and weights on the project page']) {
      const text = listing([{ ...one, abstract: `${abstractA}\n\n${paragraph}` }, two])
      expect(fields(text), paragraph).toEqual({
        messages: [],
        papers: [{ ...expected[0], abstract: `${abstractA} ${paragraph}` }, expected[1]],
      })
    }
  })

  it('a line with a URL is never a title, also when the paper has no metadata lines', () => {
    for (const paragraph of ['Code and data: https://github.com/x/y', 'Project page at www.example.org/demo']) {
      const text = listing([{ title: 'Paper One', abstract: `${abstractA}\n\n${paragraph}` }, two])
      expect(fields(text).papers, paragraph).toEqual([
        { title: 'Paper One', abstract: `${abstractA} ${paragraph}` },
        expected[1],
      ])
    }
  })

  it('a paper without an abstract after a complete one is still a paper', () => {
    const text = listing([one, { title: 'Paper Three', meta: ['• 3 authors', '·', 'May 2'] }])
    expect(fields(text).papers).toEqual([
      expected[0],
      { title: 'Paper Three', authorCount: 3, publishedAt: '2025-05-02' },
    ])
  })

  it('a hard-wrapped abstract is joined back into one paragraph', () => {
    const text = listing([{ ...one, abstract: abstractA.replace('. ', '.\n') }, two])
    expect(fields(text).papers).toEqual(expected)
  })

  it('a trailing newline or none', () => {
    expect(fields(`${listing([one, two])}\n`).papers).toEqual(expected)
  })

  it('reports stray text and stray metadata with positions, and keeps the papers', () => {
    const text = `${listing([one, two]).replace('Dec 8\n', 'Dec 8\n\n• 5 authors\n')}\n\nLonely trailing line`
    const lineOf = (needle: string) => text.split('\n').indexOf(needle) + 1
    const result = parseSync(text, options)
    expect(result.papers).toHaveLength(2)
    expect(result.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['hf-text:stray-meta', lineOf('• 5 authors')],
      ['hf-text:stray-text', lineOf('Lonely trailing line')],
    ])
    expect(lineOf('Lonely trailing line')).toBeGreaterThan(20)
  })

  it('warns about an unreadable count or date and keeps the rest of the record', () => {
    const text = listing([{ ...one, meta: ['• 4 authors', '·', 'Feb 30, 2023'] }])
    const result = parseSync(text, options)
    expect(result.papers[0]).toMatchObject({ title: 'Paper One', authorCount: 4 })
    expect(result.papers[0]).not.toHaveProperty('publishedAt')
    expect(result.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['metadata', 'Unexpected date `Feb 30, 2023`, expected a day such as `Jun 26, 2023`'],
    ])
  })
})
