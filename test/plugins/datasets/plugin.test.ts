import { describe, expect, it } from 'vitest'
import type { DatasetMention, Entry, PluginContext } from '../../../src/index.js'
import { createParser, DatasetsSchema, datasets, metadata, parseSync } from '../../../src/index.js'
import { listing } from '../../helpers.js'

// A small gazetteer instead of the bundled one, so these tests do not move with the data.
const extra = [
  { id: 'coco', name: 'MS COCO', aliases: ['COCO', 'MSCOCO'] },
  { id: 'imagenet', name: 'ImageNet' },
  { id: 'refcoco', name: 'RefCOCO' },
  { id: 'refcoco-plus', name: 'RefCOCO+' },
  { id: 'refcocog', name: 'RefCOCOg' },
  { id: 'pass', name: 'PASS', ambiguous: true },
  { id: 'math-hendrycks', name: 'MATH', ambiguous: true },
  { id: 'gsm8k', name: 'GSM8K' },
]
const plugin = datasets({ extra, replace: true })

function run(abstract: string, title = 'A paper', use = plugin): DatasetMention[] {
  const cited: unknown[] = []
  const context: PluginContext<typeof use.schema> = {
    paper: { title, abstract },
    referenceDate: '2025-12-08',
    referenceSource: 'option',
    message() {},
    cite: (_field, citation) => cited.push(citation),
  }
  const entry: Entry = { reader: 'test', index: 0, text: abstract, fields: {}, links: [] }
  const out = use.extract(entry, context)
  if (out instanceof Promise) throw new Error('datasets is synchronous')
  expect(DatasetsSchema.safeParse(out ?? {}).success).toBe(true)
  return out?.datasets ?? []
}
const brief = (mentions: DatasetMention[]) => mentions.map((item) => [item.name, item.role, item.known])

describe('datasets plugin: records', () => {
  it('makes one record per dataset with every span into the abstract', () => {
    const abstract = 'We train on MS COCO. Results on COCO and ImageNet improve; COCO again.'
    const [coco, imagenet] = run(abstract)
    expect(coco).toMatchObject({ name: 'MS COCO', canonical: 'coco', role: 'used', known: true })
    expect(coco?.spans.map((span) => abstract.slice(span.start, span.end))).toEqual(['MS COCO', 'COCO', 'COCO'])
    expect(coco?.span).toEqual(coco?.spans[0])
    expect(imagenet?.canonical).toBe('imagenet')
    expect(coco?.confidence).toBeGreaterThan(0.9)
  })

  it('expands compounds and keeps acronyms that are words only in a dataset context', () => {
    expect(brief(run('Visual grounding (RefCOCO/+/g) works.'))).toEqual([
      ['RefCOCO', 'used', true],
      ['RefCOCO+', 'used', true],
      ['RefCOCOg', 'used', true],
    ])
    expect(run('We PASS the test and do MATH homework.')).toEqual([])
    expect(brief(run('Accuracy on the MATH benchmark and GSM8K rises.'))).toEqual([
      ['MATH', 'used', true],
      ['GSM8K', 'used', true],
    ])
    expect(brief(run('Scores on GSM8K and MATH rise.'))).toEqual([
      ['GSM8K', 'used', true],
      ['MATH', 'used', true],
    ])
  })

  it('finds new names from how the abstract introduces them, with a lower confidence', () => {
    const mentions = run(
      'To fill this gap, we present Derm1M, the first large-scale vision-language dataset for dermatology. Models trained on Derm1M win.',
    )
    expect(brief(mentions)).toEqual([['Derm1M', 'introduced', false]])
    expect(mentions[0]?.canonical).toBeUndefined()
    expect(mentions[0]?.spans).toHaveLength(2)
    expect(mentions[0]?.confidence).toBeLessThan(0.9)
  })

  it('reads each introducing and citing pattern', () => {
    const cases: Array<[string, Array<[string, string]>]> = [
      ['We propose a new method, X, and a new dataset, OpenExp, for prediction.', [['OpenExp', 'introduced']]],
      [
        'We first present CaseHOLD (Case Holdings On Legal Decisions), a new dataset of questions.',
        [['CaseHOLD', 'introduced']],
      ],
      [
        'We first introduce the Tabular Embedding Benchmark (TabBench), a comprehensive suite. Results on TabBench hold.',
        [['TabBench', 'introduced']],
      ],
      ['Models were tested on the open dataset LUMIERE.', [['LUMIERE', 'used']]],
      ['Experiments on the RoboTwin benchmark show gains.', [['RoboTwin', 'used']]],
      ['We release our BLURB benchmark to the community.', [['BLURB', 'introduced']]],
      [
        'It beats baselines on several BRIGHT and BEIR datasets.',
        [
          ['BRIGHT', 'used'],
          ['BEIR', 'used'],
        ],
      ],
      [
        'It leads on VLN benchmarks including R2R-CE, REVERIE-CE and NavRAG-CE.',
        [
          ['R2R-CE', 'used'],
          ['REVERIE-CE', 'used'],
          ['NavRAG-CE', 'used'],
        ],
      ],
      [
        'Experiments on ALFWorld, WebShop, and SciWorld show that it works.',
        [
          ['ALFWorld', 'used'],
          ['WebShop', 'used'],
          ['SciWorld', 'used'],
        ],
      ],
      ['It reaches 93.1% on ALFWorld.', [['ALFWorld', 'used']]],
      ['On NAVSIM, ReflectDrive-2 achieves 91.0 PDMS.', [['NAVSIM', 'used']]],
      ['We introduce See2Think, a framework comprising See2ThinkBench and VAoT.', [['See2ThinkBench', 'introduced']]],
    ]
    for (const [abstract, expected] of cases)
      expect(
        brief(run(abstract)).map(([name, role]) => [name, role]),
        abstract,
      ).toEqual(expected)
  })

  it('does not take generic phrases, models, metrics or tasks for datasets', () => {
    for (const abstract of [
      'We introduce a large-scale dataset for pretraining. Our benchmark is hard.',
      'We propose ReactXT, a pretraining method, and evaluate it on standard benchmarks.',
      'Performance on VLN benchmarks improves.',
      'It gains 7.2% on F1 and 12% improvement on BERT.',
      'We fine-tune on GPT-4 outputs. On SD3.5 Medium with five rewards, MARBLE improves.',
      'We propose X, a framework for dataset distillation.',
      'Existing datasets such as those are small. The Dataset is new.',
    ])
      expect(run(abstract), abstract).toEqual([])
  })

  it('takes the role from the title too', () => {
    const abstract = 'We evaluate PASS, an unlabelled dataset, for pretraining.'
    expect(brief(run(abstract))).toEqual([['PASS', 'used', true]])
    expect(brief(run(abstract, 'PASS: An ImageNet replacement'))).toEqual([['PASS', 'introduced', true]])
    expect(
      run('We evaluate on CaseHOLD, a benchmark of holdings.', 'When does pretraining help? The CaseHOLD Dataset')[0]
        ?.role,
    ).toBe('introduced')
  })
})

describe('datasets plugin: options', () => {
  it('checks options up front and says what is valid', () => {
    expect(() => datasets({ replace: 'yes' } as never)).toThrow(TypeError)
    expect(() => datasets({ nope: true } as never)).toThrow(/Expected \{ extra\?/)
    expect(() => datasets({ minConfidence: 2 })).toThrow(/minConfidence/)
    expect(() => datasets({ extra: [{ id: 'x' }] } as never)).toThrow(/extra\.0\.name/)
    expect(() =>
      datasets({
        extra: [
          { id: 'a', name: 'Foo' },
          { id: 'b', name: 'foo' },
        ],
        replace: true,
      }),
    ).toThrow(/`foo` of `b`, already a spelling of `a`/)
    expect(() =>
      datasets({
        extra: [
          { id: 'a', name: 'Foo' },
          { id: 'a', name: 'Bar' },
        ],
      }),
    ).toThrow(/duplicate id `a`/)
  })

  it('adds to the bundled gazetteer, or replaces it', () => {
    const abstract = 'We evaluate on ImageNet and on MyCorpus.'
    const added = run(abstract, 'T', datasets({ extra: [{ id: 'my-corpus', name: 'MyCorpus' }], discover: false }))
    expect(added.map((item) => item.canonical)).toEqual(['imagenet', 'my-corpus'])
    const only = run(
      abstract,
      'T',
      datasets({ extra: [{ id: 'my-corpus', name: 'MyCorpus' }], replace: true, discover: false }),
    )
    expect(only.map((item) => item.canonical)).toEqual(['my-corpus'])
  })

  it('can skip discovery and drop less certain mentions', () => {
    const abstract = 'We present Derm1M, a dataset for dermatology, and train on COCO.'
    expect(brief(run(abstract, 'T', datasets({ extra, replace: true, discover: false })))).toEqual([
      ['COCO', 'used', true],
    ])
    expect(brief(run(abstract, 'T', datasets({ extra, replace: true, minConfidence: 0.9 })))).toEqual([
      ['COCO', 'used', true],
    ])
  })
})

describe('datasets plugin in the chain', () => {
  it('runs after metadata on every entry with an abstract and cites the abstract', () => {
    const text = listing([
      {
        title: 'A title',
        abstract: 'We train on MS COCO and evaluate on ImageNet.',
        meta: ['• 2 authors', '·', 'Jun 26, 2023'],
      },
      { title: 'Another', meta: ['• 1 author', '·', 'Jun 26, 2023'] },
    ])
    const { papers } = createParser({ plugins: [metadata(), datasets({ extra, replace: true })] }).parseSync(text)
    expect(papers[0]?.datasets.map((item) => item.canonical)).toEqual(['coco', 'imagenet'])
    expect(papers[0]?.provenance.datasets).toMatchObject({ plugin: 'datasets', method: 'datasets:abstract' })
    expect(papers[0]?.provenance.datasets?.position).toEqual(papers[0]?.provenance.abstract?.position)
    expect(papers[1]?.datasets).toEqual([])
    expect(papers[1]?.provenance.datasets).toBeUndefined()
  })

  it('is in the default chain with the bundled gazetteer', () => {
    const text = listing([
      {
        title: 'T',
        abstract: 'We evaluate on MMLU and HumanEval and report results.',
        meta: ['• 2 authors', '·', 'Jun 26, 2023'],
      },
    ])
    const { papers } = parseSync(text)
    expect(papers[0]?.datasets.map((item) => item.canonical)).toEqual(['mmlu', 'humaneval'])
  })
})
