/**
 * An arXiv reader against a bare `parse5.parse` of the same text (default: the 941 KB search
 * page). Interleaved rounds, medians of wall time, one process:
 * `npx tsx bench/arxiv-readers.ts [input] [rounds] [--hast]` (`--hast` adds rehype-parse;
 * its garbage then also slows the cases around it). `npm run bench` covers the whole chain.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'parse5'
import { VFile } from 'vfile'
import { parseHtml } from '../scripts/lib/hast.js'
import { detect } from '../src/core/detect.js'
import { parseSync } from '../src/index.js'
import { parseLight } from '../src/readers/html/light-tree.js'
import { readers } from '../src/readers/index.js'
import { quiet } from './quiet.js'

const [path = new URL('../fixtures/arxiv-search/search-200/input.html', import.meta.url).pathname, count] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
const text = readFileSync(path, 'utf8')
const reader = detect(text, readers)
if (!reader) throw new Error(`No reader recognises ${path}`)
const rounds = Number(count ?? 40)
const html = !text.trimStart().startsWith('<?xml')
const cases: Record<string, () => unknown> = {
  'parse5.parse': () => parse(text),
  ...(process.argv.includes('--hast') ? { 'rehype-parse (hast)': () => parseHtml(new VFile(text)) } : {}),
  ...(html ? { 'light tree (offsets)': () => parseLight(new VFile(text)) } : {}),
  [`${reader.name} read`]: () => reader.read(new VFile(text), quiet),
  'parseSync (reader + plugins)': () => parseSync(text, { format: reader.name }),
}
const samples = new Map<string, number[]>(Object.keys(cases).map((name) => [name, []]))
for (let round = -5; round < rounds; round++) {
  for (const [name, run] of Object.entries(cases)) {
    const start = performance.now()
    run()
    if (round >= 0) samples.get(name)?.push(performance.now() - start)
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN
const base = median(samples.get('parse5.parse') ?? [])
console.log(`${path} (${text.length} characters)`)
for (const [name, values] of samples) {
  console.log(`${name.padEnd(30)} ${median(values).toFixed(2).padStart(8)} ms  ${(median(values) / base).toFixed(2)}×`)
}
