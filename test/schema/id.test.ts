import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'
import { paperId } from '../../src/schema/index.js'
import { sha256Hex } from '../../src/schema/sha256.js'

const nodeSha256 = (value: string) => createHash('sha256').update(value).digest('hex')

describe('sha256Hex (plain JavaScript, no node:crypto)', () => {
  it('agrees with node:crypto at the block edges and on non-ASCII text', () => {
    for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
      const value = 'a'.repeat(length)
      expect(sha256Hex(value), `length ${length}`).toBe(nodeSha256(value))
    }
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad') // FIPS 180-2 example
    for (const value of ['héllo wörld', '😀 surrogate pairs 𝔘', '中文标题', '\u0000\uffff']) {
      expect(sha256Hex(value), value).toBe(nodeSha256(value))
    }
  })

  it('agrees with node:crypto on any string', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (value) => sha256Hex(value) === nodeSha256(value)),
      { numRuns: 200 },
    )
  })
})

describe('paperId', () => {
  it('prefers the arXiv id, then the DOI (lower-cased), then a hash of the normalised title', () => {
    expect(paperId({ title: 'X', arxivId: '1706.03762', doi: '10.1/ABC' })).toBe('arxiv:1706.03762')
    expect(paperId({ title: 'X', doi: '10.1000/ABC' })).toBe('doi:10.1000/abc')
    // The title rule: NFKC, lower case, letters and digits only; the first 16 hex digits of its SHA-256.
    const expected = `title:${nodeSha256('attention is all you need').slice(0, 16)}`
    expect(paperId({ title: 'Attention Is All You Need' })).toBe(expected)
    expect(paperId({ title: '  ATTENTION — is all, you need!  ' })).toBe(expected)
  })

  it('gives the ids the plugin chain gives', () => {
    for (const title of ['Sifting Papers', 'Ünïcödé: a Title', '42']) {
      expect(paperId({ title }), title).toBe(extract({ title }).paper?.id)
    }
  })
})
