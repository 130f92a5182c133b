/** The scanner's per-page name table gives each name as the tokenizer would, whatever it keeps. */
import { html } from 'parse5'
import { describe, expect, it } from 'vitest'
import { lowerAscii, NameTable, nameHash, releaseTable, takeTable } from '../../../src/readers/html/name-table.js'
import { picks, seeded } from '../../helpers.js'

function hashOf(text: string, exact: boolean): number {
  let hash = 0
  for (let index = 0; index < text.length; index++)
    hash = exact ? (Math.imul(hash, 31) + text.charCodeAt(index)) | 0 : nameHash(hash, text.charCodeAt(index))
  return hash
}

describe('the name table', () => {
  it('gives every name lower-cased (or exact) and its tag id, past growth, collisions and capacity', () => {
    const next = seeded(5)
    const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-İ']
    const known = ['div', 'A', 'Span', 'TABLE', 'td', 'svg', 'foreignObject', 'h1']
    for (const exact of [false, true]) {
      const table = new NameTable(exact)
      // 12,000 names (past the 4,096 kept), a third of them repeats; "Aa" and "BB" share a hash.
      const names = Array.from({ length: 12_000 }, (_, index) =>
        index % 3 === 0 ? (known[next(known.length)] as string) : picks(next, letters, 1 + next(12)),
      )
      names.push('Aa', 'BB', 'Aa', 'BB')
      for (const name of names) {
        const source = `<${name} `
        const got = table.name(source, 1, 1 + name.length, hashOf(name, exact))
        const expected = exact ? name : lowerAscii(name)
        expect(got).toBe(expected)
        expect(table.tagId(got, html.getTagID)).toBe(html.getTagID(expected))
      }
    }
  })

  it('gives the right names when names are made to share slots (at most a few probes each)', () => {
    const table = new NameTable(true)
    // Hashes that differ but fall in one slot of any table up to 2^16 slots.
    for (let index = 0; index < 2000; index++) {
      const name = `n${index}`
      expect(table.name(name, 0, name.length, index << 16)).toBe(name)
    }
  })

  it('is given to the next page empty: no name or tag id of the last page is kept', () => {
    for (const exact of [false, true]) {
      const first = takeTable(exact)
      // The same hash for each pair of names: each second page's name lands in a slot the first one used.
      const pages = [
        ['table', 'div', 'x-widget', 'td'],
        ['span', 'li', 'a', 'x-other'],
      ]
      expect(first.name('table', 0, 5, 7)).toBe('table')
      expect(first.tagId('table', html.getTagID)).toBe(html.TAG_ID.TABLE)
      for (const [index, name] of (pages[0] as string[]).entries()) {
        first.name(name, 0, name.length, index * 64)
        first.tagId(name, html.getTagID)
      }
      releaseTable(first)
      // (No name is held: none of the last page's text is kept alive by the table.)
      expect(first.held).toBe(0)
      const second = takeTable(exact)
      expect(second).toBe(first)
      expect(second.name('span', 0, 4, 7)).toBe('span')
      expect(second.tagId('span', html.getTagID)).toBe(html.TAG_ID.SPAN)
      for (const [index, name] of (pages[1] as string[]).entries()) {
        expect(second.name(name, 0, name.length, index * 64)).toBe(name)
        expect(second.tagId(name, html.getTagID)).toBe(html.getTagID(name))
      }
      releaseTable(second)
    }
  })

  it('is emptied whole after it grew (each name placed anew is forgotten too)', () => {
    const table = takeTable(true)
    for (let index = 0; index < 300; index++) table.name(`m${index}`, 0, `m${index}`.length, index * 7)
    expect(table.slots).toBe(1024)
    expect(table.held).toBe(300)
    releaseTable(table)
    expect(table.held).toBe(0)
    const again = takeTable(true)
    expect(again).toBe(table)
    // A name of the last page, asked again, is placed anew (the page's own copy), and only it is held.
    expect(again.name('m5', 0, 2, 35)).toBe('m5')
    expect(again.held).toBe(1)
    releaseTable(again)
  })

  it("is not kept for the next page once grown large (a hostile page's table is left to the collector)", () => {
    const table = takeTable(false)
    for (let index = 0; index < 2000; index++) table.name(`n${index}`, 0, `n${index}`.length, index)
    expect(table.slots).toBeGreaterThan(1024)
    releaseTable(table)
    expect(takeTable(false)).not.toBe(table)
  })
})
