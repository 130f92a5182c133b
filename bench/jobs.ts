/**
 * `papersift parse --jobs N` against `--jobs 1` on many files (issue 14: ≥ 1.6× faster with 2 jobs
 * on 200 files on 2 idle cores). Run after `npm run build`: `npx tsx bench/jobs.ts` (`FILES=200`,
 * `ROUNDS=5`, `JOBS=2`). The files are copies of the site-reader fixtures, cycled, in a temporary
 * folder. Wall-clock time of the whole CLI run (a parallel speed-up is a wall-clock figure), the two
 * cases alternating within each round so both see the same machine; the ratio is taken per round,
 * then its median. The load average is printed beside it: the figure means something only on idle
 * cores.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { extname, join } from 'node:path'

const files = Number(process.env.FILES ?? 200)
const rounds = Number(process.env.ROUNDS ?? 5)
const jobs = Number(process.env.JOBS ?? 2)
const cli = new URL('../dist/cli.js', import.meta.url).pathname
if (!existsSync(cli)) throw new Error('Run `npm run build` first: the bench times the built CLI (dist/cli.js).')

// Every site-reader fixture's input (the generic readers have their own bench).
const root = new URL('../fixtures/', import.meta.url).pathname
const inputs = readdirSync(root)
  .filter((family) => /^(hf|arxiv)-/.test(family))
  .flatMap((family) =>
    readdirSync(join(root, family), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        readdirSync(join(root, family, entry.name))
          .filter((name) => name.startsWith('input.'))
          .map((name) => join(root, family, entry.name, name)),
      ),
  )

const folder = mkdtempSync(join(tmpdir(), 'papersift-jobs-'))
let bytes = 0
for (let index = 0; index < files; index++) {
  const from = inputs[index % inputs.length] as string
  copyFileSync(from, join(folder, `${String(index).padStart(4, '0')}${extname(from)}`))
  bytes += statSync(from).size
}

const run = (count: number) => {
  const start = performance.now()
  const result = spawnSync(process.execPath, [cli, 'parse', folder, '--out', '/dev/null', '--jobs', String(count)], {
    encoding: 'utf8',
  })
  const time = performance.now() - start
  // Some fixtures are damaged on purpose: a warning is fine, a crash is not.
  if (result.status !== 0 && result.status !== 1) throw new Error(`CLI failed: ${result.stderr}`)
  return time
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
const at = (values: number[], share: number) => sorted(values)[Math.floor((values.length - 1) * share)] ?? Number.NaN
const spread = (values: number[], digits: number) =>
  `${at(values, 0.5).toFixed(digits)} [${at(values, 0.25).toFixed(digits)}–${at(values, 0.75).toFixed(digits)}]`

const loadBefore = loadavg()[0] ?? Number.NaN
const one: number[] = []
const many: number[] = []
const speedUp: number[] = []
run(1) // warm the file cache
for (let round = 0; round < rounds; round++) {
  // Alternate which case goes first, so a drift in load does not favour one.
  let single: number
  let parallel: number
  if (round % 2 === 0) {
    single = run(1)
    parallel = run(jobs)
  } else {
    parallel = run(jobs)
    single = run(1)
  }
  one.push(single)
  many.push(parallel)
  speedUp.push(single / parallel)
}
const loadAfter = loadavg()[0] ?? Number.NaN
rmSync(folder, { recursive: true, force: true })

console.log(
  `${files} files (${(bytes / 1e6).toFixed(1)} MB, ${inputs.length} fixtures cycled), ${rounds} rounds, ` +
    `${availableParallelism()} cores, load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`,
)
console.table({
  '--jobs 1 (ms)': spread(one, 0),
  [`--jobs ${jobs} (ms)`]: spread(many, 0),
  [`speed-up (jobs 1 ÷ jobs ${jobs})`]: spread(speedUp, 2),
})
