import type { Plugin, PluginSchema } from '../core/plugin.js'
import { checkOptionKeys } from '../schema/options.js'
import { createEntry, type EntrySpec } from './entry.js'
import { runPlugin } from './run.js'

/** The text fields {@link checkHostile} fills. */
export type HostileField = 'title' | 'abstract' | 'summary' | 'comment'

/** Options of {@link checkHostile}. */
export interface HostileOptions {
  /** Random entries to try (default: `200`). */
  runs?: number | undefined
  /** The fuzzer's seed, to replay a failure (default: random; the report says which). */
  seed?: number | undefined
  /** Characters of each pathological text at 1× (default: `8000`; the check also runs 2×). */
  size?: number | undefined
  /** Strings repeated into pathological texts, besides the built-in ones (default: none). */
  units?: readonly string[] | undefined
  /** The fields the pathological texts go into (default: `['title', 'abstract', 'comment']`). */
  fields?: readonly HostileField[] | undefined
  /** The most time 2× the text may take, as a multiple of 1× (default: `3`: linear work doubles, quadratic quadruples). */
  maxRatio?: number | undefined
}

/** One pathological text's cost at 1× and 2× its size. */
export interface HostileTiming {
  /** The repeated unit. */
  unit: string
  /** The field it filled. */
  field: HostileField
  /** Milliseconds per run at 1× and at 2×. */
  ms: [number, number]
  /** `ms[1] / ms[0]`. */
  ratio: number
}

/** What {@link checkHostile} found. */
export interface HostileReport {
  /** No problem found. */
  ok: boolean
  /** What went wrong, one line each: a failing random entry (with the seed to replay it), a super-linear text. */
  problems: string[]
  /** The seed the fuzzer used. */
  seed: number
  /** The cost of each pathological text. */
  timings: HostileTiming[]
}

// What regexes on paper text trip over: long runs of one character class, almost-matches repeated.
const builtinUnits = [
  ' ',
  '\u00a0',
  'a',
  '1',
  '.',
  '-',
  '(',
  'a.',
  'a ',
  '1,',
  'http://',
  'https://github.com/',
  'github.com/a/',
  '[a](',
  '\\url{',
  'We introduce the ',
  'dataset ',
  'Accepted at ',
  ' 2024',
]
// Pieces the fuzzer mixes into its strings, so it reaches the branches a plugin's patterns guard.
const fragments = [
  ' ',
  '\n',
  '.',
  ',',
  '(',
  ')',
  '[',
  ']',
  '/',
  ':',
  'https://',
  'github.com/',
  'arXiv:',
  '2024',
  'dataset',
  'We',
  'code',
  '\u00a0',
  '\u0000',
  '😀',
]

/**
 * The hostile-input checks the built-in plugins get, for your plugin. Fuzzing (with fast-check,
 * an optional peer dependency: install it to use this) runs the plugin on random entries — odd
 * Unicode, control characters, URLs and brackets in every text field and in the links — and
 * fails when the core has to step in: the plugin threw, returned a promise it should not, or a
 * value its schema or `Paper` rejects. Then each text field is filled with long repetitions of
 * strings that trip regexes, at 1× and 2× the size, and the time per run compared: linear work
 * doubles, a super-linear pattern (nested quantifiers, backtracking over a run) at least
 * quadruples. Returns a report; never throws on what the plugin does.
 *
 * @example
 * ```ts
 * const report = await checkHostile(venue())
 * expect(report.problems).toEqual([])
 * ```
 */
export async function checkHostile<Schema extends PluginSchema>(
  plugin: Plugin<Schema>,
  options?: Readonly<HostileOptions> | null,
): Promise<HostileReport> {
  checkOptionKeys('checkHostile()', options, ['runs', 'seed', 'size', 'units', 'fields', 'maxRatio'])
  const target = plugin as unknown as Plugin
  const problems: string[] = []
  const seed = options?.seed ?? Math.floor(Math.random() * 0x7fffffff)
  await fuzz(target, options?.runs ?? 200, seed, problems)
  const timings = await pathological(target, options ?? {}, problems)
  return { ok: problems.length === 0, problems, seed, timings }
}

/** The core's complaints about the plugin (not what the plugin itself reports). */
async function complaints(plugin: Plugin, spec: EntrySpec): Promise<string[]> {
  const { messages } = await runPlugin(plugin, createEntry(spec), { referenceDate: '2025-01-01' })
  const suffix = new RegExp(`\\(plugin \`${escapeRegExp(plugin.name)}\`, entry \\d+\\)$`)
  return messages.filter((message) => suffix.test(message.reason)).map((message) => message.reason)
}

async function fuzz(plugin: Plugin, runs: number, seed: number, problems: string[]): Promise<void> {
  let fc: typeof import('fast-check')
  try {
    fc = await import('fast-check')
  } catch {
    problems.push('Cannot fuzz: fast-check is not installed (npm install --save-dev fast-check)')
    return
  }
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...fragments), maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
  )
  const spec = fc.record(
    {
      title: text,
      abstract: text,
      comment: text,
      summary: text,
      links: fc.array(fc.oneof(fc.webUrl(), text), { maxLength: 4 }),
      authors: fc.array(text, { maxLength: 3 }),
    },
    { requiredKeys: ['title'] },
  )
  const result = await fc.check(
    fc.asyncProperty(spec, async (value) => (await complaints(plugin, value as EntrySpec)).length === 0),
    { numRuns: runs, seed },
  )
  if (result.failed) {
    // The smallest failing entry, run again for the core's words about it.
    const example = result.counterexample?.[0] as EntrySpec | undefined
    const said = example ? await complaints(plugin, example) : []
    problems.push(
      `Random entry ${JSON.stringify(example)} (seed ${seed}, path ${result.counterexamplePath}): ${said.join('; ') || String(result.errorInstance)}`,
    )
  }
}

async function pathological(
  plugin: Plugin,
  options: Readonly<HostileOptions>,
  problems: string[],
): Promise<HostileTiming[]> {
  const size = options.size ?? 8000
  const maxRatio = options.maxRatio ?? 3
  const timings: HostileTiming[] = []
  for (const field of options.fields ?? (['title', 'abstract', 'comment'] as const)) {
    for (const unit of [...builtinUnits, ...(options.units ?? [])]) {
      if (unit === '') continue
      const texts = [size, size * 2].map((length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length))
      let ms = await costs(plugin, field, texts as [string, string], 3, 10)
      // A short run is at the mercy of the collector and the scheduler: a suspect one is measured again, longer.
      if (ms[1] / ms[0] > maxRatio) ms = await costs(plugin, field, texts as [string, string], 5, 40)
      const ratio = ms[1] / Math.max(ms[0], 0.01)
      timings.push({ unit, field, ms, ratio })
      // Below a millisecond, a ratio says little: a super-linear pattern is slow long before 2× the text.
      if (ratio > maxRatio && ms[1] > 1) {
        problems.push(
          `Super-linear time on ${JSON.stringify(unit)} repeated in \`${field}\`: ${ms[0].toFixed(2)} ms at ${size} characters, ${ms[1].toFixed(2)} ms at ${size * 2} (×${ratio.toFixed(1)}, expected at most ×${maxRatio})`,
        )
      }
    }
  }
  return timings
}

/** Milliseconds per run at 1× and 2×, measured in alternation so both see the same machine. */
async function costs(
  plugin: Plugin,
  field: HostileField,
  texts: [string, string],
  rounds: number,
  least: number,
): Promise<[number, number]> {
  const best: [number, number] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  for (let round = 0; round < rounds; round++) {
    for (const which of [0, 1] as const) {
      best[which] = Math.min(best[which], await cost(plugin, field, texts[which], least))
    }
  }
  return best
}

/** Milliseconds per run: runs repeated until they last `least` ms, so short runs are measured too. */
async function cost(plugin: Plugin, field: HostileField, text: string, least: number): Promise<number> {
  const entry = createEntry({ title: 'A title', [field]: text })
  let runs = 0
  const started = performance.now()
  let elapsed = 0
  do {
    await runPlugin(plugin, entry, { referenceDate: '2025-01-01' })
    runs++
    elapsed = performance.now() - started
  } while (elapsed < least && runs < 1000)
  return elapsed / runs
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
