/**
 * Issue 12: names never seen before (head nouns, introductions, lists), the generated name
 * lists, extending a bundled entry, and the precision guards (models, statistics, kinds).
 */
import { describe, expect, it } from 'vitest'
import { runPlugin } from '../../../scripts/eval-datasets.js'
import type { DatasetMention } from '../../../src/index.js'
import { datasets } from '../../../src/index.js'
import { keyOf } from '../../../src/plugins/datasets/chars.js'
import generated from '../../../src/plugins/datasets/data/names.json' with { type: 'json' }
import shareAlike from '../../../src/plugins/datasets/data/names-pwc.json' with { type: 'json' }
import { mergeDatasets } from '../../../src/plugins/datasets/gazetteer.js'
import { listDatasets, type NameList } from '../../../src/plugins/datasets/names.js'

const plugin = datasets()
const names = (abstract: string, use = plugin) => runPlugin(use, 'A paper', abstract).map((item) => item.name)
const find = (mentions: DatasetMention[], name: string) => mentions.find((item) => item.name === name)

describe('datasets: names the gazetteer lacks', () => {
  it('reads a name before a head noun, with or without an article', () => {
    expect(names('We evaluate retrieval on the Kestrel database and report recall.')).toEqual(['Kestrel'])
    expect(names('Results on NEWS05 collection are strong.')).toEqual(['NEWS05'])
    expect(names('We fine-tune on the TaxiTrips-7 data set.')).toEqual(['TaxiTrips-7'])
    expect(names('Experiments use the Qwerty3 treebank.')).toEqual(['Qwerty3'])
  })

  it('reads an introduced benchmark, and lists', () => {
    const mentions = runPlugin(plugin, 'T', 'Here we present FooQA, the first comprehensive benchmark for law.')
    expect(find(mentions, 'FooQA')?.role).toBe('introduced')
    expect(names('We compare on the ZorbNet and BlipCorp-2 datasets.')).toEqual(['ZorbNet', 'BlipCorp-2'])
  })

  it('reads a list after a dataset noun and a colon, but not a name and its expansion', () => {
    expect(names('We compare on three datasets: Zorblat, QuixNet-4 and Plimsoll.')).toEqual([
      'Zorblat',
      'QuixNet-4',
      'Plimsoll',
    ])
    expect(names('We propose a dataset ZQXT: Zebras and Quokkas in Xeric Terrain.')).not.toContain('Zebras')
  })

  it('reads a list in brackets after a dataset noun only when the brackets hold nothing else', () => {
    expect(names('We use the classification datasets (Adultz, Gisettz and Splicz) from the archive.')).toEqual([
      'Adultz',
      'Gisettz',
      'Splicz',
    ])
    expect(names('We evaluate on a benchmark (Smith et al., 2020) and a corpus (English and German).')).toEqual([])
  })

  it('reads a name one or two lower-case words before its head noun, not a quantifier or participle', () => {
    expect(names('Patches were cropped from the Zorbley segmentation dataset.')).toEqual(['Zorbley'])
    expect(names('Results on the QX-CBCL face recognition database are strong.')).toEqual(['QX-CBCL'])
    expect(names('Our model beats Zorblat-2 across several benchmarks.')).toEqual([])
    expect(names('We train on a Zorblat-2 generated dataset.')).toEqual([])
  })

  it('reads an abbreviation in brackets before a head noun, not one that no bracket opened', () => {
    expect(names('The Alice in Wonderland (AIW) dataset was preprocessed first.')).toEqual(['AIW'])
    expect(names('We describe the Lattes Expertise Retrieval (LExR) test collection.')).toEqual(['LExR'])
    expect(names('We use Natural Language Processing (NLP) benchmarks and Question Answering (QA) datasets.')).toEqual(
      [],
    )
    expect(names('Scores (see Zorblat) dataset by dataset.')).toEqual([])
  })

  it("reads a list right after a plural dataset noun when one of its names has a name's shape", () => {
    expect(names('We compare the methods on datasets ZQ1 and ZQ2.')).toEqual(['ZQ1', 'ZQ2'])
    expect(names('As in earlier benchmarks, Bernstein and Zobel report recall.')).toEqual([])
  })

  it('reads a spelled-out name without a name\'s shape after "the", unless an abbreviation follows', () => {
    expect(names('We segment the Zorbley Image Database (104 images) into classes.')).toEqual([
      'Zorbley Image Database',
    ])
    expect(names('We introduce the Tabular Embedding Benchmark (TabBench), a suite.')).toEqual(['TabBench'])
    expect(names('A Zorbley Image Database is not named here.')).toEqual([])
  })

  it('reads a quoted name before a head noun, the quote opened before it', () => {
    expect(names('We examine the results for the "Zorbia" dataset and the “Quxnet” dataset.')).toEqual([
      'Zorbia',
      'Quxnet',
    ])
    expect(names('We examine the results for the Zorbia" dataset.')).toEqual([])
  })

  it('reads a list whose commas stand apart, as text taken from a PDF has them', () => {
    expect(names('We use datasets such as Zorblat , QuixNet-4 , Plimsoll and Vexo.')).toEqual([
      'Zorblat',
      'QuixNet-4',
      'Plimsoll',
      'Vexo',
    ])
  })

  it('does not take kinds, languages, models or statistics for datasets', () => {
    expect(names('We compile a comprehensive biomedical NLP benchmark from public data.')).toEqual([])
    expect(names('This work presents a large-scale piano MIDI dataset.')).toEqual([])
    expect(names('We test on QA datasets and NLP benchmarks.')).toEqual([])
    expect(names('We build an English corpus and a Chinese dataset.')).toEqual([])
    expect(names('GPT-4, LLaMA2 and Mistral reach a Pearson correlation of 0.8 with humans.')).toEqual([])
  })
})

describe('datasets: the generated name lists', () => {
  const lists = [generated as NameList, shareAlike as NameList]

  it('carry their licence and attribution, the share-alike names apart', () => {
    expect(lists.map((list) => list.license)).toEqual(['Apache-2.0 AND MIT', 'CC-BY-SA-4.0'])
    expect(lists[1]?.attribution).toMatch(/Papers with Code.*CC BY-SA 4\.0/)
  })

  it('hold no stop-listed word, no tool id, and flag one-word plain names ambiguous', () => {
    for (const list of lists) {
      const spellings = list.names.flat()
      for (const word of ['SGD', 'SVD', 'ADAM', 'MAP', 'General', 'safety', 'GPT-4', 'Pearson'])
        expect(spellings.map(keyOf)).not.toContain(keyOf(word))
      expect(spellings.some((spelling) => spelling.includes('_'))).toBe(false)
      const ambiguous = new Set(list.ambiguous)
      list.names.forEach((entry, index) => {
        if (/^\p{Lu}+$/u.test(entry[0] as string)) expect(ambiguous.has(index)).toBe(true)
      })
    }
  })

  it('match their names, and never a spelling the curated gazetteer owns', () => {
    expect(names('We evaluate on ClueWeb09 and GOV2.')).toEqual(['ClueWeb09', 'GOV2'])
    const merged = mergeDatasets([], [], false, listDatasets(generated as NameList, new Set()))
    const keys = merged.flatMap((dataset) => dataset.spellings.map(keyOf))
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('datasets: extending the gazetteer', () => {
  it('keeps the bundled aliases of an entry a user extends', () => {
    const bundled = [{ id: 'coco', name: 'MS COCO', aliases: ['COCO'], domain: 'vision', source: 's' }]
    const [coco] = mergeDatasets(bundled, [{ id: 'coco', name: 'MS COCO', aliases: ['COCO-2014'] }], false)
    expect(coco?.spellings).toEqual(['MS COCO', 'COCO-2014', 'COCO'])
    const [only] = mergeDatasets(bundled, [{ id: 'coco', name: 'MS COCO', aliases: ['COCO-2014'] }], true)
    expect(only?.spellings).toEqual(['MS COCO', 'COCO-2014'])
  })

  it('lets an extra alias of a bundled id match beside the bundled ones', () => {
    const extended = datasets({ extra: [{ id: 'coco', name: 'MS COCO', aliases: ['Cocoa-Objects'] }] })
    const mentions = runPlugin(extended, 'T', 'We train on Cocoa-Objects and test on COCO.')
    expect(mentions.map((item) => [item.name, item.canonical])).toEqual([['Cocoa-Objects', 'coco']])
    expect(mentions[0]?.spans).toHaveLength(2)
  })
})
