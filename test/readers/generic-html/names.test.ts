import { describe, expect, it } from 'vitest'
import { isName, splitAuthors } from '../../../src/readers/generic-html/names.js'

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
