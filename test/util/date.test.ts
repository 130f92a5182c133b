import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseListingDate } from '../../src/util/date.js'

describe('parseListingDate', () => {
  it('reads full dates in the shapes listings print', () => {
    expect(parseListingDate('Jun 26, 2023', '2025-12-08')).toEqual({ date: '2023-06-26', yearInferred: false })
    expect(parseListingDate('26 Jun 2023', '2025-12-08')).toEqual({ date: '2023-06-26', yearInferred: false })
    expect(parseListingDate('19 December, 2025', '2025-12-20')).toEqual({ date: '2025-12-19', yearInferred: false })
    expect(parseListingDate('September 3, 2024', '2025-12-08')?.date).toBe('2024-09-03')
    expect(parseListingDate('2024-07-31T00:00:00.000Z', '2025-12-08')?.date).toBe('2024-07-31')
    expect(parseListingDate('2024-07-31', '2025-12-08')?.date).toBe('2024-07-31')
  })

  it('resolves a year-less date to the latest such day not after the reference', () => {
    expect(parseListingDate('Apr 25', '2025-12-08')).toEqual({ date: '2025-04-25', yearInferred: true })
    expect(parseListingDate('Dec 8', '2025-12-08')).toEqual({ date: '2025-12-08', yearInferred: true })
    expect(parseListingDate('Dec 9', '2025-12-08')).toEqual({ date: '2024-12-09', yearInferred: true })
    expect(parseListingDate('Feb 29', '2025-12-08')).toEqual({ date: '2024-02-29', yearInferred: true })
  })

  it('rejects what is not a real day', () => {
    for (const raw of [
      'Feb 30, 2024',
      '2024-13-45',
      'Foo 3, 2024',
      '3 authors',
      '',
      'Jun',
      'Jun 0, 2023',
      'Mayday 5',
    ]) {
      expect(parseListingDate(raw, '2025-12-08'), raw).toBeUndefined()
    }
  })

  it('never throws and returns real dates for any string', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const result = parseListingDate(raw, '2025-12-08')
        return result === undefined || /^\d{4}-\d{2}-\d{2}$/.test(result.date)
      }),
    )
  })

  it('round-trips every day written as `Mon D, YYYY`', () => {
    const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (day) => {
        const iso = day.toISOString().slice(0, 10)
        const raw = `${names[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`
        return parseListingDate(raw, '2025-12-08')?.date === iso
      }),
    )
  })
})
