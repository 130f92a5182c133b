/**
 * The generic reader on every real page in fixtures/generic-html, field by field against the
 * records written by hand: every paper found and none invented, titles, author lists and years
 * exact on at least 95 % of the checked records, links right where the page shows them. Pages
 * the reader gets exactly right are also pinned, field for field, by test/fixtures.test.ts;
 * the others are listed there as inexact, and their misses are counted here.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accuracy, bar } from './accuracy.js'

const root = new URL('../../../fixtures/generic-html/', import.meta.url).pathname

const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'expected.json')))
  .map((entry) => entry.name)

describe('generic-html accuracy on real pages', { timeout: 30_000 }, () => {
  it('has the pages', () => {
    expect(folders.length).toBeGreaterThanOrEqual(8)
  })

  for (const name of folders) {
    it(name, async () => {
      const { reader, found, count, fields } = await accuracy(join(root, name))
      expect(reader).toBe('generic-html')
      // Every paper found, none invented.
      expect(found).toBe(count)
      for (const [field, { right, total, misses }] of Object.entries(fields)) {
        const floor = bar[field]
        if (floor === undefined || total === 0) continue
        expect(right / total, `${name} ${field}: ${misses.join('; ')}`).toBeGreaterThanOrEqual(floor)
      }
    })
  }
})
