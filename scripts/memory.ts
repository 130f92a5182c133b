/**
 * `npx tsx --expose-gc scripts/memory.ts [text|arxiv|arxiv-list|hf-html|hf-api] [megabytes]`: memory of a
 * whole-document `parseSync` over a generated big input (the hf-text seed repeated, the arXiv
 * search page with its result list repeated, the HF daily page with the paper list of its
 * embedded state repeated, the HF API JSON array repeated). Run by hand, one kind per process
 * (peak RSS is per process); the figures go to docs/performance.md. Target: ≤ 4× the input.
 *
 * What it measures, with the input already in memory as the bytes a file read gives, after a
 * warm-up parse of the small fixture (so lazily loaded data and compiled code are not counted)
 * and a full GC:
 * - growth: peak RSS over the parse minus RSS just before it, ÷ input bytes. Node, tsx and the
 *   modules (~140 MB) are in both and cancel out; the high-water mark cannot be hidden by an
 *   earlier peak because the input is generated without ever holding more than itself.
 * - held: V8 heap after the parse and a full GC, with the result still held, minus the heap
 *   before, ÷ input bytes: what the result costs to keep.
 * - live at the end of the reader: heap after a full GC, taken by a probe plugin's `prepare`
 *   (the reader is done, no plugin has run), minus the heap before.
 */
import { readFileSync } from 'node:fs'
import { decodeHTMLAttribute, escapeAttribute } from 'entities'
import { z } from 'zod'
import { definePlugin, parseSync } from '../src/index.js'

const kind = process.argv[2] ?? 'text'
const megabytes = Number(process.argv[3] ?? 10)
const fixtures = new URL('../fixtures/', import.meta.url)
const target = megabytes * 1024 * 1024

/** `head + body × n + tail` as one Buffer of about `megabytes` MB, built without a big string. */
function repeat(head: string, body: string, tail: string): Buffer {
  const part = Buffer.from(body)
  const times = Math.max(1, Math.round(target / part.length))
  return Buffer.concat([Buffer.from(head), ...Array.from({ length: times }, () => part), Buffer.from(tail)])
}

/** The small fixture the input is made of, and the big input. */
function inputs(): { small: Buffer; big: Buffer } {
  if (kind === 'text') {
    const seed = readFileSync(new URL('hf-text/seed/input.txt', fixtures))
    return { small: seed, big: repeat('', seed.toString('utf8'), '') }
  }
  if (kind === 'arxiv') {
    const small = readFileSync(new URL('arxiv-search/search-200/input.html', fixtures))
    const page = small.toString('utf8')
    const from = page.indexOf('<li class="arxiv-result"')
    const to = page.lastIndexOf('</ol>')
    return { small, big: repeat(page.slice(0, from), page.slice(from, to), page.slice(to)) }
  }
  if (kind === 'arxiv-list') {
    // The papers of the list (its `dt`/`dd` pairs) repeated inside the one `<dl>`.
    const small = readFileSync(new URL('arxiv-list/list-cs.CL-recent/input.html', fixtures))
    const page = small.toString('utf8')
    const from = page.indexOf('<dt>')
    const to = page.lastIndexOf('</dd>') + '</dd>'.length
    return { small, big: repeat(page.slice(0, from), page.slice(from, to), page.slice(to)) }
  }
  if (kind === 'hf-api') {
    const small = readFileSync(new URL('hf-api/daily-papers-2026-05-08/input.json', fixtures))
    const items = small.toString('utf8').trim().slice(1, -1)
    return { small, big: repeat('[', `${items},`, `${items}]`) }
  }
  if (kind === 'hf-html') {
    // The papers of the `DailyPapers` state (JSON in an HTML-escaped attribute) repeated, each
    // copy under new arXiv ids (the reader keeps each paper once); the rendered cards stay.
    const small = readFileSync(new URL('hf-html/daily-2024-08-01/input.html', fixtures))
    const page = small.toString('utf8')
    const open = 'data-target="DailyPapers" data-props="'
    const from = page.indexOf(open) + open.length
    const to = page.indexOf('"', from)
    const state = JSON.parse(decodeHTMLAttribute(page.slice(from, to))) as {
      dailyPapers: Array<{ paper: { id: string } }>
    }
    const papers = state.dailyPapers.map((paper) => ({ id: paper.paper.id, json: JSON.stringify(paper) }))
    const [before, after] = JSON.stringify({ ...state, dailyPapers: [0] }).split('[0]') as [string, string]
    const parts = [Buffer.from(`${page.slice(0, from)}${escapeAttribute(`${before}[`)}`)]
    let size = 0
    for (let copy = 0; size < target; copy++) {
      const list = papers.map(({ id, json }, index) =>
        json.replaceAll(id, `2408.${String(10_000 + copy * papers.length + index).padStart(5, '0')}`),
      )
      const part = Buffer.from(escapeAttribute(`${copy > 0 ? ',' : ''}${list.join(',')}`))
      size += part.length
      parts.push(part)
    }
    parts.push(Buffer.from(`${escapeAttribute(`]${after}`)}${page.slice(to)}`))
    return { small, big: Buffer.concat(parts) }
  }
  throw new Error(`Unknown kind \`${kind}\`, expected text, arxiv, arxiv-list, hf-html or hf-api`)
}

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('Run with --expose-gc')
const options = { referenceDate: '2025-12-08' }
const { small, big } = inputs()
const size = big.length
// Warm-up: modules' lazy data (the datasets gazetteer, …) and compiled code are not the input's.
const warm = parseSync(small, options)
gc()
const heapBefore = process.memoryUsage().heapUsed
const rssBefore = process.memoryUsage().rss
let livePeak = 0
const probe = definePlugin({
  name: 'memory-probe',
  schema: z.object({}),
  prepare() {
    gc()
    livePeak = process.memoryUsage().heapUsed
    return undefined
  },
  extract: () => undefined,
})
const start = process.cpuUsage()
// Budgets sized for the input: the defaults cap a document at 64 MiB.
const result = parseSync(big, { ...options, maxEntries: 10_000_000, timeBudget: 3_600_000, plugins: [probe] })
const used = process.cpuUsage(start)
const peakRss = process.resourceUsage().maxRSS * 1024
gc()
const held = process.memoryUsage().heapUsed - heapBefore
const mb = (value: number) => (value / 1024 / 1024).toFixed(1)
const times = (value: number) => `${(value / size).toFixed(1)}×`
console.log(
  `${kind}: input ${mb(size)} MB, ${result.papers.length} papers (${warm.papers.length} in the seed), ${result.messages.length} messages, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
)
console.log(`RSS before the parse ${mb(rssBefore)} MB, peak ${mb(peakRss)} MB`)
console.log(`growth of RSS over the parse: ${mb(peakRss - rssBefore)} MB, ${times(peakRss - rssBefore)} the input`)
console.log(`heap live at the end of the reader: ${mb(livePeak - heapBefore)} MB, ${times(livePeak - heapBefore)}`)
console.log(`heap held by the result: ${mb(held)} MB, ${times(held)}`)
