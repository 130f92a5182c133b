/** A record's pieces joined from their collapsed texts read as the whole text normalised would. */

import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { withCachedLinks } from '../../../src/readers/generic-html/page-cache.js'
import { bibtexText, joinBibtex, joinPieces, piecesOf } from '../../../src/readers/generic-html/pieces.js'
import { scanPage } from '../../../src/readers/generic-html/scan.js'
import type { Element, Node } from '../../../src/readers/html/light-tree.js'
import { parseHtml } from '../../../src/readers/html/page.js'
import { normalizeWhitespace } from '../../../src/util/text.js'
import { seeded } from '../../helpers.js'
import { fixturePages } from './fixture-texts.js'

/** The pieces of the first `<p>` (or `tag`) of `body`. */
function piecesOfParagraph(body: string, tag = 'p') {
  const page = parseHtml(new VFile(`<!doctype html><html><body><${tag}>${body}</${tag}></body></html>`))
  const paragraph = page.find(page.document, (element) => element.tagName === tag) as Element
  const parent = paragraph.parentNode as Element
  const index = parent.childNodes.indexOf(paragraph)
  return piecesOf(page, { parent, from: index, to: index })
}

// Whitespace of every kind `normalizeWhitespace` collapses, some it does not (letters), and
// markup that splits the text into pieces where spaces meet.
const parts = [' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u200b', '\u3000', '\ufeff', 'a', 'Bé', '.', ',']
const tags = ['<b>', '</b>', '<i>', '</i>', '<a href="x">', '</a>', '<span>', '</span>']

describe('generic-html: joined pieces', () => {
  it('equal normalizeWhitespace of the pieces’ texts joined, on random text split by inline markup', () => {
    const next = seeded(7)
    let compared = 0
    for (let round = 0; round < 400; round++) {
      let body = ''
      const length = 1 + next(14)
      for (let at = 0; at < length; at++) body += next(4) === 0 ? tags[next(tags.length)] : parts[next(parts.length)]
      const pieces = piecesOfParagraph(body)
      const whole = normalizeWhitespace(pieces.map((piece) => piece.text).join(''))
      expect(joinPieces(pieces), JSON.stringify(body)).toBe(whole)
      // Any run of pieces, not only the whole record.
      if (pieces.length > 2)
        expect(joinPieces(pieces.slice(1, -1))).toBe(
          normalizeWhitespace(
            pieces
              .slice(1, -1)
              .map((piece) => piece.text)
              .join(''),
          ),
        )
      compared += pieces.length
    }
    expect(compared).toBeGreaterThan(400)
  })

  it('drops spaces where pieces meet and at both ends', () => {
    const pieces = piecesOfParagraph(' \n Deep <b> Learning </b>\u00a0 <i>for</i>\u200bAll  ')
    expect(pieces.map((piece) => piece.text)).toEqual([' \n Deep ', ' Learning ', ' ', 'for', '\u200bAll  '])
    expect(joinPieces(pieces)).toBe('Deep Learning for All')
  })

  it('give a BibTeX block’s year as its collapsed text does, read from its texts as they are', () => {
    // (The record rules' pattern for a year in a "cite this" block.)
    const year = /\byear\s*=\s*[{"]?\s*((?:19|20)\d\d)\b/i
    const fields = ['year = {2015}', 'Year="1999"', 'year =2015', 'title = {A}', 'year = {x}']
    const next = seeded(17)
    let found = 0
    for (let round = 0; round < 600; round++) {
      // A field or two, with whitespace, zero-width spaces and inline markup put in anywhere.
      let body = '@inproceedings{key,'
      for (const field of [fields[next(fields.length)], fields[next(fields.length)]] as string[]) {
        for (const character of `${field},`) {
          const pick = next(6)
          if (pick === 0) body += tags[next(tags.length)]
          else if (pick === 1) body += parts[next(parts.length)]
          body += character
        }
      }
      const pieces = piecesOfParagraph(body, 'pre').filter((piece) => piece.context.bibtex)
      if (pieces.length === 0) continue
      const expected = year.exec(joinBibtex(pieces.map((piece) => ({ ...piece, flat: '' }))))?.[1]
      if (expected) found++
      expect(year.exec(bibtexText(pieces))?.[1], JSON.stringify(body)).toBe(expected)
    }
    expect(found).toBeGreaterThan(50)
  })
})

describe('generic-html: pieces with the scan', () => {
  // The records read hrefs, title classes and BibTeX starts from flags the scan sets; without a
  // scan, piecesOf reads them from the elements. Both must give the same pieces.
  it('are the pieces read without it, under every element of every HTML fixture', () => {
    const summary = (pieces: ReturnType<typeof piecesOf>) =>
      JSON.stringify(
        pieces.map((piece) =>
          Object.fromEntries(
            // (What a piece sits in read as its own fields.)
            Object.entries({ ...piece, context: undefined, ...piece.context }).map(([key, value]) => [
              key,
              value && typeof value === 'object' && 'nodeName' in value
                ? `${value.nodeName}@${(value as { startOffset?: number }).startOffset}`
                : value,
            ]),
          ),
        ),
      )
    let elements = 0
    for (const parsed of fixturePages()) {
      const page = withCachedLinks(parsed)
      const scan = scanPage(page)
      const stack: Node[] = [page.document as Node]
      for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        if (!('childNodes' in node) || node.childNodes.length === 0) continue
        for (const child of node.childNodes) stack.push(child as Node)
        if (!('tagName' in node)) continue
        const extent = { parent: node as Element, from: 0, to: node.childNodes.length - 1 }
        elements++
        expect(summary(piecesOf(page, extent, undefined, scan))).toBe(summary(piecesOf(page, extent)))
      }
    }
    expect(elements).toBeGreaterThan(10_000)
  })
})
