import { parseArgs } from 'node:util'
import pkg from '../../package.json' with { type: 'json' }
import type { OutputFormat } from './format.js'
import { type Command, commandHelp, commands, usage } from './help.js'
import { type CliIo, UsageError } from './io.js'
import { outputFormatNames, reportFormatNames } from './names.js'
import { didYouMean } from './suggest.js'
import type { ReportFormat } from './validate/command.js'

export type { CliIo } from './io.js'

// Only what `--help` and `--version` need is imported up front; each command loads its own code.
const reportFormats: readonly string[] = reportFormatNames

/** The options each command accepts, beyond --help and --version. */
const accepted: Record<string, readonly string[]> = {
  parse: [
    'format',
    'reference-date',
    'source',
    'reader',
    'use',
    'url',
    'no-provenance',
    'bom',
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

/** Every option of any command, as parseArgs reads them. */
const options = {
  format: { type: 'string' },
  'reference-date': { type: 'string' },
  source: { type: 'string' },
  reader: { type: 'string' },
  use: { type: 'string', multiple: true },
  url: { type: 'string' },
  'no-provenance': { type: 'boolean' },
  bom: { type: 'boolean' },
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
} as const

/**
 * Run the CLI with `args` (without `node` and the script). Resolves to the exit code. A usage
 * error is one line and a hint where to read more (as git and npm print them), not the whole
 * usage: the mistake stays on screen.
 */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(args, io)
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      const command = commandOf(args)
      const message = error instanceof UsageError ? error.message : parseArgsMessage(error, command)
      const help = command ? `papersift ${command} --help` : 'papersift --help'
      io.stderr(
        `papersift: ${message}\n${error instanceof UsageError && error.hint ? error.hint : `Run \`${help}\` for usage.`}\n`,
      )
      return 2
    }
    throw error
  }
}

/** The command the arguments name (their first word that is not an option), when it is one. */
function commandOf(args: readonly string[]): Command | undefined {
  const word = args.find((arg) => !arg.startsWith('-'))
  return commands.find((command) => command === word)
}

// parseArgs' wording: `Unknown option '--refrence-date'. To specify a positional argument …`.
const unknownOption = /^Unknown option '(-{1,2}[^'\s]{1,80})'/

/** parseArgs' error as one line, with a did-you-mean for a misspelt option. */
function parseArgsMessage(error: TypeError, command: Command | undefined): string {
  const unknown = unknownOption.exec(error.message)?.[1]
  if (unknown) {
    const names = command ? (accepted[command] ?? []) : Object.keys(options)
    const near = didYouMean(unknown.replace(/^-+/, ''), [...names, 'help', 'version'])
    return `unknown option \`${unknown}\`${near ? `; did you mean \`--${near}\`?` : ''}`
  }
  // Other parseArgs errors (a missing value) are one sentence before a longer explanation.
  return (error.message.split('\n')[0] ?? error.message).replace(/\. .*$/, '')
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options })
  const [command, ...targets] = positionals
  if (command === 'help') return help(targets, io)
  if (values.help) {
    const known = commands.find((name) => name === command)
    io.stdout(known ? commandHelp[known] : usage)
    return 0
  }
  if (values.version) {
    io.stdout(`${pkg.version}\n`)
    return 0
  }
  const allowed = command === undefined ? undefined : accepted[command]
  if (!allowed) {
    const near = command === undefined ? undefined : didYouMean(command, commands)
    throw new UsageError(
      command ? `unknown command \`${command}\`${near ? `; did you mean \`${near}\`?` : ''}` : 'missing command',
    )
  }
  for (const option of Object.keys(values)) {
    if (!allowed.includes(option)) throw new UsageError(`\`--${option}\` is not an option of \`${command}\``)
  }
  const url = targets.find((target) => /^https?:\/\//i.test(target))
  if (url !== undefined && command !== 'schema') {
    throw new UsageError(
      `cannot read \`${url.length > 80 ? `${url.slice(0, 79)}…` : url}\`: papersift does not fetch URLs, it reads files and stdin`,
      `Download the page and pipe it in: curl -sL '${url.replaceAll("'", "'\\''")}' | papersift ${command} -`,
    )
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
  const format = choice(values.format ?? (batch ? 'jsonl' : 'json'), outputFormatNames, '--format') as OutputFormat
  if (batch && format !== 'jsonl') {
    throw new UsageError(`--format ${format} needs one input (or --merge): several inputs are written as jsonl`)
  }
  if (values.bom && format !== 'csv') throw new UsageError(`--bom is for --format csv, not ${format}`)
  const provenance = values['no-provenance'] !== true
  if (!provenance && format !== 'json' && format !== 'jsonl') {
    throw new UsageError(`--no-provenance is for --format json or jsonl; ${format} has no provenance`)
  }
  const referenceDate = values['reference-date']
  const { IsoDateSchema } = await import('../schema/paper.js')
  if (referenceDate !== undefined && !IsoDateSchema.safeParse(referenceDate).success) {
    throw new UsageError(`invalid --reference-date \`${referenceDate}\`, expected a day as YYYY-MM-DD`)
  }
  if (values.reader !== undefined && values.source !== undefined && values.reader !== values.source) {
    throw new UsageError('give --reader only (--source is its old name)')
  }
  const pageUrl = values.url
  if (pageUrl !== undefined && !(/^https?:\/\//i.test(pageUrl) && URL.canParse(pageUrl))) {
    throw new UsageError(`invalid --url \`${pageUrl}\`, expected an absolute http(s) URL`)
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
        url: pageUrl,
        referenceDate,
        provenance,
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
  return parseCommand(
    targets,
    {
      format,
      reader,
      url: pageUrl,
      referenceDate,
      merge: values.merge === true,
      parser,
      output: { provenance, bom: values.bom === true, width: io.columns },
    },
    io,
  )
}

/** `papersift help [command]`: the command's help, or the whole usage. */
function help(targets: readonly string[], io: CliIo): number {
  const [name, ...extra] = targets
  if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\`: help takes one command`)
  if (name === undefined) {
    io.stdout(usage)
    return 0
  }
  const command = commands.find((item) => item === name)
  if (!command) {
    const near = didYouMean(name, commands)
    throw new UsageError(`unknown command \`${name}\`${near ? `; did you mean \`${near}\`?` : ''}`)
  }
  io.stdout(commandHelp[command])
  return 0
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
