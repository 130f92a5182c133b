import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DatasetsSchema, datasets, type Entry, type PluginContext } from '../../../src/index.js'

const plugin = datasets()
const words = [
  'ImageNet',
  'COCO',
  'RefCOCO/+/g',
  'PASS',
  'dataset',
  'we introduce',
  ', a new',
  'benchmark',
  'on',
  'X-Bench',
  '(',
  ')',
  '.',
  ' ',
  '-',
  '/',
  'é',
  '\u0130',
]

function extract(abstract: string, title?: string) {
  const context: PluginContext<typeof plugin.schema> = {
    paper: title === undefined ? { abstract } : { abstract, title },
    referenceDate: '2025-12-08',
    referenceSource: 'option',
    message() {},
    cite() {},
  }
  const entry: Entry = { reader: 'test', index: 0, text: abstract, fields: {}, links: [] }
  const out = plugin.extract(entry, context)
  if (out instanceof Promise) throw new Error('datasets is synchronous')
  return out
}

describe('datasets plugin properties', () => {
  it('never throws on any text, and what it returns is valid', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
        (abstract, title) => {
          const out = extract(abstract, title)
          expect(DatasetsSchema.safeParse(out ?? {}).success).toBe(true)
        },
      ),
    )
  })

  it('spans lie in the text, in order, one record per dataset', () => {
    const texts = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(texts, (abstract) => {
        const mentions = extract(abstract)?.datasets ?? []
        const ids = mentions.flatMap((item) => (item.canonical ? [item.canonical] : []))
        expect(new Set(ids).size).toBe(ids.length)
        for (const mention of mentions) {
          expect(mention.span).toEqual(mention.spans[0])
          for (const span of mention.spans) expect(span.end).toBeLessThanOrEqual(abstract.length)
          const starts = mention.spans.map((span) => span.start)
          expect(starts).toEqual([...starts].sort((a, b) => a - b))
        }
      }),
    )
  })
})
