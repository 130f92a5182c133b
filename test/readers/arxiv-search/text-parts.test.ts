import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { arxivSearch } from '../../../src/index.js'
import { readEntries } from '../../../src/testing/index.js'

const page = readFileSync(new URL('../../../fixtures/arxiv-search/search-200/input.html', import.meta.url))

describe('arxiv-search entry text', () => {
  it('is the title, abstract, comment and journal reference, one a line, each field exactly its part', () => {
    const { entries } = readEntries(arxivSearch, page)
    expect(entries).toHaveLength(200)
    let comments = 0
    for (const entry of entries) {
      const { title, abstract, comment, journalRef } = entry.fields
      const parts = [title, abstract, comment, journalRef].flatMap((part) => (part ? [part.value] : []))
      expect(entry.text).toBe(parts.join('\n'))
      expect(title?.value).toBe(title?.value.trim())
      expect(abstract?.value.length).toBeGreaterThan(100)
      if (comment) comments++
    }
    expect(comments).toBeGreaterThan(10)
    expect(entries[0]?.fields.title?.value).toMatch(/^\S.*\S$/)
  })
})
