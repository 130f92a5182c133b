/** `Entry.reader` names the reader; `Entry.format`, its deprecated old name, keeps working. */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { completeEntry } from '../../src/core/complete.js'
import { createParser, definePlugin, defineReader, type Entry, parseSync } from '../../src/index.js'

const seen: Array<Pick<Entry, 'reader' | 'format'>> = []
const spy = definePlugin({
  name: 'spy',
  schema: z.object({}),
  extract(entry) {
    seen.push({ reader: entry.reader, format: entry.format })
    return undefined
  },
})

/** A reader whose entries say nothing of the reader, or its name the old way, or the new way. */
const tiny = defineReader({
  name: 'tiny',
  sniff: (sample) => (sample.startsWith('TINY') ? 1 : 0),
  read: () => ({
    entries: [
      { fields: { title: { value: 'Plain' } } },
      { format: 'old-name', fields: { title: { value: 'Old' } } },
      { reader: 'new-name', fields: { title: { value: 'New' } } },
    ],
  }),
})

describe('Entry.reader', () => {
  it('is the reader’s name on every entry plugins get, and `format` says the same', () => {
    seen.length = 0
    const result = createParser({ readers: [tiny] })
      .use(spy)
      .parseSync('TINY')
    expect(seen).toEqual([
      { reader: 'tiny', format: 'tiny' },
      { reader: 'old-name', format: 'old-name' },
      { reader: 'new-name', format: 'new-name' },
    ])
    // The record's source follows the entry.
    expect(result.papers.map((paper) => [paper.source.reader, paper.source.format])).toEqual([
      ['tiny', 'tiny'],
      ['old-name', 'old-name'],
      ['new-name', 'new-name'],
    ])
  })

  it('is filled in by completeEntry: `reader`, else the deprecated `format`, else the reader that read it', () => {
    expect(completeEntry({ fields: {} }, 3, 'hf-text')).toMatchObject({
      reader: 'hf-text',
      format: 'hf-text',
      index: 3,
    })
    expect(completeEntry({ format: 'legacy', fields: {} }, 0, 'hf-text')).toMatchObject({
      reader: 'legacy',
      format: 'legacy',
    })
    expect(completeEntry({ reader: 'named', format: 'ignored', fields: {} }, 0, 'hf-text')).toMatchObject({
      reader: 'named',
      format: 'named',
    })
  })

  it('is set by every built-in reader', () => {
    seen.length = 0
    parseSync('Daily Papers\n\nA Paper Title\n\nAn abstract long enough to be one.\n\nAda Lovelace · 1 authors', {
      reader: 'hf-text',
      plugins: [spy],
    })
    expect(seen.length).toBeGreaterThan(0)
    for (const entry of seen) expect(entry).toEqual({ reader: 'hf-text', format: 'hf-text' })
  })
})
