/**
 * `npm run bench:jobs`: `papersift parse --jobs N` against `--jobs 1` on many files (issue 14: ≥ 1.6×
 * faster with 2 jobs on 200 files on 2 idle cores). Runs the built CLI (`npm run build` first;
 * `npx tsx bench/jobs.ts` then re-runs it alone). `FILES=200`, `ROUNDS=5`, `JOBS=2`.
 *
 * The files are copies of the site-reader fixtures, cycled, in a temporary folder. Each case is one
 * whole CLI run in a child process, timed in wall clock (a parallel speed-up is a wall-clock figure)
 * and in CPU time (the child's and its workers', from `/proc/self/stat` on Linux: the CPU time of
 * waited-for children). Within a round the cases run one after the other, in an order that flips
 * every round, so a drift in the machine's load hits all of them; ratios are taken within each
 * round, then their median and interquartile range. The load average (1 minute) is printed before,
 * after and at every round: a figure means something only on idle cores.
 *
 * Cases: `--jobs 1`; `--jobs N` as shipped (workers with the V8 flags of src/cli/workers.ts);
 * `--jobs N` with V8's default flags in the workers (`PAPERSIFT_WORKER_V8_FLAGS=`); and `--jobs 1`
 * with the workers' V8 flags given to its one process, to show what the flags alone do.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { workerFlags } from '../src/cli/workers.js'

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

interface Case {
  name: string
  node: string[]
  jobs: number
  env: Record<string, string>
}
const cases: Case[] = [
  { name: '--jobs 1', node: [], jobs: 1, env: {} },
  { name: `--jobs ${jobs}`, node: [], jobs, env: {} },
  { name: `--jobs ${jobs}, workers with V8's default flags`, node: [], jobs, env: { PAPERSIFT_WORKER_V8_FLAGS: '' } },
  { name: "--jobs 1, the workers' V8 flags", node: workerFlags(), jobs: 1, env: {} },
]

/** CPU time (ms) of this process's waited-for children, or NaN where `/proc` is missing. */
const childrenCpu = (): number => {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // cutime and cstime, in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return Number.NaN
  }
}

const run = (item: Case) => {
  const cpu = childrenCpu()
  const start = performance.now()
  const result = spawnSync(
    process.execPath,
    [...item.node, cli, 'parse', folder, '--out', '/dev/null', '--jobs', String(item.jobs)],
    { encoding: 'utf8', env: { ...process.env, ...item.env } },
  )
  const wall = performance.now() - start
  // Some fixtures are damaged on purpose: a warning is fine, a crash is not.
  if (result.status !== 0 && result.status !== 1) throw new Error(`CLI failed: ${result.stderr}`)
  return { wall, cpu: childrenCpu() - cpu }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
const at = (values: number[], share: number) => sorted(values)[Math.floor((values.length - 1) * share)] ?? Number.NaN
const spread = (values: number[], digits: number) =>
  `${at(values, 0.5).toFixed(digits)} [${at(values, 0.25).toFixed(digits)}–${at(values, 0.75).toFixed(digits)}]`

const load = () => (loadavg()[0] ?? Number.NaN).toFixed(2)
const loadBefore = load()
const walls = cases.map((): number[] => [])
const cpus = cases.map((): number[] => [])
const speedUps = cases.map((): number[] => [])
const cpuRatios = cases.map((): number[] => [])
run(cases[0] as Case) // warm the file cache
for (let round = 0; round < rounds; round++) {
  const order = cases.map((_, index) => index)
  if (round % 2 === 1) order.reverse()
  const got: Array<{ wall: number; cpu: number }> = []
  for (const index of order) got[index] = run(cases[index] as Case)
  const base = got[0] as { wall: number; cpu: number }
  for (const [index, sample] of got.entries()) {
    walls[index]?.push(sample.wall)
    cpus[index]?.push(sample.cpu)
    speedUps[index]?.push(base.wall / sample.wall)
    cpuRatios[index]?.push(sample.cpu / base.cpu)
  }
  console.log(
    `round ${round + 1}, load ${load()}: ${got.map((sample) => `${sample.wall.toFixed(0)} ms (CPU ${sample.cpu.toFixed(0)})`).join(', ')}`,
  )
}
const loadAfter = load()
rmSync(folder, { recursive: true, force: true })

console.log(
  `${files} files (${(bytes / 1e6).toFixed(1)} MB, ${inputs.length} fixtures cycled), ${rounds} rounds, ` +
    `${availableParallelism()} cores, load average ${loadBefore} before, ${loadAfter} after; ` +
    `Node ${process.version} (V8 ${process.versions.v8}), workers' V8 flags: ${workerFlags().join(' ') || "V8's defaults"}`,
)
console.table(
  Object.fromEntries(
    cases.map((item, index) => [
      item.name,
      {
        'wall (ms)': spread(walls[index] ?? [], 0),
        'CPU (ms)': spread(cpus[index] ?? [], 0),
        'speed-up (wall, ÷ --jobs 1)': spread(speedUps[index] ?? [], 2),
        'CPU ÷ --jobs 1': spread(cpuRatios[index] ?? [], 2),
      },
    ]),
  ),
)
