/**
 * `npm run fuzz [-- --cases 100000 --seed 1]`: the contract under random damage, at volume.
 *
 * - windows: a random stretch (up to 4 KiB) of a real fixture, with 1–8 random byte edits, parsed
 *   auto-detected and with a random reader forced: `parseSync` must not throw, every record must be
 *   a valid `Paper`, every message must carry a ruleId, a clipped reason, at most 1,001 per parse;
 * - damage: one edit to a whole fixture (flip, insert, delete, cut): it may cost at most the entry it
 *   hits, apart from the documented exceptions (test/hostile/damage.ts);
 * - shapes: every hostile shape at full size, work at 2n over work at n about 2.5 at most (over 3
 *   fails; between 2.5 and 3 is printed).
 *
 * Every fixture folder is used, the generic readers' (generic-html, generic-json, dblp-xml) too;
 * the cases per folder are printed. `--damage 0.02` is the share of whole-fixture damage cases,
 * `--shapes 0` skips the shapes.
 *
 * Prints the counts, the slowest case, and every failure with the seed that reproduces it; exits 1
 * on any failure.
 */
import { PaperSchema, parseSync } from '../src/index.js'
import { readers } from '../src/readers/index.js'
import { damage, damaging, fixtures, judge, type Operation } from '../test/hostile/damage.js'
import { shapes } from '../test/hostile/shapes.js'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(args[at + 1])
}
const total = option('cases', 100_000)
const seed = option('seed', 1)
const damageShare = option('damage', 0.02)
const withShapes = option('shapes', 1) !== 0

// A small deterministic generator (mulberry32), so a failure's seed reproduces it.
function generator(start: number): () => number {
  let state = start >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const all = fixtures()
const formats = [undefined, ...readers.map((reader) => reader.name)]
const operations: Operation[] = ['flip', 'insert', 'delete', 'cut']
const failures: string[] = []
const counts = {
  windows: 0,
  damage: 0,
  shapes: 0,
  exceptions: {} as Record<string, number>,
  // Cases per fixture folder (its reader): every reader's fixtures are mutated, the generic ones too.
  byFolder: {} as Record<string, number>,
}
let slowest = { ms: 0, what: '' }

function check(input: string, format: string | undefined, what: string): void {
  const started = performance.now()
  let result: ReturnType<typeof parseSync>
  try {
    result = parseSync(input, { referenceDate: '2025-12-08', ...(format && { format }) })
  } catch (error) {
    failures.push(`${what}: threw ${error instanceof Error ? error.stack : String(error)}`)
    return
  }
  const ms = performance.now() - started
  if (ms > slowest.ms) slowest = { ms, what: `${what} (${input.length} characters)` }
  for (const paper of result.papers) {
    const checked = PaperSchema.safeParse(paper)
    if (!checked.success) failures.push(`${what}: invalid record ${checked.error.issues[0]?.message}`)
  }
  if (result.messages.length > 1001) failures.push(`${what}: ${result.messages.length} messages`)
  for (const message of result.messages) {
    if (!message.ruleId) failures.push(`${what}: a message without ruleId: ${message.reason.slice(0, 80)}`)
    if (message.reason.length > 2000) failures.push(`${what}: a reason of ${message.reason.length} characters`)
  }
}

const bases = new Map<string, ReturnType<typeof parseSync>>()
const started = performance.now()
for (let index = 0; index < total; index++) {
  const random = generator(seed * 1_000_003 + index)
  const fixture = all[Math.floor(random() * all.length)] as (typeof all)[number]
  const what = `case ${index} (seed ${seed}, ${fixture.name})`
  const folder = fixture.name.split('/')[0] as string
  counts.byFolder[folder] = (counts.byFolder[folder] ?? 0) + 1
  if (random() < damageShare) {
    // One edit to the whole fixture: damage stays local.
    let base = bases.get(fixture.name)
    if (!base) {
      base = parseSync(fixture.text, { referenceDate: '2025-12-08', ...fixture.options })
      bases.set(fixture.name, base)
    }
    const operation = operations[Math.floor(random() * operations.length)] as Operation
    const offset = Math.floor(random() * fixture.text.length)
    const character = damaging[Math.floor(random() * damaging.length)] as string
    try {
      const verdict = judge(fixture, base.papers, base.format, operation, offset, character)
      if (verdict.exception) counts.exceptions[verdict.exception] = (counts.exceptions[verdict.exception] ?? 0) + 1
      else if (verdict.affected > verdict.allowed) {
        failures.push(
          `${what}: ${operation} ${JSON.stringify(character)} at ${offset} affected ${verdict.affected} papers (at most ${verdict.allowed})`,
        )
      }
    } catch (error) {
      failures.push(`${what}: threw ${error instanceof Error ? error.stack : String(error)}`)
    }
    counts.damage++
  } else {
    // A window of the fixture with a few edits, auto-detected or forced to a random reader.
    const length = Math.min(fixture.text.length, 256 + Math.floor(random() * 3840))
    const start = Math.floor(random() * (fixture.text.length - length + 1))
    let input = fixture.text.slice(start, start + length)
    const edits = 1 + Math.floor(random() * 8)
    for (let edit = 0; edit < edits; edit++) {
      const operation = operations[Math.floor(random() * 3)] as Operation
      const character =
        random() < 0.5
          ? (damaging[Math.floor(random() * damaging.length)] as string)
          : String.fromCharCode(Math.floor(random() * 0x3000))
      input = damage(input, operation, Math.floor(random() * (input.length + 1)), character)
    }
    // Keep the head sometimes, so the reader that owns the fixture still detects it.
    if (random() < 0.3) input = fixture.text.slice(0, 2048) + input
    check(input, formats[Math.floor(random() * formats.length)], what)
    counts.windows++
  }
  if ((index + 1) % 10_000 === 0) {
    console.log(
      `${index + 1} cases, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    )
  }
}

// The hostile shapes at full size: linear work (CPU time, the least of several interleaved runs).
const work = (input: string, format: string | undefined) => {
  const before = process.cpuUsage()
  parseSync(input, { referenceDate: '2025-12-08', ...(format && { format }) })
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}
const warnings: string[] = []
for (const shape of withShapes ? shapes : []) {
  const small = shape.make(shape.n)
  const large = shape.make(2 * shape.n)
  check(large, shape.format, `shape ${shape.name}`)
  let one = Number.POSITIVE_INFINITY
  let two = Number.POSITIVE_INFINITY
  for (let run = 0; run < 5; run++) {
    one = Math.min(one, work(small, shape.format))
    two = Math.min(two, work(large, shape.format))
  }
  const ratio = two < 5 ? 0 : two / Math.max(one, 0.5)
  // "About 2.5": at full size a collection can land in either run; a quadratic shape shows 4.
  const line = `shape ${shape.name}: work at 2n / work at n = ${ratio.toFixed(2)}`
  if (ratio > 3) failures.push(line)
  else if (ratio > 2.5) warnings.push(line)
  counts.shapes++
}

const seconds = ((performance.now() - started) / 1000).toFixed(0)
console.log(
  `${counts.windows + counts.damage + counts.shapes} cases in ${seconds} s: ${counts.windows} damaged windows, ${counts.damage} damaged fixtures, ${counts.shapes} hostile shapes`,
)
console.log(`cases per fixture folder: ${JSON.stringify(counts.byFolder)}`)
console.log(`documented exceptions: ${JSON.stringify(counts.exceptions)}`)
console.log(`slowest: ${slowest.ms.toFixed(0)} ms, ${slowest.what}`)
for (const warning of warnings) console.log(`  over 2.5 (not 3): ${warning}`)
console.log(`${failures.length} failures`)
for (const failure of failures.slice(0, 50)) console.log(`  ${failure}`)
process.exitCode = failures.length > 0 ? 1 : 0
