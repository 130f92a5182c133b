/** Chrome lines and collapsed spaces: the quick paths give what the plain rewrite gave. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isChrome } from '../../../src/readers/hf-markdown/chrome.js'
import { collapseSpaces } from '../../../src/readers/hf-markdown/inline.js'

const spaces = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028']

describe('collapseSpaces', () => {
  it('equals collapsing every whitespace run and trimming, on any text', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...spaces), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (value) => collapseSpaces(value) === value.replace(/\s+/g, ' ').trim()),
      { numRuns: 2000, seed: 14 },
    )
  })
})

describe('isChrome', () => {
  it('knows chrome lines however they are spaced or cased', () => {
    expect(isChrome('Submitted by')).toBe(true)
    expect(isChrome('  submitted\u00a0\n BY ')).toBe(true)
    expect(isChrome(`Get trending papers in your email inbox once a day!${' '.repeat(200)}`)).toBe(true)
    expect(isChrome(`Markdown${'\t'.repeat(300)}Content:`)).toBe(true)
  })

  it('says no to text that only looks long, and to prose', () => {
    expect(isChrome('Submitted by someone')).toBe(false)
    expect(isChrome('We study how pretraining task diversity shapes in-context learning. '.repeat(20))).toBe(false)
  })
})
