import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { isEagerReader } from '../../src/core/trusted.js'
import { createParser, defineReader, parse, parseSync } from '../../src/index.js'
import { readers } from '../../src/readers/index.js'

const bytes = readFileSync(new URL('../../fixtures/hf-api/daily-papers-2026-05-08/input.json', import.meta.url))
const options = { referenceDate: '2025-12-08' } as const

describe('the decoded text after reading', () => {
  it('a caller’s vfile keeps its value (only the parse’s own copy is let go)', async () => {
    const file = new VFile({ value: bytes.toString('utf8'), path: 'daily.json' })
    const before = String(file.value)
    const result = parseSync(file, options)
    expect(result.papers.length).toBeGreaterThan(0)
    expect(file.value).toBe(before)
    await parse(file, options)
    expect(file.value).toBe(before)
  })

  it('bytes, text and a vfile give the same result', () => {
    const fromBytes = parseSync(bytes, options)
    expect(parseSync(bytes.toString('utf8'), options)).toEqual(fromBytes)
    expect(parseSync(new VFile({ value: bytes }), options)).toEqual(fromBytes)
    expect(fromBytes.messages.map(String)).toEqual(parseSync(bytes.toString('utf8'), options).messages.map(String))
  })

  it('is let go after the built-in readers only, not after a copy of one', () => {
    expect(readers.filter((reader) => !isEagerReader(reader))).toEqual([])
    expect(isEagerReader({ ...(readers[0] as (typeof readers)[number]) })).toBe(false)
  })

  it('stays for a user’s reader whose entries read the file lazily (review)', () => {
    // Getters over the file, settled by the chain after the reader is done.
    const lazy = defineReader({
      name: 'lazy',
      sniff: (sample) => (sample.startsWith('#lazy') ? 1 : 0),
      read(file) {
        const cut = (from: number, to: number) => ({
          get value() {
            return String(file.value).slice(from, to)
          },
        })
        return {
          entries: [
            { fields: { title: cut(6, 20), abstract: cut(21, 66) } },
            { fields: { title: cut(67, 72), abstract: cut(73, 101) } },
          ],
        }
      },
    })
    const input =
      '#lazy\nSifting Papers\nA listing of papers, read lazily by a reader.\nTyped\nRecords checked by a schema.'
    const parser = createParser({ readers: [lazy] })
    for (const given of [input, new TextEncoder().encode(input)]) {
      const result = parser.parseSync(given, options)
      expect(result.papers.map((paper) => paper.title)).toEqual(['Sifting Papers', 'Typed'])
    }
  })
})
