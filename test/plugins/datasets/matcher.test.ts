import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { KnownDataset } from '../../../src/plugins/datasets/gazetteer.js'
import { compileMatcher } from '../../../src/plugins/datasets/matcher.js'

const known = (id: string, spellings: string[], ambiguous = false): KnownDataset => ({
  id,
  name: spellings[0] ?? id,
  spellings,
  ambiguous,
})

const matcher = compileMatcher([
  known('coco', ['MS COCO', 'COCO', 'MSCOCO']),
  known('imagenet', ['ImageNet']),
  known('imagenet-1k', ['ImageNet-1K']),
  known('imagenet-22k', ['ImageNet-22k', 'ImageNet-21k']),
  known('refcoco', ['RefCOCO']),
  known('refcoco-plus', ['RefCOCO+']),
  known('refcocog', ['RefCOCOg']),
  known('cifar-10', ['CIFAR-10']),
  known('cifar-100', ['CIFAR-100']),
  known('r2r', ['R2R']),
  known('pass', ['PASS'], true),
  known('the-pile', ['The Pile'], true),
  known('codex-kg', ['CoDEx']),
  known('cityscapes', ['Cityscapes']),
  known('mr-tydi', ['Mr. TyDi']),
])

/** `[name, id]` of every hit, in order. */
const found = (text: string) => matcher.scan(text).map((hit) => [hit.name, hit.dataset.id])

describe('gazetteer matcher', () => {
  it('finds every spelling and reports where it is', () => {
    const text = 'We train on MS COCO and ImageNet, then test on MSCOCO.'
    expect(found(text)).toEqual([
      ['MS COCO', 'coco'],
      ['ImageNet', 'imagenet'],
      ['MSCOCO', 'coco'],
    ])
    const [first] = matcher.scan(text)
    expect(text.slice(first?.start, first?.end)).toBe('MS COCO')
  })

  it('prefers the longest spelling and keeps versions of one dataset apart', () => {
    expect(found('ImageNet-1K, ImageNet-22k and ImageNet')).toEqual([
      ['ImageNet-1K', 'imagenet-1k'],
      ['ImageNet-22k', 'imagenet-22k'],
      ['ImageNet', 'imagenet'],
    ])
  })

  it('ignores spaces, hyphens and dots a spelling may have or lack', () => {
    expect(found('MS-COCO and Mr.TyDi and Mr. TyDi')).toEqual([
      ['MS-COCO', 'coco'],
      ['Mr.TyDi', 'mr-tydi'],
      ['Mr. TyDi', 'mr-tydi'],
    ])
  })

  it('keeps a version suffix in the name but not in the id', () => {
    expect(found('COCO 2017 and ImageNet-5K and CIFAR-10 v2')).toEqual([
      ['COCO 2017', 'coco'],
      ['ImageNet-5K', 'imagenet'],
      ['CIFAR-10 v2', 'cifar-10'],
    ])
  })

  it('expands compound forms into each member', () => {
    expect(found('visual grounding (RefCOCO/+/g) and CIFAR-10/100.')).toEqual([
      ['RefCOCO', 'refcoco'],
      ['RefCOCO+', 'refcoco-plus'],
      ['RefCOCOg', 'refcocog'],
      ['CIFAR-10', 'cifar-10'],
      ['CIFAR-100', 'cifar-100'],
    ])
    const members = matcher.scan('on RefCOCO/+/g.')
    // Each member names the whole compound as its span.
    expect(members.map((hit) => [hit.start, hit.end])).toEqual([
      [3, 10],
      [3, 14],
      [3, 14],
    ])
  })

  it('does not match inside a longer token', () => {
    expect(found('R2R-CE, ES-ImageNet, ImageNet1000, xCOCO, COCO_v, RefCOCO+g, CIFAR-10-C, SD3.5')).toEqual([])
  })

  it('lets a lower-case modifier follow a hyphen', () => {
    expect(found('ImageNet-pretrained and COCO-style')).toEqual([
      ['ImageNet', 'imagenet'],
      ['COCO', 'coco'],
    ])
  })

  it('reads acronyms and short camel-case names as written', () => {
    expect(found('coco, Coco, pass, Pass, Codex, codex, imagenet, cityscapes')).toEqual([])
    expect(found('IMAGENET, CoDEx, CityScapes')).toEqual([
      ['IMAGENET', 'imagenet'],
      ['CoDEx', 'codex-kg'],
      ['CityScapes', 'cityscapes'],
    ])
  })

  it('takes a long camel-case name in title case, from the curated gazetteer only', () => {
    const lists = compileMatcher([
      known('librispeech', ['LibriSpeech']),
      { ...known('botnet', ['BotNet']), generated: true },
      known('taichi', ['TaiChi']),
    ])
    const names = (text: string) => lists.scan(text).map((hit) => hit.name)
    expect(found('Imagenet and Imagenet-1k')).toEqual([
      ['Imagenet', 'imagenet'],
      ['Imagenet-1k', 'imagenet-1k'],
    ])
    expect(names('Librispeech, Botnet, Taichi, librispeech')).toEqual(['Librispeech'])
    expect(names('BotNet and TaiChi')).toEqual(['BotNet', 'TaiChi'])
  })

  it('reads split and year suffixes as parts of the dataset', () => {
    expect(found('COCO-train2017, COCO-val2014, COCO2017, MS COCO val2017, ImageNet-val')).toEqual([
      ['COCO', 'coco'],
      ['COCO', 'coco'],
      ['COCO2017', 'coco'],
      ['MS COCO', 'coco'],
      ['ImageNet', 'imagenet'],
    ])
    // Not a split: another dataset, or a word that goes on.
    expect(found('COCO-train2017x, CIFAR-10-C, COCO2017a')).toEqual([])
  })

  it('marks one-word spellings of ambiguous datasets, and lets `the` start The Pile', () => {
    const hits = matcher.scan('PASS and 30B tokens from the Pile')
    expect(hits.map((hit) => [hit.name, hit.needsContext])).toEqual([
      ['PASS', true],
      ['the Pile', false],
    ])
  })
})

describe('window filter', () => {
  // Short keys, keys that end before a version or a year, keys read across separators, and a key with `+`.
  const windowed = compileMatcher([
    ...['MS COCO', 'COCO', 'RefCOCO+', 'SQuAD', 'R2R', 'X', 'QA', 'Mr. TyDi', 'ILSVRC', 'AB CD EF GH'].map((name) =>
      known(name.toLowerCase(), [name]),
    ),
    known('pass', ['PASS'], true),
  ])
  const pieces = [
    ...['MS', 'COCO', 'Ref', 'RefCOCO', 'SQuAD', 'squad', 'R2R', 'R', '2', 'X', 'x', 'QA', 'Mr', 'TyDi', 'ILSVRC'],
    ...['AB', 'CD', 'EF', 'GH', 'PASS', 'v2', 'v', '2017', '1', '12', 'k', 'the', 'on', 'and'],
    ...[' ', '  ', '   ', '-', '--', '.', '_', "'", '\n', '+', '/', ',', '(', ')'],
  ]
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''))
  const hits = (text: string, length: number) =>
    windowed
      .scan(text)
      .filter((hit) => hit.end <= length)
      .map((hit) => [hit.name, hit.start, hit.end])

  it('finds in an all-ASCII text what the tests of each start find beyond ASCII', () => {
    // A unit beyond ASCII at the end (after `,`, which no name reads across) sends the scan down the other path.
    fc.assert(
      fc.property(texts, (text) => {
        expect(hits(text, text.length)).toEqual(hits(`${text}, é`, text.length))
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps keys that end in the last units of a text, and names read across separators', () => {
    expect(hits('on X', 4)).toEqual([['X', 3, 4]])
    expect(hits('on QA.', 6)).toEqual([['QA', 3, 5]])
    expect(hits('AB  CD-EF GH and MS--COCO, SQuADv2', 34)).toEqual([
      ['AB  CD-EF GH', 0, 12],
      ['MS--COCO', 17, 25],
      ['SQuADv2', 27, 34],
    ])
  })
})
