/**
 * Dataset-mention evaluation against the hand-written labels in
 * `fixtures/datasets-eval/labels.json`: precision, recall, F1, F0.5 and role agreement
 * per labelled fixture. `npm run eval:datasets` prints them; `--verbose` lists the misses.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { DatasetMention, Entry, PluginContext } from '../src/index.js'
import { datasets, parse } from '../src/index.js'
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
    format: 'hf-api',
    index: 0,
    text: abstract,
    fields: { abstract: { value: abstract } },
    links: [],
  }
  const out = plugin.extract(entry, context)
  if (out instanceof Promise) throw new Error('datasets is synchronous')
  return out?.datasets ?? []
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

const percent = (value: number) => `${(value * 100).toFixed(1)}%`

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
  if (!verbose) return
  const all = scores.all
  if (!all) return
  for (const miss of all.falsePositives) console.log(`FP ${miss.document}: ${miss.name}`)
  for (const miss of all.falseNegatives) console.log(`FN ${miss.document}: ${miss.name}`)
  for (const miss of all.roleMismatches)
    console.log(`ROLE ${miss.document}: ${miss.name} expected ${miss.expected}, got ${miss.got}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
