/**
 * The loops that stand in for patterns on the hot path (round 5 of issue 12): each must
 * read a name as the pattern it replaced did, here on cases written out by hand, and the
 * one-byte copy of an abstract must hold the same units.
 */
import { describe, expect, it } from 'vitest'
import { keyOf } from '../../../src/plugins/datasets/chars.js'
import type { Candidate } from '../../../src/plugins/datasets/discovery.js'
import { feature, localFeatures } from '../../../src/plugins/datasets/features.js'
import { flatAscii } from '../../../src/plugins/datasets/flat.js'

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
