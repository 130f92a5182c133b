import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parse, parseSync } from '../../src/index.js'
import { abstractA, listing } from '../helpers.js'

const text = listing([{ title: 'Paper One', abstract: abstractA, meta: ['• 4 authors', '·', 'Jun 26, 2023'] }])

describe('parse never throws on input', () => {
  it('empty and blank input: no papers, one warning', () => {
    for (const input of ['', '   \n\n\t', new Uint8Array(), new VFile()]) {
      const result = parseSync(input)
      expect(result.papers).toEqual([])
      expect(result.format).toBeUndefined()
      expect(result.messages.map((message) => message.ruleId)).toEqual(['core:empty'])
    }
  })

  it('binary input: no papers, one warning', () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index * 37) % 256)
    const result = parseSync(bytes)
    expect(result.papers).toEqual([])
    expect(result.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['core:binary', 'Unexpected binary data, expected a paper listing as text, HTML, XML or JSON'],
    ])
  })

  it('text that is not a listing: no papers, a message at 1:1', () => {
    const result = parseSync('Just a note about lunch.\nNothing else here.')
    expect(result.papers).toEqual([])
    expect(result.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['core:unknown-format', 1, 1],
    ])
    expect(result.messages[0]?.reason).toMatch(/^Unexpected input, expected a paper listing/)
  })

  it('document-level messages span the whole input', () => {
    const result = parseSync('Just a note.\r\nAbout lunch.')
    expect(result.messages[0]?.place).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 2, column: 13, offset: 26 },
    })
    expect(parseSync('').messages[0]?.line).toBe(1)
  })

  it('a vfile parsed twice: each result has only its own messages', () => {
    const file = new VFile({ path: 'note.txt', value: 'nothing to see' })
    expect(parseSync(file).messages).toHaveLength(1)
    expect(parseSync(file).messages).toHaveLength(1)
  })

  it('a listing-shaped text without entries says so', () => {
    const result = parseSync('Daily Papers\n\nSubscribe', { format: 'hf-text' })
    expect(result.format).toBe('hf-text')
    expect(result.papers).toEqual([])
    expect(result.messages.map((message) => message.ruleId)).toEqual(['hf-text:no-entries'])
  })

  it('UTF-8 bytes with a BOM, and vfiles, read like strings; messages carry the path', () => {
    const bytes = new TextEncoder().encode(`\ufeff${text}`)
    expect(parseSync(bytes).papers[0]?.title).toBe('Paper One')
    expect(parseSync(`\ufeff${text}`).papers[0]?.title).toBe('Paper One')
    const file = new VFile({ path: 'listing.txt', value: bytes })
    const result = parseSync(file, { format: 'hf-text', plugins: [] })
    expect(result.papers[0]?.title).toBe('Paper One')
    const broken = parseSync(new VFile({ path: 'x.txt', value: 'nothing' }))
    expect(broken.messages[0]?.file).toBe('x.txt')
  })

  it('invalid UTF-8 is replaced, not fatal', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(text.replace('Paper One', 'Paper X')), 0xff, 0xfe])
    expect(parseSync(bytes).papers[0]?.title).toBe('Paper X')
  })

  it('huge input: a 5,000-paper listing reads completely', () => {
    const entries = Array.from({ length: 5000 }, (_, index) => ({
      title: `Paper ${index}`,
      abstract: abstractA,
      meta: ['• 3 authors', '·', 'Jun 26, 2023'],
    }))
    const result = parseSync(listing(entries))
    expect(result.papers).toHaveLength(5000)
    expect(result.papers[4999]?.title).toBe('Paper 4999')
  })

  it('any string, any bytes: parse resolves, parseSync returns', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.uint8Array()), async (input) => {
        const result = await parse(input)
        return (
          Array.isArray(result.papers) &&
          Array.isArray(result.messages) &&
          parseSync(input).papers.length === result.papers.length
        )
      }),
      { numRuns: 300 },
    )
  })

  it('random listing-like line soup never throws and every record is valid', () => {
    const line = fc.constantFrom(
      'Title here',
      abstractA,
      '• 3 authors',
      '·',
      'Jun 26, 2023 2',
      'Apr 25',
      '',
      '  ',
      'Subscribe',
      '- 2 authors',
      'Dec 8',
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const result = parseSync(lines.join('\n'), { format: 'hf-text', referenceDate: '2025-12-08' })
        return result.papers.every((paper) => paper.title.length > 0 && paper.id.startsWith('title:'))
      }),
      { numRuns: 300 },
    )
  })
})
