/**
 * A worker of `papersift parse --jobs N`, a child process of the CLI (tinypool): parses one file
 * per task and hands its JSON Lines back as one byte buffer.
 */
import { setFlagsFromString } from 'node:v8'
import type { Parser } from '../core/parser.js'
import type { InputResult } from './batch.js'
import type { CliIo } from './io.js'
import { setupVariable, type WorkerSetup } from './worker-setup.js'

/** What the main thread sends: one file and the options of the run. */
export interface WorkerTask {
  file: string
  reader: string | undefined
  url: string | undefined
  referenceDate: string | undefined
  provenance: boolean
}

/** What a worker sends back: the file's result, its JSON Lines as one UTF-8 buffer. */
export interface WorkerResult extends InputResult {
  /** Every paper's JSON line, in order, encoded once: the main thread writes it as it is. */
  output: Uint8Array
}

function readSetup(): WorkerSetup {
  const given = process.env[setupVariable]
  const parsed = (given ? JSON.parse(given) : undefined) as Partial<WorkerSetup> | undefined
  return {
    use: Array.isArray(parsed?.use) ? parsed.use : [],
    v8Flags: Array.isArray(parsed?.v8Flags) ? parsed.v8Flags : [],
  }
}

const setup = readSetup()
// V8's flags belong to the process: this one is ours alone, and nothing of the parser has run yet.
for (const flag of setup.v8Flags) setFlagsFromString(flag)

// The parser (and the `--use` modules) load as soon as the worker starts, while the main thread
// is still listing and sizing the inputs, not when the first file arrives. Imported after the
// flags are set, so that its code is compiled under them.
const problems: string[] = []
const ready = (async () => {
  const [{ parseInput }, { loadParser }] = await Promise.all([import('./batch.js'), import('./load.js')])
  const io = { stderr: (text: string) => problems.push(text) } as unknown as CliIo
  const parser: Parser | undefined = await loadParser(setup.use, io)
  return parser === undefined ? undefined : { parser, parseInput }
})().catch((error: unknown) => {
  problems.push(error instanceof Error ? error.message : String(error))
  return undefined
})

const encoder = new TextEncoder()

export default async function parseFile(task: WorkerTask): Promise<WorkerResult> {
  const loaded = await ready
  if (loaded === undefined) throw new Error(problems.join('').trim() || 'Cannot load the --use modules')
  let text = ''
  const result = await loaded.parseInput(task.file, { ...task, parser: loaded.parser }, undefined, (line) => {
    text += line
  })
  return { ...result, output: encoder.encode(text) }
}
