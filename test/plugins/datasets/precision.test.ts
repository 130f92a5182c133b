/**
 * Issue 12, round 7: names that the sentence shows to be something else than a dataset
 * (a task, a tool, a method, a language), and long forms beside their abbreviations.
 */
import { describe, expect, it } from 'vitest'
import { runPlugin } from '../../../scripts/eval-datasets.js'
import { datasets } from '../../../src/index.js'
import { analyse } from '../../../src/plugins/datasets/context.js'
import gazetteer from '../../../src/plugins/datasets/data/gazetteer.json' with { type: 'json' }
import generated from '../../../src/plugins/datasets/data/names.json' with { type: 'json' }
import shareAlike from '../../../src/plugins/datasets/data/names-pwc.json' with { type: 'json' }
import { discover } from '../../../src/plugins/datasets/discovery.js'
import { headedElsewhere } from '../../../src/plugins/datasets/heads.js'
import { isModel, otherWords } from '../../../src/plugins/datasets/non-datasets.js'

const plugin = datasets()
const names = (abstract: string) => runPlugin(plugin, 'A paper', abstract).map((item) => item.name)
/** The phrases before a dataset noun that the learned scorer is given to judge. */
const phrases = (text: string) =>
  discover(analyse(text), true)
    .filter((candidate) => candidate.cue === 'phrase')
    .map((candidate) => candidate.name)
const spans = (abstract: string, name: string) =>
  runPlugin(plugin, 'A paper', abstract)
    .find((item) => item.name === name)
    ?.spans.map((span) => abstract.slice(span.start, span.end))

describe('datasets: a name written as a task, a tool or a method', () => {
  it('drops a known name headed by a task, a framework or a style', () => {
    expect(names('Our labels improve a downstream RTE task by 17%.')).toEqual([])
    expect(names('We build a dataset based on the CLEVR framework.')).toEqual([])
    expect(names('Queries are run in TREC style experiments.')).toEqual([])
  })

  it('keeps the other places the name is written as a dataset', () => {
    const text = 'We train on CLEVR and test on GQA. Unlike the CLEVR framework, ours uses real images.'
    expect(spans(text, 'CLEVR')).toEqual(['CLEVR'])
  })

  it('keeps a name whose own last word says dataset, and a task noun before a dataset noun', () => {
    expect(headedElsewhere('the Foo Benchmark tasks', 4, 17)).toBe(false)
    expect(headedElsewhere('the Netflix Challenge Dataset', 4, 11)).toBe(false)
    expect(headedElsewhere('the RTE task', 4, 7)).toBe(true)
    expect(headedElsewhere('an SVM-based classifier', 3, 6)).toBe(true)
    expect(headedElsewhere('the SVM-light tool', 4, 7)).toBe(false)
  })
})

describe('datasets: a name written before the items it holds', () => {
  it('drops a known name that only modifies images, articles or papers', () => {
    expect(names('We hand-annotate 50k COCO images with depth maps.')).toEqual([])
    expect(names('The crawl holds English Wikipedia articles without markup.')).toEqual([])
    expect(names('The crawl ranks DBLP papers by their citations.')).toEqual([])
  })

  it('keeps the name elsewhere, and before a dataset noun', () => {
    expect(spans('We train on COCO and relabel 5k COCO images.', 'COCO')).toEqual(['COCO'])
    expect(headedElsewhere('the COCO images dataset', 4, 8)).toBe(false)
    expect(headedElsewhere('the Zorb images dataset', 4, 8)).toBe(false)
    expect(headedElsewhere('the Zorb images', 4, 8)).toBe(true)
    expect(headedElsewhere('50k COCO images', 4, 8)).toBe(true)
  })

  it('drops a name that ends as a modifier does', () => {
    expect(headedElsewhere('in POS-tagged corpora', 3, 13)).toBe(true)
    expect(headedElsewhere('in ZCS-based streams', 3, 12)).toBe(true)
    expect(headedElsewhere('in ZCS-Base streams', 3, 11)).toBe(false)
    // Only a modifier that ends the name: `style` inside it is no head.
    expect(headedElsewhere('the Zorb-style Corpus', 4, 21)).toBe(false)
  })

  it('reads the word after an abbreviation in brackets', () => {
    expect(headedElsewhere('Zorb Opinion Evaluation (ZOE) workshop', 25, 28)).toBe(true)
    expect(headedElsewhere('Zorb Opinion Evaluation (ZOE) dataset', 25, 28)).toBe(false)
    expect(headedElsewhere('the ZOE) workshop', 4, 7)).toBe(false)
  })
})

describe('datasets: a name after a dataset noun that acts as a method', () => {
  it('drops the subject of what a method does', () => {
    expect(names('On the sido data set, Zagrad (with fixed steps) achieves a good test error.')).toEqual([])
    expect(names('However, in the Plimsoll datasets, QX-MAX and QX-AVG perform better than the rest.')).toEqual([
      'Plimsoll',
    ])
    expect(names('For the Quokka dataset, MSEIG-Early is almost 8 times faster than EIGS.')).toEqual(['Quokka'])
  })

  it('keeps a name the noun introduces', () => {
    expect(names('We release a new dataset, ZorbQA, which covers law.')).toEqual(['ZorbQA'])
    expect(names('We compare on three datasets: Zorblat, QuixNet-4 and Plimsoll.')).toHaveLength(3)
  })
})

describe('datasets: languages', () => {
  it('are not names, alone or in pairs, whatever cue finds them', () => {
    expect(names('Results on both English and Chinese datasets improve.')).toEqual([])
    expect(names('Large-scale experiments on Arabic-English and Chinese-English show gains.')).toEqual([])
    expect(names('Experimental results justify the usefulness of our Chinese corpus.')).toEqual([])
    expect(names('Results on the Tagalog corpus and the Swahili-Zulu dataset are low.')).toEqual([])
    expect(names('Experiments on the English Treebank-7 corpus and the Zorblat-2 corpus.')).toContain('Zorblat-2')
  })
})

describe('datasets: a long form and its abbreviation in brackets', () => {
  it('are one span when both are found', () => {
    const text = 'We test on CIFAR-10 and Street View House Numbers (SVHN), then on SVHN alone.'
    expect(spans(text, 'Street View House Numbers')).toEqual(['Street View House Numbers (SVHN)', 'SVHN'])
  })

  it('reads the long form back from a known abbreviation', () => {
    const text = 'The datasets were Animals with Attribute (AwA) and CUB-200-2011.'
    expect(spans(text, 'AwA')).toEqual(['Animals with Attribute (AwA)'])
  })

  it('leaves a long form that another name holds, or that does not open with the first letter', () => {
    const text = 'We parse the Universal Dependencies (UD) corpora.'
    expect(spans(text, 'Universal Dependencies')).toEqual(['Universal Dependencies'])
    expect(spans('The Network Intrusion dataset (KDD Cup 99) is used.', 'KDD Cup 99')).toEqual(['KDD Cup 99'])
  })
})

describe('datasets: a name said to be a dataset', () => {
  it('reads `X is a … dataset`, not a variable', () => {
    expect(names('ZORB7 [39] is a retinal vessel segmentation dataset with 20 images.')).toEqual(['ZORB7'])
    expect(names('QTD4 was the benchmark corpus used in two evaluations.')).toEqual(['QTD4'])
    expect(names('We compare, where D2 is a dataset with a single user added.')).toEqual([])
  })
})

describe('datasets: sentence adverbs', () => {
  it('are never names', () => {
    expect(names('Firstly, the dataset is partitioned horizontally.')).toEqual([])
    expect(names('Recently, a dataset of music listening activities was released.')).toEqual([])
  })
})

describe('datasets: strict spellings', () => {
  it('are not read across a space they do not have, nor from a capitalised function word in lower case', () => {
    expect(names('We limit F to all itemsets in D with a support of at least 1.')).toEqual([])
    expect(names('The estimate P T C is based on the table.')).toEqual([])
    expect(names('For both Dataset 1 and Dataset 2, the gains hold.')).toEqual([])
    expect(names('The LSTM is pre-trained with all the sentences from CO-CO.')).toEqual(['CO-CO'])
  })
})

describe('datasets: `testing set` as a head noun', () => {
  it('reads the name before it, as before `test set`', () => {
    expect(names('We report the result on the ZQ7 testing set and plot the errors.')).toEqual(['ZQ7'])
  })
})

describe('datasets: methods, networks and categories listed or cited as datasets are', () => {
  it('drops networks in a list, method acronyms, and a benchmark used as a modifier', () => {
    expect(names('We train networks on the Zorb102 dataset, including AlexNet, GoogleNet and QuixNet-16.')).toEqual([
      'Zorb102',
    ])
    expect(names('The classifier based on SVM was also tested on the datasets stated above.')).toEqual([])
    expect(names('We compare with UCT in three common Zorb benchmark domains.')).toEqual([])
    // …but a shaped name before the modifier is still a benchmark library (review of round 8).
    expect(names('We evaluate on TSPLIB benchmark instances and show our solver is better.')).toEqual(['TSPLIB'])
    expect(names('Results on QPLIB benchmark problems improve.')).toEqual(['QPLIB'])
    expect(names('We evaluate the classifiers on AlexNet, the QuixNet-4 dataset and Plimsoll.')).toContain('QuixNet-4')
  })

  it('drops categories named after a dataset noun', () => {
    expect(
      names('The Yahoo data sets include 11 top-level categories such as Computers, Education and Health.'),
    ).toEqual(['Yahoo'])
  })
})

describe('datasets: what the learned scorer is given to judge', () => {
  it('leaves out languages, methods, sizes, possessives and a field before benchmarks', () => {
    expect(phrases('Results differ in the Hebrew corpus and the English/Hindi corpus.')).toEqual([])
    expect(phrases('It is interpolated with the ML collection model.')).toEqual([])
    expect(phrases('We used a 2.7 GB dataset with points.')).toEqual([])
    expect(phrases('However BitFunnel’s collection of matrices is costly.')).toEqual([])
    expect(phrases('Across IR benchmarks and search tasks, it works.')).toEqual([])
    expect(phrases('We experimented on an ECG dataset.')).toEqual([])
  })

  it('leaves out titles and the last words of a spelled-out name', () => {
    expect(phrases('Detecting Anomalous Collections in IMDB.')).toEqual([])
    expect(phrases('Causal Misidentification in Policy Learning Benchmarks and Settings.')).toEqual([])
    expect(phrases('our benchmark (Biomedical Language Understanding & Reasoning Benchmark) is open')).toEqual([])
  })

  it('still gives the phrases it should', () => {
    expect(phrases('For VQA datasets we use the raw features.')).toEqual(['VQA'])
    expect(phrases('The recipes data set consists of ingredients.')).toEqual(['recipes'])
  })
})

describe('datasets: lower-case names that end a list after a dataset noun', () => {
  it('are read when the list runs to the end of its clause', () => {
    expect(names('It beats the others on five datasets: ORL, SRBCT, iris, yeast and image segmentation.')).toEqual([
      'ORL',
      'SRBCT',
      'iris',
      'yeast',
      'image segmentation',
    ])
  })

  it('are not read from a list that goes on, nor from `and others`', () => {
    expect(names('We use datasets such as ORL, SRBCT, iris and yeast from the repository.')).toEqual(['ORL', 'SRBCT'])
    expect(names('We use datasets such as ORL, SRBCT and others.')).toEqual(['ORL', 'SRBCT'])
  })
})

describe('datasets: a shaped name listed with a known dataset', () => {
  it('is a dataset, on either side of the known name', () => {
    expect(names('We used two long-standing datasets, WordSim353 and QZ30, as test beds.')).toContain('QZ30')
    expect(names('We compare on QRT-45, MNIST and CIFAR-10.')).toContain('QRT-45')
  })

  it('is a dataset when one capitalised word ends the list after the known name', () => {
    expect(names('The Zorb set has more items than both MovieLens and Quokkas.')).toContain('Quokkas')
    // With a weak name's confidence, under a shaped name's.
    const confidence = (text: string, name: string) =>
      runPlugin(plugin, 'A paper', text).find((item) => item.name === name)?.confidence
    expect(confidence('The Zorb set has more items than both MovieLens and Quokkas.', 'Quokkas')).toBeLessThan(
      confidence('The Zorb set has more items than both MovieLens and QRT-45.', 'QRT-45') ?? 0,
    )
    // Not in the middle of a list, nor before the known name.
    expect(names('Scenes come from FlyingThings3D, Driving, and Monkaa.')).not.toContain('Driving')
    expect(names('We compare Quokkas and MovieLens.')).not.toContain('Quokkas')
  })

  it('is not when it opens a clause after the known name', () => {
    expect(names('It is trained on 30B tokens from the Pile, UniPoolX consistently improves loss.')).not.toContain(
      'UniPoolX',
    )
  })
})

describe('datasets: a spelled-out name after `on`, `from`, `of` or `in`', () => {
  it('is read as after `the`', () => {
    expect(names('Results on Zorblat Image Dataset.')).toEqual(['Zorblat Image Dataset'])
    expect(names('We sample images from Quokka Faces Database for training.')).toEqual(['Quokka Faces Database'])
  })
})

describe('datasets: a list after a dataset noun that names optimisers, solvers or metrics', () => {
  it('is no list of datasets', () => {
    expect(
      names('We perform a rigorous benchmark of seven first-order optimizers, including Zadam, ZadamW and Qanger.'),
    ).toEqual([])
    expect(names('The benchmark scores solvers such as ZolverX and QuickSat on each instance.')).toEqual([])
    // The names of a list of datasets are still read.
    expect(names('We build a benchmark of seven corpora, including ZorbQA, QuokkaNLI and PlimSum.')).toEqual([
      'ZorbQA',
      'QuokkaNLI',
      'PlimSum',
    ])
  })
})

describe('datasets: weak candidates the learned scorer is not shown', () => {
  const candidates = (text: string) => discover(analyse(text), true).map((item) => item.name)

  it('leaves out an abbreviation the text spells out as a lower-case term', () => {
    const text = 'We model the channel impulse response (CIR) and generate a large CIR dataset of 10k samples.'
    expect(candidates(text)).not.toContain('CIR')
    // A capitalised long form is a dataset's: its abbreviation stays a candidate.
    expect(candidates('We use Zorb Quokka Faces (ZQF) and a large ZQF dataset.')).toContain('ZQF')
  })

  it('reads no phrase across an adverb, nor before `data` that opens a compound or a noun that is a modifier', () => {
    expect(candidates('Overall, ZorbNet effectively mitigates data scarcity in our experiments.')).toEqual([])
    expect(candidates('We report results on the Quokka data, and on the Zorb data augmentation.')).not.toContain('Zorb')
    expect(candidates('We report results on the Quokka data, and on the Zorb data augmentation.')).toContain('Quokka')
    expect(candidates('We compare with UCT in three common Zorb benchmark domains.')).not.toContain('Zorb')
  })
})

describe('datasets: round 9 of issue 12', () => {
  it('reads no list after collections or databases: software and places are listed there (review of round 9)', () => {
    expect(names('We store them in relational databases such as ZorbSQL and QuokkaDB.')).toEqual([])
    expect(names('Graph databases like Zeo4j and QuanusGraph scale well.')).toEqual([])
    expect(names('Vector databases (e.g. Zilvus) index embeddings.')).toEqual([])
    expect(names('They visited art collections such as the Zouvre and Quado.')).toEqual([])
  })

  it('gives the scorer a name without the lower-case words before it', () => {
    expect(phrases('This does not hold for natural QZA datasets.')).toEqual(['QZA'])
    expect(phrases('All models are trained on the cleaned ZebFace training data.')).toEqual(['ZebFace'])
    // After a number the phrase is a family, trimmed or not.
    expect(phrases('Evaluations on 11 heterogeneous ZiDAR datasets show gains.')).toEqual([])
  })

  it('gives no phrase of a role or a participle before a dataset noun', () => {
    expect(phrases('We then fine-tune on the target dataset.')).toEqual([])
    expect(phrases('Results on the perturbed dataset are worse.')).toEqual([])
    expect(phrases('An LM is estimated on the background corpus.')).toEqual([])
    // A lower-case noun is still given, and a word in `-eed` is no participle.
    expect(phrases('The mushroom dataset is easy.')).toEqual(['mushroom'])
    expect(phrases('The breed dataset is easy.')).toEqual(['breed'])
  })

  it('gives a shaped name after another and before `data`', () => {
    expect(phrases('MOCHZ and TORGZ data are never combined.')).toEqual(['TORGZ'])
    // Title-case words there end a spelled-out name.
    expect(phrases('our benchmark (Zorb Language Understanding & Reasoning Benchmark) is open')).toEqual([])
  })

  it('ends a name at a citation bracket or a spaced period', () => {
    expect(names('The method is not evaluated on QZVQA [12].')).toEqual(['QZVQA'])
    expect(names('The method is not evaluated on QZVQA .')).toEqual(['QZVQA'])
    // Not a period that opens a word, nor a square bracket that holds no number (review of round 9).
    expect(names('The method is evaluated on QZVQA .Zorb files.')).toEqual([])
    expect(names('Results on ZorbQA [see 3] are weak.')).toEqual([])
  })
})

describe('datasets: review of round 9 (heads)', () => {
  it('keeps a name before `performance` or `graph`: an evaluation mention', () => {
    expect(names('We report ZorbNet-7 accuracy, and ImageNet performance of our model.')).toContain('ImageNet')
    expect(names('Our model improves SQuAD performance by 3 points.')).toEqual(['SQuAD'])
    expect(names('We run on the Cora graph and the Citeseer graph.')).toEqual(['Cora', 'Citeseer'])
  })

  it('reads an abbreviation in brackets before items as a name', () => {
    expect(names('We evaluate on ImageNet (ILSVRC2012) images.')).toContain('ILSVRC2012')
    // A kind after the bracket still heads it.
    expect(headedElsewhere('Zorb Opinion Evaluation (ZOE) workshop', 25, 28)).toBe(true)
  })

  it('reads whether the name says dataset without its closing bracket', () => {
    expect(headedElsewhere('the (Zorb Corpus) models', 5, 16)).toBe(false)
    expect(names('The benchmark (ZorbBench Benchmark) tasks are hard.')).toEqual(['ZorbBench Benchmark'])
  })
})

describe('datasets: review of round 9 (what is listed or reported on that is no dataset)', () => {
  it('reads no statistic, model, language, opener, optimiser or metric as a listed dataset', () => {
    for (const text of [
      'We train on MNIST and Pearson.',
      'Results on CIFAR-10 and Spearman are shown.',
      'We compare GSM8K and Llama.',
      'We use CoNLL-2003 and German.',
      'We train on SQuAD and Moreover.',
      'We test on MNIST and Overall.',
      'We train on COCO and Python.',
      'We train on MNIST and Adam.',
      'We report SQuAD and Exact.',
      'We train on MNIST and Fashion.',
    ])
      expect(names(text), text).toHaveLength(1)
    expect(names('The Zorb set has more items than both MovieLens and Netflix.')).toContain('Netflix')
    // A dataset noun right after such a word makes it a corpus's name.
    expect(names('Tokens are counted in the Julia corpus.')).toEqual(['Julia'])
  })

  it('reads no model as a dataset where results are reported', () => {
    expect(names('Results are reported on GPT-4 [12] and Mistral [13].')).toEqual([])
    expect(names('We evaluated on LLaMA2.')).toEqual([])
    expect(names('Experiments on Mistral-7B and GPT-4o show gains.')).toEqual([])
    // Before a dataset noun or a split, where the learned scorer judges the words (not a rule).
    expect(names('Llama-3 training data were filtered.')).toEqual([])
    expect(names('We use ZQ05, Qwen2 and ZQ08 as test sets.')).not.toContain('Qwen2')
    expect(names('On Llama-3, ZorbNet achieves the best score.')).toEqual([])
    // A benchmark still is.
    expect(names('On ZorbQA-2, ZorbNet achieves the best score.')).toEqual(['ZorbQA-2'])
  })
})

describe('datasets: model names', () => {
  it('are a family with a version, a size or a variant', () => {
    for (const name of ['GPT-4', 'GPT-4o', 'LLaMA2', 'Llama 3.1', 'Mistral-7B-Instruct', 'Qwen2.5-7B', 'T5'])
      expect(isModel(name), name).toBe(true)
    for (const name of ['Alpaca', 'GPTQ', 'BERTScore', 'OPTICS', 'Mistral Bench', 'ZorbGPT-4'])
      expect(isModel(name), name).toBe(false)
    // The Vicuna benchmark is no model (second review of round 9).
    for (const name of ['Vicuna-80', 'Vicuna Bench', 'VicunaBench']) expect(isModel(name), name).toBe(false)
    expect(isModel('Vicuna-13B')).toBe(true)
  })
})

describe('datasets: second review of round 9', () => {
  // Every spelling the bundled lists hold, ambiguous ones included.
  const bundled = new Set<string>([
    ...gazetteer.datasets.flatMap((entry) => [entry.name, ...entry.aliases]),
    ...generated.names.flat(),
    ...shareAlike.names.flat(),
  ])

  it('lists as non-datasets no word that a bundled list names', () => {
    expect([...otherWords].filter((word) => bundled.has(word))).toEqual([])
  })

  it('keeps PASCAL, the Loghub Linux logs and the Vicuna benchmark in lists after a known dataset', () => {
    expect(names('We report results on COCO and Pascal.')).toEqual(['COCO', 'Pascal'])
    expect(names('Experiments on HDFS, BGL and Linux show gains.')).toContain('Linux')
    expect(names('We evaluate on MT-Bench and Vicuna-80.')).toContain('Vicuna-80')
  })

  it('ends a name at an author-year citation in square brackets', () => {
    expect(names('The method is evaluated on QZVQA [Smith et al., 2020].')).toEqual(['QZVQA'])
    expect(names('The method is evaluated on QZVQA [Smith, 2020].')).toEqual(['QZVQA'])
    // Still not any square bracket.
    expect(names('Results on ZorbQA [see 3] are weak.')).toEqual([])
  })
})
