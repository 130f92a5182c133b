import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { VFile } from 'vfile'
import pkg from '../../package.json' with { type: 'json' }
import { parse } from '../core/parse.js'
import { readers } from '../readers/index.js'
import { IsoDateSchema } from '../schema/paper.js'
import { formatMessage, formatPapers, type OutputFormat, outputFormats } from './format.js'

/** Where the CLI reads and writes; injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  readStdin(): Promise<Uint8Array>
  columns?: number | undefined
}

const usage = `Usage: papersift <command> [options]

Commands:
  parse <file|->   Read a paper listing (HTML, text, JSON, XML) and print its papers

Options of parse:
  --format <json|jsonl|table>   Output format (default: json)
  --reference-date <YYYY-MM-DD> Day that year-less dates resolve against
                                (default: the page's own date, else today)
  --source <reader>             Skip detection and use this reader (${readers.map((reader) => reader.name).join(', ')})

  -h, --help       Show this help
  -v, --version    Show the version

Papers go to stdout, diagnostics to stderr as file:line:col: severity message [rule].
Exit codes: 0 papers extracted, 1 input unreadable or without a listing, 2 usage error.
`

class UsageError extends Error {}

/** Run the CLI with `args` (without `node` and the script). Resolves to the exit code. */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(args, io)
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      io.stderr(`papersift: ${error.message}\n\n${usage}`)
      return 2
    }
    throw error
  }
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'reference-date': { type: 'string' },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
  if (values.help) {
    io.stdout(usage)
    return 0
  }
  if (values.version) {
    io.stdout(`${pkg.version}\n`)
    return 0
  }
  const [command, target, ...extra] = positionals
  if (command !== 'parse') throw new UsageError(command ? `unknown command \`${command}\`` : 'missing command')
  if (target === undefined) throw new UsageError('missing input: give a file path, or - for stdin')
  if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\``)
  const format = (values.format ?? 'json') as OutputFormat
  if (!outputFormats.includes(format)) {
    throw new UsageError(`unknown --format \`${values.format}\`, expected one of ${outputFormats.join(', ')}`)
  }
  const referenceDate = values['reference-date']
  if (referenceDate !== undefined && !IsoDateSchema.safeParse(referenceDate).success) {
    throw new UsageError(`invalid --reference-date \`${referenceDate}\`, expected a day as YYYY-MM-DD`)
  }
  const source = values.source
  if (source !== undefined && !readers.some((reader) => reader.name === source)) {
    throw new UsageError(
      `unknown --source \`${source}\`, expected one of ${readers.map((reader) => reader.name).join(', ')}`,
    )
  }

  const name = target === '-' ? '<stdin>' : target
  let bytes: Uint8Array
  try {
    bytes = target === '-' ? await io.readStdin() : await readFile(target)
  } catch (error) {
    io.stderr(`${name}: error Cannot read input: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  const file = new VFile({ value: bytes, ...(target === '-' ? {} : { path: target }) })
  const result = await parse(file, { format: source ?? 'auto', referenceDate })
  for (const message of result.messages) io.stderr(`${formatMessage(message, name)}\n`)
  if (result.papers.length > 0 || format !== 'table') io.stdout(formatPapers(result.papers, format, io.columns))
  return result.papers.length > 0 ? 0 : 1
}
