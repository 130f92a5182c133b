import { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { VFileMessage } from 'vfile-message'
import type { z } from 'zod'
import { checkOptionKeys } from '../schema/options.js'
import type { Paper } from '../schema/paper.js'
import type { Position } from '../schema/position.js'
import { today } from '../util/date.js'
import { resolveBudgets, setBudgets } from './budgets.js'
import { type ChainEnvironment, runAll, runAllSync } from './chain.js'
import { chooseReader } from './choose.js'
import {
  completeEntries,
  documentMeta,
  errorText,
  type ListingFacts,
  unreadableEntry,
  withoutProvenance,
} from './complete.js'
import type { DocumentInfo, Entry } from './entry.js'
import { assertNotFactory } from './factory.js'
import { cleanText, type Input, limitInput, looksBinary, toFile } from './input.js'
import { type ForeignFile, shapeInput } from './input-shape.js'
import { finishMessages, report, ruleUrl, startMessages } from './messages.js'
import { type ParseOptions, resolveOptions, type WithoutProvenance } from './options.js'
import { assertPlugin, type Plugin, type PluginSchema } from './plugin.js'
import { assertReader, looksLikeReader, type Reader, type ReaderContext, readerMessage } from './reader.js'
import { createPaperStream, type PaperStream, type StreamSource } from './stream.js'
import { isEagerReader, isTrustedReader } from './trusted.js'
import { describeThrown } from './views.js'

/** What `parse` returns. `papers` holds every entry that made a valid record; `messages` says what did not. */
export interface ParseResult<P = Paper> {
  /** The records, in document order. */
  papers: P[]
  /**
   * Positioned vfile messages: `source` is who spoke (`core`, the reader or a plugin), `ruleId`
   * the rule (see docs/messages.md, which `url` links), `expected`/`actual`/`note` where known.
   */
  messages: VFileMessage[]
  /** The name of the reader used, or `undefined` when the input was not recognised. */
  reader: string | undefined
  /** @deprecated The same as `reader`, under its old name. */
  format: string | undefined
  /**
   * What the input says about itself, and the day year-less dates were resolved against.
   *
   * @inlineType DocumentMeta
   */
  document: DocumentMeta
}

/** What a parse learned about the document as a whole. */
export interface DocumentMeta {
  /** The day year-less dates resolved against, `YYYY-MM-DD`. */
  referenceDate: string
  /** Where it came from: the `referenceDate` option, the page (capture time or date line), or today. */
  referenceSource: 'option' | 'page' | 'today'
  /** The page's URL, when the input states it. */
  url?: string
  /** When the page was captured, `YYYY-MM-DD`, when the input states it. */
  capturedAt?: string
  /** How many papers the whole listing or search has, when the page states it (`77800` from "of 77,800 results"). */
  total?: number
  /** Which of them this page shows, 1-based and inclusive, when the page states it ("Showing 1–200"). */
  range?: {
    /** The first paper shown (1-based). */
    first: number
    /** The last paper shown (inclusive). */
    last: number
  }
  /** The month a monthly listing covers, `YYYY-MM`, when the page states it ("Authors and titles for January 2023"). */
  month?: string
}

/** A configured parser. Immutable: `use` and `disable` return a new parser. */
export interface Parser<Fields extends object = object> {
  /** Plugin names in chain order. */
  readonly plugins: readonly string[]
  /** Reader names in the order detection breaks ties (generic readers are asked last whatever their place). */
  readonly readers: readonly string[]
  /**
   * Add a plugin (after the others, or where its `before`/`after` say), or replace the
   * plugin of the same name in place. The record type gains the plugin's fields, as optional:
   * a field whose value fails validation is dropped with a message.
   */
  use<Schema extends PluginSchema>(plugin: Plugin<Schema>): Parser<Fields & Partial<z.output<Schema>>>
  /**
   * Add a reader (asked before the readers already there, so it wins a tie), or replace the
   * reader of the same name in place.
   */
  use(reader: Reader): Parser<Fields>
  /** Add several plugins and readers at once, in order (a preset). */
  use(preset: readonly (Plugin | Reader)[]): Parser<Fields & Record<string, unknown>>
  /** Remove the plugin or reader called `name` (both, if a plugin and a reader share it). */
  disable(name: string): Parser<Fields>
  /**
   * Parse a listing. Never throws on any input; problems become messages. With
   * `{ provenance: false }` the records come without `provenance`, and are typed so.
   */
  parse<const O extends ParseOptionsArgument = undefined>(
    input: Input,
    options?: O,
  ): Promise<ParseResult<RecordsOf<O, Paper & Fields>>>
  /** Like `parse`, synchronously; plugins must not be async. */
  parseSync<const O extends ParseOptionsArgument = undefined>(
    input: Input,
    options?: O,
  ): ParseResult<RecordsOf<O, Paper & Fields>>
  /** Like `parse`, reading a stream and giving papers as its entries complete (see `parseStream`). */
  parseStream<const O extends ParseOptionsArgument = undefined>(
    source: StreamSource,
    options?: O,
  ): PaperStream<RecordsOf<O, Paper & Fields>>
}

/** What the options argument of `parse` may be. */
export type ParseOptionsArgument = Readonly<ParseOptions> | null | undefined

/**
 * The records `parse` gives for options `O`: `P`, or `P` without `provenance` when `O` says
 * `provenance: false` (as a literal; a `boolean` variable types the records as `P`).
 */
export type RecordsOf<O, P> = 0 extends 1 & O
  ? P
  : O extends {
        /** Options that leave provenance out, as a literal `false`. */
        provenance: false
      }
    ? WithoutProvenance<P>
    : P

/** Options of `createParser`. */
export interface ParserOptions {
  /** The plugin chain (default: the built-in plugins, `metadata` first; none from `papersift/core`). */
  plugins?: readonly Plugin[] | undefined
  /** The readers detection chooses among (default: the built-in readers, generic ones included; none from `papersift/core`). */
  readers?: readonly Reader[] | undefined
}

/** The plugins and readers a parser starts with when its options name none. */
export interface ParserDefaults {
  plugins: readonly Plugin[]
  readers: readonly Reader[]
}

/**
 * Create a parser whose chain and readers default to `defaults`. `createParser` of `papersift`
 * passes the built-in preset (src/preset.ts); that of `papersift/core` passes none, so a bundle
 * holds only the plugins and readers it names.
 */
export function createParserWith(defaults: ParserDefaults, options?: Readonly<ParserOptions> | null): Parser {
  checkParserOptions(options)
  let chain: readonly Plugin[] = []
  for (const plugin of options?.plugins ?? defaults.plugins) {
    assertNotFactory(plugin, 'plugin', 'createParser({ plugins: [%] })')
    chain = place(chain, plugin)
  }
  let readerList: readonly Reader[] = []
  for (const reader of options?.readers ?? defaults.readers) {
    assertNotFactory(reader, 'reader', 'createParser({ readers: [%] })')
    readerList = [...register(readerList, reader, 'append')]
  }
  return make(chain, readerList)
}

const none: ParserDefaults = { plugins: [], readers: [] }

/**
 * Create a parser with no plugins and no readers but those given: `createParser` of
 * `papersift/core`. Bundlers then keep only what the options name (the datasets plugin's
 * gazetteer, parse5 for HTML and saxes for XML only when a plugin or reader needs them).
 *
 * @example
 * ```ts
 * import { createParser, hfText, metadata } from 'papersift/core'
 * const parser = createParser({ plugins: [metadata()], readers: [hfText] })
 * const { papers } = await parser.parse(text)
 * ```
 */
export function createCoreParser(options?: Readonly<ParserOptions> | null): Parser {
  return createParserWith(none, options)
}

function checkParserOptions(options: Readonly<ParserOptions> | null | undefined): void {
  if (options === null || options === undefined) return
  if (typeof options !== 'object')
    throw new TypeError(`Expected createParser options to be an object, got ${typeof options}.`)
  for (const key of Object.keys(options)) {
    if (key !== 'plugins' && key !== 'readers') {
      throw new TypeError(`Unexpected createParser option \`${key}\`, expected only \`plugins\` and \`readers\`.`)
    }
  }
  for (const key of ['plugins', 'readers'] as const) {
    if (options[key] !== undefined && !Array.isArray(options[key])) {
      throw new TypeError(`Expected createParser option \`${key}\` to be an array, got ${typeof options[key]}.`)
    }
  }
}

/** Add `reader` to `list`: in place of a namesake, else first (a user's reader wins ties) or last. */
function register(list: readonly Reader[], reader: Reader, where: 'prepend' | 'append'): readonly Reader[] {
  assertReader(reader)
  const existing = list.findIndex((item) => item.name === reader.name)
  if (existing !== -1) return list.map((item, index) => (index === existing ? reader : item))
  return where === 'prepend' ? [reader, ...list] : [...list, reader]
}

function make<Fields extends object>(chain: readonly Plugin[], readerList: readonly Reader[]): Parser<Fields> {
  const readerNames = readerList.map((reader) => reader.name)
  const add = (item: Plugin | Reader, plugins: readonly Plugin[], readers: readonly Reader[]) =>
    looksLikeReader(item)
      ? { plugins, readers: register(readers, item as Reader, 'prepend') }
      : { plugins: place(plugins, item as Plugin), readers }
  return {
    plugins: chain.map((plugin) => plugin.name),
    readers: readerNames,
    use(item: Plugin | Reader | readonly (Plugin | Reader)[]) {
      let next = { plugins: chain, readers: readerList }
      for (const one of Array.isArray(item) ? item : [item]) {
        assertNotFactory(one, 'plugin or reader', Array.isArray(item) ? '.use([%, …])' : '.use(%)')
        next = add(one, next.plugins, next.readers)
      }
      // biome-ignore lint/suspicious/noExplicitAny: the overloads above give each call its precise type.
      return make(next.plugins, next.readers) as any
    },
    disable(name) {
      const plugins = chain.filter((plugin) => plugin.name !== name)
      const readers = readerList.filter((reader) => reader.name !== name)
      if (plugins.length === chain.length && readers.length === readerList.length) {
        throw new Error(
          `Cannot disable "${name}": no plugin or reader of that name (plugins: ${names(chain)}; readers: ${readerNames.join(', ') || 'none'}).`,
        )
      }
      return make<Fields>(plugins, readers)
    },
    async parse(input, parseOptions) {
      const job = prepare(chain, readerList, readerNames, input, parseOptions)
      return done(job, await runAll(job.plugins, job.entries, job.env)) as never
    },
    parseSync(input, parseOptions) {
      const job = prepare(chain, readerList, readerNames, input, parseOptions)
      return done(job, runAllSync(job.plugins, job.entries, job.env)) as never
    },
    parseStream(source, parseOptions) {
      if (!isStreamSource(source)) {
        throw new TypeError(
          `Expected a Node Readable, a web ReadableStream or an async iterable of chunks, got ${source === null ? 'null' : typeof source}.`,
        )
      }
      const resolved = resolveOptions(parseOptions, readerNames)
      let plugins = chain
      for (const plugin of resolved.plugins) plugins = place(plugins, plugin)
      return createPaperStream({ plugins, readers: readerList, resolved }, source) as never
    },
  }
}

function isStreamSource(value: unknown): value is StreamSource {
  if (typeof value !== 'object' || value === null) return false
  return (
    typeof (value as { getReader?: unknown }).getReader === 'function' ||
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  )
}

/** Insert `plugin` into `chain`: in place of a namesake, else as late as its `before`/`after` allow. */
function place(chain: readonly Plugin[], plugin: Plugin): readonly Plugin[] {
  if (looksLikeReader(plugin)) {
    throw new TypeError(
      `Unexpected reader "${String((plugin as { name?: unknown }).name)}" among plugins: pass readers to createParser({ readers }) or parser.use(reader).`,
    )
  }
  assertPlugin(plugin)
  const existing = chain.findIndex((item) => item.name === plugin.name)
  if (existing !== -1) return chain.map((item, index) => (index === existing ? plugin : item))
  const position = (name: string, relation: string): number => {
    const index = chain.findIndex((item) => item.name === name)
    if (index === -1) {
      throw new Error(
        `Cannot place plugin "${plugin.name}" ${relation} "${name}": no plugin of that name (plugins: ${names(chain)}). Add "${name}" first or remove it from \`${relation}\`.`,
      )
    }
    return index
  }
  const index = Math.min(chain.length, ...(plugin.before ?? []).map((name) => position(name, 'before')))
  const lowest = Math.max(0, ...(plugin.after ?? []).map((name) => position(name, 'after') + 1))
  if (lowest > index) {
    throw new Error(
      `Cannot place plugin "${plugin.name}": its \`before\` and \`after\` contradict each other in the chain (${names(chain)}).`,
    )
  }
  return [...chain.slice(0, index), plugin, ...chain.slice(index)]
}

function names(chain: readonly Plugin[]): string {
  return chain.length === 0 ? 'none' : chain.map((plugin) => plugin.name).join(', ')
}

interface Job {
  file: VFile
  format: string | undefined
  entries: Entry[]
  plugins: readonly Plugin[]
  env: ChainEnvironment
  url?: string
  capturedAt?: string
  facts?: ListingFacts
  /** Whether records keep their `provenance` (the option). */
  provenance: boolean
  messagesBefore: number
  /** The caller's file-like input when it was not one of our vfiles: it gets the messages too. */
  foreign?: ForeignFile | undefined
}

/** What {@link readEntries} gives: the entries as plugins get them, and what a parse would say. */
export interface ReadEntries {
  /**
   * The entries, completed as the core completes them, in document order. They are not frozen
   * (the chain freezes each before a plugin sees it), and entries may share values (an arXiv
   * listing's section and date): copy an entry (`structuredClone`) before changing it for a test.
   */
  entries: Entry[]
  /** The reader's messages and the core's (`core:empty`, `<reader>:no-entries`, …), as a parse reports them. */
  messages: VFileMessage[]
  /** What the document said about itself, as `ParseResult.document`. */
  document: DocumentMeta
}

/**
 * Read `input` with `reader` alone, exactly as a parse does (input checks, budgets, the reader's
 * context, entry completion), without the plugin chain. For `papersift/testing`.
 */
export function readEntries(
  reader: Reader,
  input: Input,
  options?: Readonly<Pick<ParseOptions, 'url' | 'referenceDate'>> | null,
): ReadEntries {
  assertNotFactory(reader, 'reader', 'readEntries(%, input)')
  assertReader(reader)
  checkOptionKeys('readEntries()', options, ['url', 'referenceDate'])
  const job = prepare([], [reader], [reader.name], input, { ...options, reader: reader.name })
  const { messages, document } = done(job, [])
  return { entries: job.entries, messages, document }
}

/** Everything before the plugin chain: options, input, detection, reading, the reference date. */
function prepare(
  chain: readonly Plugin[],
  readers: readonly Reader[],
  readerNames: readonly string[],
  input: Input,
  options: Readonly<ParseOptions> | null | undefined,
): Job {
  const resolved = resolveOptions(options, readerNames)
  let plugins = chain
  for (const plugin of resolved.plugins) {
    assertNotFactory(plugin, 'plugin', 'parse(input, { plugins: [%] })')
    plugins = place(plugins, plugin)
  }
  const shaped = shapeInput(input)
  const file = 'problem' in shaped ? new VFile() : toFile(shaped.input)
  const messagesBefore = file.messages.length
  const budgets = resolveBudgets(resolved.budgets)
  setBudgets(file, budgets)
  startMessages(file)
  limitInput(file, budgets.maxInputBytes)
  let text = String(file.value)
  const env: ChainEnvironment = {
    file,
    referenceDate: resolved.referenceDate ?? today(),
    referenceSource: resolved.referenceDate ? 'option' : 'today',
    budgets,
    concurrency: resolved.concurrency,
  }
  const job: Job = {
    file,
    format: undefined,
    entries: [],
    plugins,
    env,
    provenance: resolved.provenance,
    messagesBefore,
    foreign: 'foreign' in shaped ? shaped.foreign : undefined,
  }
  if ('problem' in shaped) {
    report(file, 'warning', shaped.problem, 'core:input')
    return job
  }
  // Messages about the document as a whole point at all of it; the span is worked out only if one is needed.
  let span: Position | undefined
  const whole = (): Position => {
    span ??= wholeDocument(text)
    return span
  }
  if (!/\S/.test(text)) {
    report(file, 'warning', 'Unexpected empty input, expected a paper listing', 'core:empty', whole())
    return job
  }
  if (looksBinary(text)) {
    report(
      file,
      'warning',
      'Unexpected binary data, expected a paper listing as text, HTML, XML or JSON',
      'core:binary',
      whole(),
    )
    return job
  }
  // Stray NULs and control characters become U+FFFD (with a message), so one bad byte costs one spot.
  text = cleanText(file)
  const reader = chooseReader(file, text, readers, resolved.reader, whole())
  if (!reader) {
    return job
  }
  job.format = reader.name
  env.plainEntries = isTrustedReader(reader)
  let emptyExpected = false
  const context: ReaderContext = {
    url: resolved.url,
    message: (reason, options) => {
      const { severity, ruleId, place, details } = readerMessage(reader.name, options)
      const text = typeof reason === 'string' ? reason : describeThrown(reason)
      return report(file, severity, text, ruleId, (place as Position | undefined) ?? whole(), details)
    },
  }
  try {
    const result = reader.read(file, context)
    if (!result || !Array.isArray(result.entries)) {
      throw new TypeError('expected `read` to return `{ entries: Entry[] }`')
    }
    job.entries = completeEntries(result.entries, reader.name, (index, error) =>
      report(file, 'warning', unreadableEntry(index, error), 'core:invalid-entry', whole()),
    )
    emptyExpected = result.empty === 'expected'
    readDocument(job, result.document, resolved.referenceDate === undefined)
  } catch (error) {
    // Readers are written not to throw; if one does, the input still gets an answer.
    report(
      file,
      'warning',
      `Unexpected error in reader \`${reader.name}\`: ${errorText(error)}`,
      `${reader.name}:error`,
      whole(),
      { url: ruleUrl('reader:error') },
    ).cause = error
    job.entries = []
  }
  if (job.entries.length === 0 && !emptyExpected) {
    report(
      file,
      'warning',
      `Unexpected ${reader.name} input without paper entries, expected at least one paper`,
      `${reader.name}:no-entries`,
      whole(),
      { url: ruleUrl('reader:no-entries') },
    )
  }
  // The decoded text is the parse's own when the input was bytes (a caller's vfile keeps it):
  // read by a built-in reader, it is let go before the plugins run (2 bytes a character as soon as
  // one is beyond Latin-1), unless the entries' strings are slices of it. A user's reader may hand
  // out entries whose getters read the file later, when the chain settles them: its text stays.
  if (!(input instanceof VFile) && isEagerReader(reader)) file.value = ''
  return job
}

function readDocument(job: Job, document: DocumentInfo | undefined, useForReference: boolean): void {
  const meta = documentMeta(document, useForReference)
  if (meta.capturedAt) job.capturedAt = meta.capturedAt
  if (meta.url) job.url = meta.url
  job.facts = meta.facts
  if (meta.referenceDate) Object.assign(job.env, { referenceDate: meta.referenceDate, referenceSource: 'page' })
}

/** The span of the whole input, for messages about the document rather than one place in it. */
function wholeDocument(text: string): Position {
  const end = location(text).toPoint(text.length)
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: end?.line ?? 1, column: end?.column ?? 1, offset: text.length },
  }
}

function done(job: Job, papers: Paper[]): ParseResult {
  const { referenceDate, referenceSource } = job.env
  const document: DocumentMeta = { referenceDate, referenceSource }
  if (job.url) document.url = job.url
  if (job.capturedAt) document.capturedAt = job.capturedAt
  Object.assign(document, job.facts)
  finishMessages(job.file)
  // Only this parse's messages: a vfile passed in may carry earlier ones.
  const messages = job.file.messages.slice(job.messagesBefore)
  // A vfile of another copy was read through one of ours: it gets the messages as it would have.
  for (const message of job.foreign ? messages : []) job.foreign?.messages.push(message)
  return {
    papers: job.provenance ? papers : papers.map(withoutProvenance),
    messages,
    reader: job.format,
    format: job.format,
    document,
  }
}
