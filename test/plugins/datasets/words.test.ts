/**
 * The one pass over an abstract: where words start, which are names and numbers, and
 * where keywords may open. Every anchored pattern trusts these lists to hold each place
 * it can match, so the properties check exactly that against plain definitions.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keywords, matchesAt, readWords } from '../../../src/plugins/datasets/words.js'

// Registered at load, as the plugin's own sets are.
const verbs = keywords(['evaluat(?:ed|ion)', 'trained', 'SOTA'])
const verbRegex = new RegExp(verbs.pattern, 'y')
const pieces = ['We', ' ', 'evaluated', 'Evaluation', 'trained', 'SOTA', 'sota', 'ES-ImageNet', 'x.Y', 'a_b', '(', ')']
const morePieces = ['-', '.', ',', '12', '3.5%', 'é', 'É', 'Ⓐ', '’', "'", '/', '+', 'on', 'On', '\u00a0', 'İ']
const texts = fc.array(fc.constantFrom(...pieces, ...morePieces), { maxLength: 40 }).map((parts) => parts.join(''))

/** Offsets where `regex` (global) matches, as a plain scan finds them. */
const everywhere = (text: string, regex: RegExp) => [...text.matchAll(regex)].map((match) => match.index)

describe('readWords', () => {
  it('finds word starts, capitalised names, numbers and keyword heads', () => {
    const text = 'We evaluated ES-ImageNet (12 runs) and SOTA x.Y models.'
    const words = readWords(text)
    const at = (offsets: readonly number[]) => offsets.map((offset) => /^[\p{L}\p{N}]+/u.exec(text.slice(offset))?.[0])
    expect(at(words.starts)).toEqual([
      'We',
      'evaluated',
      'ES',
      'ImageNet',
      '12',
      'runs',
      'and',
      'SOTA',
      'x',
      'Y',
      'models',
    ])
    // `ImageNet` is joined to `ES-` and `Y` to `x.`: neither opens a name.
    expect(at(words.names)).toEqual(['We', 'ES', 'SOTA'])
    expect(at(words.numbers)).toEqual(['12'])
    expect(at(words.opening[verbs.index] ?? [])).toEqual(['evaluated', 'SOTA'])
    expect(words.ascii).toBe(true)
    expect(readWords('Évaluation').ascii).toBe(false)
  })

  it('holds every start of a word, a name and a number', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const words = readWords(text)
        const all = Array.from({ length: text.length }, (_, index) => index)
        const afterAlphanumeric = (index: number) => index > 0 && /[A-Za-z0-9]/.test(text.charAt(index - 1))
        expect(words.starts).toEqual(
          all.filter(
            (index) => (isWord(text.charAt(index)) || isCapital(text.charAt(index))) && !afterAlphanumeric(index),
          ),
        )
        expect(words.names).toEqual(all.filter((index) => isCapital(text.charAt(index)) && opensName(text, index)))
        expect(words.numbers).toEqual(
          all.filter((index) => /[0-9]/.test(text.charAt(index)) && !afterAlphanumeric(index)),
        )
      }),
    )
  })

  it('holds every place a keyword matches', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const opening = readWords(text).opening[verbs.index] ?? []
        const global = new RegExp(verbs.pattern, 'g')
        for (const offset of everywhere(text, global)) expect(opening).toContain(offset)
        // So the sticky regex at those starts finds what a global search finds.
        const anchored = [...matchesAt(text, verbRegex, opening)].map((match) => match.index)
        expect(anchored).toEqual(everywhere(text, global))
      }),
    )
  })

  it('builds keyword alternations with the first letter in either case', () => {
    expect(verbs.pattern).toBe(String.raw`\b(?:[Ee]valuat(?:ed|ion)|[Tt]rained|SOTA)`)
    expect(() => keywords(['a'])).toThrow(/must open with two letters/)
  })
})

// The plain definitions the one pass must agree with.
const isWord = (char: string) => /[\p{L}\p{N}\p{M}]/u.test(char)
const isCapital = (char: string) => char.toLowerCase() !== char
/** No letter, digit or joining mark (`ES-ImageNet`, `x.Y`) right before `index`. */
const opensName = (text: string, index: number) => {
  const before = text.charAt(index - 1)
  return index === 0 || (!isWord(before) && !"-.+*/_'’".includes(before))
}
