import { describe, expect, it } from 'vitest'
import type { Entry, EntryLink, PluginContext } from '../../../src/index.js'
import { type RepositoriesSchema, repositories } from '../../../src/index.js'
import { classify } from '../../../src/plugins/repositories/classify.js'
import { readUrl } from '../../../src/plugins/repositories/read-url.js'
import { toUrl } from '../../../src/plugins/repositories/url.js'

const written = [
  'https://github.com/o/r/tree/main',
  'github.com/a/b',
  'https://huggingface.co/datasets/o/d',
  'https://huggingface.co/collections/o/c',
  'https://zenodo.org/records/1',
  'https://arxiv.org/abs/2401.00001v2',
  'https://o.github.io/p#top',
  'https://example.org/x',
  'mailto:a@b.org',
  'not a url',
]

describe('readUrl', () => {
  it('reads a URL as classify(toUrl(…)) does, the first time and from the memo', () => {
    for (const raw of written) {
      const url = toUrl(raw)
      const expected = url ? classify(url) : undefined
      expect(readUrl(raw)).toEqual(expected)
      expect(readUrl(raw)).toEqual(expected)
    }
  })

  it('shares one frozen reading per URL', () => {
    const first = readUrl('https://huggingface.co/datasets/o/shared')
    expect(readUrl('https://huggingface.co/datasets/o/shared')).toBe(first)
    expect(Object.isFrozen(first)).toBe(true)
    if (first?.type !== 'link') throw new Error('expected a link reading')
    expect(Object.isFrozen(first.link)).toBe(true)
  })

  it('gives each entry its own link records, though the reading is shared', () => {
    const link: EntryLink = { url: 'https://huggingface.co/datasets/o/twice', text: 'our dataset', origin: 'abstract' }
    const entry: Entry = {
      reader: 'test',
      index: 0,
      text: '',
      fields: { abstract: { value: 'We release our dataset.' } },
      links: [link],
    }
    const context: PluginContext<typeof RepositoriesSchema> = {
      paper: {},
      referenceDate: '2025-12-08',
      referenceSource: 'option',
      message: () => undefined,
      cite: () => undefined,
    }
    // The plugin's own output, not a schema's copy of it.
    const extract = () => repositories().extract(entry, context) as { links?: unknown[] }
    const a = extract().links
    const b = extract().links
    expect(a).toEqual([{ url: 'https://huggingface.co/datasets/o/twice', kind: 'dataset' }])
    expect(b).toEqual(a)
    expect(b?.[0]).not.toBe(a?.[0])
    expect(Object.isFrozen(a?.[0])).toBe(false)
  })
})
