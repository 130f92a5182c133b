import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { arxivList } from '../../../src/index.js'
import { readEntries } from '../../../src/testing/index.js'

const page = readFileSync(new URL('../../../fixtures/arxiv-list/list-cs.CL-recent/input.html', import.meta.url))

describe('arxiv-list entries share what they read from one node', () => {
  it('the id and the URL share the link’s position; the entries of a section share its heading', () => {
    const { entries } = readEntries(arxivList, page)
    expect(entries.length).toBeGreaterThan(2)
    for (const entry of entries) {
      expect(entry.fields.url?.position).toBeDefined()
      expect(entry.fields.url?.position).toBe(entry.fields.arxivId?.position)
    }
    const [first, second] = entries
    expect(first?.fields.listingSection?.value).toBe('Mon, 27 Jul 2026')
    expect(second?.fields.listingSection).toBe(first?.fields.listingSection)
    // Sections differ where the headings do.
    const values = new Set(entries.map((entry) => entry.fields.listingSection?.value))
    const objects = new Set(entries.map((entry) => entry.fields.listingSection))
    expect(objects.size).toBe(values.size)
  })
})
