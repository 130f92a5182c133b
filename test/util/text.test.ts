import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clip, normalizeTitle, normalizeWhitespace } from '../../src/util/text.js'

describe('normalizeWhitespace', () => {
  it('collapses every kind of whitespace run to one space and trims', () => {
    expect(normalizeWhitespace('  a \t b\r\n\u00a0c\u2009\u200bd  ')).toBe('a b c d')
    expect(normalizeWhitespace('clean text')).toBe('clean text')
    expect(normalizeWhitespace('\ufeffx')).toBe('x')
  })

  it('agrees with the plain definition on any string (the fast path changes nothing)', () => {
    const slow = (value: string) => value.replace(/[\s\u200b]+/g, ' ').trim()
    const ws = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u200b', '\u3000', 'a', 'b')
    fc.assert(
      fc.property(
        fc.array(ws).map((parts) => parts.join('')),
        (value) => normalizeWhitespace(value) === slow(value),
      ),
    )
    fc.assert(fc.property(fc.string(), (value) => normalizeWhitespace(value) === slow(value)))
  })
})

describe('normalizeTitle', () => {
  it('ignores case, punctuation, spacing and compatibility forms', () => {
    expect(normalizeTitle('  CodeT5+: Open  Code LLMs! ')).toBe(normalizeTitle('codet5 open code llms'))
    expect(normalizeTitle('ｆｕｌｌ－ｗｉｄｔｈ')).toBe('full width')
    expect(normalizeTitle('  CodeT5+: Open  Code LLMs! ')).toBe('codet5 open code llms')
    expect(normalizeTitle('-- ?')).toBe('')
  })

  it('agrees with its definition on any string, ASCII (the one-pass path) or not', () => {
    const definition = (value: string) =>
      value
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) })
    fc.assert(
      fc.property(ascii, (value) => normalizeTitle(value) === definition(value)),
      { numRuns: 2000 },
    )
    const mixed = fc.constantFrom('A', 'z', '9', ' ', '-', '\t', 'É', 'ß', 'ｆ', '\u00a0', '²', 'İ', '\u200b')
    fc.assert(
      fc.property(
        fc.array(mixed).map((parts) => parts.join('')),
        (value) => normalizeTitle(value) === definition(value),
      ),
      { numRuns: 2000 },
    )
  })
})

describe('clip', () => {
  it('quotes a value in one short line', () => {
    expect(clip('  a\n  b  ')).toBe('a b')
    expect(clip('x'.repeat(60))).toBe('x'.repeat(60))
    expect(clip(`${'x'.repeat(58)}\n\nyz`)).toBe(`${'x'.repeat(57)}…`)
  })
})
