/**
 * `npm run bench:datasets [-- other/src/plugins/datasets …]`: the datasets plugin alone, as
 * the chain runs it after `metadata`, over the abstract of every fixture record; MB/s of
 * CPU time. Given other checkouts' plugin folders, it runs those too, in the same process
 * and interleaved rounds (the order turning each round), so a change is measured before and
 * after on the same machine at the same moment. Prints, per plugin, the best and the median
 * round, and for each other plugin the median over rounds of the ratio of their two times
 * (the steadiest figure on a shared machine). `ROUNDS` sets the rounds (default 40).
 *
 * `npm run bench:datasets -- --parts` instead splits this checkout's plugin into what the
 * matcher costs and what the rest does, in the same rounds (see `bench/datasets-parts.ts`).
 */
import { join, resolve } from 'node:path'
import { type Abstract, fixtureAbstracts, runPlugin } from '../scripts/eval-datasets.js'
import type { datasets } from '../src/index.js'

type Datasets = ReturnType<typeof datasets>

const rounds = Number(process.env.ROUNDS ?? 40)
// The first rounds warm the JIT up (and compile the gazetteer); they are not counted.
const warmUp = 5

/** One pass of `plugin` over `all`. */
function pass(plugin: Datasets, all: readonly Abstract[]): void {
  for (const { title, abstract } of all) runPlugin(plugin, title ?? '', abstract)
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

if (process.argv.includes('--parts')) {
  await import('./datasets-parts.js')
  process.exit(0)
}

const all = fixtureAbstracts()
const megabytes = all.reduce((sum, record) => sum + Buffer.byteLength(record.abstract), 0) / 1024 / 1024
const folders = [
  new URL('../src/plugins/datasets', import.meta.url).pathname,
  ...process.argv.slice(2).map((f) => resolve(f)),
]
const plugins = await Promise.all(
  folders.map(async (folder) => ((await import(join(folder, 'index.ts'))) as { datasets: () => Datasets }).datasets()),
)
const times: number[][] = folders.map(() => [])
for (let round = 0; round < rounds + warmUp; round++)
  for (let turn = 0; turn < plugins.length; turn++) {
    const index = (turn + round) % plugins.length
    const before = process.cpuUsage()
    pass(plugins[index] as Datasets, all)
    const used = process.cpuUsage(before)
    if (round >= warmUp) times[index]?.push((used.user + used.system) / 1000)
  }

const rate = (ms: number) => megabytes / (ms / 1000)
console.log(`${all.length} abstracts, ${megabytes.toFixed(2)} MB, ${rounds} rounds`)
folders.forEach((folder, index) => {
  const own = times[index] as number[]
  const best = Math.min(...own)
  console.log(
    `${folder}: best ${rate(best).toFixed(1)} MB/s (${best.toFixed(2)} ms), median ${rate(median(own)).toFixed(1)} MB/s`,
  )
})
for (let other = 1; other < folders.length; other++) {
  const ratios = (times[0] as number[]).map((ms, round) => ((times[other] as number[])[round] as number) / ms)
  const sorted = [...ratios].sort((a, b) => a - b)
  const quartile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
  console.log(
    `this checkout: ${median(ratios).toFixed(2)}× the speed of ${folders[other]} (median of per-round ratios; quartiles ${quartile(0.25).toFixed(2)}–${quartile(0.75).toFixed(2)})`,
  )
}
