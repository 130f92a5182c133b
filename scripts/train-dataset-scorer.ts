/**
 * Train the datasets plugin's learned scorer (`src/plugins/datasets/scorer.ts`) and write
 * its weights to `src/plugins/datasets/data/scorer.json`. Not part of the library.
 *
 *   npx tsx scripts/train-dataset-scorer.ts [--dry] [--min-precision 0.895]
 *
 * - Examples: every span of every name the gazetteer lacks that the broad discovery finds in
 *   the **train** sentences (`fixtures/datasets-eval/sentences/train.jsonl`), with the
 *   features of its name's group; a span is positive when it overlaps a labelled span (the
 *   matching rule of `npm run eval:datasets`).
 * - Model: logistic regression, L2-regularised, full-batch gradient descent from zero
 *   weights (deterministic).
 * - Tuning on the **dev** sentences only: the L2 strength and the threshold that give the
 *   best F1 over both corpora (spans of known names included, as the plugin returns them)
 *   among those whose precision is at least 0.88 (or `--min-precision`).
 *   The threshold is folded into the bias, so the plugin keeps a name scored 0.5 or more.
 *
 * The test sentences are never read here.
 */
import { writeFileSync } from 'node:fs'
import { featureNames } from '../src/plugins/datasets/features.js'
import { matcherFor } from '../src/plugins/datasets/index.js'
import { findMentions } from '../src/plugins/datasets/mentions.js'
import { readOptions } from '../src/plugins/datasets/options.js'
import { collapse, readSentences, type SentencePart } from './eval-datasets.js'

/** One judged group of spans, in one sentence. */
interface Group {
  features: readonly number[]
  /** For each span: does it overlap a labelled span, and which labelled spans it overlaps. */
  spans: Array<{ positive: boolean; gold: number[] }>
}

/** One sentence: its labelled spans, the spans of known names, and the judged groups. */
interface Item {
  corpus: string
  gold: number
  /** Labelled spans a known name's span overlaps, and how many known spans are right / wrong. */
  knownGold: Set<number>
  knownRight: number
  knownWrong: number
  groups: Group[]
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1]

/** Read `part` through the plugin's own discovery: the examples, sentence by sentence. */
function collect(part: SentencePart): Item[] {
  const settings = readOptions({ minConfidence: 0 })
  const matcher = matcherFor(settings)
  const items: Item[] = []
  for (const sentence of readSentences(part)) {
    const { text, offsets } = collapse(sentence.text)
    const toOriginal = (span: { start: number; end: number }): [number, number] => [
      offsets[span.start] as number,
      (offsets[span.end - 1] as number) + 1,
    ]
    const goldOf = (span: [number, number]) =>
      sentence.spans.flatMap((gold, index) => (overlaps(gold, span) ? [index] : []))
    const groups: Group[] = []
    const traced: string[] = []
    const mentions = findMentions(text, '', matcher, {
      discover: true,
      minConfidence: 0,
      scorer: 'learned',
      trace(name, spans, features) {
        traced.push(name)
        groups.push({
          features,
          spans: spans.map((span) => {
            const gold = goldOf(toOriginal(span))
            return { positive: gold.length > 0, gold }
          }),
        })
      },
    })
    const item: Item = {
      corpus: sentence.id.slice(0, sentence.id.indexOf('-')),
      gold: sentence.spans.length,
      knownGold: new Set(),
      knownRight: 0,
      knownWrong: 0,
      groups,
    }
    const judged = new Set(traced)
    for (const mention of mentions) {
      // Known names, and names the rules found, are kept whatever the scorer says.
      if (judged.has(mention.name)) continue
      for (const span of mention.spans) {
        const gold = goldOf(toOriginal(span))
        if (gold.length > 0) item.knownRight++
        else item.knownWrong++
        for (const index of gold) item.knownGold.add(index)
      }
    }
    items.push(item)
  }
  return items
}

/** Logistic regression by full-batch gradient descent; one example per span. */
function train(items: readonly Item[], l2: number, epochs = 600, rate = 0.5): { bias: number; weights: Float64Array } {
  const examples: Array<{ features: readonly number[]; label: number }> = []
  for (const item of items)
    for (const group of item.groups)
      for (const span of group.spans) examples.push({ features: group.features, label: span.positive ? 1 : 0 })
  const weights = new Float64Array(featureNames.length)
  let bias = 0
  const n = examples.length
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Float64Array(weights.length)
    let biasGradient = 0
    for (const { features, label } of examples) {
      let sum = bias
      for (const at of features) sum += weights[at] as number
      const error = 1 / (1 + Math.exp(-sum)) - label
      biasGradient += error
      for (const at of features) gradient[at] = (gradient[at] as number) + error
    }
    bias -= (rate * biasGradient) / n
    for (let at = 0; at < weights.length; at++)
      weights[at] = (weights[at] as number) - rate * ((gradient[at] as number) / n + l2 * (weights[at] as number))
  }
  return { bias, weights }
}

/** Span-overlap precision, recall and F1 over `items` when names scored `threshold` or more are kept. */
function evaluate(items: readonly Item[], model: { bias: number; weights: Float64Array }, threshold: number) {
  let gold = 0
  let found = 0
  let predicted = 0
  let correct = 0
  for (const item of items) {
    gold += item.gold
    predicted += item.knownRight + item.knownWrong
    correct += item.knownRight
    const hit = new Set(item.knownGold)
    for (const group of item.groups) {
      let sum = model.bias
      for (const at of group.features) sum += model.weights[at] as number
      if (1 / (1 + Math.exp(-sum)) < threshold) continue
      for (const span of group.spans) {
        predicted++
        if (span.positive) correct++
        for (const index of span.gold) hit.add(index)
      }
    }
    found += hit.size
  }
  const precision = predicted ? correct / predicted : 1
  const recall = gold ? found / gold : 1
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}

/** The number after `flag` on the command line, or `undefined` when the flag is not given. */
function pinned(flag: string): number | undefined {
  const at = process.argv.indexOf(flag)
  return at >= 0 ? Number(process.argv[at + 1]) : undefined
}

const minPrecision = pinned('--min-precision') ?? 0.88

function main(): void {
  const trainItems = collect('train')
  const devItems = collect('dev')
  console.log(
    `train: ${trainItems.reduce((sum, item) => sum + item.groups.reduce((s, g) => s + g.spans.length, 0), 0)} candidate spans`,
  )
  let best:
    | { l2: number; threshold: number; f1: number; rank: number; model: { bias: number; weights: Float64Array } }
    | undefined
  // `--l2 <x> --threshold <t>` pins one setting (to measure it through the plugin itself).
  const givenL2 = pinned('--l2')
  const givenThreshold = pinned('--threshold')
  const l2s = givenL2 === undefined ? [0.0003, 0.001, 0.003, 0.01] : [givenL2]
  const thresholds =
    givenThreshold === undefined
      ? [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
      : [givenThreshold]
  for (const l2 of l2s) {
    const model = train(trainItems, l2)
    for (const threshold of thresholds) {
      const dev = evaluate(devItems, model, threshold)
      const onTrain = evaluate(trainItems, model, threshold)
      console.log(
        `l2 ${l2} threshold ${threshold.toFixed(2)}: dev P ${(dev.precision * 100).toFixed(1)} R ${(dev.recall * 100).toFixed(1)} F1 ${(dev.f1 * 100).toFixed(1)}   train F1 ${(onTrain.f1 * 100).toFixed(1)}`,
      )
      // The issue asks for precision 0.88 or more: the best F1 among settings that keep it on dev,
      // or, when none does, the best F1.
      const rank = (dev.precision >= minPrecision ? 1 : 0) + dev.f1
      if (!best || rank > best.rank) best = { l2, threshold, f1: dev.f1, rank, model }
    }
  }
  if (!best) return
  const { model, threshold, l2 } = best
  console.log(`chosen on dev: l2 ${l2}, threshold ${threshold.toFixed(2)}, dev F1 ${(best.f1 * 100).toFixed(1)}`)
  const weights: Record<string, number> = {}
  featureNames.forEach((name, at) => {
    const weight = model.weights[at] as number
    if (Math.abs(weight) >= 0.001) weights[name] = Math.round(weight * 1000) / 1000
  })
  const stored = {
    note: `Logistic regression trained by scripts/train-dataset-scorer.ts on the train sentences (L2 ${l2}); threshold ${threshold.toFixed(2)}, chosen on the dev sentences, folded into the bias.`,
    bias: Math.round((model.bias - Math.log(threshold / (1 - threshold))) * 1000) / 1000,
    weights,
  }
  if (process.argv.includes('--dry')) return
  const file = new URL('../src/plugins/datasets/data/scorer.json', import.meta.url)
  writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`)
  console.log(`wrote ${file.pathname}`)
}

if (process.argv[1]?.endsWith('train-dataset-scorer.ts')) main()
