import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Parser } from '../core/parser.js'
import type { Paper } from '../schema/paper.js'
import { formatMessage } from './format.js'
import { escapeJson } from './formats/escape.js'
import { expandInputs } from './inputs.js'
import type { CliIo } from './io.js'
import { type Progress, progressBar } from './progress.js'
import { outputRecord } from './record.js'
import type { WorkerPool } from './workers.js'

/** How loud the batch is: unified-engine's `--quiet` (no info) and `--silent` (errors only). */
export type Verbosity = 'normal' | 'quiet' | 'silent'

/** Options of the batch form of `papersift parse`. */
export interface BatchOptions {
  reader: string | undefined
  url: string | undefined
  referenceDate: string | undefined
  /** Keep each record's `provenance` (`--no-provenance` is `false`). */
  provenance: boolean
  parser: Parser
  /** Modules given with `--use`, for workers to load again. */
  use: readonly string[]
  out: string | undefined
  verbosity: Verbosity
  /** The run fails when there are more warnings than this (`--frail` is 0). */
  maxWarnings: number | undefined
  jobs: number
}

/** What one input gave: its diagnostics and counts (its JSONL lines go to the sink as they are made). */
export interface InputResult {
  name: string
  /** Formatted diagnostics, with their severity, in order. */
  messages: Array<{ severity: 'info' | 'warning' | 'error'; text: string }>
  papers: number
  warnings: number
  /** False when the input could not be read or held no listing. */
  ok: boolean
  bytes: number
}

/**
 * `papersift parse <files, directories or globs…>`: every input streamed through `parseStream`,
 * each paper one JSON line (with `source.input`) to stdout or `--out`, diagnostics to stderr.
 * Keeps going past an input it cannot read; resolves to 1 if any input failed, or warnings
 * exceeded `--max-warnings`/`--frail`.
 */
export async function batchCommand(targets: readonly string[], options: BatchOptions, io: CliIo): Promise<number> {
  if (options.jobs <= 1) return runBatch(targets, options, io, undefined)
  // Workers start first: they load the parser while the inputs are listed and sized.
  const pool = (await import('./workers.js')).startWorkers(options.jobs, options.use)
  try {
    return await runBatch(targets, options, io, pool)
  } finally {
    await pool.close()
  }
}

async function runBatch(
  targets: readonly string[],
  options: BatchOptions,
  io: CliIo,
  pool: WorkerPool | undefined,
): Promise<number> {
  const { files, problems } = await expandInputs(targets)
  // One file gains nothing from workers: free their cores at once.
  const workers = files.filter((file) => file !== '-').length > 1 ? pool : undefined
  if (pool && !workers) await pool.close()
  let failed = problems.length > 0
  if (options.verbosity !== 'silent' || problems.length > 0) {
    for (const problem of problems) io.stderr(`${problem}\n`)
  }
  let sink: Sink
  try {
    sink = options.out ? await openFileSink(options.out) : ioSink(io)
  } catch (error) {
    io.stderr(`papersift: cannot write --out ${options.out}: ${describe(error)}\n`)
    return 1
  }
  const sizes = await Promise.all(
    files.map((file) =>
      file === '-'
        ? 0
        : stat(file).then(
            (s) => s.size,
            () => 0,
          ),
    ),
  )
  const progress: Progress | undefined =
    io.progress && options.verbosity !== 'silent'
      ? progressBar(
          files.length,
          sizes.reduce((sum, size) => sum + size, 0),
          io,
        )
      : undefined
  let warnings = 0
  const report = (result: InputResult) => {
    for (const message of result.messages) {
      if (options.verbosity === 'silent' && message.severity !== 'error') continue
      if (options.verbosity === 'quiet' && message.severity === 'info') continue
      progress?.clear()
      io.stderr(`${message.text}\n`)
    }
    warnings += result.warnings
    failed ||= !result.ok
    progress?.file(result.papers, result.bytes)
  }
  const here = async (file: string) => {
    const result = await parseInput(file, options, io, async (line) => {
      await write(sink, line)
      progress?.paper(line.length)
    })
    report(result)
  }
  try {
    await parseAll()
  } catch (error) {
    // Only the output can fail the whole run (each input's errors are its own): say so, once.
    if (!sink.failed()) throw error
  } finally {
    progress?.done()
    await sink.close().catch(() => {})
  }
  const failure = sink.failed()
  if (failure) {
    io.stderr(`papersift: cannot write ${options.out ? `--out ${options.out}` : 'the output'}: ${describe(failure)}\n`)
    return 1
  }
  async function parseAll(): Promise<void> {
    if (workers) {
      await workers.run(
        files,
        options,
        async (result) => {
          await write(sink, result.output)
          report(result)
        },
        here,
      )
    } else {
      for (const file of files) await here(file)
    }
  }
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    if (options.verbosity !== 'silent') {
      io.stderr(
        `papersift: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}: failing the run\n`,
      )
    }
    failed = true
  }
  return failed ? 1 : 0
}

interface Sink {
  /** JSON Lines as text (parsed here) or as UTF-8 bytes (a worker's whole file). */
  write(text: string | Uint8Array): unknown
  drain?: (() => Promise<void>) | undefined
  close(): Promise<void>
  /** The error that stopped the output, if one did. */
  failed(): Error | undefined
}

async function write(sink: Sink, text: string | Uint8Array): Promise<void> {
  if (sink.write(text) === false && sink.drain) await sink.drain()
}

function ioSink(io: CliIo): Sink {
  const decoder = new TextDecoder()
  return {
    write: (text) => io.stdout(typeof text === 'string' ? text : decoder.decode(text)),
    drain: io.drain,
    close: async () => {},
    failed: () => undefined,
  }
}

/** A sink writing to `path`, once the file is open (a file that cannot be opened rejects, before any parse). */
async function openFileSink(path: string): Promise<Sink> {
  const stream: WriteStream = createWriteStream(path)
  let error: Error | undefined
  stream.on('error', (cause) => {
    error = cause
  })
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve())
    stream.once('error', reject)
  })
  return {
    write: (text) => {
      if (error) throw error
      return stream.write(text)
    },
    // Settles on an error or a close too: a stream that fails while full never drains.
    drain: () =>
      new Promise((resolve, reject) => {
        if (error) return reject(error)
        const settle = () => {
          stream.off('drain', settle)
          stream.off('close', settle)
          stream.off('error', settle)
          if (error) reject(error)
          else resolve()
        }
        stream.on('drain', settle)
        stream.on('close', settle)
        stream.on('error', settle)
      }),
    close: () =>
      new Promise((resolve, reject) => {
        if (stream.destroyed) return error ? reject(error) : resolve()
        stream.end(() => (error ? reject(error) : resolve()))
      }),
    failed: () => error,
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Parse one input (a path or `-`), handing each paper's JSON line to `emit` as it completes. */
export async function parseInput(
  target: string,
  options: Pick<BatchOptions, 'reader' | 'url' | 'referenceDate' | 'parser' | 'provenance'>,
  io: Pick<CliIo, 'stdinStream' | 'readStdin'> | undefined,
  emit: (line: string) => Promise<void> | void,
): Promise<InputResult> {
  const name = target === '-' ? '<stdin>' : target
  const result: InputResult = { name, messages: [], papers: 0, warnings: 0, ok: true, bytes: 0 }
  let source: AsyncIterable<Uint8Array | string>
  if (target === '-') {
    source = io?.stdinStream ? io.stdinStream() : once(io ? io.readStdin() : Promise.resolve(new Uint8Array(0)))
  } else {
    source = createReadStream(target)
  }
  const counted = (async function* () {
    for await (const chunk of source) {
      result.bytes += typeof chunk === 'string' ? chunk.length : chunk.byteLength
      yield chunk
    }
  })()
  const stream = options.parser.parseStream(counted, {
    reader: options.reader ?? 'auto',
    url: options.url,
    referenceDate: options.referenceDate,
  })
  try {
    for await (const paper of stream) {
      result.papers++
      await emit(`${escapeJson(JSON.stringify(outputRecord(withInput(paper, name), options)))}\n`)
    }
  } catch (error) {
    result.ok = false
    result.messages.push({
      severity: 'error',
      text: `${name}: error Cannot read input: ${error instanceof Error ? error.message : String(error)}`,
    })
    return result
  }
  for (const message of stream.messages) {
    const severity = message.fatal === false ? 'warning' : message.fatal === true ? 'error' : 'info'
    if (severity === 'warning') result.warnings++
    result.messages.push({ severity, text: formatMessage(message, name) })
  }
  // An empty listing ("No updates for this time period") is an answer, not a failure.
  const listing = stream.reader !== undefined && !stream.messages.some((message) => message.fatal === false)
  result.ok = result.papers > 0 || listing
  return result
}

function withInput(paper: Paper, input: string): Paper {
  return { ...paper, source: { ...paper.source, input } }
}

async function* once(bytes: Promise<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield await bytes
}
