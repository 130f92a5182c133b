import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parse, parseSync } from '../../src/index.js'

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
})
