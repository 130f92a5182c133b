/**
 * ASCII twins: on all-ASCII text a twin finds what its Unicode pattern finds, and the
 * patterns stay linear on hostile text whichever of the two runs.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyse } from '../../../src/plugins/datasets/context.js'
import { discover } from '../../../src/plugins/datasets/discovery.js'
import { asciiSource, twin } from '../../../src/plugins/datasets/twins.js'

// A name as discovery writes one: a lookbehind, property classes in and out of brackets, a lookahead.
const name = String.raw`(?<![\p{L}\p{N}\-.+*/_'’])\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*(?: [\p{Lu}\p{N}][\p{L}\p{N}]*){0,3}(?![\p{L}\p{N}+*]|[-.'’][\p{L}\p{N}])`

describe('ASCII twins', () => {
  it('replace each property by its ASCII range, bracketed where it stands alone', () => {
    expect(asciiSource(String.raw`\p{Lu}[\p{L}\p{N}\p{M}]*\b`)).toBe(String.raw`[A-Z][A-Za-z0-9]*\b`)
    expect(asciiSource(String.raw`[^\p{Lu}]\p{Ll}{2,}\[\p{N}\]`)).toBe(String.raw`[^A-Z][a-z]{2,}\[[0-9]\]`)
    expect(() => asciiSource(String.raw`\p{Greek}`)).toThrow(/No ASCII twin/)
    expect(() => asciiSource(String.raw`\P{L}`)).toThrow(/No ASCII twin/)
  })

  it('find what the Unicode pattern finds in ASCII text', () => {
    const { unicode, ascii } = twin(`(${name}),? (?:and|or) (${name})`, 'gu')
    const parts = fc.constantFrom(
      'ImageNet',
      'COCO',
      'x',
      'X-1',
      'A.b',
      ' ',
      ', ',
      'and',
      'or',
      '-',
      '.',
      "'",
      '_',
      '9',
      '+',
    )
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        const matches = (regex: RegExp) => [...text.matchAll(regex)].map((match) => [match.index, ...match])
        expect(matches(ascii)).toEqual(matches(unicode))
      }),
    )
  })
})

describe('discovery on hostile text beyond ASCII', { timeout: 60_000 }, () => {
  const size = 1 << 19
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  // Each holds a non-ASCII letter, so the Unicode patterns run, not their twins.
  const hostile = [
    fill('Á '),
    fill('Á-'),
    fill('ÁÁ ÁÁ, ÁÁ and '),
    fill('We introduce É, a '),
    fill('datasets such as É, '),
    fill('Experiments on É and '),
    fill('1% on É'),
    fill('On É, Ý achieves '),
    fill('É Ý Benchmark '),
    fill('ÉBench-'),
    fill('the É benchmark '),
  ]

  it('stays linear', () => {
    for (const text of hostile) {
      const analysis = analyse(text)
      expect(analysis.words.ascii).toBe(false)
      expect(Array.isArray(discover(analysis))).toBe(true)
    }
  })
})
