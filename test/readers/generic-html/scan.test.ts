/** The scan's per-node counts give what the patterns they stand in for give. */

import { describe, expect, it, vi } from 'vitest'
import { withCachedLinks } from '../../../src/readers/generic-html/page-cache.js'
import { classKey, namePattern, releaseScan, Stat, scanPage, textCap } from '../../../src/readers/generic-html/scan.js'
import { picks, seeded } from '../../helpers.js'
import { fixturePages } from './fixture-texts.js'

/** Matches of a global `pattern` in `value`, searched as `test` steps, up to `cap`. */
function capped(pattern: RegExp, value: string, cap: number): number {
  let count = 0
  pattern.lastIndex = 0
  while (count < cap && pattern.test(value)) count++
  return count
}

const yearPattern = /(?<![\d\-–/.])(?:19[5-9]\d|20[0-4]\d)(?![\d\-–])/g

describe('generic-html scan: counts per text node', () => {
  it('counts words, years and names of every text node of every HTML fixture as the patterns do', () => {
    let texts = 0
    let names = 0
    let years = 0
    for (const page of fixturePages()) {
      const scan = scanPage(withCachedLinks(page))
      scan.nodes.forEach((node, id) => {
        if (!('value' in node)) return
        const at = id * Stat.count
        // (Counts summed from children: a text node has none, so these are its own.)
        const words = capped(/\S+/g, node.value, textCap.words)
        expect(scan.stats[at + Stat.words], node.value.slice(0, 200)).toBe(words)
        expect(scan.stats[at + Stat.years], node.value.slice(0, 200)).toBe(
          capped(yearPattern, node.value, textCap.years),
        )
        const expected = words >= 2 ? capped(namePattern, node.value, textCap.names) : 0
        expect(scan.stats[at + Stat.names], node.value.slice(0, 200)).toBe(expected)
        texts++
        names += expected
        years += scan.stats[at + Stat.years] ?? 0
      })
    }
    expect(texts).toBeGreaterThan(5000)
    expect(names).toBeGreaterThan(1000)
    expect(years).toBeGreaterThan(500)
  })

  it('sums every count over each subtree: what a node adds of its own is a link or heading count of its own', () => {
    let links = 0
    for (const page of fixturePages()) {
      const scan = scanPage(withCachedLinks(page))
      const sums = new Int32Array(scan.stats.length)
      for (let id = scan.nodes.length - 1; id > 0; id--) {
        const up = scan.parent[id] ?? -1
        if (up < 0) continue
        for (let field = 0; field < Stat.count; field++)
          sums[up * Stat.count + field] =
            (sums[up * Stat.count + field] ?? 0) + (scan.stats[id * Stat.count + field] ?? 0)
      }
      scan.nodes.forEach((node, id) => {
        if ('value' in node) return
        const tag = 'tagName' in node ? node.tagName : ''
        for (let field = 0; field < Stat.count; field++) {
          const own = (scan.stats[id * Stat.count + field] ?? 0) - (sums[id * Stat.count + field] ?? 0)
          // Text counts come from text nodes only; a heading counts itself; an `<a>` its link, kinds, label.
          const allowed = field === Stat.headings ? /^h[1-6]$/.test(tag) : field >= Stat.links && tag === 'a'
          expect(own, `${tag} field ${field}`).toBe(allowed ? Math.min(Math.max(own, 0), 1) : 0)
          if (field === Stat.links) links += own
        }
      })
    }
    expect(links).toBeGreaterThan(1000)
  })

  it('makes the key part of a class list as a split, filter, sort and join does, one class or many', () => {
    const state =
      /^(?:odd|even|alt|active|current|selected|first|last|hidden|show|shown|open|closed|collapsed|expanded|clearfix|new|featured|highlight(?:ed)?|visited)$|\d/i
    const reference = (value: string): string => {
      const names = value
        .slice(0, 400)
        .split(/[\t\n\f\r ]+/)
        .filter((name) => name !== '' && !state.test(name))
        .sort()
      return names.length > 0 ? `.${names.join('.').slice(0, 200)}` : ''
    }
    const parts = [
      'title',
      'pub',
      'Odd',
      'active',
      'x1',
      'a-b',
      'é',
      ' ',
      '\t',
      '\n',
      '\f',
      '\r',
      '\v',
      '\u00a0',
      'paper',
    ]
    const next = seeded(5)
    let single = 0
    for (let round = 0; round < 5000; round++) {
      const long = round % 10 === 0 ? 'w'.repeat(next(450)) : ''
      // (Up to 40 parts in every third list: past the few names sorted by insertion.)
      const value = long + picks(next, parts, next(round % 3 === 0 ? 40 : 8)) + (round % 7 === 0 ? ` ${long}` : '')
      if (value !== '' && !/[\t\n\f\r ]/.test(value.slice(0, 400))) single++
      expect(classKey(value), JSON.stringify(value)).toBe(reference(value))
    }
    expect(single).toBeGreaterThan(300)
  })
})

describe('generic-html scan: a released buffer', () => {
  it('gives every fixture the same arrays in buffers left dirty by a larger page as in new ones', async () => {
    const pages = fixturePages()
    // (The same pages parsed again: a scan marks the copies the parser made on their elements.)
    const again = fixturePages()
    // (The largest page whose buffer is kept for the next scan: under 400 KB.)
    const largest = pages
      .filter((page) => page.source.length < 400_000)
      .reduce((a, b) => (b.source.length > a.source.length ? b : a))
    let compared = 0
    for (const [index, page] of pages.entries()) {
      if (page.source.length > largest.source.length) continue
      // New buffer and bits: a scan by a fresh instance of the module, which holds no spare of
      // either (a scan of this module would take the bits an earlier scan left set).
      vi.resetModules()
      const clean = (await import(
        '../../../src/readers/generic-html/scan.js'
      )) as typeof import('../../../src/readers/generic-html/scan.js')
      const cleanCache = (await import(
        '../../../src/readers/generic-html/page-cache.js'
      )) as typeof import('../../../src/readers/generic-html/page-cache.js')
      const fresh = clean.scanPage(cleanCache.withCachedLinks(page))
      // A dirty one: a scan's buffer filled with garbage, then released for the next scan.
      const dirty = scanPage(withCachedLinks(largest))
      new Int32Array(dirty.stats.buffer).fill(-7)
      releaseScan(dirty)
      // (Its formatting starts' bits, left set by the larger page, are taken too.)
      const reused = scanPage(withCachedLinks(again[index] as typeof page))
      expect(reused.stats.buffer).toBe(dirty.stats.buffer)
      for (const part of ['parent', 'key', 'next', 'stats', 'flags'] as const)
        expect(Array.from(reused[part]), part).toEqual(Array.from(fresh[part]))
      expect(reused.keySig).toEqual(fresh.keySig)
      compared++
    }
    expect(compared).toBeGreaterThan(20)
  })
})
