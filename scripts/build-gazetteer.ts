/**
 * Build the datasets plugin's generated name lists from the shared name lists
 * (`../shared/data/dataset-mentions/names/`) and a short list curated here. Not part of the library.
 *
 *   npx tsx scripts/build-gazetteer.ts [folder of the shared names]
 *
 * Writes two data files beside the hand-curated `gazetteer.json`, which they never override:
 *
 * - `src/plugins/datasets/data/names.json`: Hugging Face (Apache-2.0), lm-evaluation-harness
 *   (MIT), OpenCompass (Apache-2.0) and the names curated below (MIT, this project);
 * - `src/plugins/datasets/data/names-pwc.json`: Papers with Code (CC BY-SA 4.0), a separate,
 *   attributed file, as its licence asks.
 *
 * Rules, applied to every name and alias (see docs/datasets.md):
 * - dropped: methods, models, metrics, tasks and ordinary words some lists call datasets
 *   (`stoplist`), tool ids (`snake_case`), all-lower-case words without a digit (folder ids
 *   such as `mmlu` duplicate a cased spelling), spellings of more than six words or with
 *   brackets, colons or ` - ` (PwC settings such as `DIV2K val - 4x upscaling`);
 * - flagged ambiguous: a one-word name of letters only with no inner capital (`ARC`,
 *   `Breakfast`, `RACE`): it then matches only as written and in a dataset context;
 * - a spelling another entry already owns (the curated gazetteer first, then this file's
 *   lists in order) is left to that entry; an entry left with no spelling is dropped.
 *
 * Deterministic: the same inputs give byte-identical files.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { keyOf } from '../src/plugins/datasets/chars.js'
import type { Gazetteer } from '../src/plugins/datasets/gazetteer.js'
import type { NameList } from '../src/plugins/datasets/names.js'

interface ListEntry {
  name: string
  aliases?: string[]
}

// Well-known resources the lists lack: citation graphs and scholarly corpora, IR test
// collections, knowledge bases and lexicons, speech corpora, long-context and agent benchmarks.
const curated: string[][] = [
  ['DBLP'],
  ['ArnetMiner', 'AMiner'],
  ['CiteSeer', 'Citeseer', 'CiteSeerX'],
  ['Microsoft Academic Graph', 'MAG'],
  ['OpenAlex'],
  ['S2ORC'],
  ['Semantic Scholar Open Research Corpus'],
  ['ACL Anthology Network', 'AAN'],
  ['OpenCitations'],
  ['Crossref'],
  ['PubMed Central', 'PMC'],
  ['CORD-19'],
  ['ClueWeb09', 'ClueWeb09-B', 'ClueWeb09B'],
  ['ClueWeb12', 'ClueWeb12-B13'],
  ['ClueWeb22'],
  ['GOV2', '.GOV2'],
  ['WT10g'],
  ['WT2G'],
  ['Robust04', 'TREC Robust04', 'TREC Robust'],
  ['Blogs06'],
  ['Blogs08'],
  ['Tweets2011'],
  ['Tweets2013'],
  ['LETOR', 'LETOR 3.0', 'LETOR 4.0'],
  ['MSLR-WEB10K'],
  ['MSLR-WEB30K'],
  ['Istella LETOR', 'Istella'],
  ['Yahoo! Learning to Rank Challenge', 'Yahoo LTR'],
  ['OHSUMED'],
  ['CLEF-IP'],
  ['TREC-COVID'],
  ['TREC CAR'],
  ['TREC Microblog'],
  ['AOL query log', 'AOL query logs'],
  ['Sogou-QCL'],
  ['SogouT'],
  ['Reuters-21578', 'Reuters21578'],
  ['RCV1', 'RCV1-v2', 'Reuters Corpus Volume 1'],
  ['20 Newsgroups', '20Newsgroups', '20NG', '20 Newsgroup', '20-Newsgroups'],
  ['TDT2'],
  ['TDT3'],
  ['Enron Email', 'Enron corpus', 'Enron email corpus'],
  ['Netflix Prize', 'Netflix Prize dataset'],
  ['Epinions'],
  ['LiveJournal'],
  ['English Wikipedia'],
  ['Simple English Wikipedia'],
  ['Wiktionary'],
  ['Wikidata'],
  ['Freebase'],
  ['YAGO', 'YAGO3', 'YAGO2'],
  ['DBpedia'],
  ['ConceptNet'],
  ['WordNet'],
  ['FrameNet'],
  ['PropBank'],
  ['NomBank'],
  ['VerbNet'],
  ['TimeBank'],
  ['Penn Discourse Treebank', 'PDTB', 'PDTB 2.0', 'PDTB-2.0', 'PDTB 3.0'],
  ['OntoNotes', 'OntoNotes 5.0'],
  ['Universal Dependencies'],
  ['Europarl'],
  ['News Commentary'],
  ['Gigaword', 'English Gigaword'],
  ['BNC', 'British National Corpus'],
  ['Brown Corpus'],
  ['CMU Pronouncing Dictionary', 'CMUdict'],
  ['NUS-WIDE'],
  ['MIRFlickr', 'MIRFLICKR-25K', 'MIR Flickr'],
  ['Corel5k', 'Corel-5k'],
  ['Caltech-101', 'Caltech101'],
  ['Caltech-256', 'Caltech256'],
  ['PubFig', 'PubFig83'],
  ['FERET', 'Color FERET'],
  ['CMU PIE', 'CMU-PIE'],
  ['Extended Yale B', 'Extended YaleB', 'YaleB'],
  ['COIL-20', 'COIL20'],
  ['COIL-100', 'COIL100'],
  ['JAFFE'],
  ['UCI Machine Learning Repository', 'UCI repository'],
  ['LibriSpeech', 'Librispeech'],
  ['Libri-Light'],
  ['LibriTTS'],
  ['Common Voice', 'Mozilla Common Voice'],
  ['TIMIT'],
  ['Switchboard', 'SWBD'],
  ['Fisher corpus', 'Fisher English'],
  ['WSJ0', 'WSJ0-2mix', 'wsj0-2mix'],
  ['VoxCeleb', 'VoxCeleb1', 'VoxCeleb2'],
  ['AISHELL-1', 'AISHELL-2', 'AISHELL'],
  ['GigaSpeech'],
  ['TED-LIUM', 'TED-LIUM 3'],
  ['VCTK'],
  ['LJSpeech', 'LJ Speech'],
  ['AudioSet'],
  ['ESC-50'],
  ['LongBench', 'LongBench v2'],
  ['InfiniteBench', '∞Bench'],
  ['L-Eval'],
  ['ZeroSCROLLS'],
  ['SCROLLS'],
  ['Needle in a Haystack', 'NIAH'],
  ['BABILong'],
  ['GAIA'],
  ['AgentBench'],
  ['WebArena'],
  ['VisualWebArena'],
  ['Mind2Web'],
  ['OSWorld'],
  ['SWE-bench', 'SWE-bench Verified', 'SWE-bench Lite'],
  ['τ-bench', 'tau-bench'],
  ['ToolBench'],
  ['AppWorld'],
  ['TheAgentCompany'],
  ['Terminal-Bench'],
  ['BrowseComp'],
  ['HLE', "Humanity's Last Exam"],
]

// Methods, models, metrics, tasks and ordinary words that some list calls a dataset.
const stoplist = new Set(
  [
    'SGD',
    'SVD',
    'ADAM',
    'Adam',
    'MAP',
    'General',
    'safety',
    'Safety',
    'Arithmetic',
    'GPT-4',
    'GPT-3',
    'GPT-2',
    'LLaMA',
    'LLaMA2',
    'Llama 2',
    'Mistral',
    'Pearson',
    'Spearman',
    'BLEU',
    'ROUGE',
    'METEOR',
    'CIDEr',
    'SPICE',
    'BERTScore',
    'F1',
    'Accuracy',
    'Perplexity',
    'Translation',
    'Summarization',
    'Question Answering',
    'Sentiment Analysis',
    'Named Entity Recognition',
    'Text Classification',
    'Machine Translation',
    'Reasoning',
    'Math',
    'Code',
    'Coding',
    'Chat',
    'Instruction Following',
    'Leaderboard evaluations',
    'Translation Tasks',
    'llama3',
    'Unitxt',
    'Language Modeling',
    'Dialogue',
    'Paraphrase',
    'Toxicity',
    'Bias',
    'Fairness',
    'Truthfulness',
    'Medical domain',
    'User and product information',
    'English',
    'Chinese',
    'Arabic',
    'French',
    'German',
    'Spanish',
    'Japanese',
    'Korean',
    'Hindi',
    'Russian',
    'Portuguese',
    'Italian',
    'Dutch',
    'Turkish',
    'Persian',
    'Farsi',
    'Hebrew',
    'Czech',
    'Danish',
    'Swedish',
    'Finnish',
    'Polish',
    'Greek',
    'Thai',
    'Vietnamese',
    'Indonesian',
    'Frames',
    'Health',
    'Science',
    'Education',
    'Computers',
    'Recreation',
    'Reference',
    'Business',
    'Sports',
    'Society',
    'Games',
    'Home',
    'Shopping',
    'News',
    'Books',
    'Movies',
    'Music',
    'Images',
    'Video',
    'Audio',
    'Text',
    'Speech',
    'Wikipedia',
    'Twitter',
    'Reddit',
    'Flickr',
    'YouTube',
    'Facebook',
    'Amazon',
    'Yelp',
    'Google',
    'Microsoft',
    'IBM',
    'Apple',
    'Baidu',
    'Tencent',
    'Alibaba',
    'Meta',
    'OpenAI',
    'Anthropic',
    'ImageNet pretrained',
    'Transformer',
    'BERT',
    'RoBERTa',
    'T5',
    'ResNet',
    'VGG',
    'AlexNet',
    'LSTM',
    'CNN',
    'RNN',
    'GAN',
    'VAE',
    'CLIP',
    'ViT',
    'SVM',
    'Random Forest',
    'XGBoost',
    'PCA',
    'LDA',
    'KNN',
    'kNN',
    'HMM',
    'CRF',
    'EM',
    'MCMC',
    'Adagrad',
    'RMSProp',
    'Dropout',
    'Attention',
    'Self-Instruct',
    'Alpaca',
    'Vicuna',
    'Claude',
    'Gemini',
    'Qwen',
    'DeepSeek',
    'Falcon',
    'Phi',
    'Gemma',
    'Mixtral',
    'Codex',
    'Copilot',
    'ChatGPT',
    'Human',
    'Humans',
    'Others',
    'Other',
    'Mixed',
    'Synthetic',
    'Real',
    'Test',
    'Train',
    'Dev',
    'Validation',
    'Benchmark',
    'Dataset',
    'Corpus',
    'Data',
    'Tasks',
    'Task',
    'Simple',
    'Easy',
    'Hard',
    'Medium',
    'Long',
    'Short',
    'Open',
    'Closed',
    'Public',
    'Private',
    'Base',
    'Large',
    'Small',
    'Tiny',
    'Mini',
    'Full',
    'Lite',
    'Pro',
    'Plus',
    'Max',
    'Ultra',
    'Nano',
    'Instruct',
    'Chat',
  ].map((word) => keyOf(word)),
)

/** A spelling worth matching: not a tool id, a description or a setting. */
function usable(spelling: string): boolean {
  const value = spelling.trim()
  if (value.length < 2 || value.length > 60) return false
  if (/[_()[\]{}:;|¬]|\s-\s|\s{2}/.test(value)) return false
  if (value.split(' ').length > 6) return false
  if (!/\p{Lu}/u.test(value) && !/\d/.test(value)) return false
  if (!/^[\p{L}\p{N}]/u.test(value)) return false
  return !stoplist.has(keyOf(value))
}

/** A one-word name of letters only with no inner capital: also an ordinary word or acronym. */
function isAmbiguous(spellings: readonly string[]): boolean {
  return spellings.some((spelling) => /^\p{L}+$/u.test(spelling) && !/^.+\p{Ll}.*\p{Lu}/u.test(spelling))
}

/** The entries of one list, each as its usable spellings, name first; spellings `owned` already are left out. */
function entries(list: readonly ListEntry[], owned: Set<string>): { names: string[][]; ambiguous: number[] } {
  const names: string[][] = []
  const ambiguous: number[] = []
  for (const entry of list) {
    const spellings: string[] = []
    const keys = new Set<string>()
    // A dataset the curated gazetteer or an earlier list knows keeps its entry there.
    if (
      [entry.name, ...(entry.aliases ?? [])].some((spelling) => owned.has(keyOf(spelling.trim().replace(/^the /, ''))))
    )
      continue
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
      const value = spelling.trim().replace(/^the /, '')
      const key = keyOf(value)
      if (!usable(value) || key === '' || owned.has(key) || keys.has(key)) continue
      keys.add(key)
      spellings.push(value)
    }
    if (spellings.length === 0) continue
    for (const key of keys) owned.add(key)
    if (isAmbiguous(spellings)) ambiguous.push(names.length)
    names.push(spellings)
  }
  return { names, ambiguous }
}

function main(): void {
  const from = process.argv[2] ?? new URL('../../shared/data/dataset-mentions/names/', import.meta.url).pathname
  const data = new URL('../src/plugins/datasets/data/', import.meta.url).pathname
  const read = (file: string) => JSON.parse(readFileSync(join(from, file), 'utf8')) as ListEntry[]
  const gazetteer = JSON.parse(readFileSync(join(data, 'gazetteer.json'), 'utf8')) as Gazetteer
  const owned = new Set<string>()
  for (const entry of gazetteer.datasets)
    for (const spelling of [entry.name, ...entry.aliases]) owned.add(keyOf(spelling))

  const own = entries(
    [
      ...curated.map(([name, ...aliases]) => ({ name: name as string, aliases })),
      ...read('hf-datasets.json'),
      ...read('lm-eval-harness.json'),
      ...read('opencompass.json'),
    ],
    owned,
  )
  const names: NameList = {
    source: 'generated',
    license: 'Apache-2.0 AND MIT',
    attribution:
      'Names from HuggingFace Datasets (https://github.com/huggingface/datasets), Copyright The HuggingFace Datasets Authors, Apache License 2.0; from OpenCompass (https://github.com/open-compass/opencompass), Copyright 2020 OpenCompass Authors, Apache License 2.0; from the Language Model Evaluation Harness (https://github.com/EleutherAI/lm-evaluation-harness), Copyright (c) 2020 EleutherAI, MIT License; and curated by papersift (MIT). Modified: names extracted and filtered by scripts/build-gazetteer.ts.',
    ...own,
  }
  const pwc = entries(read('pwc-datasets.json'), owned)
  const shareAlike: NameList = {
    source: 'paperswithcode',
    license: 'CC-BY-SA-4.0',
    attribution:
      'Dataset names and variants from Papers with Code (https://paperswithcode.com), CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), via DataFinder (https://github.com/viswavi/datafinder; Viswanathan et al., ACL 2023). Modified: names and variants only, repeated rows merged, filtered by scripts/build-gazetteer.ts. This file is released under CC BY-SA 4.0.',
    ...pwc,
  }
  // One entry per line: small diffs, and still plain JSON.
  const write = (file: string, list: NameList) => {
    const lines = list.names.map((spellings) => JSON.stringify(spellings))
    const head = JSON.stringify({ ...list, names: undefined, ambiguous: undefined }).slice(0, -1)
    writeFileSync(
      join(data, file),
      `${head},"ambiguous":${JSON.stringify(list.ambiguous)},"names":[\n${lines.join(',\n')}\n]}\n`,
    )
    console.log(`${file}: ${list.names.length} entries, ${list.ambiguous.length} ambiguous`)
  }
  write('names.json', names)
  write('names-pwc.json', shareAlike)
}

main()
