import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { definePlugin, parseSync } from '../../src/index.js'

const list = readFileSync(new URL('../../fixtures/arxiv-list/list-cs.CL-recent/input.html', import.meta.url))
const options = { referenceDate: '2025-12-08' } as const

describe('positions in a record', () => {
  it('fields read from one node share one copy of its position, and so do `source` and fields cited at the entry', () => {
    const paper = parseSync(list, options).papers[0]
    expect(paper).toBeDefined()
    const { provenance, source } = paper as NonNullable<typeof paper>
    // `authors` and `authorCount` are read from the same line; `arxivId` and `url` from the same link.
    expect(provenance.authorCount?.position).toBeDefined()
    expect(provenance.authorCount?.position).toBe(provenance.authors?.position)
    expect(provenance.url?.position).toBe(provenance.arxivId?.position)
    expect(provenance.title?.position).not.toBe(provenance.authors?.position)
    expect(source.position).toBeDefined()
  })

  it('are frozen, so changing one in place throws instead of moving the fields that share it (review)', () => {
    const paper = parseSync(list, options).papers[0]
    const { provenance, source } = paper as NonNullable<typeof paper>
    const shared = provenance.authors?.position as NonNullable<typeof provenance.authors>['position'] & object
    expect(Object.isFrozen(shared)).toBe(true)
    expect(Object.isFrozen(shared.start)).toBe(true)
    expect(Object.isFrozen(source.position?.end)).toBe(true)
    expect(() => {
      ;(shared.start as { offset: number }).offset += 1000
    }).toThrow(TypeError)
    expect(provenance.authorCount?.position?.start.offset).toBe(shared.start.offset)
    // A copy to change is the caller's: structuredClone gives one.
    const mine = structuredClone(shared)
    mine.start.line += 1000
    expect(mine.start.line).toBe(shared.start.line + 1000)
  })

  it('a position that a user plugin cites is copied, and the copy shared by fields that cite the same span', () => {
    const place = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } }
    const plugin = definePlugin({
      name: 'two-fields',
      schema: z.object({ first: z.string(), second: z.string() }),
      extract(_entry, context) {
        context.cite('first', { method: 'test', position: place })
        context.cite('second', { method: 'test', position: place })
        return { first: 'a', second: 'b' }
      },
    })
    const paper = parseSync(list, { ...options, plugins: [plugin] }).papers[0]
    const { provenance } = paper as NonNullable<typeof paper>
    const first = (provenance as Record<string, { position?: unknown }>).first?.position
    const second = (provenance as Record<string, { position?: unknown }>).second?.position
    expect(first).toEqual(place)
    expect(second).toEqual(place)
    expect(first).toBe(second)
    expect(first).not.toBe(place)
    // A getter that answers differently each time gives two copies, each as it was read.
    let calls = 0
    const moving = {
      start: { line: 1, column: 1, offset: 0 },
      get end() {
        calls++
        return { line: 1, column: 1 + calls, offset: calls }
      },
    }
    const shifty = definePlugin({
      name: 'shifty',
      schema: z.object({ third: z.string(), fourth: z.string() }),
      extract(_entry, context) {
        context.cite('third', { method: 'test', position: moving })
        context.cite('fourth', { method: 'test', position: moving })
        return { third: 'c', fourth: 'd' }
      },
    })
    const moved = parseSync(list, { ...options, plugins: [shifty] }).papers[0]?.provenance as Record<
      string,
      { position?: { end: { column: number } } }
    >
    expect(moved.third?.position?.end.column).not.toBe(moved.fourth?.position?.end.column)
  })

  it('the shared copies give the same JSON as separate copies', () => {
    const papers = parseSync(list, options).papers
    // The JSON text has each shared position written out in every field that cites it.
    const text = JSON.stringify(papers)
    const first = papers[0] as NonNullable<(typeof papers)[number]>
    const authors = JSON.stringify(first.provenance.authors?.position)
    expect(JSON.stringify(first.provenance.authorCount?.position)).toBe(authors)
    expect(JSON.parse(text)).toEqual(papers)
  })
})
