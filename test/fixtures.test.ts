/**
 * Every `fixtures/<reader>/<case>/` with an `expected.json` written by hand from the page:
 * the records must hold exactly the page fields the expectation states (a key absent there
 * must be absent in the record too).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PaperSchema, parse } from '../src/index.js'
import { readers } from '../src/readers/index.js'

const root = new URL('../fixtures/', import.meta.url).pathname
const pageFields = [
  'title',
  'abstract',
  'authors',
  'authorCount',
  'publishedAt',
  'upvotes',
  'comments',
  'arxivId',
  'url',
  'pdfUrl',
]
// Fields whose fixtures state them in expected.json, per reader (hf-markdown keeps its extras in
// expected.extra.json, checked by its own test).
const hfJsonFields = ['submittedAt', 'keywords', 'organization', 'thumbnail', 'submittedBy', 'summary']
const readerFields: Record<string, string[]> = { 'hf-html': hfJsonFields, 'hf-api': hfJsonFields }
// What arXiv pages and feeds state beyond the common fields.
const arxivFields = ['arxivVersion', 'updatedAt', 'submittedAt', 'announcedAt', 'categories', 'comment']
for (const name of ['arxiv-list', 'arxiv-search', 'arxiv-atom']) {
  readerFields[name] = [...arxivFields, 'journalRef', 'doi', 'listingSection']
}
// What the generic readers' and dblp's fixtures state instead of the page fields (their READMEs):
// no authorCount, which the metadata plugin counts from the authors rather than reads.
const recordFields = ['title', 'authors', 'year', 'venue', 'pages', 'url', 'pdfUrl', 'doi', 'arxivId', 'abstract']
const ownFields: Record<string, string[]> = {
  'generic-html': [...recordFields, 'citedBy', 'publishedAt'],
  'generic-json': [...recordFields, 'citedBy', 'publishedAt'],
  'dblp-xml': recordFields,
}
// Readers whose fixtures number `position` from 1 (fixtures/generic-html/README.md).
const oneBased = new Set(['generic-html'])
// Pages a generic reader does not get exactly right: test/readers/generic-html/accuracy.test.ts
// holds them to the bar instead, field by field, and counts the misses.
const inexact = new Set([
  // Entries 31 and 32 print two venues, or a track after the year: their hand-written records
  // state no venue there (not asserted), and the reader reads one.
  'generic-html/lab-publications-adelani',
])

/**
 * `expected.json` is either every record, in order, or `{count, papers}` where a paper may
 * carry `position` (its index on the page) when only some were checked by hand.
 */
type Expected = Array<Record<string, unknown>> | { count: number; papers: Array<Record<string, unknown>> }

const cases = readers
  .map((reader) => reader.name)
  .filter((name) => existsSync(join(root, name)))
  .flatMap((name) => readdirSync(join(root, name)).map((item) => join(root, name, item)))
  .filter((folder) => existsSync(join(folder, 'expected.json')))

describe('fixtures', { timeout: 20_000 }, () => {
  it('has at least the seed', () => {
    expect(cases.some((folder) => folder.endsWith('hf-text/seed'))).toBe(true)
  })

  for (const folder of cases) {
    if (inexact.has(folder.slice(root.length))) continue
    it(folder.slice(root.length), async () => {
      const input = readdirSync(folder).find((item) => item.startsWith('input.'))
      if (!input) throw new Error(`No input.* in ${folder}`)
      const options = existsSync(join(folder, 'options.json'))
        ? JSON.parse(readFileSync(join(folder, 'options.json'), 'utf8'))
        : {}
      const raw = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected
      const { count, papers: expected } = Array.isArray(raw) ? { count: raw.length, papers: raw } : raw
      const result = await parse(readFileSync(join(folder, input)), options)
      expect(result.format).toBe(folder.split('/').at(-2))
      expect(result.papers).toHaveLength(count)
      // The core checks fields as plugins set them; every finished record must pass the whole schema.
      for (const paper of result.papers) expect(PaperSchema.safeParse(paper).error).toBeUndefined()
      const partial = expected.some((item) => 'position' in item)
      if (!partial) expect(expected).toHaveLength(count)
      expected.forEach(({ position, ...want }, index) => {
        const at = partial ? Number(position) - (oneBased.has(result.format ?? '') ? 1 : 0) : index
        const paper = result.papers[at]
        if (!paper) throw new Error(`No paper at position ${at}`)
        const record = paper as unknown as Record<string, unknown>
        // Empty lists count as absent: the page lists nothing there.
        const present = (key: string) =>
          record[key] !== undefined && !(Array.isArray(record[key]) && (record[key] as unknown[]).length === 0)
        const fields = ownFields[result.format ?? ''] ?? [...pageFields, ...(readerFields[result.format ?? ''] ?? [])]
        const picked = Object.fromEntries(fields.filter(present).map((key) => [key, record[key]]))
        expect(picked, `paper ${at}: ${paper.title}`).toEqual(want)
      })
    })
  }
})
