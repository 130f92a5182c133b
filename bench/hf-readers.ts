/**
 * How the Hugging Face readers compare with a bare `parse5.parse` of the same page (the design
 * target: the whole default chain at most ~1.3× that). Interleaved rounds, medians, same bytes,
 * same process. Run: `npx tsx bench/hf-readers.ts [page.html]`.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'parse5'
import { VFile } from 'vfile'
import { parseHtml } from '../scripts/lib/hast.js'
import { parseSync } from '../src/index.js'
import { hfHtml } from '../src/readers/hf-html/index.js'
import { quiet } from './quiet.js'

const path = process.argv[2] ?? new URL('../fixtures/hf-html/daily-2024-08-01/input.html', import.meta.url).pathname
const bytes = readFileSync(path)
const text = bytes.toString('utf8')

const tasks: Record<string, () => unknown> = {
  'parse5.parse (baseline)': () => parse(text),
  'rehype-parse to hast': () => parseHtml(new VFile({ value: text })),
  'hf-html reader alone': () => hfHtml.read(new VFile({ value: text }), quiet),
  'parseSync, default chain': () => parseSync(bytes),
}

const rounds = 80
const perRound = 10
const samples = new Map<string, number[]>(Object.keys(tasks).map((name) => [name, []]))
for (let round = 0; round < rounds; round++) {
  for (const [name, task] of Object.entries(tasks)) {
    const start = process.hrtime.bigint()
    for (let index = 0; index < perRound; index++) task()
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6 / perRound
    if (round >= 5) samples.get(name)?.push(elapsed) // the first rounds warm the JIT up
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
const base = median(samples.get('parse5.parse (baseline)') ?? [])
console.log(`${path} (${bytes.length} bytes)`)
for (const [name, values] of samples) {
  const time = median(values)
  console.log(`${name.padEnd(28)} ${time.toFixed(2).padStart(7)} ms  ${(time / base).toFixed(2)}×`)
}
