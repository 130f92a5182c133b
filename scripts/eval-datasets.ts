/**
 * Dataset-mention evaluation. Two sets of labels:
 *
 * - the hand-written labels of `fixtures/datasets-eval/labels.json`: precision, recall, F1,
 *   F0.5 and role agreement per labelled fixture, a mention matching a label by name;
 * - the labelled sentences of `fixtures/datasets-eval/sentences/` (two public corpora, split
 *   by `scripts/split-dataset-sentences.ts`): precision, recall and F1 per corpus and part, a
 *   predicted span matching a labelled span it overlaps, and recall on the labelled spans no raw
 *   match of the bundled gazetteer overlaps (names absent from the gazetteer; ambiguous spellings
 *   count as present, and no head or context rule of the plugin decides it).
 *
 * `npm run eval:datasets` prints both; `-- --verbose` lists the misses on the fixtures,
 * `-- --misses train` those on the train sentences, `-- --parts train,dev` limits the parts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { DatasetMention, Entry, PluginContext } from '../src/index.js'
import { datasets, parse, parseSync } from '../src/index.js'
import { flatAscii } from '../src/plugins/datasets/flat.js'
import { matcherFor } from '../src/plugins/datasets/index.js'
import { readOptions } from '../src/plugins/datasets/options.js'
import { normalizeWhitespace } from '../src/util/text.js'

/** One labelled dataset. */
interface Label {
  name: string
  role: DatasetMention['role']
  aliases?: string[]
  optional?: boolean
}

/** One labelled abstract. */
interface LabelledDocument {
  source: string
  index: number
  title: string
  datasets: Label[]
}

/** What the extractor found in one abstract, beside its labels. */
interface Case {
  source: string
  index: number
  title: string
  labels: Label[]
  found: DatasetMention[]
}

/** The scores of one set of cases. */
export interface Score {
  documents: number
  labelled: number
  predicted: number
  truePositives: number
  falsePositives: Array<{ document: string; name: string }>
  falseNegatives: Array<{ document: string; name: string }>
  roleAgreements: number
  roleMismatches: Array<{ document: string; name: string; expected: string; got: string }>
  precision: number
  recall: number
  f1: number
  f05: number
  roleAgreement: number
}

const root = new URL('../fixtures/', import.meta.url)
/** The labelled Hugging Face API responses; the last was held out while the rules were written. */
export const apiFiles = ['api-daily_papers-2026-05-08', 'api-daily_papers-2026-07-31'] as const

/** Run the default chain's datasets plugin over every labelled abstract. */
export async function collect(): Promise<Case[]> {
  const labels = JSON.parse(readFileSync(new URL('datasets-eval/labels.json', root), 'utf8')) as {
    documents: LabelledDocument[]
  }
  const seed = await parse(readFileSync(new URL('hf-text/seed/input.txt', root)), { referenceDate: '2025-12-08' })
  const api = new Map(
    apiFiles.map((file) => [
      file as string,
      JSON.parse(readFileSync(new URL(`datasets-eval/${file}.json`, root), 'utf8')) as Array<{
        paper: { title: string; summary: string }
      }>,
    ]),
  )
  const plugin = datasets()
  return labels.documents.map((document) => {
    let found: DatasetMention[] = []
    if (document.source === 'seed') found = seed.papers[document.index]?.datasets ?? []
    else {
      const paper = api.get(document.source)?.[document.index]?.paper
      if (paper) found = runPlugin(plugin, normalizeWhitespace(paper.title), normalizeWhitespace(paper.summary))
    }
    return { ...document, labels: document.datasets, found }
  })
}

/** The plugin alone on one abstract, as the chain would run it after `metadata`. */
export function runPlugin(plugin: ReturnType<typeof datasets>, title: string, abstract: string): DatasetMention[] {
  const context: PluginContext<ReturnType<typeof datasets>['schema']> = {
    paper: { title, abstract },
    referenceDate: '2026-05-08',
    referenceSource: 'option',
    message() {},
    cite() {},
  }
  const entry: Entry = {
    reader: 'hf-api',
    index: 0,
    text: abstract,
    fields: { abstract: { value: abstract } },
    links: [],
  }
  const out = plugin.extract(entry, context)
  if (out instanceof Promise) throw new Error('datasets is synchronous')
  return out?.datasets ?? []
}

/** A title and abstract as the chain hands them to the plugin. */
export interface Abstract {
  /** Where it comes from: `<format>/<fixture>#<record>`. */
  source: string
  title: string | undefined
  abstract: string
}

/** Title and abstract of every fixture record that has an abstract, parsed with the fixture's options. */
export function fixtureAbstracts(): Abstract[] {
  const folder = root.pathname
  const found: Abstract[] = []
  for (const format of readdirSync(folder).sort())
    for (const item of readdirSync(join(folder, format), { withFileTypes: true })) {
      if (!item.isDirectory()) continue
      const fixture = join(folder, format, item.name)
      const input = readdirSync(fixture).find((name) => name.startsWith('input.'))
      if (!input) continue
      const options = existsSync(join(fixture, 'options.json'))
        ? JSON.parse(readFileSync(join(fixture, 'options.json'), 'utf8'))
        : {}
      parseSync(readFileSync(join(fixture, input)), options).papers.forEach((paper, index) => {
        if (paper.abstract)
          found.push({ source: `${format}/${item.name}#${index}`, title: paper.title, abstract: paper.abstract })
      })
    }
  return found.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
}

const fold = (value: string) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+*]/gu, '')

/** Precision, recall, F1, F0.5 and role agreement; optional labels neither count nor cost. */
export function score(cases: readonly Case[]): Score {
  const result: Score = {
    documents: cases.length,
    labelled: 0,
    predicted: 0,
    truePositives: 0,
    falsePositives: [],
    falseNegatives: [],
    roleAgreements: 0,
    roleMismatches: [],
    precision: 0,
    recall: 0,
    f1: 0,
    f05: 0,
    roleAgreement: 0,
  }
  for (const item of cases) {
    const document = `${item.source}#${item.index}`
    const matched = new Set<Label>()
    for (const mention of item.found) {
      const label = item.labels.find(
        (candidate) =>
          !matched.has(candidate) &&
          [candidate.name, ...(candidate.aliases ?? [])].some((n) => fold(n) === fold(mention.name)),
      )
      if (!label) {
        result.predicted++
        result.falsePositives.push({ document, name: mention.name })
        continue
      }
      matched.add(label)
      if (label.optional) continue
      result.predicted++
      result.truePositives++
      if (label.role === mention.role) result.roleAgreements++
      else result.roleMismatches.push({ document, name: mention.name, expected: label.role, got: mention.role })
    }
    for (const label of item.labels) {
      if (label.optional) continue
      result.labelled++
      if (!matched.has(label)) result.falseNegatives.push({ document, name: label.name })
    }
  }
  const { truePositives: tp, predicted, labelled } = result
  result.precision = predicted ? tp / predicted : 1
  result.recall = labelled ? tp / labelled : 1
  const fBeta = (beta: number) => {
    const b2 = beta * beta
    const denominator = b2 * result.precision + result.recall
    return denominator ? ((1 + b2) * result.precision * result.recall) / denominator : 0
  }
  result.f1 = fBeta(1)
  result.f05 = fBeta(0.5)
  result.roleAgreement = tp ? result.roleAgreements / tp : 1
  return result
}

/** Scores per fixture and for all of them. */
export async function evaluate(): Promise<Record<string, Score>> {
  const cases = await collect()
  const scores: Record<string, Score> = { seed: score(cases.filter((item) => item.source === 'seed')) }
  for (const file of apiFiles) scores[file] = score(cases.filter((item) => item.source === file))
  scores.all = score(cases)
  return scores
}

/**
 * Dataset extraction alone (the plugin, after `metadata` has run) on the seed's abstracts,
 * repeated until `megabytes` of abstract text went through; MB/s of CPU time.
 */
export async function throughput(megabytes = 10): Promise<number> {
  const seed = await parse(readFileSync(new URL('hf-text/seed/input.txt', root)), { referenceDate: '2025-12-08' })
  const papers = seed.papers.flatMap((paper) =>
    paper.abstract ? [{ title: paper.title, abstract: paper.abstract }] : [],
  )
  const plugin = datasets()
  runPlugin(plugin, 'warm up', 'ImageNet') // compiles the gazetteer outside the timing
  const total = megabytes * 1024 * 1024
  let bytes = 0
  const before = process.cpuUsage()
  for (let index = 0; bytes < total; index++) {
    const paper = papers[index % papers.length]
    if (!paper) break
    runPlugin(plugin, paper.title, paper.abstract)
    bytes += Buffer.byteLength(paper.abstract)
  }
  const used = process.cpuUsage(before)
  return bytes / 1024 / 1024 / ((used.user + used.system) / 1e6)
}

/** One labelled sentence of `fixtures/datasets-eval/sentences/`. */
export interface Sentence {
  id: string
  text: string
  datasets: string[]
  spans: Array<[number, number]>
}

/** Span-overlap scores of one corpus on one part. */
export interface SpanScore {
  sentences: number
  gold: number
  predicted: number
  /** Predicted spans that overlap a labelled span. */
  correct: number
  /** Labelled spans that a predicted span overlaps. */
  found: number
  /**
   * Labelled spans that no raw match of the bundled gazetteer overlaps (every spelling the matcher finds,
   * ambiguous ones included, before any context or head rule drops one), and how many of them were found.
   */
  unseen: number
  unseenFound: number
  precision: number
  recall: number
  f1: number
  unseenRecall: number
  misses: Array<{ id: string; kind: 'FP' | 'FN'; text: string }>
}

/** The sentence parts, in the order they are reported. */
export const sentenceParts = ['train', 'dev', 'test'] as const
export type SentencePart = (typeof sentenceParts)[number]

/** The labelled sentences of one part. */
export function readSentences(part: SentencePart): Sentence[] {
  const file = new URL(`datasets-eval/sentences/${part}.jsonl`, root)
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Sentence)
}

/**
 * `text` with every run of whitespace made one space and the ends trimmed, as the chain
 * hands abstracts over, and for each offset of the result its offset in `text`.
 */
export function collapse(text: string): { text: string; offsets: number[] } {
  let out = ''
  const offsets: number[] = []
  let space = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    if (/\s/.test(char)) {
      space = out !== ''
      continue
    }
    if (space) {
      out += ' '
      offsets.push(index - 1)
      space = false
    }
    out += char
    offsets.push(index)
  }
  offsets.push(text.length)
  return { text: out, offsets }
}

/** The spans `mentions` cover, in offsets of the original text. */
function spansOf(mentions: readonly DatasetMention[], offsets: readonly number[]): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const mention of mentions)
    for (const span of mention.spans) spans.push([offsets[span.start] as number, (offsets[span.end - 1] as number) + 1])
  return spans
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1]

function emptySpanScore(): SpanScore {
  return {
    sentences: 0,
    gold: 0,
    predicted: 0,
    correct: 0,
    found: 0,
    unseen: 0,
    unseenFound: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    unseenRecall: 0,
    misses: [],
  }
}

/** Span-overlap scores per corpus (`heddes`, `tdmsci`) of `sentences`. */
export function scoreSentences(sentences: readonly Sentence[]): Record<string, SpanScore> {
  const plugin = datasets()
  // Unseen is decided by the gazetteer alone: its raw matches, so no rule that drops a match changes it.
  const matcher = matcherFor(readOptions(undefined))
  const scores: Record<string, SpanScore> = {}
  for (const sentence of sentences) {
    const corpus = sentence.id.slice(0, sentence.id.indexOf('-'))
    const s = scores[corpus] ?? emptySpanScore()
    scores[corpus] = s
    const { text, offsets } = collapse(sentence.text)
    const predicted = spansOf(runPlugin(plugin, '', text), offsets)
    const gazetteer = matcher
      .scan(flatAscii(text))
      .map((hit): [number, number] => [offsets[hit.start] as number, (offsets[hit.end - 1] as number) + 1])
    s.sentences++
    s.gold += sentence.spans.length
    s.predicted += predicted.length
    for (const span of predicted)
      if (sentence.spans.some((gold) => overlaps(gold, span))) s.correct++
      else s.misses.push({ id: sentence.id, kind: 'FP', text: sentence.text.slice(span[0], span[1]) })
    for (const gold of sentence.spans) {
      const found = predicted.some((span) => overlaps(gold, span))
      if (found) s.found++
      else s.misses.push({ id: sentence.id, kind: 'FN', text: sentence.text.slice(gold[0], gold[1]) })
      if (gazetteer.some((span) => overlaps(gold, span))) continue
      s.unseen++
      if (found) s.unseenFound++
    }
  }
  for (const s of Object.values(scores)) {
    s.precision = s.predicted ? s.correct / s.predicted : 1
    s.recall = s.gold ? s.found / s.gold : 1
    s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0
    s.unseenRecall = s.unseen ? s.unseenFound / s.unseen : 1
  }
  return scores
}

/** Span-overlap scores per part and corpus, and for both corpora together. */
export function evaluateSentences(parts: readonly SentencePart[] = sentenceParts): Record<string, SpanScore> {
  const scores: Record<string, SpanScore> = {}
  for (const part of parts) {
    const sentences = readSentences(part)
    const perCorpus = scoreSentences(sentences)
    for (const [corpus, s] of Object.entries(perCorpus)) scores[`${part} ${corpus}`] = s
    const all = Object.values(perCorpus)
    const sum = (key: 'sentences' | 'gold' | 'predicted' | 'correct' | 'found' | 'unseen' | 'unseenFound') =>
      all.reduce((total, s) => total + s[key], 0)
    const both: SpanScore = {
      sentences: sum('sentences'),
      gold: sum('gold'),
      predicted: sum('predicted'),
      correct: sum('correct'),
      found: sum('found'),
      unseen: sum('unseen'),
      unseenFound: sum('unseenFound'),
      precision: 0,
      recall: 0,
      f1: 0,
      unseenRecall: 0,
      misses: [],
    }
    both.precision = both.predicted ? both.correct / both.predicted : 1
    both.recall = both.gold ? both.found / both.gold : 1
    both.f1 = both.precision + both.recall ? (2 * both.precision * both.recall) / (both.precision + both.recall) : 0
    both.unseenRecall = both.unseen ? both.unseenFound / both.unseen : 1
    scores[`${part} both`] = both
  }
  return scores
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`

/** The value after `flag` on the command line. */
function argument(flag: string): string | undefined {
  const index = process.argv.indexOf(flag)
  return index < 0 ? undefined : process.argv[index + 1]
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose')
  const scores = await evaluate()
  console.log('fixture                          docs  gold  pred    P       R       F1      F0.5    role')
  for (const [name, s] of Object.entries(scores)) {
    console.log(
      `${name.padEnd(32)} ${String(s.documents).padStart(4)} ${String(s.labelled).padStart(5)} ${String(s.predicted).padStart(5)}  ${[s.precision, s.recall, s.f1, s.f05, s.roleAgreement].map((v) => percent(v).padStart(6)).join('  ')}`,
    )
  }
  console.log(`throughput: ${(await throughput()).toFixed(1)} MB/s (CPU time, the seed's abstracts repeated to 10 MB)`)
  const partsArg = argument('--parts')
  const parts = partsArg ? (partsArg.split(',') as SentencePart[]) : [...sentenceParts]
  const sentences = evaluateSentences(parts)
  console.log('\nsentences (span overlap)   sents  gold  pred    P       R       F1    unseen  R unseen')
  for (const [name, s] of Object.entries(sentences))
    console.log(
      `${name.padEnd(26)} ${String(s.sentences).padStart(5)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)}  ${[s.precision, s.recall, s.f1].map((v) => percent(v).padStart(6)).join('  ')}  ${String(s.unseen).padStart(5)}  ${percent(s.unseenRecall).padStart(6)}`,
    )
  const missesOf = argument('--misses')
  if (missesOf === 'train' || missesOf === 'dev')
    for (const [name, s] of Object.entries(evaluateSentences([missesOf])))
      if (!name.endsWith('both')) for (const miss of s.misses) console.log(`${miss.kind} ${miss.id}: ${miss.text}`)
  if (!verbose) return
  const all = scores.all
  if (!all) return
  for (const miss of all.falsePositives) console.log(`FP ${miss.document}: ${miss.name}`)
  for (const miss of all.falseNegatives) console.log(`FN ${miss.document}: ${miss.name}`)
  for (const miss of all.roleMismatches)
    console.log(`ROLE ${miss.document}: ${miss.name} expected ${miss.expected}, got ${miss.got}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
