import { parseArgs } from 'node:util'
import pkg from '../../package.json' with { type: 'json' }
import { readers as builtinReaders } from '../readers/index.js'
import { paperJsonSchema } from '../schema/json-schema.js'
import { IsoDateSchema } from '../schema/paper.js'
import { type OutputFormat, outputFormats } from './format.js'
import { type CliIo, UsageError } from './io.js'
import { loadParser } from './load.js'
import { parseCommand } from './parse.js'
import { type ReportFormat, reportFormats, validateCommand } from './validate/command.js'

export type { CliIo } from './io.js'

const readerNames = builtinReaders.map((reader) => reader.name)

const usage = `Usage: papersift <command> [options]

Commands:
  parse <file|->...   Read paper listings (HTML, text, JSON, XML) and print their papers
  validate <file|->   Check paper records (a JSON array, JSON Lines or one JSON object)
  schema              Print the JSON Schema of a paper record

Options of parse:
  --format <format>             json (default), jsonl, table, csv, bibtex, csl-json or ris
  --reference-date <YYYY-MM-DD> Day that year-less dates resolve against
                                (default: the page's own date, else today)
  --reader <name>               Skip detection and use this reader (${readerNames.join(', ')},
                                or one a --use module adds); --source is its old name
  --use <module>                Load readers and plugins from a module (a path or package name; repeatable):
                                its default export, else every named export that is a reader or a plugin
  --url <url>                   The page's URL, to resolve relative links when the page does not say it
  --merge                       Several inputs: one record per paper, most trusted source per field

Options of validate:
  --format <text|json>          Report format (default: text)
  --strict                      Report fields the schema does not know

  -h, --help       Show this help
  -v, --version    Show the version

parse: papers to stdout, diagnostics to stderr as file:line:col: severity message [rule].
  Exit codes: 0 papers extracted, 1 input unreadable or without a listing, 2 usage error.
validate: file:line: path: message for each problem, then N valid, M invalid.
  Exit codes: 0 every record valid, 1 a record invalid or input unreadable, 2 usage error.
`

/** The options each command accepts, beyond --help and --version. */
const accepted: Record<string, readonly string[]> = {
  parse: ['format', 'reference-date', 'source', 'reader', 'use', 'url', 'merge'],
  validate: ['format', 'strict'],
  schema: [],
}

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
      reader: { type: 'string' },
      use: { type: 'string', multiple: true },
      url: { type: 'string' },
      merge: { type: 'boolean' },
      strict: { type: 'boolean' },
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
  const [command, ...targets] = positionals
  const allowed = command === undefined ? undefined : accepted[command]
  if (!allowed) throw new UsageError(command ? `unknown command \`${command}\`` : 'missing command')
  for (const option of Object.keys(values)) {
    if (!allowed.includes(option)) throw new UsageError(`\`--${option}\` is not an option of \`${command}\``)
  }
  if (command === 'schema') {
    if (targets.length > 0) throw new UsageError(`unexpected argument \`${targets[0]}\``)
    io.stdout(`${JSON.stringify(paperJsonSchema(), null, 2)}\n`)
    return 0
  }
  const [target, ...extra] = targets
  if (target === undefined) throw new UsageError('missing input: give a file path, or - for stdin')
  if (command === 'validate') {
    if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\`: validate reads one input`)
    const format = choice(values.format ?? 'text', reportFormats, '--format') as ReportFormat
    return validateCommand(target, { strict: values.strict === true, format }, io)
  }
  if (extra.length > 0 && !values.merge) {
    throw new UsageError(`unexpected argument \`${extra[0]}\`: give one input, or several with --merge`)
  }
  if (targets.filter((item) => item === '-').length > 1) throw new UsageError('stdin (-) can be read only once')
  const format = choice(values.format ?? 'json', outputFormats, '--format') as OutputFormat
  const referenceDate = values['reference-date']
  if (referenceDate !== undefined && !IsoDateSchema.safeParse(referenceDate).success) {
    throw new UsageError(`invalid --reference-date \`${referenceDate}\`, expected a day as YYYY-MM-DD`)
  }
  if (values.reader !== undefined && values.source !== undefined && values.reader !== values.source) {
    throw new UsageError('give --reader only (--source is its old name)')
  }
  const url = values.url
  if (url !== undefined && !(/^https?:\/\//i.test(url) && URL.canParse(url))) {
    throw new UsageError(`invalid --url \`${url}\`, expected an absolute http(s) URL`)
  }
  const parser = await loadParser(values.use ?? [], io)
  if (parser === undefined) return 1
  const reader = values.reader ?? values.source
  if (reader !== undefined) choice(reader, parser.readers, values.reader === undefined ? '--source' : '--reader')
  return parseCommand(targets, { format, reader, url, referenceDate, merge: values.merge === true, parser }, io)
}

function choice(value: string, valid: readonly string[], option: string): string {
  if (!valid.includes(value))
    throw new UsageError(`unknown ${option} \`${value}\`, expected one of ${valid.join(', ')}`)
  return value
}
