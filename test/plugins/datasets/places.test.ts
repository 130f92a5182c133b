/**
 * The places of unknown names: one search per name for a few names, one walk over the words for
 * many, and the terms spelled out in brackets; each against its plain definition, and linear
 * on texts of thousands of distinct names (review of round 8: both were quadratic there).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isNameCode } from '../../../src/plugins/datasets/chars.js'
import { analyse } from '../../../src/plugins/datasets/context.js'
import { discover } from '../../../src/plugins/datasets/discovery.js'
import { matcherFor } from '../../../src/plugins/datasets/index.js'
import { findMentions } from '../../../src/plugins/datasets/mentions.js'
import { readOptions } from '../../../src/plugins/datasets/options.js'
import { type Named, otherSpans } from '../../../src/plugins/datasets/other-spans.js'
import { placesOf } from '../../../src/plugins/datasets/places.js'
import { spelledTerms } from '../../../src/plugins/datasets/terms.js'

/** Every whole-name place of `name`, by definition. */
function plainPlaces(text: string, name: string): Array<{ start: number; end: number }> {
  const found = []
  for (let at = 0; at + name.length <= text.length; at++) {
    if (!text.startsWith(name, at)) continue
    const end = at + name.length
    if (at > 0 && isNameCode(text.charCodeAt(at - 1))) continue
    if (end < text.length && isNameCode(text.charCodeAt(end))) continue
    found.push({ start: at, end })
  }
  return found
}

/** `name` in brackets right after a lower-case ASCII word, by definition. */
function plainTerm(text: string, name: string): boolean {
  for (let at = text.indexOf(`(${name})`); at >= 0; at = text.indexOf(`(${name})`, at + 1)) {
    if (at < 2 || text[at - 1] !== ' ') continue
    const before = /(?:^| )([a-z]+)$/.exec(text.slice(0, at - 1))
    if (before) return true
  }
  return false
}

const piece = fc.constantFrom('Q', 'QA', 'A', 'a', 'B-2', 'ZorbQA', ' ', ', ', '-', '(', ')', 'é', '1', '+', '.', 'x y')
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''))

describe('datasets: places of unknown names', () => {
  it('are the same for a few names (searched alone) and for many (one walk over the words)', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.array(piece, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
        (t, parts) => {
          const names = parts.map((part) => part.join('')).filter((name) => name.length > 0)
          const places = placesOf(t, names)
          for (const [index, name] of names.entries()) expect(places[index]).toEqual(plainPlaces(t, name))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('spelled-out terms are the bracketed abbreviations after a lower-case word', () => {
    const names = ['CIR', 'QA', 'A', 'AB)C', 'ZorbQA', 'Q', 'B-2']
    fc.assert(
      fc.property(text, (t) => {
        const terms = spelledTerms(t)
        for (const name of names) expect(terms.has(name), `${name} in ${JSON.stringify(t)}`).toBe(plainTerm(t, name))
      }),
      { numRuns: 3000 },
    )
    expect(spelledTerms('the channel impulse response (CIR) and a CIR dataset').has('CIR')).toBe(true)
    expect(spelledTerms('Street View House Numbers (SVHN)').has('SVHN')).toBe(false)
  })
})

describe('datasets: places of other names', () => {
  it('overlap a span as the plain comparison says, for a few names and for many (indexed)', () => {
    const span = fc.record({ start: fc.nat(60), length: fc.integer({ min: 1, max: 12 }) }).map(({ start, length }) => ({
      start,
      end: start + length,
    }))
    const named = fc.record({ spans: fc.array(span, { maxLength: 4 }), confidence: fc.constantFrom(-1, 0, 0.5) })
    fc.assert(
      fc.property(
        fc.array(named, { minLength: 1, maxLength: 30 }),
        fc.array(span, { maxLength: 5 }),
        (names, asked) => {
          const overlaps = otherSpans(names)
          for (const name of names)
            for (const query of asked) {
              const plain = names.some(
                (other: Named) =>
                  other !== name &&
                  other.confidence >= 0 &&
                  other.spans.some((item) => item.start < query.end && query.start < item.end),
              )
              expect(overlaps(name, query)).toBe(plain)
            }
        },
      ),
      { numRuns: 1000 },
    )
  })
})

// `the QABX dataset (Q, ` with a different name each time: thousands of distinct unknown names.
function distinctNames(size: number): string {
  let text = ''
  for (let index = 0; text.length < size; index++) {
    let name = ''
    for (let rest = index; name === '' || rest > 0; rest = Math.floor(rest / 26))
      name += String.fromCharCode(65 + (rest % 26))
    text += `the Q${name}X dataset (Q, `
  }
  return text.slice(0, size)
}

describe('datasets on a text of many distinct names', { timeout: 60_000 }, () => {
  it('finds them without searching the text once per name (a quadratic step would take minutes at 1 MB)', () => {
    const text = distinctNames(1 << 20)
    expect(Array.isArray(discover(analyse(text), true))).toBe(true)
    const mentions = findMentions(text, text.slice(0, 100), matcherFor(readOptions({})), {
      discover: true,
      minConfidence: 0,
      scorer: 'learned',
    })
    expect(mentions.length).toBeGreaterThan(100)
  })

  it('and as many long forms with their abbreviations, 2 MB (each was asked against every other name: minutes)', () => {
    let text = ''
    for (let index = 0; text.length < 1 << 21; index++) {
      const name = index
        .toString(26)
        .toUpperCase()
        .replace(/[0-9]/g, (digit) => 'QRSTUVWXYZ'[Number(digit)] as string)
      text += `the Zorb ${name}x Qual Set (ZQ${name}) dataset, `
    }
    const mentions = findMentions(text, text.slice(0, 100), matcherFor(readOptions({})), {
      discover: true,
      minConfidence: 0,
      scorer: 'learned',
    })
    expect(mentions.length).toBeGreaterThan(100)
  })
})
