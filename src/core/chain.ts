import type { VFile } from 'vfile'
import { z } from 'zod'
import { type $ZodType, safeParse } from 'zod/v4/core'
import { type Paper, PaperSchema, type Provenance } from '../schema/paper.js'
import { type Position, PositionSchema } from '../schema/position.js'
import { paperId } from '../util/paper-id.js'
import { type Budgets, type Clock, clip, defaultBudgets, startClock } from './budgets.js'
import type { Entry } from './entry.js'
import {
  copyPosition,
  type MessageDetails,
  report,
  ruleUrl,
  type Severity,
  speakerDetails,
  speakerRule,
} from './messages.js'
import { type Citation, type Plugin, type PluginContext, type PrepareContext, schemaShape } from './plugin.js'
import { surelyPaper } from './record-check.js'
import { isTrusted } from './trusted.js'
import { describeThrown, freezeEntry, frozenView } from './views.js'

/** What every entry's chain shares. */
export interface ChainEnvironment {
  file: VFile
  referenceDate: string
  referenceSource: PluginContext['referenceSource']
  /** The parse's budgets (default: the defaults, no signal). */
  budgets?: Readonly<Budgets> | undefined
  /** Entries run at once by `runAll` (default: `1`). */
  concurrency?: number | undefined
  /** The time budget's clock, shared by the batches of a stream (default: one per `runAll`). */
  clock?: Clock | undefined
  /** What each plugin's `prepare` returned for this document. */
  prepared?: Map<Plugin, unknown> | undefined
  /**
   * The entries come fresh from `completeEntry` over a trusted built-in reader's output (plain
   * data, no getters): frozen without settling getters first.
   */
  plainEntries?: boolean | undefined
}

/** One entry's record while the chain runs. */
interface State {
  entry: Entry
  env: ChainEnvironment
  record: Record<string, unknown>
  provenance: Record<string, Provenance>
  /** Bumped whenever `record` changes, so the plugins' frozen view is made again only then. */
  version: number
  /** The plugins' frozen view of `record`, shared by every plugin until `record` changes. */
  view?: { version: number; paper: PluginContext['paper'] } | undefined
  /** Frozen copies of the record's values, reused when the view is made again (unchanged fields keep theirs). */
  copies: Map<string, [unknown, unknown]>
  /** Fields whose value a trusted built-in set (or the core's empty lists): the final check skips their zod pass. */
  vouched: Set<string>
  /** The record's copies of the entry's positions: fields that cite one position, and `source`, share its copy. */
  positions?: SharedPositions | undefined
}

/** One plugin's run: its output (maybe a promise) and the citations it made. */
interface Step {
  output: unknown
  cited: Map<string, Citation>
  /** Closes the context: `cite` and `message` after the plugin is done are ignored. */
  close(): void
}

const paperFields = PaperSchema.shape as Record<string, z.ZodType>

// What `cite` accepts; parsing it also copies it, so the plugin keeps no handle on what is stored.
const CitationSchema = z.object({
  method: z.string().min(1),
  position: PositionSchema.optional(),
  inferred: z.array(z.string().min(1)).optional(),
})

const severities: readonly Severity[] = ['info', 'warning']

/** Run `plugins` over every entry in order, within the budgets; plugins may not return promises here. */
export function runAllSync(plugins: readonly Plugin[], entries: readonly Entry[], env: ChainEnvironment): Paper[] {
  const papers: Paper[] = []
  const clock = env.clock ?? startClock(budgetsOf(env))
  const list = frozenEntries(limitEntries(entries, env), env)
  prepareAllSync(plugins, list, env)
  for (const entry of list) {
    if (stopped(clock, entry, env)) break
    const paper = runChainSync(plugins, entry, env)
    if (paper) papers.push(paper)
  }
  return papers
}

/** What a plugin's `prepare` gets besides the entries: the same for every plugin of the document. */
function prepareContext(env: ChainEnvironment, signal: AbortSignal | undefined): PrepareContext {
  return { referenceDate: env.referenceDate, referenceSource: env.referenceSource, signal }
}

/** Each plugin's `prepare`, which must not return a promise here (one that does is reported and ignored). */
function prepareAllSync(plugins: readonly Plugin[], entries: readonly Entry[], env: ChainEnvironment): void {
  const budgets = budgetsOf(env)
  for (const plugin of plugins) {
    if (typeof plugin.prepare !== 'function' || entries.length === 0) continue
    const context = prepareContext(env, budgets.signal)
    let reason: string | undefined
    let cause: unknown
    try {
      const value = plugin.prepare(entries, context)
      if (isThenable(value)) {
        Promise.resolve(value).then(undefined, () => {})
        reason = 'Unexpected promise from `prepare`, expected a value: use `parse()` for async plugins'
      } else {
        env.prepared ??= new Map()
        env.prepared.set(plugin, value)
      }
    } catch (error) {
      reason = `Unexpected \`prepare\` failed: ${describeThrown(error)}, expected it to return`
      cause = error
    }
    if (reason === undefined) continue
    const message = report(
      env.file,
      'warning',
      `${reason}; the plugin runs without it (plugin \`${plugin.name}\`)`,
      plugin.name,
      entries[0]?.position,
      aboutPlugin(plugin),
    )
    if (cause !== undefined) message.cause = cause
  }
}

/**
 * Run `plugins` over every entry, awaiting async plugins, within the budgets: up to
 * `env.concurrency` entries at a time, papers kept in entry order. Each plugin's `prepare` sees
 * all the entries first (one lookup per page rather than per paper). Gives the event loop a
 * turn every few milliseconds, so a large document does not block timers and I/O.
 */
export async function runAll(
  plugins: readonly Plugin[],
  entries: readonly Entry[],
  env: ChainEnvironment,
): Promise<Paper[]> {
  const clock = env.clock ?? startClock(budgetsOf(env))
  const list = frozenEntries(limitEntries(entries, env), env)
  await prepareAll(plugins, list, env)
  const results: Array<Paper | undefined> = new Array(list.length)
  let next = 0
  let halted = false
  const turn = turnTaker()
  const worker = async () => {
    while (!halted && next < list.length) {
      const at = next++
      const entry = list[at] as Entry
      if (stopped(clock, entry, env)) {
        halted = true
        break
      }
      results[at] = await runChain(plugins, entry, env)
      await turn()
    }
  }
  const lanes = Math.max(1, Math.min(env.concurrency ?? 1, list.length))
  await Promise.all(Array.from({ length: lanes }, worker))
  const papers: Paper[] = []
  for (const paper of results) if (paper) papers.push(paper)
  return papers
}

/** Run each plugin's `prepare` on the document's entries; what it returns is the plugin's `context.prepared`. */
async function prepareAll(plugins: readonly Plugin[], entries: readonly Entry[], env: ChainEnvironment): Promise<void> {
  const budgets = budgetsOf(env)
  for (const plugin of plugins) {
    if (typeof plugin.prepare !== 'function' || entries.length === 0) continue
    const context = prepareContext(env, budgets.signal)
    try {
      const value = await settle(plugin.prepare(entries, context), budgets)
      env.prepared ??= new Map()
      env.prepared.set(plugin, value)
    } catch (error) {
      const why =
        error === timedOut
          ? `still running after \`pluginTimeout\` (${budgets.pluginTimeout} ms)`
          : error === aborted
            ? 'stopped by an abort (the `signal` fired)'
            : `failed: ${describeThrown(error)}`
      const message = report(
        env.file,
        'warning',
        `Unexpected \`prepare\` ${why}, expected it to settle; the plugin runs without it (plugin \`${plugin.name}\`)`,
        plugin.name,
        entries[0]?.position,
        aboutPlugin(plugin),
      )
      if (error !== timedOut && error !== aborted) message.cause = error
    }
  }
}

/**
 * A function that resolves at once, or after a macrotask when the last turn was over
 * `slice` ms ago. A timer, not `setImmediate`: the core runs outside Node too.
 */
export function turnTaker(slice = 8): () => Promise<void> {
  let last = now()
  return async () => {
    if (now() - last < slice) return
    await new Promise<void>((resolve) => globalThis.setTimeout(resolve, 0))
    last = now()
  }
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now()
}

function budgetsOf(env: ChainEnvironment): Readonly<Budgets> {
  return env.budgets ?? { ...defaultBudgets, signal: undefined }
}

/** The first `maxEntries` entries; the rest are reported once. */
function limitEntries(entries: readonly Entry[], env: ChainEnvironment): readonly Entry[] {
  const { maxEntries } = budgetsOf(env)
  if (entries.length <= maxEntries) return entries
  report(
    env.file,
    'warning',
    `Unexpected ${entries.length} entries, expected at most \`maxEntries\` (${maxEntries}); the ${entries.length - maxEntries} entries from here on were skipped`,
    'core:budget',
    entries[maxEntries]?.position,
  )
  return entries.slice(0, maxEntries)
}

/** Whether the time budget is spent or the parse was aborted; says so once, at `entry`. */
function stopped(clock: Clock, entry: Entry, env: ChainEnvironment): boolean {
  const why = clock.stop()
  if (!why) return false
  const reason =
    why === 'aborted'
      ? `Unexpected abort (the \`signal\` fired), expected to read the whole document; entry ${entry.index} and the ones after it were skipped`
      : `Unexpected time over \`timeBudget\` (${budgetsOf(env).timeBudget} ms), expected the document to fit; entry ${entry.index} and the ones after it were skipped`
  if (why === 'aborted') report(env.file, 'warning', reason, 'core:aborted', entry.position)
  else report(env.file, 'warning', reason, 'core:budget', entry.position)
  return true
}

/** Run `plugins` over `entry`; plugins may not return promises here. */
export function runChainSync(plugins: readonly Plugin[], entry: Entry, env: ChainEnvironment): Paper | undefined {
  const state = start(entry, env)
  if (!state) return undefined
  for (const plugin of plugins) {
    const step = begin(plugin, state)
    if (!step) continue
    let promised = false
    try {
      promised = isThenable(step.output)
      if (promised) Promise.resolve(step.output).then(undefined, () => {}) // settle quietly: the result is not used
    } catch (error) {
      step.close()
      fail(plugin, state, `Unexpected value from \`extract\` that cannot be read: ${describeThrown(error)}`, error)
      continue
    }
    step.close()
    if (promised) {
      fail(plugin, state, 'Unexpected promise from `extract`, expected a value: use `parse()` for async plugins')
      continue
    }
    applySafely(plugin, step.cited, step.output, state)
  }
  return finish(state)
}

/** Run `plugins` over `entry`, awaiting async plugins in order, each within `pluginTimeout`. */
export async function runChain(
  plugins: readonly Plugin[],
  entry: Entry,
  env: ChainEnvironment,
): Promise<Paper | undefined> {
  const state = start(entry, env)
  if (!state) return undefined
  const budgets = budgetsOf(env)
  for (const plugin of plugins) {
    const step = begin(plugin, state)
    if (!step) continue
    let output: unknown
    try {
      output = await settle(step.output, budgets)
    } catch (error) {
      step.close()
      if (error === timedOut) {
        fail(
          plugin,
          state,
          `Unexpected plugin still running after \`pluginTimeout\` (${budgets.pluginTimeout} ms), expected it to settle; it was skipped for this entry`,
        )
      } else if (error === aborted) {
        fail(plugin, state, 'Unexpected abort (the `signal` fired) while the plugin ran; it was skipped for this entry')
      } else {
        fail(plugin, state, thrown(error), error)
      }
      continue
    }
    step.close()
    applySafely(plugin, step.cited, output, state)
  }
  return finish(state)
}

const timedOut = Symbol('timed out')
const aborted = Symbol('aborted')

/** Await `output`, but no longer than the plugin timeout or the abort signal allow. */
function settle(output: unknown, budgets: Readonly<Budgets>): Promise<unknown> {
  // A plain value needs no timer; reading `then` may throw, which rejects the promise below.
  let plain = false
  try {
    plain = !isThenable(output)
  } catch {}
  if (plain) return Promise.resolve(output)
  return new Promise((resolve, reject) => {
    const { signal } = budgets
    const onAbort = () => done(() => reject(aborted))
    const timer = setTimeout(() => done(() => reject(timedOut)), budgets.pluginTimeout)
    let finished = false
    const done = (then: () => void) => {
      if (finished) return
      finished = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      then()
    }
    if (signal?.aborted) return onAbort()
    signal?.addEventListener('abort', onAbort)
    // `Promise.resolve` reads `then` once; a getter or `then` that throws becomes a rejection.
    new Promise((inner) => inner(output)).then(
      (value) => done(() => resolve(value)),
      (error: unknown) => done(() => reject(error)),
    )
  })
}

// The record's lists the core starts empty: valid as they are, so vouched for until a plugin sets one.
function emptyRecord(): Record<string, unknown> {
  return { authors: [], repositories: [], projectPages: [], links: [], datasets: [] }
}

/**
 * The entries frozen before any plugin (`prepare` included) sees them; an entry that cannot be
 * frozen (a getter that cannot be replaced, a proxy whose traps throw) is skipped with a message.
 */
function frozenEntries(entries: readonly Entry[], env: ChainEnvironment): readonly Entry[] {
  const kept: Entry[] = []
  for (const entry of entries) {
    const frozen = freezeOrSkip(entry, env)
    if (frozen) kept.push(frozen)
  }
  return kept
}

/** `entry` frozen (see `freezeEntry`), or undefined after a message when it cannot be. */
function freezeOrSkip(entry: Entry, env: ChainEnvironment): Entry | undefined {
  const { maxFieldLength } = budgetsOf(env)
  try {
    return freezeEntry(
      entry,
      maxFieldLength,
      (field, length) =>
        report(
          env.file,
          'warning',
          `Unexpected field \`${clip(field, 40)}\` of ${length} characters, expected at most \`maxFieldLength\` (${maxFieldLength}); it was dropped`,
          'core:budget',
          safePosition(entry),
        ),
      env.plainEntries === true,
    )
  } catch (error) {
    report(
      env.file,
      'warning',
      `Unexpected entry that cannot be frozen (${describeThrown(error)}), expected plain data from the reader; it was skipped`,
      'core:invalid-entry',
      safePosition(entry),
    )
    return undefined
  }
}

/** The entry's position if reading it is safe (a throwing getter gives none). */
function safePosition(entry: Entry): Entry['position'] {
  try {
    return copyPosition(entry.position)
  } catch {
    return undefined
  }
}

function start(entry: Entry, env: ChainEnvironment): State | undefined {
  const frozen = freezeOrSkip(entry, env)
  if (!frozen) return undefined
  const record = emptyRecord()
  return {
    entry: frozen,
    env,
    record,
    provenance: {},
    version: 0,
    copies: new Map(),
    vouched: new Set(Object.keys(record)),
  }
}

/** Run `test` and `extract`, turning a throw into a message. */
function begin(plugin: Plugin, state: State): Step | undefined {
  const cited = new Map<string, Citation>()
  let open = true
  const trusted = isTrusted(plugin)
  const shape = schemaShape(plugin.schema)
  const context: PluginContext = {
    // A frozen copy: a plugin reads earlier output but can change the record only through what it returns.
    get paper() {
      if (state.view?.version !== state.version)
        state.view = { version: state.version, paper: frozenView(state.record, state.copies) }
      return state.view.paper
    },
    referenceDate: state.env.referenceDate,
    referenceSource: state.env.referenceSource,
    get prepared() {
      return state.env.prepared?.get(plugin)
    },
    message(reason, options) {
      if (!open) return
      let place: unknown
      let severity: unknown
      let ruleId: unknown
      try {
        place = options?.place
        severity = options?.severity
        ruleId = options?.ruleId
      } catch {}
      const rule = speakerRule(plugin.name, ruleId, plugin.name)
      const details = speakerDetails(plugin.name, options)
      // A message that names no rule links the entry on plugins' messages.
      if (rule === plugin.name && details.url === undefined) details.url = ruleUrl('plugin')
      report(
        state.env.file,
        severities.includes(severity as Severity) ? (severity as Severity) : 'warning',
        typeof reason === 'string' ? reason : describeThrown(reason),
        rule,
        copyPosition(place) ?? state.entry.position,
        details,
      )
    },
    cite(field, citation) {
      if (!open) return
      if (trusted && typeof field === 'string' && Object.hasOwn(shape, field)) {
        cited.set(field, citation)
        return
      }
      // Checked now, where the mistake is made: a bad citation costs only itself.
      let checked: ReturnType<typeof CitationSchema.safeParse> | undefined
      try {
        checked = CitationSchema.safeParse(citation)
      } catch {}
      const known = typeof field === 'string' && Object.hasOwn(shape, field)
      if (known && checked?.success) {
        cited.set(field, checked.data)
        return
      }
      const what = typeof field === 'string' ? `\`${clip(field, 40)}\`` : typeof field
      fail(
        plugin,
        state,
        known
          ? `Unexpected citation for ${what} passed to \`cite\`, expected \`{method, position?, inferred?}\`${checked?.success === false ? ` (${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message})` : ''}; it was ignored`
          : `Unexpected field ${what} passed to \`cite\`, expected a field of the plugin's schema; it was ignored`,
      )
    },
  }
  const close = () => {
    open = false
  }
  try {
    if (plugin.test && !plugin.test(state.entry, context)) {
      close()
      return undefined
    }
    return { output: plugin.extract(state.entry, context), cited, close }
  } catch (error) {
    close()
    fail(plugin, state, thrown(error), error)
    return undefined
  }
}

/** `apply`, with anything a plugin's schema or output throws (a throwing transform or getter) turned into a message. */
function applySafely(plugin: Plugin, cited: Map<string, Citation>, output: unknown, state: State): void {
  try {
    apply(plugin, cited, output, state)
  } catch (error) {
    fail(plugin, state, `Unexpected error while checking the output of \`extract\`: ${describeThrown(error)}`, error)
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
      `Unexpected ${Array.isArray(output) ? 'array' : output === null ? 'null' : typeof output} from \`extract\`, expected an object of fields or undefined`,
    )
    return
  }
  const given = output as Record<string, unknown>
  const shape = schemaShape(plugin.schema)
  if (isTrusted(plugin)) {
    // In the schema's order, as zod's parse would give them.
    for (const key of keysOf(shape)) {
      const value = Object.hasOwn(given, key) ? given[key] : undefined
      if (value !== undefined) store(plugin, true, cited, key, value, state)
    }
    return
  }
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(given)) {
    // Own keys only: `constructor` or `toString` are not fields of any schema.
    if (!Object.hasOwn(shape, key)) {
      fail(
        plugin,
        state,
        `Unexpected field \`${clip(key, 40)}\` from \`extract\`, expected only the fields of the plugin's schema (${Object.keys(shape).join(', ')}); it was dropped`,
      )
      continue
    }
    fields[key] = given[key]
  }
  // zod's core `safeParse`, not the schema's method: zod/mini schemas are checked the same way.
  const result = safeParse(plugin.schema, fields)
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
        `Unexpected value for \`${clip(path.join('.'), 80)}\` from \`extract\`: ${issue.message}; the field was dropped`,
        undefined,
        issueDetails(issue, fields),
      )
    }
  }
  // Re-read valid fields through zod so defaults and coercions in the plugin's schema apply.
  const valid = result.success ? (result.data as Record<string, unknown>) : revalidate(shape, fields, dropped)
  for (const [key, value] of Object.entries(valid)) {
    if (value === undefined || dropped.has(key) || !Object.hasOwn(shape, key)) continue
    const paperField = Object.hasOwn(paperFields, key) ? paperFields[key] : undefined
    let stored: unknown = value
    if (paperField && !covers(shape[key], paperField)) {
      // Parsed again through Paper's own schema (which also copies it, as the plugin's parse did).
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
      stored = check.data
    }
    store(plugin, false, cited, key, stored, state)
  }
}

// The keys of the trusted plugins' schema shapes, listed once (a shape is never changed after `definePlugin`).
const shapeKeys = new WeakMap<object, readonly string[]>()

function keysOf(shape: object): readonly string[] {
  let keys = shapeKeys.get(shape)
  if (keys === undefined) {
    keys = Object.keys(shape)
    shapeKeys.set(shape, keys)
  }
  return keys
}

/** Set one field of the record, with its provenance. */
function store(
  plugin: Plugin,
  trusted: boolean,
  cited: Map<string, Citation>,
  key: string,
  value: unknown,
  state: State,
): void {
  state.record[key] = value
  state.version++
  // A user plugin's value (checked by its schema as stored) is checked again at the end; a trusted one's is not.
  if (trusted) state.vouched.add(key)
  else state.vouched.delete(key)
  const citation = cited.get(key)
  const position = citation?.position ?? state.entry.position
  // Keys added one by one, not spread in: V8's slow path for spreads inside a literal cost more than the rest.
  const provenance: Provenance = { plugin: plugin.name, method: citation?.method ?? 'extract' }
  if (position) provenance.position = sharedCopy(state, position)
  if (citation?.inferred?.length) provenance.inferred = citation.inferred
  state.provenance[key] = provenance
}

/** Originals and their copies, side by side (an entry has a handful: a list beats a map). */
interface SharedPositions {
  originals: object[]
  copies: Position[]
}

/**
 * A copy of `position` for the record, shared with the fields before it that cite the same span
 * (fields read from one node, `source` and the fields cited at the entry): the same JSON, a
 * fraction of the objects. A frozen plain position (as every position of an entry is once
 * `freezeEntry` is done, getters settled into data) is found again by identity without a
 * copy; any other is copied and then matched by its values, so nothing a getter says twice is
 * trusted.
 */
function sharedCopy(state: State, position: unknown): Position | undefined {
  const frozen = isFrozenPlain(position)
  let shared = state.positions
  if (frozen && shared) {
    const at = shared.originals.indexOf(position)
    if (at !== -1) return shared.copies[at]
  }
  const copy = copyPosition(position)
  if (copy === undefined) return undefined
  // Fields of a record share one position where they cite the same span: frozen, so that changing
  // one in place throws instead of moving the others with it.
  Object.freeze(copy.start)
  Object.freeze(copy.end)
  Object.freeze(copy)
  const same = shared?.copies.find((known) => samePosition(known, copy))
  const kept = same ?? copy
  if (!frozen) {
    if (same === undefined) {
      shared ??= state.positions = { originals: [], copies: [] }
      shared.originals.push(copy)
      shared.copies.push(copy)
    }
    return kept
  }
  const { start, end } = position as { start?: unknown; end?: unknown }
  // Points that could still change (a plugin's own frozen position over live points): not remembered.
  if (!isFrozenPlain(start) || !isFrozenPlain(end)) return kept
  shared ??= state.positions = { originals: [], copies: [] }
  shared.originals.push(position as object)
  shared.copies.push(kept)
  return kept
}

function samePosition(one: Position, other: Position): boolean {
  return (
    one.start.offset === other.start.offset &&
    one.end.offset === other.end.offset &&
    one.start.line === other.start.line &&
    one.start.column === other.start.column &&
    one.end.line === other.end.line &&
    one.end.column === other.end.column
  )
}

function isFrozenPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** Whether the plugin's field schema is Paper's own (or Paper's made optional): then it was checked already. */
function covers(field: $ZodType | undefined, paperField: z.ZodType): boolean {
  const inner = (field?._zod.def as { innerType?: unknown } | undefined)?.innerType
  return field === paperField || inner === paperField
}

/** The fields that passed, each read through its own schema so its defaults and coercions apply. */
function revalidate(
  shape: Readonly<Record<string, $ZodType>>,
  fields: Record<string, unknown>,
  dropped: Set<string>,
): Record<string, unknown> {
  const rest: Record<string, unknown> = {}
  // Every field of the schema, given or not, so a default fills a field the plugin left out.
  for (const [key, field] of Object.entries(shape)) {
    if (dropped.has(key)) continue
    const result = safeParse(field, Object.hasOwn(fields, key) ? fields[key] : undefined)
    if (result.success && result.data !== undefined) rest[key] = result.data
  }
  return rest
}

// Fields the core sets; a failure there is not a plugin's field to drop.
const coreFields = new Set(['id', 'source', 'provenance', 'title'])

/** Give the record its id and source, and check it is a `Paper`; a field that fails is dropped, not the record. */
function finish(state: State): Paper | undefined {
  const { record, entry } = state
  const title = record.title
  const arxivId = typeof record.arxivId === 'string' ? record.arxivId : undefined
  if (arxivId !== undefined || (typeof title === 'string' && title !== '')) {
    const { id, method } = paperId(arxivId, String(title), typeof record.doi === 'string' ? record.doi : undefined)
    record.id = id
    state.provenance.id = { plugin: 'core', method }
  }
  const position = sharedCopy(state, entry.position)
  // `reader` (schema 1.1.0), then `format`, its deprecated name, kept for records' older readers.
  const source: Record<string, unknown> = { reader: entry.reader, format: entry.reader, index: entry.index }
  if (position) source.position = position
  record.source = source
  record.provenance = state.provenance
  // Fields were checked as plugins set them; this last check is a safety net. A field that
  // fails it is dropped with its provenance; only a record that still fails (no title) is lost.
  // The cheap check first; the whole schema only when it has doubts, to find and word them.
  if (surelyPaper(record, state.vouched)) return record as unknown as Paper
  for (let round = 0; round < 3; round++) {
    const result = PaperSchema.safeParse(record)
    if (result.success) return record as unknown as Paper
    const bad = new Set<string>()
    for (const issue of result.error.issues) {
      const field = issue.path[0]
      if (typeof field === 'string' && !coreFields.has(field) && Object.hasOwn(record, field)) bad.add(field)
    }
    if (bad.size === 0 || round === 2) {
      const problems = result.error.issues
        .slice(0, 5)
        .map((issue) => `\`${issue.path.join('.')}\` ${issue.message}`)
        .join('; ')
      report(
        state.env.file,
        'warning',
        `Unexpected entry ${entry.index} that is not a complete paper (${problems}), expected at least a title; the entry was dropped`,
        'core:invalid-entry',
        entry.position,
      )
      return undefined
    }
    for (const field of bad) {
      const by = state.provenance[field]?.plugin ?? 'core'
      report(
        state.env.file,
        'warning',
        `Unexpected invalid \`${field}\` in entry ${entry.index} at the final check (set by \`${by}\`), expected a valid \`Paper.${field}\`; the field was dropped`,
        'core:invalid-entry',
        entry.position,
      )
      delete record[field]
      delete state.provenance[field]
    }
  }
  return undefined
}

/**
 * Report what went wrong with a plugin's run, under the plugin's name (`source` and `ruleId`:
 * the rule ids users filter on), linking the entry on plugins' messages.
 */
function fail(plugin: Plugin, state: State, reason: string, cause?: unknown, details?: MessageDetails): void {
  const message = report(
    state.env.file,
    'warning',
    `${reason} (plugin \`${plugin.name}\`, entry ${state.entry.index})`,
    plugin.name,
    state.entry.position,
    { ...details, ...aboutPlugin(plugin) },
  )
  if (cause !== undefined) message.cause = cause
}

/** The details of the core's messages about a plugin: it is their `source`; `plugin` documents them. */
function aboutPlugin(plugin: Plugin): MessageDetails {
  return { source: plugin.name, url: ruleUrl('plugin') }
}

/** What a zod issue says was expected and found, for the message's `expected` and `actual`. */
function issueDetails(issue: { code: string; path: PropertyKey[] }, given: unknown): MessageDetails {
  const details: MessageDetails = {}
  const { expected, values } = issue as { expected?: unknown; values?: unknown }
  if (typeof expected === 'string') details.expected = [expected]
  else if (Array.isArray(values))
    details.expected = values.slice(0, 20).map((value) => JSON.stringify(value) ?? String(value))
  if (issue.code === 'invalid_type') {
    try {
      let value = given
      for (const key of issue.path) {
        value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined
      }
      details.actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
    } catch {
      // a getter that throws: the kind of value found stays unsaid
    }
  }
  return details
}

function thrown(error: unknown): string {
  return `Unexpected error in \`extract\`: ${describeThrown(error)}`
}

/** Whether `value` has a callable `then`. Reading `then` may throw (a getter, a revoked proxy): callers catch. */
function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  )
}
