/** "format" named the reader in records too; `source.reader` is its name now, `source.format` kept beside it. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createPaper, extract, mergePapers, type Paper, parse, parseSync, validatePapers } from '../../src/index.js'

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url))

describe('source.reader', () => {
  it('names the reader in every record, before format (its deprecated name), equal to it', async () => {
    const { papers, reader } = await parse(fixture('hf-text/seed/input.txt'), { referenceDate: '2025-12-08' })
    expect(reader).toBe('hf-text')
    for (const paper of papers) {
      expect(Object.keys(paper.source).slice(0, 3)).toEqual(['reader', 'format', 'index'])
      expect(paper.source.reader).toBe('hf-text')
      expect(paper.source.format).toBe('hf-text')
    }
    expect(parseSync(fixture('arxiv-atom/atom-old-idlist/input.xml')).papers[0]?.source.reader).toBe('arxiv-atom')
    expect(validatePapers(papers).valid).toBe(true)
  })

  it('is `record` for extract()', () => {
    expect(extract({ title: 'T' }).paper?.source).toEqual({ reader: 'record', format: 'record', index: 0 })
  })

  it('mergePapers ranks by reader, and still reads records written before schema 1.1.0 (format only)', () => {
    const arxiv = createPaper({ title: 'Same Paper', arxivId: '2306.15063', source: { reader: 'arxiv-atom' } })
    const hf = createPaper({ title: 'Same Paper', arxivId: '2306.15063', upvotes: 5, source: { reader: 'hf-api' } })
    const old = { ...hf, source: { format: 'hf-api', index: 0 } } as Paper
    for (const community of [hf, old]) {
      const [merged] = mergePapers([{ ...arxiv, upvotes: 1 }], [community])
      expect(merged?.upvotes).toBe(5) // Hugging Face outranks arXiv for community fields
      expect(merged?.sources?.map((source) => source.reader ?? source.format)).toEqual(['arxiv-atom', 'hf-api'])
    }
  })

  it('mergePapers keeps plugin fields and their type', () => {
    const records = [{ ...createPaper({ title: 'A' }), venue: 'ICML', stars: 2 }]
    const merged = mergePapers(records)
    expect(merged[0]?.stars).toBe(2)
    const typed: number | undefined = merged[0]?.stars
    expect(typed).toBe(2)
  })
})
