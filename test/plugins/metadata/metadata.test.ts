import { describe, expect, it } from 'vitest'
import type { Entry, EntryFields, PluginContext } from '../../../src/index.js'
import { MetadataSchema, metadata } from '../../../src/index.js'
import { parseCount } from '../../../src/util/count.js'

const at = (line: number) => ({ start: { line, column: 1, offset: 0 }, end: { line, column: 5, offset: 4 } })

function run(fields: EntryFields, referenceDate = '2025-12-08') {
  const cited: Record<string, unknown> = {}
  const messages: string[] = []
  const context: PluginContext<typeof MetadataSchema> = {
    paper: {},
    referenceDate,
    referenceSource: 'option',
    message: (reason) => messages.push(reason),
    cite: (field, citation) => {
      cited[field] = citation
    },
  }
  const entry: Entry = { reader: 'test', index: 0, text: '', fields, links: [] }
  const out = metadata().extract(entry, context)
  if (out instanceof Promise) throw new Error('metadata is synchronous')
  expect(MetadataSchema.safeParse(out).success).toBe(true)
  return { out, cited, messages }
}

describe('metadata plugin', () => {
  it('maps every kind of raw field to its typed value', () => {
    const { out, messages } = run({
      title: { value: '  A   title\n' },
      abstract: { value: 'Line one\nline two.' },
      authors: [
        { value: 'Ada  Lovelace', affiliations: ['Analytical Engines Ltd'] },
        { value: 'Alan Turing' },
        { value: '  ' },
      ],
      publishedAt: { value: '2024-07-31T00:00:00.000Z' },
      updatedAt: { value: '3 Aug 2024' },
      submittedAt: { value: 'Apr 25' },
      announcedAt: { value: 'December 2025' },
      upvotes: { value: '1.2k' },
      comments: { value: '1,234' },
      url: { value: 'https://arxiv.org/abs/2408.00714v3' },
      pdfUrl: { value: 'https://arxiv.org/pdf/2408.00714v3' },
      categories: [{ value: 'cs.CL' }, { value: 'cs.LG' }, { value: 'cs.CL' }],
      doi: { value: 'https://doi.org/10.1103/PhysRevB.93.045302' },
      comment: { value: '12 pages,\n 3 figures' },
    })
    expect(messages).toEqual([])
    expect(out).toEqual({
      title: 'A title',
      abstract: 'Line one line two.',
      comment: '12 pages, 3 figures',
      authors: [{ name: 'Ada Lovelace', affiliations: ['Analytical Engines Ltd'] }, { name: 'Alan Turing' }],
      authorCount: 2,
      publishedAt: '2024-07-31',
      updatedAt: '2024-08-03',
      submittedAt: '2025-04-25',
      announcedAt: '2025-12',
      upvotes: 1200,
      comments: 1234,
      url: 'https://arxiv.org/abs/2408.00714v3',
      pdfUrl: 'https://arxiv.org/pdf/2408.00714v3',
      categories: ['cs.CL', 'cs.LG'],
      doi: '10.1103/PhysRevB.93.045302',
      arxivId: '2408.00714',
      arxivVersion: 3,
    })
  })

  it('prefers the stated author count over the number of listed authors', () => {
    const { out, cited } = run({ authors: [{ value: 'A' }], authorCount: { value: '36', position: at(3) } })
    expect(out?.authorCount).toBe(36)
    expect(cited.authorCount).toMatchObject({ method: 'test:authorCount', position: at(3) })
  })

  it('cites positions, and an inferred year', () => {
    const { cited } = run({ publishedAt: { value: 'Dec 9', position: at(7) } })
    expect(cited.publishedAt).toEqual({ method: 'test:publishedAt', position: at(7), inferred: ['year'] })
  })

  it('reports values it cannot read and leaves them out', () => {
    const { out, messages } = run({
      upvotes: { value: 'many' },
      publishedAt: { value: 'yesterday' },
      announcedAt: { value: 'Smarch 2025' },
      url: { value: 'javascript:alert(1)' },
      doi: { value: 'not a doi' },
    })
    expect(out).toEqual({})
    expect(messages).toHaveLength(5)
    expect(messages[0]).toBe('Unexpected upvotes `many`, expected a whole number')
  })

  it('parseCount reads counts as listings print them', () => {
    expect([parseCount('0'), parseCount('12'), parseCount('1,234'), parseCount('11.3k'), parseCount('2M')]).toEqual([
      0, 12, 1234, 11300, 2000000,
    ])
    expect([parseCount('-1'), parseCount('1.5'), parseCount(''), parseCount('1e3')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})
