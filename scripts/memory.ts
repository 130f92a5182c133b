/**
 * `npx tsx --expose-gc scripts/memory.ts [text|arxiv] [megabytes]`: peak memory of a
 * whole-document `parseSync` over a generated big input (the hf-text seed repeated, or the
 * arXiv search page with its result list repeated). Run by hand, one kind per process (peak RSS
 * is per process); the figures go to docs/performance.md. Target: peak ≤ 4× the input.
 */
import { readFileSync } from 'node:fs'
import { parseSync } from '../src/index.js'

const kind = process.argv[2] ?? 'text'
const megabytes = Number(process.argv[3] ?? 20)
const fixtures = new URL('../fixtures/', import.meta.url)

/** The input: `head + body × n + tail`, about `megabytes` MB of UTF-8. */
function generate(): string {
  if (kind === 'text') {
    const seed = readFileSync(new URL('hf-text/seed/input.txt', fixtures), 'utf8')
    return seed.repeat(Math.max(1, Math.round((megabytes * 1024 * 1024) / seed.length)))
  }
  const page = readFileSync(new URL('arxiv-search/search-200/input.html', fixtures), 'utf8')
  const from = page.indexOf('<li class="arxiv-result"')
  const to = page.lastIndexOf('</ol>')
  const body = page.slice(from, to)
  const times = Math.max(1, Math.round((megabytes * 1024 * 1024) / body.length))
  return page.slice(0, from) + body.repeat(times) + page.slice(to)
}

const gc = (globalThis as { gc?: () => void }).gc
const text = generate()
const bytes = Buffer.from(text)
const size = bytes.length
gc?.()
const before = process.memoryUsage()
const baseRss = process.resourceUsage().maxRSS * 1024
// Heap sampled from inside the parse would need hooks; peak RSS over the parse is what the OS saw.
const start = process.cpuUsage()
// Within the default budgets (64 MB of input, 100k entries, 60 s).
const result = parseSync(bytes, { referenceDate: '2025-12-08' })
const used = process.cpuUsage(start)
const peakRss = process.resourceUsage().maxRSS * 1024
const after = process.memoryUsage()
const mb = (value: number) => (value / 1024 / 1024).toFixed(1)
console.log(
  `${kind}: input ${mb(size)} MB, ${result.papers.length} papers, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
)
console.log(`RSS before parse ${mb(before.rss)} MB (peak so far ${mb(baseRss)} MB), peak ${mb(peakRss)} MB`)
console.log(
  `peak RSS ÷ input: ${(peakRss / size).toFixed(1)}×; growth over the parse ÷ input: ${((peakRss - baseRss) / size).toFixed(1)}×`,
)
console.log(
  `heap used after (result still held): ${mb(after.heapUsed)} MB, ${(after.heapUsed / size).toFixed(1)}× input`,
)
