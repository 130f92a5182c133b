import { builtinReaderNames, outputFormatNames } from './names.js'

/** The commands, each with its help: `papersift help <command>` and `papersift <command> --help`. */
export const commandHelp = {
  parse: `Usage: papersift parse <input>... [options]

Read paper listings (HTML, text, JSON, XML) and print their papers. An input is a file, a
directory (every file under it), a glob, or - (stdin). papersift does not fetch: to read a
page from the web, pipe it in (curl -sL <url> | papersift parse -).

Options:
  --format <format>             ${outputFormatNames.join(', ')} (default: json)
  --reference-date <YYYY-MM-DD> Day that year-less dates resolve against
                                (default: the page's own date, else today)
  --reader <name>               Skip detection and use this reader (${builtinReaderNames.join(', ')},
                                or one a --use module adds); --source is its old name
  --use <module>                Load readers and plugins from a module (a path or package name; repeatable):
                                its default export, else every named export that is a reader or a plugin
  --url <url>                   The page's URL, to resolve relative links when the page does not say it
  --no-provenance               Leave each record's provenance out of json and jsonl output
  --bom                         Start csv output with a UTF-8 byte order mark (for Excel)
  --merge                       Several inputs: one record per paper, most trusted source per field
  --out <file>                  Write the papers to this file instead of stdout
  --jobs <n>                    Parse files on n worker processes (default: 1)
  --quiet                       Leave out info messages
  --silent                      Leave out info and warning messages (errors only)
  --frail                       Fail the run (exit 1) on any warning
  --max-warnings <n>            Fail the run on more than n warnings
  -h, --help                    Show this help

Papers go to stdout, diagnostics to stderr as file:line:col: severity message [rule].
Several inputs (without --merge) stream JSON Lines, each paper's source.input naming its
file; a bad input is reported and skipped. A progress bar shows on stderr when it is a terminal.
Exit codes: 0 papers extracted, 1 an input unreadable or without a listing (or too many
warnings with --frail or --max-warnings), 2 usage error.
`,
  validate: `Usage: papersift validate <file|-> [options]

Check paper records (a JSON array, JSON Lines or one JSON object).

Options:
  --format <text|json>          Report format (default: text)
  --strict                      Report fields the schema does not know
  --schema <file>               JSON Schema of the plugin fields records carry (an object schema
                                whose properties are the fields): checked, and known to --strict
  -h, --help                    Show this help

Prints file:line: path: message for each problem, then N valid, M invalid.
Exit codes: 0 every record valid, 1 a record invalid or input unreadable, 2 usage error.
`,
  schema: `Usage: papersift schema

Print the JSON Schema of a paper record.
`,
} as const

/** A command of the CLI. */
export type Command = keyof typeof commandHelp

/** The names of the commands, for checks and suggestions. */
export const commands = Object.keys(commandHelp) as Command[]

/** `papersift --help`: the commands, then each command's help. */
export const usage = `Usage: papersift <command> [options]

Commands:
  parse <input>...    Read paper listings (HTML, text, JSON, XML) and print their papers;
                      an input is a file, a directory (every file under it), a glob, or - (stdin)
  validate <file|->   Check paper records (a JSON array, JSON Lines or one JSON object)
  schema              Print the JSON Schema of a paper record
  help [command]      Show the help of a command

  -h, --help       Show this help (papersift <command> --help: that command's)
  -v, --version    Show the version

${commands.map((command) => commandHelp[command]).join('\n')}`
