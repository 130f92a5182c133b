/**
 * `npm run bench:datasets [-- other/src/plugins/datasets]`: the datasets plugin alone, as
 * the chain runs it after `metadata`, over the abstract of every fixture record; MB/s of
 * CPU time, best of interleaved rounds. Given another checkout's plugin folder, it runs
 * that one too, in the same process and rounds, so a change is measured before and after
 * on the same machine at the same moment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runPlugin } from '../scripts/eval-datasets.js'
import { type datasets, parseSync } from '../src/index.js'

type Datasets = ReturnType<typeof datasets>
type Sample = { title: string | undefined; abstract: string }

const root = new URL('../fixtures/', import.meta.url).pathname
const rounds = Number(process.env.ROUNDS ?? 40)

/** Title and abstract of every fixture record that has an abstract, as the chain hands them over. */
function records(): Sample[] {
  const found: Sample[] = []
  for (const format of readdirSync(root))
    for (const item of readdirSync(join(root, format), { withFileTypes: true })) {
      if (!item.isDirectory()) continue
      const folder = join(root, format, item.name)
      const input = readdirSync(folder).find((name) => name.startsWith('input.'))
      if (!input) continue
      const options = existsSync(join(folder, 'options.json'))
        ? JSON.parse(readFileSync(join(folder, 'options.json'), 'utf8'))
        : {}
      for (const paper of parseSync(readFileSync(join(folder, input)), options).papers)
        if (paper.abstract) found.push({ title: paper.title, abstract: paper.abstract })
    }
  return found
}

/** One pass of `plugin` over `all`. */
function pass(plugin: Datasets, all: readonly Sample[]): void {
  for (const { title, abstract } of all) runPlugin(plugin, title ?? '', abstract)
}

const all = records()
const megabytes = all.reduce((sum, record) => sum + Buffer.byteLength(record.abstract), 0) / 1024 / 1024
const folders = [new URL('../src/plugins/datasets', import.meta.url).pathname]
if (process.argv[2]) folders.push(resolve(process.argv[2]))
const plugins = await Promise.all(
  folders.map(async (folder) => ((await import(join(folder, 'index.ts'))) as { datasets: () => Datasets }).datasets()),
)
const best = folders.map(() => Number.POSITIVE_INFINITY)
for (let round = 0; round < rounds; round++)
  plugins.forEach((plugin, index) => {
    const before = process.cpuUsage()
    pass(plugin, all)
    const used = process.cpuUsage(before)
    // The first rounds warm the JIT up (and compile the gazetteer).
    if (round >= 5) best[index] = Math.min(best[index] as number, (used.user + used.system) / 1000)
  })

console.log(`${all.length} abstracts, ${megabytes.toFixed(2)} MB`)
folders.forEach((folder, index) => {
  const ms = best[index] as number
  console.log(`${folder}: ${ms.toFixed(2)} ms per pass, ${(megabytes / (ms / 1000)).toFixed(1)} MB/s`)
})
if (folders.length === 2)
  console.log(`this checkout: ${((best[1] as number) / (best[0] as number)).toFixed(2)}× the speed of the other`)
