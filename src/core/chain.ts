import type { VFile } from 'vfile'
import type { z } from 'zod'
import { type Paper, PaperSchema, type Provenance } from '../schema/paper.js'
import { paperId } from '../util/paper-id.js'
import type { Entry } from './entry.js'
import { report } from './messages.js'
import type { Citation, Plugin, PluginContext } from './plugin.js'

/** What every entry's chain shares. */
export interface ChainEnvironment {
  file: VFile
  referenceDate: string
  referenceSource: PluginContext['referenceSource']
}

/** One entry's record while the chain runs. */
interface State {
  entry: Entry
  env: ChainEnvironment
  record: Record<string, unknown>
  provenance: Record<string, Provenance>
}

const paperFields = PaperSchema.shape as Record<string, z.ZodType>

/** Run `plugins` over `entry`; plugins may not return promises here. */
export function runChainSync(plugins: readonly Plugin[], entry: Entry, env: ChainEnvironment): Paper | undefined {
  const state = start(entry, env)
  for (const plugin of plugins) {
    const step = begin(plugin, state)
    if (!step) continue
    if (isThenable(step.output)) {
      step.output.then(undefined, () => {}) // settle quietly: the result is not used
      fail(plugin, state, 'Unexpected promise from `extract`, expected a value: use `parse()` for async plugins')
      continue
    }
    applySafely(plugin, step.cited, step.output, state)
  }
  return finish(state)
}

/** Run `plugins` over `entry`, awaiting async plugins in order. */
export async function runChain(
  plugins: readonly Plugin[],
  entry: Entry,
  env: ChainEnvironment,
): Promise<Paper | undefined> {
  const state = start(entry, env)
  for (const plugin of plugins) {
    const step = begin(plugin, state)
    if (!step) continue
    let output: unknown
    try {
      output = await step.output
    } catch (error) {
      fail(plugin, state, thrown(error), error)
      continue
    }
    applySafely(plugin, step.cited, output, state)
  }
  return finish(state)
}

function start(entry: Entry, env: ChainEnvironment): State {
  return {
    entry,
    env,
    record: { authors: [], repositories: [], projectPages: [], links: [], datasets: [] },
    provenance: {},
  }
}

/** Run `test` and `extract`, turning a throw into a message. */
function begin(plugin: Plugin, state: State): { output: unknown; cited: Map<string, Citation> } | undefined {
  const cited = new Map<string, Citation>()
  const context: PluginContext = {
    // A frozen copy: a plugin reads earlier output but can change the record only through what it returns.
    paper: Object.freeze({ ...state.record }),
    referenceDate: state.env.referenceDate,
    referenceSource: state.env.referenceSource,
    message(reason, options) {
      report(
        state.env.file,
        options?.severity ?? 'warning',
        reason,
        plugin.name,
        options?.place ?? state.entry.position,
      )
    },
    cite(field, citation) {
      cited.set(field, citation)
    },
  }
  try {
    if (plugin.test && !plugin.test(state.entry, context)) return undefined
    return { output: plugin.extract(state.entry, context), cited }
  } catch (error) {
    fail(plugin, state, thrown(error), error)
    return undefined
  }
}

/** `apply`, with anything a plugin's schema or output throws (a throwing transform or getter) turned into a message. */
function applySafely(plugin: Plugin, cited: Map<string, Citation>, output: unknown, state: State): void {
  try {
    apply(plugin, cited, output, state)
  } catch (error) {
    fail(plugin, state, `Unexpected error while checking the output of \`extract\`: ${describeError(error)}`, error)
  }
}

/**
 * Validate a plugin's output against its schema (and the `Paper` field schemas for
 * fields `Paper` also has), keep the valid fields, and report each invalid one.
 */
function apply(plugin: Plugin, cited: Map<string, Citation>, output: unknown, state: State): void {
  if (output === undefined) return
  if (typeof output !== 'object' || output === null || Array.isArray(output)) {
    fail(
      plugin,
      state,
      `Unexpected ${Array.isArray(output) ? 'array' : typeof output} from \`extract\`, expected an object of fields or undefined`,
    )
    return
  }
  const given = output as Record<string, unknown>
  const shape = plugin.schema.shape as Record<string, z.ZodType>
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(given)) {
    if (!(key in shape)) {
      fail(
        plugin,
        state,
        `Unexpected field \`${key}\` from \`extract\`, expected only the fields of the plugin's schema (${Object.keys(shape).join(', ')}); it was dropped`,
      )
      continue
    }
    fields[key] = given[key]
  }
  const result = plugin.schema.safeParse(fields)
  const dropped = new Set<string>()
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String)
      if (path.length === 0) {
        fail(plugin, state, `Unexpected output from \`extract\`: ${issue.message}; all of its fields were dropped`)
        return
      }
      dropped.add(path[0] as string)
      fail(
        plugin,
        state,
        `Unexpected value for \`${path.join('.')}\` from \`extract\`: ${issue.message}; the field was dropped`,
      )
    }
  }
  // Re-read valid fields through zod so defaults and coercions in the plugin's schema apply.
  const valid = result.success ? (result.data as Record<string, unknown>) : revalidate(plugin, fields, dropped)
  for (const [key, value] of Object.entries(valid)) {
    if (value === undefined || dropped.has(key)) continue
    const paperField = paperFields[key]
    if (paperField && !covers(shape[key], paperField)) {
      const check = paperField.safeParse(value)
      if (!check.success) {
        const issue = check.error.issues[0]
        fail(
          plugin,
          state,
          `Unexpected value for \`${[key, ...(issue?.path ?? [])].join('.')}\` from \`extract\`, expected a valid \`Paper.${key}\`: ${issue?.message}; the field was dropped`,
        )
        continue
      }
    }
    state.record[key] = value
    const citation = cited.get(key)
    const position = citation?.position ?? state.entry.position
    state.provenance[key] = {
      plugin: plugin.name,
      method: citation?.method ?? 'extract',
      ...(position ? { position } : {}),
      ...(citation?.inferred?.length ? { inferred: citation.inferred } : {}),
    }
  }
}

/** Whether the plugin's field schema is Paper's own (or Paper's made optional): then it was checked already. */
function covers(field: z.ZodType | undefined, paperField: z.ZodType): boolean {
  const inner = (field?._zod.def as { innerType?: unknown } | undefined)?.innerType
  return field === paperField || inner === paperField
}

function revalidate(plugin: Plugin, fields: Record<string, unknown>, dropped: Set<string>): Record<string, unknown> {
  const rest: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) if (!dropped.has(key)) rest[key] = value
  const result = plugin.schema.partial().safeParse(rest)
  return result.success ? (result.data as Record<string, unknown>) : {}
}

/** Give the record its id and source, and check it is a `Paper`. */
function finish(state: State): Paper | undefined {
  const { record, entry } = state
  const title = record.title
  const arxivId = typeof record.arxivId === 'string' ? record.arxivId : undefined
  if (arxivId !== undefined || (typeof title === 'string' && title !== '')) {
    const { id, method } = paperId(arxivId, String(title), typeof record.doi === 'string' ? record.doi : undefined)
    record.id = id
    state.provenance.id = { plugin: 'core', method }
  }
  record.source = { format: entry.format, index: entry.index, ...(entry.position ? { position: entry.position } : {}) }
  record.provenance = state.provenance
  // Fields were checked as plugins set them; this last check also catches a plugin that
  // changed a nested value it was only meant to read.
  const result = PaperSchema.safeParse(record)
  if (result.success) return record as Paper
  const problems = result.error.issues.map((issue) => `\`${issue.path.join('.')}\` ${issue.message}`).join('; ')
  report(
    state.env.file,
    'warning',
    `Unexpected entry ${entry.index} that is not a complete paper (${problems}), expected at least a title; the entry was dropped`,
    'core:invalid-entry',
    entry.position,
  )
  return undefined
}

function fail(plugin: Plugin, state: State, reason: string, cause?: unknown): void {
  const message = report(
    state.env.file,
    'warning',
    `${reason} (plugin \`${plugin.name}\`, entry ${state.entry.index})`,
    plugin.name,
    state.entry.position,
  )
  if (cause !== undefined) message.cause = cause
}

function thrown(error: unknown): string {
  return `Unexpected error in \`extract\`: ${describeError(error)}`
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function isThenable(value: unknown): value is PromiseLike<unknown> & { then: Promise<unknown>['then'] } {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
}
