/**
 * The final check skips zod for fields a trusted built-in set, so the built-ins must never set
 * an invalid field, whatever a reader hands them. Random hostile entries (odd URLs, counts,
 * dates, ids, whitespace, bad positions) go through the default chain: every record that comes
 * out must satisfy `PaperSchema`, and a user plugin's bad value is still dropped at the end.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createParser, definePlugin, defineReader, type Entry, metadata, PaperSchema } from '../../src/index.js'

const tricky = [
  '',
  ' ',
  '0',
  '-1',
  '1.5',
  '99999999999999999999',
  'http://example.com/a b',
  'https://exa mple.com/x',
  'http://example.com/\u00a0x',
  'https://github.com/owner/repo',
  'https://github.com/own er/repo',
  'http://[::1]/x',
  'https://x',
  'ftp://example.com/file',
  'javascript:alert(1)',
  'www.example.org/page',
  'Feb 30, 2023',
  'Jun 26, 2023',
  '2023-13-01',
  '2023',
  '(2023a)',
  '1706.03762v0',
  '1706.03762v3',
  'hep-th/9901001',
  'arXiv:2301.01234',
  '10.1000/xyz',
  'doi: 10.1000/ x',
  'https://doi.org/10.1000/abc def',
  'December 2025',
  '2025-00',
  'Code: https://github.com/a/b and https://a.github.io/ and www.x.org',
  'We release our code at https://gitlab.com/g/sub/p.',
  '\u200b\u2028\u3000',
  'We evaluate on ImageNet and MS COCO, and introduce FooBench, a new benchmark for code at https://github.com/x/y.',
  'Results on SQuAD\u00a0v2, GLUE and the CIFAR-10 dataset (https://huggingface.co/datasets/x/y).',
  'A\u0000B',
]

const value = fc.oneof(
  fc.constantFrom(...tricky),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
)
const point = fc.record({ line: fc.integer({ min: -1, max: 3 }), column: fc.integer({ min: -1, max: 3 }) })
const located = fc.record({ value, position: fc.record({ start: point, end: point }) }, { requiredKeys: ['value'] })
const names = [
  'title',
  'abstract',
  'summary',
  'comment',
  'authorCount',
  'upvotes',
  'arxivVersion',
  'publishedAt',
  'year',
  'announcedAt',
  'confidence',
  'url',
  'pdfUrl',
  'thumbnail',
  'doi',
  'arxivId',
  'githubRepo',
  'projectPage',
  'githubStars',
] as const
const fields = fc.record(Object.fromEntries(names.map((name) => [name, located])), { requiredKeys: [] })
const entry = fc.record({
  fields: fc.tuple(fields, fc.array(located, { maxLength: 3 })).map(([some, authors]) => ({
    title: { value: 'A title' },
    ...some,
    authors,
  })),
  links: fc.array(
    fc.record(
      { url: value, text: value, origin: fc.constantFrom('abstract', 'title', 'field:githubRepo', 'nav') },
      { requiredKeys: ['url'] },
    ),
    { maxLength: 3 },
  ),
})

function parserOf(entries: Array<Omit<Entry, 'reader' | 'index' | 'text'>>) {
  const reader = defineReader({
    name: 'hostile',
    sniff: () => 1,
    read: () => ({ entries: entries.map((item) => ({ ...item, text: '' })) }),
  })
  return createParser({ readers: [reader] })
}

describe('the final check with trusted fields vouched for', () => {
  it('lets out only records PaperSchema accepts, on random hostile entries', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (entries) => {
        const { papers } = parserOf(entries as never).parseSync('x', { referenceDate: '2025-12-08' })
        for (const paper of papers) {
          const result = PaperSchema.safeParse(paper)
          if (!result.success) throw new Error(`${JSON.stringify(paper)}: ${result.error.message}`)
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 300), seed: Number(process.env.SEED ?? 14) },
    )
  })

  it('still drops a user plugin’s bad value for a Paper field, with a message', () => {
    // The plugin's schema takes any string for `venue`, and its transform makes it empty.
    const sloppy = definePlugin({
      name: 'sloppy',
      schema: z.object({ venue: z.string().transform(() => '') }),
      extract: () => ({ venue: 'ICML' }),
    })
    const result = parserOf([{ fields: { title: { value: 'T' } }, links: [] }])
      .use(sloppy)
      .parseSync('x')
    expect(result.papers).toHaveLength(1)
    expect(result.papers[0]?.venue).toBeUndefined()
    expect(result.messages.some((message) => message.source === 'sloppy' && /venue/.test(message.reason))).toBe(true)
  })
})

// A value that answers differently each time it is read: valid when checked, hostile when stored.
function flipping(good: string, bad: string): { value: string } {
  let reads = 0
  const field = {} as { value: string }
  Object.defineProperty(field, 'value', {
    get: () => (reads++ % 2 === 0 ? good : bad),
    enumerable: true,
    configurable: true,
  })
  return field
}

describe('entries with getters: what a plugin checks is what it stores', () => {
  const isValid = (paper: unknown) => PaperSchema.safeParse(paper).success

  it('reads a reader’s getter once, as a value, before any plugin sees it', () => {
    const { papers } = parserOf([
      {
        fields: { title: { value: 'T' }, url: flipping('https://example.com/a', 'javascript:alert(1)') },
        links: [],
      },
    ]).parseSync('x')
    expect(papers).toHaveLength(1)
    expect(papers[0]?.url).toBe('https://example.com/a')
    expect(papers.every(isValid)).toBe(true)
  })

  it('reads a getter that is not enumerable too', () => {
    const url = {} as { value: string }
    let reads = 0
    Object.defineProperty(url, 'value', {
      get: () => (reads++ === 0 ? 'https://example.com/b' : 'javascript:x'),
      configurable: true,
    })
    const { papers } = parserOf([{ fields: { title: { value: 'T' }, url }, links: [] }]).parseSync('x')
    expect(papers[0]?.url).toBe('https://example.com/b')
    expect(papers.every(isValid)).toBe(true)
  })

  it('freezes entries before `prepare`, so a plugin cannot plant a getter for the ones after it', () => {
    const planter = definePlugin({
      name: 'planter',
      schema: z.object({}),
      prepare(entries) {
        const url = entries[0]?.fields.url
        if (url && !Array.isArray(url)) Object.defineProperty(url, 'value', { get: () => 'javascript:alert(1)' })
      },
      extract: () => ({}),
    })
    const reader = defineReader({
      name: 'one',
      sniff: () => 1,
      read: () => ({
        entries: [{ fields: { title: { value: 'T' }, url: { value: 'https://example.com/c' } }, links: [], text: '' }],
      }),
    })
    // The planter's `prepare` runs before metadata reads the entry.
    const { papers, messages } = createParser({ readers: [reader], plugins: [planter, metadata()] }).parseSync('x')
    expect(papers[0]?.url).toBe('https://example.com/c')
    expect(messages.some((message) => message.source === 'planter' && /prepare/.test(message.reason))).toBe(true)
    expect(papers.every(isValid)).toBe(true)
  })

  it('skips, with a message, an entry whose getter cannot be replaced, and keeps the others', () => {
    const locked = flipping('https://example.com/d', 'javascript:alert(1)')
    Object.freeze(locked)
    const result = parserOf([
      { fields: { title: { value: 'Locked' }, url: locked }, links: [] },
      { fields: { title: { value: 'Plain' }, url: { value: 'https://example.com/e' } }, links: [] },
    ]).parseSync('x')
    expect(result.papers.map((paper) => paper.title)).toEqual(['Plain'])
    expect(
      result.messages.some(
        (message) => message.ruleId === 'core:invalid-entry' && /cannot be frozen/.test(message.reason),
      ),
    ).toBe(true)
  })
})
