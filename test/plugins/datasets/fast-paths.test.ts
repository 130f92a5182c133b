/**
 * The loops that stand in for patterns on the hot path (round 5 of issue 12): each must
 * read a name as the pattern it replaced did, here on cases written out by hand, and the
 * one-byte copy of an abstract must hold the same units.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keyOf, squash } from '../../../src/plugins/datasets/chars.js'
import type { Candidate } from '../../../src/plugins/datasets/discovery.js'
import { caseShape, caseShapeUnicode, feature, localFeatures } from '../../../src/plugins/datasets/features.js'
import { asciiBytes, flatAscii, padding } from '../../../src/plugins/datasets/flat.js'

/** The feature names `localFeatures` gives `name` where it stands in `text` (after `before`). */
function featuresOf(name: string, before = 'We use '): string[] {
  const text = `${before}${name} here.`
  const candidate: Candidate = {
    name,
    start: before.length,
    end: before.length + name.length,
    cue: 'bare',
    introduced: false,
    weak: false,
  }
  const on = localFeatures(candidate, text).filter((at) => at >= 0)
  return ['all-caps', 'inner-capital', 'digit', 'lower-first', 'title-word']
    .filter((shape) => on.includes(feature(`shape:${shape}`)))
    .concat(
      ['the', 'our', 'a', 'this', 'on-from', 'of']
        .filter((word) => on.includes(feature(`before:${word}`)))
        .map((word) => `before:${word}`),
    )
}

describe('a candidate’s case and digits', () => {
  it('reads capitals, lower case and digits as the patterns did', () => {
    expect(featuresOf('MNIST')).toEqual(['all-caps'])
    expect(featuresOf('ImageNet')).toEqual(['inner-capital'])
    expect(featuresOf('Kestrel')).toEqual(['title-word'])
    expect(featuresOf('recipes')).toEqual(['lower-first'])
    expect(featuresOf('TDT4')).toEqual(['all-caps', 'digit'])
    expect(featuresOf('iNat2021')).toEqual(['inner-capital', 'digit', 'lower-first'])
    // A capital after the first word is no inner capital; one letter is not all capitals.
    expect(featuresOf('Corel Image')).toEqual([])
    expect(featuresOf('X')).toEqual([])
    // Beyond ASCII the patterns still decide: `É` is a capital, `é` lower case.
    expect(featuresOf('ÉCOLE')).toEqual(['all-caps'])
    expect(featuresOf('Éole')).toEqual(['title-word'])
  })

  it('reads the word before it, whole words only', () => {
    expect(featuresOf('Foo', 'in the ')).toEqual(['title-word', 'before:the'])
    expect(featuresOf('Foo', 'Their ')).toEqual(['title-word', 'before:our'])
    expect(featuresOf('Foo', 'an ')).toEqual(['title-word', 'before:a'])
    expect(featuresOf('Foo', 'results on ')).toEqual(['title-word', 'before:on-from'])
    expect(featuresOf('Foo', 'bathe ')).toEqual(['title-word'])
    expect(featuresOf('Foo', 'Of ')).toEqual(['title-word'])
  })
})

describe('keys of plain names', () => {
  it('folds letters and digits, and squashes anything else as before', () => {
    expect(keyOf('ImageNet1K')).toBe('imagenet1k')
    expect(keyOf('MS COCO')).toBe('mscoco')
    expect(keyOf('Allociné')).toBe('allociné')
  })
})

describe('flatAscii', () => {
  it('copies an all-ASCII text unit for unit, long or short', () => {
    const long = 'We evaluate on MNIST. '.repeat(500)
    expect(flatAscii(long)).toBe(long)
    expect(flatAscii('')).toBe('')
    expect(flatAscii('COCO')).toBe('COCO')
  })

  it('leaves a text beyond ASCII as it is, lone surrogates included', () => {
    for (const text of ['Allociné reviews', 'a \ud800 b', 'x→y']) expect(flatAscii(text)).toBe(text)
  })
})

describe('asciiBytes', () => {
  /** The units `bytes` holds for a text of `length`, and the padding after them. */
  const read = (bytes: Uint8Array, length: number) => ({
    text: String.fromCharCode(...bytes.subarray(0, length)),
    padding: [...bytes.subarray(length, length + padding)],
  })

  it('holds the units of the text it was last asked for, zeros after them', () => {
    const long = flatAscii('A long one: MNIST. '.repeat(40))
    const short = 'On COCO'
    // The text `flatAscii` made, then another (shorter, over the longer one's units), then the first again.
    for (const text of [long, short, long, short]) {
      const bytes = asciiBytes(text) as Uint8Array
      expect(read(bytes, text.length)).toEqual({ text, padding: new Array(padding).fill(0) })
    }
    expect(read(asciiBytes('') as Uint8Array, 0).padding).toEqual(new Array(padding).fill(0))
  })

  it('gives nothing beyond ASCII, and forgets the text it held', () => {
    const text = flatAscii('On COCO')
    for (const other of ['Allociné reviews', 'a \ud800 b', 'x→y']) expect(asciiBytes(other)).toBeUndefined()
    expect(read(asciiBytes(text) as Uint8Array, text.length).text).toBe(text)
  })
})

// The same loops against the patterns they replaced (kept here as the reference), on random text.
describe('fast paths agree with the patterns they replaced', () => {
  const ascii = fc.string({
    unit: fc.constantFrom(...'aAbZz09 -_.\n\rQx'.split(''), 'Ab', 'ab', 'AB', 'a1', ' B'),
    maxLength: 12,
  })

  it('caseShape: the ASCII loop equals the Unicode patterns', () => {
    fc.assert(
      fc.property(ascii, (name) => caseShape(name) === caseShapeUnicode(name)),
      { numRuns: 20_000, seed: 5 },
    )
  })

  it('keyOf: a plain ASCII name folds as squash then lower case', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'aAzZ09mM'.split('')), maxLength: 10 })
    fc.assert(
      fc.property(plain, (name) => keyOf(name) === squash(name).toLowerCase()),
      { numRuns: 5_000, seed: 6 },
    )
  })

  it('the word before: one pattern equals the six it replaced, in their order', () => {
    const old: Array<[string, RegExp]> = [
      ['before:the', /(?:^|[^\p{L}])[Tt]he $/u],
      ['before:our', /(?:^|[^\p{L}])(?:[Oo]ur|[Tt]heir) $/u],
      ['before:a', /(?:^|[^\p{L}])(?:[Aa]n?) $/u],
      ['before:this', /(?:^|[^\p{L}])(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose) $/u],
      ['before:on-from', /(?:^|[^\p{L}])(?:on|from|using|with|in|over|across|to) $/u],
      ['before:of', /(?:^|[^\p{L}])of $/u],
    ]
    const words = [
      'the',
      'The',
      'our',
      'their',
      'a',
      'An',
      'this',
      'those',
      'on',
      'from',
      'in',
      'to',
      'of',
      'off',
      'then',
      'é',
      'xthe',
      '',
    ]
    const before = fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((parts) => `${parts.join(' ')} `)
    fc.assert(
      fc.property(before, (text) => {
        const slice = text.slice(Math.max(0, text.length - 12))
        const expected = old.find(([, pattern]) => pattern.test(slice))?.[0]
        const got = featuresOf('Foo', text).filter((name) => name.startsWith('before:') && name !== 'before:and-comma')
        return got.length === (expected ? 1 : 0) && (expected === undefined || got[0] === expected)
      }),
      { numRuns: 5_000, seed: 7 },
    )
  })
})
