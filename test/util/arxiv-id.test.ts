import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arxivAbsUrl, parseArxivId } from '../../src/util/arxiv-id.js'

describe('parseArxivId', () => {
  it('reads new-style ids, with and without version', () => {
    expect(parseArxivId('2306.15063')).toEqual({ id: '2306.15063' })
    expect(parseArxivId('2301.01234v2')).toEqual({ id: '2301.01234', version: 2 })
    expect(parseArxivId('0704.0001')).toEqual({ id: '0704.0001' })
    expect(parseArxivId('1412.9999')).toEqual({ id: '1412.9999' })
    expect(parseArxivId('1501.00001')).toEqual({ id: '1501.00001' })
  })

  it('reads old-style ids', () => {
    expect(parseArxivId('hep-th/9901001')).toEqual({ id: 'hep-th/9901001' })
    expect(parseArxivId('math.GT/0309136v1')).toEqual({ id: 'math.GT/0309136', version: 1 })
    expect(parseArxivId('cond-mat/0703001')).toEqual({ id: 'cond-mat/0703001' })
  })

  it('reads references and URLs', () => {
    expect(parseArxivId('arXiv:2306.15063v3')).toEqual({ id: '2306.15063', version: 3 })
    expect(parseArxivId('https://arxiv.org/abs/2306.15063')).toEqual({ id: '2306.15063' })
    expect(parseArxivId('http://arxiv.org/pdf/2306.15063v1.pdf')).toEqual({ id: '2306.15063', version: 1 })
    expect(parseArxivId('https://arxiv.org/abs/hep-th/9901001v2')).toEqual({ id: 'hep-th/9901001', version: 2 })
    expect(parseArxivId('https://huggingface.co/papers/2408.00714')).toEqual({ id: '2408.00714' })
    expect(parseArxivId('arxiv.org/abs/2306.15063?context=cs#x')).toEqual({ id: '2306.15063' })
  })

  it('rejects impossible ids', () => {
    for (const raw of [
      '2313.01234',
      '0703.0001',
      '2301.0123',
      '1401.12345',
      '1501.1234',
      'hep-th/9107001',
      'hep-th/0704001',
      'abc',
      '',
    ]) {
      expect(parseArxivId(raw), raw).toBeUndefined()
    }
  })

  it('is idempotent: the id it returns parses to itself', () => {
    const newId = fc
      .tuple(fc.integer({ min: 7, max: 39 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9999 }))
      .filter(([year, month]) => year > 7 || month >= 4)
      .map(([year, month, number]) => {
        const digits = year > 14 ? 5 : 4
        return `${String(year).padStart(2, '0')}${String(month).padStart(2, '0')}.${String(number).padStart(digits, '0')}`
      })
    fc.assert(
      fc.property(newId, fc.option(fc.integer({ min: 1, max: 99 })), (id, version) => {
        const parsed = parseArxivId(version ? `${id}v${version}` : id)
        return parsed?.id === id && parseArxivId(parsed.id)?.id === id
      }),
    )
  })

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => parseArxivId(raw) === undefined || typeof parseArxivId(raw)?.id === 'string'),
    )
  })
})

describe('arxivAbsUrl', () => {
  it('builds the versionless abstract page of new and old ids', () => {
    expect(arxivAbsUrl('2306.15063')).toBe('https://arxiv.org/abs/2306.15063')
    expect(arxivAbsUrl('math.GT/0309136')).toBe('https://arxiv.org/abs/math.GT/0309136')
  })
})
