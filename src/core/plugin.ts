import type * as core from 'zod/v4/core'
import type { Paper } from '../schema/paper.js'
import type { Position } from '../schema/position.js'
import type { Entry } from './entry.js'
import type { MessageOptions } from './messages.js'

/**
 * The zod object schema a plugin declares for the fields it adds: `z.object({...})` of zod
 * classic (`zod`) or of `zod/mini`. Typed against zod's core (`zod/v4/core`), which both build
 * on, and checked with its `safeParse`, so either works.
 */
export type PluginSchema = core.$ZodObject

/** Where a plugin found a field: recorded in the record's `provenance`. */
export interface Citation {
  /** How the value was found, e.g. `hf-text:date-line`. */
  method: string
  /** Where in the input it came from (default: the entry's position). */
  position?: Position | undefined
  /** Parts of the value that were inferred rather than read, e.g. `['year']`. */
  inferred?: string[] | undefined
}

/** What a plugin sees besides the entry. */
export interface PluginContext<Schema extends PluginSchema = PluginSchema> {
  /** The record so far: core defaults plus the validated output of earlier plugins. */
  readonly paper: Readonly<Partial<Paper>> & Readonly<Record<string, unknown>>
  /** The day year-less dates resolve against, `YYYY-MM-DD`. */
  readonly referenceDate: string
  /** Where `referenceDate` came from: the `referenceDate` option, the page's own date line, or today. */
  readonly referenceSource: 'option' | 'page' | 'today'
  /**
   * What the plugin's `prepare` returned for this document (for `parseStream`: for this batch of
   * entries), or `undefined` when it has none or it failed.
   */
  readonly prepared?: unknown
  /**
   * Emit a message about this entry, worded "Unexpected X, expected Y". Its `source` is the
   * plugin's name; its `ruleId` the plugin's name, or the rule `options.ruleId` names
   * (`<plugin>:<rule>`); its place the entry's unless `options.place` says.
   */
  message(reason: string, options?: MessageOptions): void
  /** Say where a field's value came from; fields a plugin does not cite get the entry's position. */
  cite(field: keyof core.output<Schema> & string, citation: Citation): void
}

/** What a plugin's `prepare` sees besides the entries. */
export interface PrepareContext {
  /** The day year-less dates resolve against, `YYYY-MM-DD`. */
  readonly referenceDate: string
  /** Where `referenceDate` came from. */
  readonly referenceSource: 'option' | 'page' | 'today'
  /** The parse's `signal`, to pass on to a lookup (`fetch(url, { signal })`). */
  readonly signal: AbortSignal | undefined
}

/**
 * An extractor plugin: a name, the zod schema of the fields it adds, and `extract`.
 * Create one with {@link definePlugin}; the built-in plugins are made the same way.
 */
export interface Plugin<Schema extends PluginSchema = PluginSchema> {
  /**
   * Unique name; also the `source` of the plugin's messages, and their `ruleId` unless the plugin
   * names a rule. Using a name again replaces that plugin.
   */
  readonly name: string
  /**
   * A zod object of the fields this plugin contributes (zod classic or `zod/mini`); its output
   * is validated against it.
   */
  readonly schema: Schema
  /** Run this plugin before the named plugins. */
  readonly before?: readonly string[] | undefined
  /** Run this plugin after the named plugins. */
  readonly after?: readonly string[] | undefined
  /**
   * Called once per document, before any `extract`, with all its entries (under `parseStream`,
   * once per batch of entries read): the place for one lookup per page instead of one per paper.
   * What it returns (or resolves to) is `context.prepared` in `test` and `extract`. May be async
   * under `parse`; it is held to `pluginTimeout` and the `signal`, and a failure is a message.
   */
  prepare?(entries: readonly Entry[], context: PrepareContext): unknown
  /** Skip entries for which this returns `false`. */
  test?(entry: Entry, context: PluginContext<Schema>): boolean
  /** Return the fields found in `entry` (or `undefined` for none). May be async under `parse`. */
  extract(
    entry: Entry,
    context: PluginContext<Schema>,
  ): core.input<Schema> | undefined | Promise<core.input<Schema> | undefined>
}

/** Fields the core owns; a plugin may not declare them. */
export const reservedFields: readonly string[] = ['id', 'source', 'sources', 'provenance']

/**
 * Define an extractor plugin. Checks its shape now, so a mistake fails at
 * registration with a message that says how to fix it, not later per entry.
 *
 * @example
 * ```ts
 * const venue = definePlugin({
 *   name: 'venue',
 *   schema: z.object({ venue: z.string().optional() }),
 *   extract: (entry) => ({ venue: /NeurIPS \d{4}/.exec(entry.text)?.[0] }),
 * })
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function definePlugin<Schema extends PluginSchema>(plugin: Plugin<Schema>): Plugin<Schema> {
  assertPlugin(plugin)
  return plugin
}

/** Throw a `TypeError` that says how to fix `value` unless it is a well-formed plugin. */
export function assertPlugin(value: unknown): asserts value is Plugin {
  const hint = 'Create plugins with definePlugin({ name, schema: z.object({...}), extract(entry, context) { ... } }).'
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(`Expected a plugin object, got ${describe(value)}. ${hint}`)
  }
  const plugin = value as Record<string, unknown>
  const name = plugin.name
  if (typeof name !== 'string' || name.trim() === '') {
    throw new TypeError(`Expected a plugin \`name\` (a non-empty string), got ${describe(name)}. ${hint}`)
  }
  if (!isZodObject(plugin.schema)) {
    throw new TypeError(
      `Expected plugin "${name}" to have a \`schema\` that is a zod object (z.object({...}) of zod or zod/mini), got ${describe(plugin.schema)}. ${hint}`,
    )
  }
  for (const field of Object.keys(schemaShape(plugin.schema))) {
    if (reservedFields.includes(field)) {
      throw new TypeError(
        `Unexpected field "${field}" in the schema of plugin "${name}": the core sets ${reservedFields.join(', ')}. Rename the field.`,
      )
    }
  }
  if (typeof plugin.extract !== 'function') {
    throw new TypeError(`Expected plugin "${name}" to have an \`extract(entry, context)\` function. ${hint}`)
  }
  if (plugin.prepare !== undefined && typeof plugin.prepare !== 'function') {
    throw new TypeError(`Expected \`prepare\` of plugin "${name}" to be a function or absent.`)
  }
  if (plugin.test !== undefined && typeof plugin.test !== 'function') {
    throw new TypeError(`Expected \`test\` of plugin "${name}" to be a function or absent.`)
  }
  for (const key of ['before', 'after'] as const) {
    const names = plugin[key]
    if (names !== undefined && !(Array.isArray(names) && names.every((item) => typeof item === 'string'))) {
      throw new TypeError(
        `Expected \`${key}\` of plugin "${name}" to be an array of plugin names, got ${describe(names)}.`,
      )
    }
  }
}

// Duck-typed on zod's core internals (what zod/v4/core's `safeParse` runs), so a schema of
// zod classic, of zod/mini or of another copy of zod 4 is accepted.
function isZodObject(value: unknown): value is PluginSchema {
  if (typeof value !== 'object' || value === null) return false
  const internals = (value as { _zod?: { def?: { type?: unknown; shape?: unknown }; run?: unknown } })._zod
  return (
    internals?.def?.type === 'object' &&
    typeof internals.def.shape === 'object' &&
    internals.def.shape !== null &&
    typeof internals.run === 'function'
  )
}

/** The fields of a plugin's schema, read from zod's core definition (zod/mini objects have no `.shape` getter to rely on). */
export function schemaShape(schema: PluginSchema): Readonly<Record<string, core.$ZodType>> {
  return schema._zod.def.shape
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return typeof value
}
