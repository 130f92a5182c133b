/**
 * Field-by-field agreement of the generic reader with the records written by hand for a page
 * in fixtures/generic-html (used by accuracy.test.ts, and to list the misses).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '../../../src/index.js'

type Expected = Array<Record<string, unknown>> | { count: number; papers: Array<Record<string, unknown>> }

/** Fields compared on every checked record, absent ones included (a year the page does not show is a miss). */
const always = ['title', 'authors', 'year', 'publishedAt'] as const
/** Fields compared where the hand-written record states them. */
const whereShown = ['url', 'pdfUrl', 'venue', 'pages', 'citedBy', 'abstract', 'arxivId', 'doi'] as const
/** The bar per field (fixtures README, issue 11). */
export const bar: Record<string, number> = { title: 0.95, authors: 0.95, year: 0.95, url: 0.95, pdfUrl: 0.95 }

/** Per field: how many checked records agree, of how many, and which did not. */
export async function accuracy(folder: string) {
  const options = existsSync(join(folder, 'options.json'))
    ? JSON.parse(readFileSync(join(folder, 'options.json'), 'utf8'))
    : {}
  const raw = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected
  const { count, papers: expected } = Array.isArray(raw) ? { count: raw.length, papers: raw } : raw
  const result = await parse(readFileSync(join(folder, 'input.html')), options)
  const fields: Record<string, { right: number; total: number; misses: string[] }> = {}
  expected.forEach(({ position, ...want }, index) => {
    const at = position === undefined ? index : Number(position) - 1
    const got = (result.papers[at] ?? {}) as Record<string, unknown>
    for (const field of [...always, ...whereShown]) {
      if (!(always as readonly string[]).includes(field) && !(field in want)) continue
      const entry = fields[field] ?? { right: 0, total: 0, misses: [] }
      fields[field] = entry
      entry.total++
      // Empty lists count as absent, as in test/fixtures.test.ts.
      const value = Array.isArray(got[field]) && (got[field] as unknown[]).length === 0 ? undefined : got[field]
      if (JSON.stringify(value) === JSON.stringify(want[field])) entry.right++
      else entry.misses.push(`#${at + 1} ${field}: ${JSON.stringify(value)} ≠ ${JSON.stringify(want[field])}`)
    }
  })
  return { reader: result.reader, found: result.papers.length, count, fields }
}
