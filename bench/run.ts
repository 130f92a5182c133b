/**
 * `npm run bench [-- filter]`: every site-reader fixture, each case timed in CPU time
 * (`process.cpuUsage`) in interleaved rounds, one process. Per input: the median and the
 * interquartile range over rounds; ratios are taken within each round (papersift ÷ parse5 of
 * the same round), then their median, so a slow moment of the shared machine hits both sides.
 *
 * Cases: bare `parse5.parse` and `rehype-parse` (HTML only), the default chain, the default
 * chain without the datasets plugin, and the reader alone (`read`, no plugins). With
 * `BASELINE=dir` (a checkout's root holding `src/index.ts`), that checkout's default chain (with
 * and without datasets) and its reader alone are timed in the same rounds too: before and after,
 * same machine, same moment.
 *
 * `ROUNDS` (default 9) sets the rounds; each sample repeats its case until it has cost about
 * `SAMPLE_MS` (default 250) ms of CPU time. Samples are that long so each case pays for its own
 * garbage: with 15 ms samples (until session 8) much of a case's garbage was collected inside
 * the next case's sample, and the ratios read low (the chain on the HF daily page 1.5× parse5
 * at 15 ms, 2.4× at 300 ms; rehype-parse 1.5× and 2.1×).
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse as parse5 } from 'parse5'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { goldenCases } from '../scripts/lib/golden.js'
import { detect } from '../src/core/detect.js'
import { createParser } from '../src/index.js'
import { readers } from '../src/readers/index.js'
import { quiet } from './quiet.js'

type Parse = (input: Uint8Array, options: { referenceDate: string }) => { papers: unknown[] }

const rounds = Number(process.env.ROUNDS ?? 9)
const sampleMs = Number(process.env.SAMPLE_MS ?? 250)
const only = process.argv[2]
const options = { referenceDate: '2025-12-08' }
const rehype = unified().use(rehypeParse).freeze()
const full = createParser()
const noDatasets = createParser().disable('datasets')
type Read = (text: string) => unknown
let baseline: Parse | undefined
// The baseline checkout's default chain without the datasets plugin.
let baselineNoDatasets: Parse | undefined
// The baseline checkout's reader of an input (chosen by its own detection), alone.
let baselineReader: ((text: string) => Read | undefined) | undefined
if (process.env.BASELINE) {
  const root = resolve(process.env.BASELINE)
  const module = (await import(join(root, 'src/index.ts'))) as {
    createParser: () => { parseSync: Parse }
  }
  const parser = module.createParser()
  baseline = (input, opts) => parser.parseSync(input, opts)
  const lean = (module.createParser() as unknown as { disable: (name: string) => { parseSync: Parse } }).disable(
    'datasets',
  )
  baselineNoDatasets = (input, opts) => lean.parseSync(input, opts)
  const before = {
    readers: ((await import(join(root, 'src/readers/index.ts'))) as { readers: typeof readers }).readers,
    detect: ((await import(join(root, 'src/core/detect.ts'))) as { detect: typeof detect }).detect,
  }
  baselineReader = (text) => {
    const reader = before.detect(text, before.readers)
    return reader && ((value) => reader.read(new VFile({ value }), quiet))
  }
}

interface Input {
  name: string
  bytes: Buffer
  text: string
  html: boolean
  cases: Record<string, () => unknown>
  reps: Record<string, number>
  /** Milliseconds of CPU time per run, one value per round and case. */
  samples: Record<string, number[]>
  papers: number
}

const inputs: Input[] = goldenCases()
  .filter((item) => !only || item.name.includes(only))
  .map((item) => {
    const bytes = readFileSync(item.input)
    const text = bytes.toString('utf8')
    const reader = detect(text, readers)
    if (!reader) throw new Error(`No reader for ${item.name}`)
    const html = item.input.endsWith('.html')
    const cases: Record<string, () => unknown> = {}
    if (html) {
      cases.parse5 = () => parse5(text)
      cases['rehype-parse'] = () => rehype.parse(text)
    }
    cases.papersift = () => full.parseSync(bytes, options)
    cases['no datasets'] = () => noDatasets.parseSync(bytes, options)
    cases['reader alone'] = () => reader.read(new VFile({ value: text }), quiet)
    if (baseline) {
      const before = baseline
      cases.before = () => before(bytes, options)
      const beforeLean = baselineNoDatasets
      if (beforeLean) cases['before: no datasets'] = () => beforeLean(bytes, options)
      const read = baselineReader?.(text)
      if (read) cases['before: reader alone'] = () => read(text)
    }
    return {
      name: item.name,
      bytes,
      text,
      html,
      cases,
      reps: {},
      samples: Object.fromEntries(Object.keys(cases).map((name) => [name, []])),
      papers: full.parseSync(bytes, options).papers.length,
    }
  })

function cpu(run: () => unknown, reps: number): number {
  const before = process.cpuUsage()
  for (let index = 0; index < reps; index++) run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000 / reps
}

// Warm up, and pick how many runs make one sample.
for (const input of inputs)
  for (const [name, run] of Object.entries(input.cases)) {
    cpu(run, 3)
    const once = cpu(run, 3)
    input.reps[name] = Math.max(1, Math.ceil(sampleMs / Math.max(once, 0.01)))
  }

for (let round = 0; round < rounds; round++)
  for (const input of inputs) {
    // Rotate the order of the cases each round, so none always runs right after another's garbage.
    const names = Object.keys(input.cases)
    for (let step = 0; step < names.length; step++) {
      const name = names[(step + round) % names.length] as string
      input.samples[name]?.push(cpu(input.cases[name] as () => unknown, input.reps[name] as number))
    }
  }

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low)
}

/** `median [q1–q3]` of `values`. */
function spread(values: readonly number[], digits: number): string {
  const [q1, median, q3] = [0.25, 0.5, 0.75].map((q) => quantile(values, q).toFixed(digits))
  return `${median} [${q1}–${q3}]`
}

/** Per round, `a` ÷ `b`. */
function ratios(input: Input, a: string, b: string): number[] {
  const top = input.samples[a] ?? []
  const bottom = input.samples[b] ?? []
  return top.map((value, index) => value / (bottom[index] as number))
}

/** Per round, MB/s of `name`. */
function speeds(input: Input, name: string): number[] {
  const megabytes = input.bytes.length / 1024 / 1024
  return (input.samples[name] ?? []).map((ms) => megabytes / (ms / 1000))
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}

const load = (await import('node:os')).loadavg().map((value) => value.toFixed(2))
console.log(
  `${rounds} rounds, CPU time, median [interquartile range] over rounds; load average ${load.join(' ')}; Node ${process.version}\n`,
)

const htmlInputs = inputs.filter((input) => input.html)
if (htmlInputs.length > 0) {
  const header = [
    'HTML input',
    'KiB',
    'papers',
    'parse5 ms',
    'papersift ×parse5',
    'no datasets ×',
    'reader alone ×',
    'rehype ×',
  ]
  if (baseline) header.push('before ×', 'before: no datasets ×', 'before: reader alone ×')
  const rows = htmlInputs.map((input) => {
    const row = [
      input.name,
      String(Math.round(input.bytes.length / 1024)),
      String(input.papers),
      spread(input.samples.parse5 ?? [], 2),
      spread(ratios(input, 'papersift', 'parse5'), 2),
      spread(ratios(input, 'no datasets', 'parse5'), 2),
      spread(ratios(input, 'reader alone', 'parse5'), 2),
      spread(ratios(input, 'rehype-parse', 'parse5'), 2),
    ]
    if (baseline)
      row.push(
        spread(ratios(input, 'before', 'parse5'), 2),
        spread(ratios(input, 'before: no datasets', 'parse5'), 2),
        spread(ratios(input, 'before: reader alone', 'parse5'), 2),
      )
    return row
  })
  console.log(`${table(header, rows)}\n\nTarget: papersift ≤ 1.3× parse5 on every input.\n`)
}

const otherInputs = inputs.filter((input) => !input.html)
if (otherInputs.length > 0) {
  const header = [
    'text, markdown, JSON, XML',
    'KiB',
    'papers',
    'papersift MB/s',
    'no datasets MB/s',
    'reader alone MB/s',
  ]
  if (baseline) header.push('before MB/s', 'before: no datasets MB/s', 'before: reader alone MB/s')
  const rows = otherInputs.map((input) => {
    const row = [
      input.name,
      String(Math.round(input.bytes.length / 1024)),
      String(input.papers),
      spread(speeds(input, 'papersift'), 1),
      spread(speeds(input, 'no datasets'), 1),
      spread(speeds(input, 'reader alone'), 1),
    ]
    if (baseline)
      row.push(
        spread(speeds(input, 'before'), 1),
        spread(speeds(input, 'before: no datasets'), 1),
        spread(speeds(input, 'before: reader alone'), 1),
      )
    return row
  })
  console.log(`${table(header, rows)}\n\nTarget: papersift ≥ 25 MB/s on text and markdown listings.`)
}
