import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCommentsHref, paperIdOfHref } from '../../src/readers/hf-html/paper-link.js'
import { isCommunity, paperId, upvoteTarget } from '../../src/readers/hf-markdown/urls.js'
import { parseArxivId } from '../../src/util/arxiv-id.js'
import { hfPaperId } from '../../src/util/hf-paper-id.js'

const table: Array<[string, string | undefined]> = [
  ['https://huggingface.co/papers/2407.21783', '2407.21783'],
  ['http://huggingface.co/papers/2407.21783', '2407.21783'],
  ['https://www.huggingface.co/papers/2407.21783', '2407.21783'],
  ['https://hf.co/papers/2407.21783', '2407.21783'],
  ['HTTPS://HuggingFace.CO/papers/2407.21783', '2407.21783'],
  ['huggingface.co/papers/2407.21783', '2407.21783'],
  ['//huggingface.co/papers/2407.21783', '2407.21783'],
  ['/papers/2407.21783', '2407.21783'],
  ['/papers/2407.21783/', '2407.21783'],
  ['/papers/2407.21783#community', '2407.21783'],
  ['/papers/2407.21783?utm_source=x#y', '2407.21783'],
  ['https://hf.co/papers/2407.21783/?a=1', '2407.21783'],
  ['https://huggingface.co/papers/2407.21783v2', '2407.21783v2'],
  ['  https://huggingface.co/papers/2407.21783  ', '2407.21783'],
  ['https://huggingface.co/papers/hep-th%2F9901001', 'hep-th/9901001'],
  // Not a paper: listings, deeper paths, other sites and sections, broken escapes.
  ['https://huggingface.co/papers/trending', undefined],
  ['/papers/date/2024-08-01', undefined],
  ['https://huggingface.co/papers/2407.21783/discussion', undefined],
  ['https://huggingface.co/papers/', undefined],
  ['https://huggingface.co/models/2407.21783', undefined],
  ['https://huggingface.co.evil.example/papers/2407.21783', undefined],
  ['https://evil.example/papers/2407.21783', undefined],
  ['https://nothf.co/papers/2407.21783', undefined],
  ['papers/2407.21783', undefined],
  ['https://huggingface.co/papers/%E0%A4%A', undefined],
  ['', undefined],
]

describe('hfPaperId', () => {
  it.each(table)('%j → %j', (url, id) => {
    expect(hfPaperId(url)).toBe(id)
  })

  it('never throws, and is undefined for anything off the site', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((tail) => `/papers/${tail}`),
        ),
        (url) => {
          const id = hfPaperId(url)
          expect(id === undefined || typeof id === 'string').toBe(true)
        },
      ),
    )
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        if (!/^https?:\/\/(?:www\.)?(?:huggingface|hf)\.co[/?#]/i.test(url)) expect(hfPaperId(url)).toBeUndefined()
      }),
    )
  })

  it('gives back any id the URL encodes', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 50 }),
        fc.constantFrom('', '/', '?q=1', '#community'),
        (id, tail) => {
          fc.pre(
            id.trim() === id &&
              !['trending', 'date', 'week', 'month', 'search', 'submit', 'index'].includes(id.toLowerCase()),
          )
          expect(hfPaperId(`https://hf.co/papers/${encodeURIComponent(id)}${tail}`)).toBe(id)
        },
      ),
    )
  })

  it('is what the readers and parseArxivId use: they agree on every form', () => {
    for (const url of ['https://hf.co/papers/2407.21783', 'https://www.huggingface.co/papers/2407.21783#community']) {
      expect(paperIdOfHref(url)).toBe('2407.21783')
      expect(paperId(url)).toBe('2407.21783')
      expect(parseArxivId(url)).toEqual({ id: '2407.21783' })
    }
    expect(isCommentsHref('/papers/2407.21783#community')).toBe(true)
    expect(isCommunity('https://hf.co/papers/2407.21783#community')).toBe(true)
    expect(upvoteTarget('https://huggingface.co/login?next=%2Fpapers%2F2407.21783')).toBe('2407.21783')
    // A malformed escape used to throw out of the markdown reader's URL helper.
    expect(() => paperId('https://huggingface.co/papers/%E0%A4%A')).not.toThrow()
  })

  it('stays linear on hostile input', () => {
    for (const url of ['https://'.repeat(300), `/papers/${'/'.repeat(2000)}`, `${'www.'.repeat(500)}hf.co`]) {
      hfPaperId(url)
    }
  })
})
