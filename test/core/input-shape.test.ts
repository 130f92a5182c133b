/**
 * `parse` never throws on input: a vfile of another copy of vfile is read by its shape (as unified
 * does), bytes may come in any binary view, and a wrong type is a `core:input` message.
 */
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import type { Input } from '../../src/index.js'
import { parse, parseSync } from '../../src/index.js'

const seed = readFileSync(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url))
const options = { referenceDate: '2025-12-08' }
const wrong = (value: unknown) => value as Input

describe('inputs by shape', () => {
  it('reads a VFile of another copy of vfile, by shape, and gives it the messages', async () => {
    // A second instance of the vfile module: its VFile class is not ours, as in the CommonJS build.
    const other = (await import(`${new URL('../../node_modules/vfile/lib/index.js', import.meta.url).href}?copy`)) as {
      VFile: typeof VFile
    }
    expect(other.VFile).not.toBe(VFile)
    const file = new other.VFile({ value: '', path: 'listing.txt' })
    file.value = seed
    const { papers, messages } = parseSync(wrong(file), options)
    expect(papers).toHaveLength(39)
    expect(messages).toEqual([])
    const empty = new other.VFile({ value: '   ', path: 'empty.txt' })
    const result = parseSync(wrong(empty), options)
    expect(result.messages.map((message) => [message.ruleId, message.file])).toEqual([['core:empty', 'empty.txt']])
    expect(empty.messages).toEqual(result.messages)
  })

  it('reads a vfile-like object, an ArrayBuffer and other binary views', () => {
    expect(parseSync(wrong({ value: seed, path: 'x.txt' }), options).papers).toHaveLength(39)
    const buffer = seed.buffer.slice(seed.byteOffset, seed.byteOffset + seed.byteLength)
    expect(parseSync(wrong(buffer), options).papers).toHaveLength(39)
    expect(parseSync(wrong(new DataView(buffer)), options).papers).toHaveLength(39)
  })

  it('answers a wrong input type with a clear message, never a TypeError', async () => {
    const cases: Array<[unknown, string]> = [
      [42, 'Unexpected number `42` as input, expected a string, bytes (a Uint8Array) or a VFile'],
      [null, 'Unexpected `null` as input, expected a string, bytes (a Uint8Array) or a VFile'],
      [undefined, 'Unexpected `undefined` as input, expected a string, bytes (a Uint8Array) or a VFile'],
      [true, 'Unexpected boolean `true` as input, expected a string, bytes (a Uint8Array) or a VFile'],
      [['a'], 'Unexpected array as input, expected a string, bytes (a Uint8Array) or a VFile'],
      [{}, 'Unexpected object without a `value` as input, expected a string, bytes (a Uint8Array) or a VFile'],
      [
        { value: 42 },
        'Unexpected number `42` as the `value` of a file-like input, expected a string, bytes (a Uint8Array) or a VFile',
      ],
      [() => 'x', 'Unexpected function as input, expected a string, bytes (a Uint8Array) or a VFile'],
      [
        new Proxy(
          {},
          {
            getPrototypeOf: () => {
              throw new Error('no')
            },
          },
        ),
        'Unexpected object whose fields cannot be read as input, expected a string, bytes (a Uint8Array) or a VFile',
      ],
      [
        new Proxy(
          {},
          {
            has: () => true,
            get: () => {
              throw new Error('no')
            },
          },
        ),
        'Unexpected object whose fields cannot be read as input, expected a string, bytes (a Uint8Array) or a VFile',
      ],
    ]
    for (const [input, reason] of cases) {
      const result = await parse(wrong(input), options)
      expect(result.papers).toEqual([])
      expect(result.reader).toBeUndefined()
      expect(result.messages.map((message) => [message.reason, message.ruleId, message.source])).toEqual([
        [reason, 'core:input', 'core'],
      ])
      expect(result.document.referenceDate).toBe('2025-12-08')
    }
  })

  it('still throws on invalid options, which are API misuse', () => {
    expect(() => parseSync(wrong(42), { refDate: 1 } as never)).toThrow(TypeError)
  })
})
