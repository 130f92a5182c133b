/**
 * The cheap final check may say "not sure" where the schema accepts, never "valid" where it
 * rejects: every broken record here must fail both, and real records must pass both.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { surelyPaper } from '../../src/core/record-check.js'
import { PaperSchema, parseSync } from '../../src/index.js'

const seed = readFileSync(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url))
const papers = parseSync(seed, { referenceDate: '2025-12-08' }).papers

function broken(): Array<[string, (record: Record<string, unknown>) => void]> {
  const provenance = (record: Record<string, unknown>) =>
    (record.provenance as Record<string, Record<string, unknown>>).title as Record<string, unknown>
  const position = (record: Record<string, unknown>) =>
    (record.source as { position: { start: Record<string, unknown> } }).position
  return [
    ['line 0', (record) => Object.assign(position(record).start, { line: 0 })],
    ['fractional column', (record) => Object.assign(position(record).start, { column: 1.5 })],
    ['negative offset', (record) => Object.assign(position(record).start, { offset: -1 })],
    ['string offset', (record) => Object.assign(position(record).start, { offset: '3' })],
    ['no end', (record) => delete (position(record) as Record<string, unknown>).end],
    ['empty format', (record) => Object.assign(record.source as object, { format: '' })],
    ['negative index', (record) => Object.assign(record.source as object, { index: -1 })],
    ['source an array', (record) => Object.assign(record, { source: [] })],
    ['empty plugin', (record) => Object.assign(provenance(record), { plugin: '' })],
    ['no method', (record) => delete provenance(record).method],
    ['empty inferred item', (record) => Object.assign(provenance(record), { inferred: [''] })],
    ['bad provenance position', (record) => Object.assign(provenance(record), { position: { start: {} } })],
    ['provenance entry null', (record) => Object.assign(record.provenance as object, { title: null })],
    ['provenance an array', (record) => Object.assign(record, { provenance: [] })],
    ['empty title', (record) => Object.assign(record, { title: '' })],
    ['bad id', (record) => Object.assign(record, { id: 'nope' })],
    ['authors not a list', (record) => Object.assign(record, { authors: 'A. Author' })],
  ]
}

describe('surelyPaper', () => {
  it('passes the records a parse makes', () => {
    expect(papers.length).toBeGreaterThan(30)
    for (const paper of papers) {
      expect(PaperSchema.safeParse(paper).success).toBe(true)
      expect(surelyPaper(paper as unknown as Record<string, unknown>)).toBe(true)
    }
  })

  for (const [name, breakIt] of broken())
    it(`is not sure of a record with ${name}`, () => {
      const record = structuredClone(papers[0]) as unknown as Record<string, unknown>
      breakIt(record)
      expect(PaperSchema.safeParse(record).success).toBe(false)
      expect(surelyPaper(record)).toBe(false)
      // Vouching for every other field does not hide the broken one.
      expect(surelyPaper(record, new Set(['abstract', 'repositories', 'projectPages', 'links', 'datasets']))).toBe(
        false,
      )
    })

  it('checks each field nobody vouched for, and takes the vouched ones as they are', () => {
    const record = structuredClone(papers[0]) as unknown as Record<string, unknown>
    expect(surelyPaper(record, new Set())).toBe(true)
    expect(surelyPaper(record, new Set(['authors', 'datasets']))).toBe(true)
    for (const [field, value] of [
      ['abstract', ''],
      ['upvotes', -1],
      ['url', 'https://exa mple.com/'],
      ['publishedAt', '2023-02-30'],
      ['repositories', [{ url: 'https://github.com/a/b' }]],
      ['datasets', undefined],
    ] as const) {
      const bad = { ...record, [field]: value }
      if (value === undefined) delete bad[field]
      expect(PaperSchema.safeParse(bad).success).toBe(false)
      expect(surelyPaper(bad, new Set(['authors']))).toBe(false)
      // What the caller vouches for is not checked again: that is the caller's promise.
      expect(surelyPaper(bad, new Set([field]))).toBe(true)
    }
  })
})
