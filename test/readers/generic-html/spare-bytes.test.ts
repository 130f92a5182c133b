import { describe, expect, it } from 'vitest'
import { SpareBytes } from '../../../src/readers/generic-html/spare-bytes.js'

describe('spare bytes', () => {
  it('gives the kept array back cleared to the length asked, and a new one while it is out', () => {
    const spare = new SpareBytes(64)
    const first = spare.take(16)
    first.fill(7)
    // Taken and not given back: a use inside another gets its own.
    expect(spare.take(16)).not.toBe(first)
    spare.give(first)
    const again = spare.take(10)
    expect(again).toBe(first)
    expect(Array.from(again.subarray(0, 10))).toEqual(new Array(10).fill(0))
    // Longer than the kept array: a new one.
    spare.give(again)
    expect(spare.take(32)).not.toBe(first)
  })

  it('keeps the larger of two, and none past its limit', () => {
    const spare = new SpareBytes(64)
    const small = new Uint8Array(8)
    const large = new Uint8Array(32)
    spare.give(large)
    spare.give(small)
    expect(spare.take(8)).toBe(large)
    spare.give(new Uint8Array(128))
    expect(spare.take(100).length).toBe(100)
    expect(spare.take(8)).not.toBe(large)
  })
})
