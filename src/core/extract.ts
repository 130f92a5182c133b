/**
 * The plugin chain on a record that did not come from a listing: a title and an abstract
 * from another source (a database row, an API, a BibTeX entry) in, a validated `Paper` out.
 */
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { z } from 'zod'
import { builtinPlugins } from '../plugins/index.js'
import { checkOptionKeys } from '../schema/options.js'
import type { Paper } from '../schema/paper.js'
import { IsoDateSchema } from '../schema/paper.js'
import { today } from '../util/date.js'
import { runChainSync } from './chain.js'
import type { Entry } from './entry.js'
import { assertNotFactory } from './factory.js'
import { assertPlugin, type Plugin } from './plugin.js'

/** A paper's text from any source. */
export interface ExtractInput {
  /** The title. */
  title: string
  /** The abstract, if there is one (default: none). */
  abstract?: string | undefined
}

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** The day relative dates resolve against, `YYYY-MM-DD` or a `Date` (default: today). */
  referenceDate?: string | Date | undefined
  /** The plugin chain to run, in order (default: the built-in plugins, `metadata` first). */
  plugins?: readonly Plugin[] | undefined
}

/** What {@link extract} returns. */
export interface ExtractResult {
  /** The record, validated as a parse validates it; `undefined` when it is not a paper (no title). */
  paper: Paper | undefined
  /** What the plugins reported, as positioned vfile messages (positions are in `title + '\n\n' + abstract`). */
  messages: VFileMessage[]
}

const InputSchema = z.object({ title: z.string(), abstract: z.string().optional() })
const OptionsSchema = z
  .object({
    referenceDate: z.union([IsoDateSchema, z.date()]).optional(),
    plugins: z.array(z.unknown()).readonly().optional(),
  })
  .strict()

/**
 * Run the plugin chain on a title and an abstract, as if a reader had found them: the
 * same fields, checked the same way, as {@link parse} gives for a listing (`datasets`,
 * `repositories`, `title`, `abstract`, …). Never throws on the text; invalid input or
 * options (not a string, unknown keys) throw a `TypeError`.
 *
 * @param input `title` and, optionally, `abstract`.
 * @param options `referenceDate`, and `plugins` to run instead of the built-in chain.
 * @returns The validated `paper` (or `undefined`) and the `messages`.
 * @example
 * ```ts
 * import { extract } from 'papersift'
 * const { paper } = extract({ title: 'FooQA', abstract: 'We evaluate on SQuAD and the FooQA benchmark.' })
 * paper?.datasets.map((mention) => mention.name) // ['SQuAD', 'FooQA']
 * ```
 */
export function extract(input: Readonly<ExtractInput>, options?: Readonly<ExtractOptions> | null): ExtractResult {
  checkOptionKeys('extract()', options, ['referenceDate', 'plugins'])
  const record = InputSchema.safeParse(input)
  const settings = OptionsSchema.safeParse(options ?? {})
  if (!record.success || !settings.success) {
    const issues = [...(record.error?.issues ?? []), ...(settings.error?.issues ?? [])]
    throw new TypeError(
      `Invalid arguments for extract(): ${issues.map((issue) => `\`${issue.path.join('.') || 'value'}\`: ${issue.message}`).join('; ')}. Expected ({ title: string, abstract?: string }, { referenceDate?: 'YYYY-MM-DD' | Date, plugins?: Plugin[] }).`,
    )
  }
  const plugins = (settings.data.plugins as readonly Plugin[] | undefined) ?? builtinPlugins
  for (const plugin of plugins) {
    assertNotFactory(plugin, 'plugin', 'extract(input, { plugins: [%] })')
    assertPlugin(plugin)
  }
  const { title, abstract } = record.data
  const text = abstract === undefined ? title : `${title}\n\n${abstract}`
  const file = new VFile({ value: text })
  const entry: Entry = {
    reader: 'record',
    format: 'record',
    index: 0,
    text,
    fields: {
      title: { value: title },
      ...(abstract === undefined ? {} : { abstract: { value: abstract } }),
    },
    links: [],
  }
  const date = settings.data.referenceDate
  const paper = runChainSync(plugins, entry, {
    file,
    referenceDate: date instanceof Date ? date.toISOString().slice(0, 10) : (date ?? today()),
    referenceSource: date === undefined ? 'today' : 'option',
  })
  return { paper, messages: [...file.messages] }
}
