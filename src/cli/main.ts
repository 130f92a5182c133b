import { parseArgs } from 'node:util'
import pkg from '../../package.json' with { type: 'json' }
import type { OutputFormat } from './format.js'
import { type CliIo, UsageError } from './io.js'
import { builtinReaderNames, outputFormatNames, reportFormatNames } from './names.js'
import type { ReportFormat } from './validate/command.js'

export type { CliIo } from './io.js'

// Only what `--help` and `--version` need is imported up front; each command loads its own code.
const readerNames: readonly string[] = builtinReaderNames
const outputFormats: readonly string[] = outputFormatNames
const reportFormats: readonly string[] = reportFormatNames

const usage = `Usage: papersift <command> [options]

Commands:
  parse <input>...    Read paper listings (HTML, text, JSON, XML) and print their papers;
                      an input is a file, a directory (every file under it), a glob, or - (stdin)
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
  --out <file>                  Write the papers to this file instead of stdout
  --jobs <n>                    Parse files on n worker threads (default: 1)
  --quiet                       Leave out info messages
  --silent                      Leave out info and warning messages (errors only)
  --frail                       Fail the run (exit 1) on any warning
  --max-warnings <n>            Fail the run on more than n warnings

Options of validate:
  --format <text|json>          Report format (default: text)
  --strict                      Report fields the schema does not know
  --schema <file>               JSON Schema of the plugin fields records carry (an object schema
                                whose properties are the fields): checked, and known to --strict

  -h, --help       Show this help
  -v, --version    Show the version

parse: papers to stdout, diagnostics to stderr as file:line:col: severity message [rule].
  Several inputs (without --merge) stream JSON Lines, each paper's source.input naming its
  file; a bad input is reported and skipped. A progress bar shows on stderr when it is a terminal.
  Exit codes: 0 papers extracted, 1 an input unreadable or without a listing (or too many
  warnings with --frail or --max-warnings), 2 usage error.
validate: file:line: path: message for each problem, then N valid, M invalid.
  Exit codes: 0 every record valid, 1 a record invalid or input unreadable, 2 usage error.
`

/** The options each command accepts, beyond --help and --version. */
const accepted: Record<string, readonly string[]> = {
  parse: [
    'format',
    'reference-date',
    'source',
    'reader',
    'use',
    'url',
    'merge',
    'out',
    'jobs',
    'quiet',
    'silent',
    'frail',
    'max-warnings',
  ],
  validate: ['format', 'strict', 'schema'],
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
      out: { type: 'string' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean' },
      silent: { type: 'boolean' },
      frail: { type: 'boolean' },
      'max-warnings': { type: 'string' },
      strict: { type: 'boolean' },
      schema: { type: 'string' },
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
    const { paperJsonSchema } = await import('../schema/json-schema.js')
    io.stdout(`${JSON.stringify(paperJsonSchema(), null, 2)}\n`)
    return 0
  }
  const [target, ...extra] = targets
  if (target === undefined) throw new UsageError('missing input: give a file path, or - for stdin')
  if (command === 'validate') {
    if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\`: validate reads one input`)
    const format = choice(values.format ?? 'text', reportFormats, '--format') as ReportFormat
    const strict = values.strict === true
    const { pluginFieldsCheck } = await import('./plugin-fields.js')
    const check = values.schema === undefined ? undefined : await pluginFieldsCheck(values.schema, strict)
    const { validateCommand } = await import('./validate/command.js')
    return validateCommand(target, { strict, format, ...(check ? { check } : {}) }, io)
  }
  if (targets.filter((item) => item === '-').length > 1) throw new UsageError('stdin (-) can be read only once')
  // Several inputs without --merge, or any --out/--jobs, make a batch: JSON Lines, streamed.
  const batch =
    !values.merge &&
    (extra.length > 0 ||
      values.out !== undefined ||
      values.jobs !== undefined ||
      (values.format ?? 'json') === 'jsonl' ||
      (await namesMany(target)))
  const format = choice(values.format ?? (batch ? 'jsonl' : 'json'), outputFormats, '--format') as OutputFormat
  if (batch && format !== 'jsonl') {
    throw new UsageError(`--format ${format} needs one input (or --merge): several inputs are written as jsonl`)
  }
  const referenceDate = values['reference-date']
  const { IsoDateSchema } = await import('../schema/paper.js')
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
  const jobs = count(values.jobs, '--jobs', 1) ?? 1
  const maxWarnings = values.frail ? 0 : count(values['max-warnings'], '--max-warnings', 0)
  if (values.quiet && values.silent) throw new UsageError('give --quiet or --silent, not both')
  const { loadParser } = await import('./load.js')
  const parser = await loadParser(values.use ?? [], io)
  if (parser === undefined) return 1
  const reader = values.reader ?? values.source
  if (reader !== undefined) choice(reader, parser.readers, values.reader === undefined ? '--source' : '--reader')
  if (batch) {
    const { batchCommand } = await import('./batch.js')
    return batchCommand(
      targets,
      {
        reader,
        url,
        referenceDate,
        parser,
        use: values.use ?? [],
        out: values.out,
        verbosity: values.silent ? 'silent' : values.quiet ? 'quiet' : 'normal',
        maxWarnings,
        jobs,
      },
      io,
    )
  }
  const { parseCommand } = await import('./parse.js')
  return parseCommand(targets, { format, reader, url, referenceDate, merge: values.merge === true, parser }, io)
}

/** Whether `target` is a directory or a glob pattern (many files, so a batch). */
async function namesMany(target: string): Promise<boolean> {
  if (target === '-') return false
  const { stat } = await import('node:fs/promises')
  const directory = await stat(target).then(
    (info) => info.isDirectory(),
    () => false,
  )
  if (directory) return true
  const { isDynamicPattern } = await import('tinyglobby')
  return isDynamicPattern(target)
}

/** A whole number of at least `least` given as an option, or `undefined` when absent. */
function count(value: string | undefined, option: string, least: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d{1,6}$/.test(value) || Number(value) < least) {
    throw new UsageError(`invalid ${option} \`${value}\`, expected a whole number of at least ${least}`)
  }
  return Number(value)
}

function choice(value: string, valid: readonly string[], option: string): string {
  if (!valid.includes(value))
    throw new UsageError(`unknown ${option} \`${value}\`, expected one of ${valid.join(', ')}`)
  return value
}
