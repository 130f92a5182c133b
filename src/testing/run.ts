import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { z } from 'zod'
import { type ChainEnvironment, runChain, runChainSync } from '../core/chain.js'
import type { Entry } from '../core/entry.js'
import { assertNotFactory } from '../core/factory.js'
import { assertPlugin, definePlugin, type Plugin, type PluginSchema } from '../core/plugin.js'
import { metadata } from '../plugins/metadata/index.js'
import { checkOptionKeys } from '../schema/options.js'
import { IsoDateSchema, type Paper, PaperSchema, type Provenance } from '../schema/paper.js'
import { today } from '../util/date.js'

/** Options of {@link runPlugin}. */
export interface RunPluginOptions {
  /**
   * The record so far, as `context.paper` shows it, laid over what the `metadata` plugin reads
   * from the entry (as in the default chain, where `metadata` runs first). Plugin fields of
   * earlier plugins may be given too (default: what `metadata` reads).
   */
  paper?: Readonly<Partial<Paper> & Record<string, unknown>> | undefined
  /** The day year-less dates resolve against, `YYYY-MM-DD` (default: today). */
  referenceDate?: string | undefined
}

/** What {@link runPlugin} returns: the plugin's fields after the core's checks, its messages, where its fields came from. */
export interface PluginRun<Output = Record<string, unknown>> {
  /** The fields the plugin set, as the core kept them: validated by the plugin's schema and `PaperSchema`. */
  output: Partial<Output>
  /**
   * The messages of this run: the plugin's own (`context.message`) and the core's about it (a
   * throw, an invalid or undeclared field, a promise under `runPluginSync`), and `core:*` ones.
   */
  messages: VFileMessage[]
  /** `provenance` of the plugin's fields, as a record would carry it. */
  provenance: Record<string, Provenance>
  /** The whole record the chain made (with the seed's title `'Untitled'` when neither the entry nor `paper` has one). */
  paper: Paper | undefined
}

const seedName = 'papersift:testing-paper'
const reserved = new Set(['id', 'source', 'sources', 'provenance'])

/**
 * Run one plugin on one entry exactly as a parse runs it — the same chain, so the same
 * validation, provenance and messages — and return what it contributed. `context.paper` is what
 * the `metadata` plugin reads from the entry, with `options.paper` laid over it.
 *
 * @example
 * ```ts
 * const { output, messages } = await runPlugin(venue, createEntry({ title: 'T', comment: 'ICML 2024' }))
 * ```
 */
export async function runPlugin<Schema extends PluginSchema>(
  plugin: Plugin<Schema>,
  entry: Entry,
  options?: Readonly<RunPluginOptions> | null,
): Promise<PluginRun<z.output<Schema>>> {
  const run = prepare(plugin as unknown as Plugin, entry, options)
  const paper = await runChain(run.chain, entry, run.env)
  return collect(run, paper) as PluginRun<z.output<Schema>>
}

/** {@link runPlugin}, synchronously: a plugin that returns a promise gets a message, as under `parseSync`. */
export function runPluginSync<Schema extends PluginSchema>(
  plugin: Plugin<Schema>,
  entry: Entry,
  options?: Readonly<RunPluginOptions> | null,
): PluginRun<z.output<Schema>> {
  const run = prepare(plugin as unknown as Plugin, entry, options)
  const paper = runChainSync(run.chain, entry, run.env)
  return collect(run, paper) as PluginRun<z.output<Schema>>
}

interface Prepared {
  plugin: Plugin
  chain: Plugin[]
  env: ChainEnvironment
}

function prepare(plugin: Plugin, entry: Entry, options: Readonly<RunPluginOptions> | null | undefined): Prepared {
  assertNotFactory(plugin, 'plugin', 'runPlugin(%, entry)')
  assertPlugin(plugin)
  checkOptionKeys('runPlugin()', options, ['paper', 'referenceDate'])
  const referenceDate = options?.referenceDate
  if (referenceDate !== undefined && !IsoDateSchema.safeParse(referenceDate).success) {
    throw new TypeError(
      `Expected option \`referenceDate\` of runPlugin() to be a day as \`YYYY-MM-DD\`, got ${JSON.stringify(referenceDate)}.`,
    )
  }
  if (typeof entry !== 'object' || entry === null || typeof entry.fields !== 'object') {
    throw new TypeError('Expected an entry for runPlugin(): make one with createEntry({ title, abstract, … }).')
  }
  const given = options?.paper ?? {}
  const shape: Record<string, z.ZodType> = {}
  for (const key of Object.keys(given)) {
    if (reserved.has(key)) continue
    shape[key] = (PaperSchema.shape as Record<string, z.ZodType>)[key]?.optional() ?? z.unknown()
  }
  shape.title = PaperSchema.shape.title.optional()
  // Lays `paper` over metadata's reading; a record needs a title, so one is made up if there is none.
  const seed = definePlugin({
    name: seedName,
    schema: z.object(shape),
    extract: (_entry, context) => {
      const fields: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(given)) if (!reserved.has(key)) fields[key] = value
      if (typeof fields.title !== 'string' && typeof context.paper.title !== 'string') fields.title = 'Untitled'
      return fields
    },
  })
  const chain = plugin.name === 'metadata' ? [seed, plugin] : [metadata() as unknown as Plugin, seed, plugin]
  const env: ChainEnvironment = {
    file: new VFile({ value: entry.text }),
    referenceDate: referenceDate ?? today(),
    referenceSource: referenceDate === undefined ? 'today' : 'option',
  }
  return { plugin, chain, env }
}

function collect(run: Prepared, paper: Paper | undefined): PluginRun {
  const output: Record<string, unknown> = {}
  const provenance: Record<string, Provenance> = {}
  for (const [field, cited] of Object.entries(paper?.provenance ?? {})) {
    if (cited.plugin !== run.plugin.name) continue
    provenance[field] = cited
    output[field] = (paper as unknown as Record<string, unknown>)[field]
  }
  const seeds = new Set(['metadata', seedName].filter((name) => name !== run.plugin.name))
  const messages = run.env.file.messages.filter((message) => !seeds.has(String(message.ruleId)))
  return { output, messages, provenance, paper }
}
