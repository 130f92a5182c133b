import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isName, splitAuthors } from '../../../src/readers/generic-html/names.js'
import { seeded } from '../../helpers.js'

describe('splitAuthors', () => {
  it('splits on commas, semicolons, &, | and "and"', () => {
    expect(splitAuthors('Jane Roe, John Doe; Ann Other & Max Mustermann | Erika Muster and Li Wei')).toEqual([
      'Jane Roe',
      'John Doe',
      'Ann Other',
      'Max Mustermann',
      'Erika Muster',
      'Li Wei',
    ])
    expect(splitAuthors('Jane Roe, John Doe, and Ann Other')).toEqual(['Jane Roe', 'John Doe', 'Ann Other'])
  })

  it('removes markers and notes, keeps initials', () => {
    expect(
      splitAuthors('A. Smith*, B. Jones†, C.N.L. Brown‡1,2, D Lee (corresponding author), E. van der Berg§'),
    ).toEqual(['A. Smith', 'B. Jones', 'C.N.L. Brown', 'D Lee', 'E. van der Berg'])
    expect(splitAuthors('Jane Roe1, John Doe2 (equal contribution)')).toEqual(['Jane Roe', 'John Doe'])
  })

  it('drops elisions and et al.', () => {
    expect(splitAuthors('Jane Roe, …, John Doe')).toEqual(['Jane Roe', 'John Doe'])
    expect(splitAuthors('Jane Roe … et al')).toEqual(['Jane Roe'])
    expect(splitAuthors('Jane Roe, John Doe, et al.')).toEqual(['Jane Roe', 'John Doe'])
    expect(splitAuthors('E Dalmaijer, D Schreij, ...')).toEqual(['E Dalmaijer', 'D Schreij'])
  })

  it('splits and cleans lists as the version with patterns only did, on random lists', () => {
    // The split and clean-up as written with patterns only, before character tests guarded them.
    const reference = (cleaned: string) => {
      const names: string[] = []
      for (const piece of cleaned.split(/\s*(?:[,;|&·•]|…|\.\.\.|\band\b)\s*/u)) {
        let name = piece.trim().replace(/^[\d\s.:-]+/, '')
        name = name.replace(/[\s:-]+$/, '')
        if (name === '' || /^(?:\.\.\.|…|et\.? al\.?|…\s*et\.? al\.?|others|et al\.?…)$/iu.test(name)) continue
        names.push(name.replace(/\s+et\.? al\.?$/i, ''))
      }
      return names
    }
    const parts = [
      ' ',
      ' ',
      'and',
      'And',
      'band',
      'ands',
      'Å',
      ',',
      ';',
      '|',
      '&',
      '·',
      '•',
      '…',
      '.',
      '..',
      '...',
      ':',
      '-',
    ]
    const words = ['Jane', 'Roe', 'et', 'al', 'al.', 'et.', 'others', 'Others', 'Li', '_', 'x9', 'É']
    const next = seeded(11)
    let compared = 0
    let etAl = 0
    for (let round = 0; round < 3000; round++) {
      let text = ''
      const length = 1 + next(12)
      for (let at = 0; at < length; at++)
        text += next(2) === 0 ? parts[next(parts.length)] : `${words[next(words.length)]}${next(3) === 0 ? '' : ' '}`
      // (Single spaces only, no digits after letters: what splitAuthors hands the split.)
      if (/\s{2}|\p{L}\d/u.test(text)) continue
      expect(splitAuthors(text), JSON.stringify(text)).toEqual(reference(text))
      if (/ et\.? al/.test(text)) etAl++
      compared++
    }
    // Enough lists compared, and enough of them ending in "et al" to exercise its guard.
    expect(compared).toBeGreaterThan(1500)
    expect(etAl).toBeGreaterThan(5)
  })
})

/** `splitAuthors` as it was before its parts were trimmed by their bounds (a slice, then `trim`). */
function splitBySliceAndTrim(text: string): string[] {
  let cleaned = text
  if (/[(*†‡§¶#♯✉⋆∗^¹²³⁴⁵⁶⁷⁸⁹⁰\d]|[^\S ]| {2}/.test(text)) {
    if (cleaned.includes('(')) {
      cleaned = cleaned.replace(
        /\((?:corresponding(?: author)?|equal contribution|co-?first(?: author)?|first author|joint first author|presenter|presenting author|advisor|student|intern|ed(?:itor)?s?\.?)\)/giu,
        ' ',
      )
    }
    cleaned = cleaned.replace(/[*†‡§¶#♯✉⋆∗^¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu, '')
    cleaned = cleaned.replace(/(\p{L})\d+/gu, '$1')
    cleaned = cleaned.replace(/\s+/g, ' ')
  }
  const names: string[] = []
  const add = (part: string) => {
    let name = part.trim().replace(/^[\d\s.:-]+/, '')
    name = name.replace(/[\s:-]+$/, '')
    if (name === '' || /^(?:\.\.\.|…|et\.? al\.?|…\s*et\.? al\.?|others|et al\.?…)$/iu.test(name)) return
    names.push(name.replace(/\s+et\.? al\.?$/i, ''))
  }
  const separator = /[,;|&·•…]|\.\.\.|\band\b/g
  let from = 0
  while (separator.test(cleaned)) {
    const end = separator.lastIndex
    const last = cleaned.charCodeAt(end - 1)
    add(cleaned.slice(from, last === 100 || last === 46 ? end - 3 : end - 1))
    from = end
  }
  add(cleaned.slice(from))
  return names
}

describe('splitAuthors on any text', () => {
  it('gives what slicing each part and trimming it gave, on generated lists (fast-check)', () => {
    // Every whitespace `trim` removes, U+200B (which it keeps), markers, digits, separators.
    const parts = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\ufeff',
      '\u200b',
      '\u2028',
      ',',
      ';',
      ' and ',
      '…',
      '...',
      '*',
      '†',
      '¹',
      '2',
      '(equal contribution)',
      '-',
      ':',
      'Jane',
      'Roe',
      'Ngọc',
      'É',
      'et al.',
      'O’Brien',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 24 }), (items) => {
        const text = items.join('')
        expect(splitAuthors(text)).toEqual(splitBySliceAndTrim(text))
      }),
      { numRuns: 4000, seed: 12 },
    )
  })
})

describe('isName', () => {
  it('tells names from titles and menu items', () => {
    for (const name of [
      'Jane Roe',
      'CNL Olivers',
      'S Van der Stigchel',
      'A.S. Sodiya',
      'Jean-Luc Picard',
      'Ö. Ğüneş',
      'D.I.Adelani',
    ])
      expect(isName(name), name).toBe(true)
    for (const text of [
      'The Hidden Hubs Problem',
      'Home',
      'Google Scholar 2019',
      'Proceedings of ACL',
      'a b',
      'About Us',
    ])
      expect(isName(text), text).toBe(false)
  })
})
