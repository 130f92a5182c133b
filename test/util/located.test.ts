import { describe, expect, it } from 'vitest'
import { positionsIn } from '../../src/util/located.js'

const input = 'Title\n\nFirst line of it,\r\nthen https://a.org/x here.'

describe('positionsIn', () => {
  // A raw slice of `input`, as the text readers hand fields over.
  const start = input.indexOf('First')
  const value = input.slice(start)
  const at = positionsIn({
    value,
    position: {
      start: { line: 3, column: 1, offset: start },
      end: { line: 4, column: 26, offset: input.length },
    },
  })

  it('advances the value’s position by the offsets, across line breaks (CRLF too)', () => {
    const from = value.indexOf('https')
    const position = at(from, from + 15)
    expect(position).toEqual({
      start: { line: 4, column: 6, offset: start + from },
      end: { line: 4, column: 21, offset: start + from + 15 },
    })
    expect(input.slice(position?.start.offset, position?.end.offset)).toBe('https://a.org/x')
  })

  it('moves the column on the value’s first line from where the value starts', () => {
    const inline = positionsIn({
      value: 'b c',
      position: { start: { line: 2, column: 10, offset: 20 }, end: { line: 2, column: 13, offset: 23 } },
    })
    expect(inline(2, 3)).toEqual({
      start: { line: 2, column: 12, offset: 22 },
      end: { line: 2, column: 13, offset: 23 },
    })
  })

  it('gives the whole value’s position when the value is not the raw slice, and nothing without one', () => {
    const whole = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 20, offset: 19 } }
    expect(positionsIn({ value: 'collapsed text', position: whole })(0, 5)).toBe(whole)
    expect(positionsIn({ value: 'no position' })(0, 2)).toBeUndefined()
  })

  it('gives the whole value’s position for offsets outside the value', () => {
    const whole = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } }
    expect(positionsIn({ value: 'abc', position: whole })(2, 9)).toBe(whole)
  })
})
