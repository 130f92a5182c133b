/**
 * The generic HTML reader against a bare `parse5.parse` of the same bytes, on every page in
 * fixtures/generic-html (or the pages given). Interleaved rounds, medians, one process:
 * `npx tsx bench/generic-html.ts [page.html …] [--rounds=40]`. The target (issue 11): the reader
 * at most 2× parse5. `npm run bench` covers the whole chain on every fixture.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'parse5'
import { VFile } from 'vfile'
import { genericHtml } from '../src/readers/generic-html/index.js'
import { parseHtml } from '../src/readers/html/page.js'
import { quiet } from './quiet.js'

const args = process.argv.slice(2)
const rounds = Number(args.find((arg) => arg.startsWith('--rounds='))?.slice(9) ?? 40)
const root = new URL('../fixtures/generic-html/', import.meta.url).pathname
const given = args.filter((arg) => !arg.startsWith('--'))
const paths =
  given.length > 0
    ? given
    : readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(root, entry.name, 'input.html'))

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN
const rows: Array<Record<string, string | number>> = []
for (const path of paths) {
  const text = readFileSync(path, 'utf8')
  const cases: Record<string, () => unknown> = {
    parse5: () => parse(text),
    light: () => parseHtml(new VFile(text)),
    'generic-html': () => genericHtml.read(new VFile(text), quiet),
  }
  const samples: Record<string, number[]> = { parse5: [], light: [], 'generic-html': [] }
  for (let round = -5; round < rounds; round++) {
    for (const [name, run] of Object.entries(cases)) {
      const start = performance.now()
      run()
      if (round >= 0) samples[name]?.push(performance.now() - start)
    }
  }
  const base = median(samples.parse5 ?? [])
  rows.push({
    page: path.split('/').at(-2) ?? path,
    KiB: Math.round(text.length / 1024),
    'parse5 ms': +base.toFixed(2),
    '× light tree': +(median(samples.light ?? []) / base).toFixed(2),
    '× generic-html': +(median(samples['generic-html'] ?? []) / base).toFixed(2),
  })
}
console.table(rows)
