/**
 * `npm run bench`: for every fixture input, the whole default chain against a bare
 * `parse5.parse` and a bare `rehype-parse` of the same bytes, in the same run.
 * Ratios, not times, are the result: they travel across machines.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parse5 } from 'parse5'
import rehypeParse from 'rehype-parse'
import { Bench } from 'tinybench'
import { unified } from 'unified'
import { parseSync } from '../src/index.js'

const root = new URL('../fixtures/', import.meta.url).pathname
const only = process.argv[2]
const rehype = unified().use(rehypeParse).freeze()

const inputs = readdirSync(root)
  .flatMap((format) =>
    readdirSync(join(root, format), { withFileTypes: true }).map((entry) => join(format, entry.name)),
  )
  .flatMap((folder) => {
    try {
      const file = readdirSync(join(root, folder)).find((name) => name.startsWith('input.'))
      return file ? [join(folder, file)] : []
    } catch {
      return []
    }
  })
  .filter((path) => !only || path.includes(only))

const rows: Array<Record<string, string | number>> = []
for (const path of inputs) {
  const bytes = readFileSync(join(root, path))
  const text = bytes.toString('utf8')
  const bench = new Bench({ time: 400, warmup: true })
  let papers = 0
  bench
    .add('parse5', () => {
      parse5(text)
    })
    .add('rehype-parse', () => {
      rehype.parse(text)
    })
    .add('papersift', () => {
      papers = parseSync(bytes, { referenceDate: '2025-12-08' }).papers.length
    })
  await bench.run()
  const mean = (name: string) => {
    const result = bench.getTask(name)?.result
    return result && 'latency' in result ? result.latency.mean : Number.NaN
  }
  rows.push({
    input: path,
    KiB: Math.round(bytes.length / 1024),
    papers,
    'parse5 ms': +mean('parse5').toFixed(2),
    'rehype ms': +mean('rehype-parse').toFixed(2),
    'papersift ms': +mean('papersift').toFixed(2),
    '× parse5': +(mean('papersift') / mean('parse5')).toFixed(2),
    '× rehype': +(mean('papersift') / mean('rehype-parse')).toFixed(2),
  })
}
console.table(rows)
