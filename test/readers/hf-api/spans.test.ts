import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arrayElementSpans } from '../../../src/readers/hf-api/spans.js'

const slices = (text: string, from?: number) =>
  arrayElementSpans(text, from)?.map(({ start, end }) => text.slice(start, end))

describe('arrayElementSpans', () => {
  it('finds each element of the top-level array, strings and nesting respected', () => {
    expect(slices(' [ {"a":"]}"} , 2,"x\\"y",\n[1,[2]] ] ')).toEqual(['{"a":"]}"}', '2', '"x\\"y"', '[1,[2]]'])
    expect(slices('[]')).toEqual([])
  })

  it('lists only complete elements of a cut-off array, and nothing for a non-array', () => {
    expect(slices('[{"a":1}, {"b":[2')).toEqual(['{"a":1}'])
    expect(slices('[{"a":1}, 23')).toEqual(['{"a":1}'])
    expect(slices('[{"a":"unterminated')).toEqual([])
    // Cut right after an element that closed: it is complete; a number might have gone on.
    expect(slices('[{"a":1}, [2], "x" ')).toEqual(['{"a":1}', '[2]', '"x"'])
    expect(slices('[{"a":1}, 23')).toEqual(['{"a":1}'])
    expect(slices('[{"a":1}, {"b":2}')).toEqual(['{"a":1}', '{"b":2}'])
    expect(slices('{"x":[{"a":1},{"b"', 5)).toEqual(['{"a":1}'])
    expect(arrayElementSpans('{"a":[1]}')).toBeUndefined()
  })

  it('every span of any array, however formatted, parses back to its element', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.constantFrom(undefined, 1, '\t'), (array, indent) => {
        const text = JSON.stringify(array, null, indent)
        expect(slices(text)?.map((slice) => JSON.parse(slice))).toEqual(JSON.parse(text))
      }),
    )
  })

  it('every prefix gives spans that parse', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1 }), fc.nat(), (array, at) => {
        const text = JSON.stringify(array)
        const prefix = text.slice(0, at % text.length)
        for (const slice of slices(prefix) ?? []) expect(() => JSON.parse(slice)).not.toThrow()
      }),
    )
  })
})
