import { statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyse } from '../../../src/plugins/datasets/context.js'
import weights from '../../../src/plugins/datasets/data/scorer.json' with { type: 'json' }
import { discover } from '../../../src/plugins/datasets/discovery.js'
import { candidateFeatures, featureNames } from '../../../src/plugins/datasets/features.js'
import { matcherFor } from '../../../src/plugins/datasets/index.js'
import { findMentions } from '../../../src/plugins/datasets/mentions.js'
import { readOptions } from '../../../src/plugins/datasets/options.js'

const matcher = matcherFor(readOptions({}))
const names = (text: string, scorer: 'learned' | 'rules') =>
  findMentions(text, undefined, matcher, { discover: true, minConfidence: 0.5, scorer }).map((m) => m.name)

describe('learned scorer', () => {
  it('keeps small weights, each for a feature the code computes', () => {
    const file = new URL('../../../src/plugins/datasets/data/scorer.json', import.meta.url)
    expect(statSync(file).size).toBeLessThan(16 * 1024)
    for (const name of Object.keys(weights.weights)) expect(featureNames).toContain(name)
  })

  it('finds names the rules miss: a phrase before a dataset noun, a shaped name next to one', () => {
    const text = 'We evaluate on the Kestrel-7 collection and the recipes data set.'
    expect(names(text, 'rules')).not.toContain('recipes')
    expect(names(text, 'learned')).toContain('Kestrel-7')
  })

  it('keeps what the rules find on a modern abstract', () => {
    const text = 'We introduce FooQA, a new benchmark for multi-hop reasoning. On FooQA and BarQA, our agent leads.'
    expect(names(text, 'learned')).toEqual(names(text, 'rules'))
  })

  it('does not take models, metrics or ordinary phrases for datasets', () => {
    const text =
      'We fine-tune GPT-4 and LLaMA2 on the training data and report Pearson correlation, BLEU and the F1 score on the same dataset.'
    expect(names(text, 'learned')).toEqual([])
  })
})

describe('learned scorer features', () => {
  /** The feature names of the candidate `name` that broad discovery finds in `text`. */
  const featuresOf = (text: string, name: string) => {
    const analysis = analyse(text)
    const candidate = discover(analysis, true).find((item) => item.name === name)
    if (!candidate) throw new Error(`no candidate ${name}`)
    return candidateFeatures(candidate, analysis).map((at) => featureNames[at])
  }

  it('sees a list of names with digits near a dataset noun, and what a method does after a name', () => {
    expect(featuresOf('We tune on MT04, and use MT05, MT06 and MT08 as test sets.', 'MT06')).toContain(
      'bare&digit-list&context',
    )
    expect(featuresOf('We tune on MT04 with the test sets.', 'MT04')).not.toContain('bare&digit-list&context')
    expect(featuresOf('On the Epinions datasets, ZL1-MAX and ZL2-MAX perform better.', 'ZL2-MAX')).toContain(
      'after:method-verb',
    )
  })
})
