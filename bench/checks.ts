/**
 * `npx tsx bench/checks.ts`: what each validation costs per paper, in CPU microseconds, over the
 * records of the hf-text seed and the arXiv search page (best of interleaved rounds).
 */
import { readFileSync } from 'node:fs'
import { surelyPaper } from '../src/core/record-check.js'
import { PaperSchema, parseSync } from '../src/index.js'
import { metadata } from '../src/plugins/metadata/index.js'
import { repositories } from '../src/plugins/repositories/index.js'
import { PositionSchema } from '../src/schema/position.js'

const fixtures = new URL('../fixtures/', import.meta.url)
const papers = ['hf-text/seed/input.txt', 'arxiv-search/search-200/input.html'].flatMap(
  (path) => parseSync(readFileSync(new URL(path, fixtures)), { referenceDate: '2025-12-08' }).papers,
)
const metadataShape = Object.keys(metadata().schema.shape)
const outputs = papers.map((paper) =>
  Object.fromEntries(Object.entries(paper).filter(([key]) => metadataShape.includes(key))),
)
// The fields the chain vouches for on a default parse: those a built-in set, and the core's empty lists.
const builtins = new Set(['metadata', 'repositories', 'datasets'])
const vouched = papers.map(
  (paper) =>
    new Set([
      'authors',
      'repositories',
      'projectPages',
      'links',
      'datasets',
      ...Object.entries(paper.provenance).flatMap(([key, item]) => (builtins.has(item.plugin) ? [key] : [])),
    ]),
)
const positions = papers.flatMap((paper) => Object.values(paper.provenance).flatMap((item) => item.position ?? []))
const checks: Record<string, () => void> = {
  'PaperSchema.safeParse (whole record)': () => {
    for (const paper of papers) PaperSchema.safeParse(paper)
  },
  'surelyPaper (hand-checked source/provenance + lean zod)': () => {
    for (const paper of papers) surelyPaper(paper as unknown as Record<string, unknown>)
  },
  'surelyPaper, built-ins’ fields vouched (what runs now)': () => {
    for (const [index, paper] of papers.entries())
      surelyPaper(paper as unknown as Record<string, unknown>, vouched[index])
  },
  'metadata schema safeParse (a plugin output)': () => {
    for (const output of outputs) metadata().schema.safeParse(output)
  },
  'repositories schema safeParse': () => {
    for (const paper of papers)
      repositories().schema.safeParse({ repositories: paper.repositories, links: paper.links })
  },
  'PositionSchema.safeParse, per position × positions/paper': () => {
    for (const position of positions) PositionSchema.safeParse(position)
  },
}
const best = new Map<string, number>()
for (let round = 0; round < 30; round++)
  for (const [name, run] of Object.entries(checks)) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    if (round >= 5) best.set(name, Math.min(best.get(name) ?? Infinity, used.user + used.system))
  }
console.log(`${papers.length} papers, ${(positions.length / papers.length).toFixed(1)} provenance positions per paper`)
for (const [name, micros] of best) console.log(`${name.padEnd(58)} ${(micros / papers.length).toFixed(1)} µs/paper`)
