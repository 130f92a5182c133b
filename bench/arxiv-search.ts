/**
 * The cost of reading the 941 KB arXiv search page, against bare `parse5.parse` of the same
 * text. Interleaved rounds, medians, one process: `npx tsx bench/arxiv-search.ts [rounds] [--hast] [--cpu]`
 * (`--hast` adds rehype-parse; its garbage then also slows the cases around it).
 */
import { readFileSync } from 'node:fs'
import { parse } from 'parse5'
import { VFile } from 'vfile'
import { parseSync } from '../src/index.js'
import { arxivSearch } from '../src/readers/arxiv-search/index.js'
import { parseLight } from '../src/readers/html/light-tree.js'
import { parseHtml } from '../src/readers/html/tree.js'

const html = readFileSync(new URL('../fixtures/arxiv-search/search-200/input.html', import.meta.url), 'utf8')
const rounds = Number(process.argv[2] ?? 40)
const withHast = process.argv.includes('--hast')
const cases: Record<string, () => unknown> = {
  'parse5.parse': () => parse(html),
  ...(withHast ? { 'rehype-parse (hast)': () => parseHtml(new VFile(html)) } : {}),
  'light tree (offsets)': () => parseLight(new VFile(html)),
  'arxiv-search read': () => arxivSearch.read(new VFile(html), () => {}),
  'parseSync (reader + plugins)': () => parseSync(html, { format: 'arxiv-search' }),
}
const samples = new Map<string, number[]>(Object.keys(cases).map((name) => [name, []]))
// Wall time; `--cpu` counts this process's CPU time instead (GC helper threads included).
const clock = process.argv.includes('--cpu')
  ? () => {
      const { user, system } = process.cpuUsage()
      return (user + system) / 1000
    }
  : () => performance.now()
for (let round = -5; round < rounds; round++) {
  for (const [name, run] of Object.entries(cases)) {
    const start = clock()
    run()
    if (round >= 0) samples.get(name)?.push(clock() - start)
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN
const base = median(samples.get('parse5.parse') ?? [])
for (const [name, values] of samples) {
  console.log(`${name.padEnd(30)} ${median(values).toFixed(1).padStart(7)} ms  ${(median(values) / base).toFixed(2)}×`)
}
