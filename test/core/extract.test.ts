import { describe, expect, it } from 'vitest'
import { definePlugin, extract, metadata, PaperSchema } from '../../src/index.js'

describe('extract()', () => {
  const abstract =
    'Here we present FooQA, the first comprehensive benchmark for clinical questions. We evaluate GPT-4 and LLaMA2 on FooQA and SQuAD, and report Pearson correlation. Code: https://github.com/foo/fooqa'

  it('runs the built-in chain on a title and an abstract and returns a valid Paper', () => {
    const { paper, messages } = extract(
      { title: 'FooQA: Clinical Questions', abstract },
      { referenceDate: '2026-01-01' },
    )
    expect(messages).toEqual([])
    expect(PaperSchema.safeParse(paper).success).toBe(true)
    expect(paper?.title).toBe('FooQA: Clinical Questions')
    expect(paper?.abstract).toBe(abstract)
    expect(paper?.source.format).toBe('record')
    expect(paper?.repositories.map((repository) => repository.url)).toEqual(['https://github.com/foo/fooqa'])
    // Models and statistics are not datasets; the benchmark the paper presents is, and introduced.
    expect(paper?.datasets.map((mention) => [mention.name, mention.role])).toEqual([
      ['FooQA', 'introduced'],
      ['SQuAD', 'used'],
    ])
  })

  it('reads datasets from the abstract only, as a parse does', () => {
    const { paper } = extract({
      title: 'ImageNet at scale',
      abstract: 'We train on the Kestrel database and test on the NEWS05 collection.',
    })
    expect(paper?.datasets.map((mention) => [mention.name, mention.known])).toEqual([
      ['Kestrel', false],
      ['NEWS05', false],
    ])
  })

  it('works without an abstract, and with a chain of its own', () => {
    expect(extract({ title: 'A title' }).paper?.datasets).toEqual([])
    const shout = definePlugin({
      name: 'shout',
      after: ['metadata'],
      schema: PaperSchema.pick({ title: true }).partial(),
      extract: (_entry, context) => ({ title: String(context.paper.title).toUpperCase() }),
    })
    expect(extract({ title: 'quiet' }, { plugins: [metadata, shout] }).paper?.title).toBe('QUIET')
  })

  it('turns a plugin failure into a message, and rejects bad arguments', () => {
    const broken = definePlugin({
      name: 'broken',
      schema: PaperSchema.pick({ title: true }).partial(),
      extract: () => {
        throw new Error('boom')
      },
    })
    const { paper, messages } = extract({ title: 'T' }, { plugins: [metadata, broken] })
    expect(paper?.title).toBe('T')
    expect(messages.map((message) => message.ruleId)).toEqual(['broken'])
    expect(() => extract({ title: 3 } as never)).toThrow(TypeError)
    expect(() => extract({ title: 'T' }, { format: 'x' } as never)).toThrow(TypeError)
  })
})
