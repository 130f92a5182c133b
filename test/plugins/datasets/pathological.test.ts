/**
 * Hostile abstracts of about 1 MB for the matcher and every pattern of the datasets
 * plugin. A super-linear step would take minutes at this size; the timeout is the check.
 */
import { describe, expect, it } from 'vitest'
import { analyse } from '../../../src/plugins/datasets/context.js'
import { discover } from '../../../src/plugins/datasets/discovery.js'
import { compileMatcher } from '../../../src/plugins/datasets/matcher.js'
import { findMentions } from '../../../src/plugins/datasets/mentions.js'
import { titleNames } from '../../../src/plugins/datasets/role.js'

const size = 1 << 20
const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

const hostile = [
  fill('a'),
  fill('A'),
  fill(' '),
  fill('A '),
  fill('A-'),
  fill('A-a'),
  fill('1'),
  fill('1.'),
  fill('. '),
  fill('COCO '),
  fill('COCO/'),
  fill('COCO/+'),
  fill('ImageNet-'),
  fill('ImageNet 2017 '),
  fill('PASS '),
  fill('We introduce X, a '),
  fill('we introduce the '),
  fill('a new dataset, '),
  fill('dataset X '),
  fill('the X Y Z '),
  fill('X, Y and Z '),
  fill('datasets such as X, '),
  fill('Experiments on X and '),
  fill('on X, '),
  fill('1% on '),
  fill('On X, Y '),
  fill('XBench'),
  fill('X-Bench-'),
  fill('X Y Benchmark '),
  fill('Aa.Bb'),
  fill('aA'),
  fill('(A), '),
  fill('the Pile '),
  fill('RefCOCO/+/g '),
  fill('X, a 1,0'),
  fill('we introduce X, a 2,500-sample '),
  fill('the dataset '),
  fill('ÉÉ '),
  // A long run of capitals that a letter outside ASCII ends: the shape pattern backtracked over
  // the whole run (quadratic), beside a known name in a list and near a dataset noun.
  `We evaluate on SQuAD and ${'A'.repeat(size)}é in this work.`,
  `We release a new dataset ${'A'.repeat(size)}é dataset of things.`,
]

// A gazetteer whose spellings share long prefixes, so the trie walks deep.
const matcher = compileMatcher([
  { id: 'coco', name: 'MS COCO', spellings: ['MS COCO', 'COCO', 'COCO-Stuff'], ambiguous: false },
  { id: 'imagenet', name: 'ImageNet', spellings: ['ImageNet'], ambiguous: false },
  { id: 'refcoco', name: 'RefCOCO', spellings: ['RefCOCO'], ambiguous: false },
  { id: 'refcoco+', name: 'RefCOCO+', spellings: ['RefCOCO+'], ambiguous: false },
  { id: 'pass', name: 'PASS', spellings: ['PASS'], ambiguous: true },
  { id: 'pile', name: 'The Pile', spellings: ['The Pile'], ambiguous: true },
  {
    id: 'long',
    name: 'A',
    spellings: ['A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A B'],
    ambiguous: false,
  },
])

describe('datasets on hostile input', { timeout: 60_000 }, () => {
  it('the matcher', () => {
    for (const text of hostile) expect(Array.isArray(matcher.scan(text))).toBe(true)
  })

  it('the context cues and the discovery patterns', () => {
    for (const text of hostile) expect(Array.isArray(discover(analyse(text), true))).toBe(true)
  })

  it('the whole extraction, title included', () => {
    for (const text of hostile) {
      const mentions = findMentions(text, text.slice(0, 100_000), matcher, {
        discover: true,
        minConfidence: 0,
        scorer: 'learned',
      })
      for (const mention of mentions) expect(mention.span.end).toBeLessThanOrEqual(text.length)
      titleNames(text)
    }
  })
})
