/**
 * A record's text joined once and sliced gives what joining each range's pieces gives; a name's
 * first word found without a copy, as `includes` of the copy finds it.
 */
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { joinPieces, type Piece, piecesOf } from '../../../src/readers/generic-html/pieces.js'
import { includesStart } from '../../../src/readers/generic-html/record.js'
import { joinRange, joinRecord, joinText, releaseRecord } from '../../../src/readers/generic-html/record-text.js'
import type { Element } from '../../../src/readers/html/light-tree.js'
import { parseHtml } from '../../../src/readers/html/page.js'
import { collapseWhitespace } from '../../../src/util/text.js'
import { seeded } from '../../helpers.js'

/** The pieces of the first `<p>` of `body`, as the record rules get them. */
function piecesOfParagraph(body: string): Piece[] {
  const page = parseHtml(new VFile(`<!doctype html><html><body><p>${body}</p></body></html>`))
  const paragraph = page.find(page.document, (element) => element.tagName === 'p') as Element
  const parent = paragraph.parentNode as Element
  const index = parent.childNodes.indexOf(paragraph)
  return piecesOf(page, { parent, from: index, to: index })
}

/** Pieces made from texts directly (`at` numbered, `flat` as `piecesOf` makes it; `''` as in a BibTeX block). */
function piecesFrom(texts: readonly string[]): Piece[] {
  return texts.map(
    (text, at) =>
      ({
        text,
        flat: text === '\u0000' ? '' : text.trim() === '' ? ' ' : collapseWhitespace(text),
        at,
        marks: 0,
      }) as Piece,
  )
}

/** Every range of `pieces` read by `joinRange` and `joinText`, against `joinPieces` of its copy. */
function checkRanges(pieces: readonly Piece[], label: string): number {
  joinRecord(pieces)
  let compared = 0
  try {
    for (let start = 0; start <= pieces.length; start++) {
      for (let end = start; end <= pieces.length; end++) {
        const range = pieces.slice(start, end)
        const expected = joinPieces(range)
        expect(joinRange(start, end), `${label} ${start}…${end}`).toBe(expected)
        expect(joinText(range), `${label} ${start}…${end}`).toBe(expected)
        compared++
      }
    }
  } finally {
    releaseRecord()
  }
  return compared
}

const parts = [
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u200b',
  '\u3000',
  '\ufeff',
  'a',
  'Bé',
  '.',
  ',',
  '😀',
  'e\u0301',
]
const tags = ['<b>', '</b>', '<i>', '</i>', '<a href="x">', '</a>', '<span>', '</span>', '<br>', '<div>', '</div>']

describe('generic-html: a record’s text joined once', () => {
  it('gives joinPieces of every range of a paragraph’s pieces, on random text split by markup', () => {
    const next = seeded(19)
    let compared = 0
    for (let round = 0; round < 300; round++) {
      let body = ''
      const length = 1 + next(30)
      for (let at = 0; at < length; at++) body += next(3) === 0 ? tags[next(tags.length)] : parts[next(parts.length)]
      compared += checkRanges(piecesOfParagraph(body), JSON.stringify(body))
    }
    expect(compared).toBeGreaterThan(1500)
  })

  it('gives joinPieces of every range on generated texts (fast-check)', () => {
    const text = fc.array(fc.constantFrom(...parts, '\u0000'), { minLength: 1, maxLength: 6 }).map((items) => {
      const joined = items.join('')
      // ('\u0000' alone stands for a piece not collapsed, whose flat text is `''`.)
      return joined.includes('\u0000') ? '\u0000' : joined
    })
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        checkRanges(piecesFrom(texts), JSON.stringify(texts))
      }),
      { numRuns: 1000, seed: 9 },
    )
  })

  it('joins pieces that are not a range of the record (out of order, gaps, another record’s) as joinPieces does', () => {
    const pieces = piecesFrom([' Deep ', 'Learning', '  ', ' for ', '\u00a0All', ' of ', 'Us '])
    const other = piecesFrom([' Deep ', 'Learning'])
    joinRecord(pieces)
    try {
      for (const run of [
        [pieces[0], pieces[2], pieces[3]],
        [pieces[3], pieces[1]],
        [pieces[1], pieces[1], pieces[3]],
        other,
        [pieces[5], pieces[6], other[0]],
      ] as Piece[][])
        expect(joinText(run)).toBe(joinPieces(run))
      expect(joinText(pieces)).toBe('Deep Learning for All of Us')
      expect(joinText(pieces.slice(3, 5))).toBe('for All')
    } finally {
      releaseRecord()
    }
    // Once released, no record: every run is joined as it is.
    expect(joinText(pieces.slice(1, 3))).toBe('Learning')
  })
})

describe('generic-html: a name’s first word in a text', () => {
  const alphabet = ['a', 'b', 'A', ' ', 'é', 'e\u0301', '😀', '\ud83d', '.', '-']
  it('is found where includes of the word finds it (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((items) => items.join('')),
        fc.array(fc.constantFrom(...alphabet), { maxLength: 50 }).map((items) => items.join('')),
        fc.nat(60),
        (text, name, cut) => {
          const length = Math.min(cut, name.length)
          expect(includesStart(text, name, length)).toBe(text.includes(name.slice(0, length)))
          // A text that holds the word somewhere.
          const holding = `${text}${name.slice(0, length)}${text}`
          expect(includesStart(holding, name, length)).toBe(true)
        },
      ),
      { numRuns: 5000, seed: 10 },
    )
  })

  it('takes time linear in the text on a hostile shape', () => {
    const time = (size: number, word: string): number => {
      const text = 'a'.repeat(size)
      let best = Number.POSITIVE_INFINITY
      for (let round = 0; round < 3; round++) {
        const started = performance.now()
        expect(includesStart(text, word, word.length)).toBe(false)
        best = Math.min(best, performance.now() - started)
      }
      return best
    }
    for (const word of [`${'a'.repeat(39)}b`, `${'a'.repeat(200)}b`]) {
      time(20_000, word)
      const small = time(25_000, word)
      const large = time(200_000, word)
      // Eight times the text: well under the 64 times a quadratic walk would take.
      expect(large).toBeLessThan(Math.max(small, 0.5) * 24)
    }
  })
})
