import { open } from 'node:fs/promises'
import type { PaperCheck } from '../../schema/validate.js'
import { SCHEMA_VERSION } from '../../schema/version.js'
import { escapeControls, escapeJson } from '../formats/escape.js'
import type { CliIo } from '../io.js'
import { type PlacedProblem, validateStream } from './stream.js'

/** Report formats of `papersift validate`. */
export const reportFormats = ['text', 'json'] as const
export type ReportFormat = (typeof reportFormats)[number]

/**
 * `papersift validate <file|->`: check every record, print each problem as it is found
 * (`file:line: path: message`, or one JSON object per problem inside a streamed JSON report),
 * then `N valid, M invalid`. Resolves to the exit code: 0 only when every record is valid.
 */
export async function validateCommand(
  target: string,
  options: { strict: boolean; format: ReportFormat; check?: PaperCheck },
  io: CliIo,
): Promise<number> {
  const name = target === '-' ? '<stdin>' : target
  let chunks: AsyncIterable<Uint8Array | string>
  try {
    chunks = target === '-' ? stdin(io) : (await open(target)).createReadStream()
  } catch (error) {
    io.stderr(`${name}: error Cannot read input: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  const report = options.format === 'json' ? jsonReport(name, options.strict, io) : textReport(name, io)
  let valid = 0
  let invalid = 0
  try {
    for await (const event of validateStream(chunks, options.check ?? options.strict)) {
      if (event.type === 'shape') report.start(event.shape)
      else if (event.problems.length === 0) valid++
      else {
        invalid++
        for (const problem of event.problems) report.problem(problem, event.record)
      }
    }
  } catch (error) {
    // A read error in mid-stream (the file vanished, a pipe broke): the counts so far still print.
    io.stderr(
      `${escapeControls(`${name}: error Cannot read input: ${error instanceof Error ? error.message : String(error)}`)}\n`,
    )
    report.end(valid, invalid)
    return 1
  }
  report.end(valid, invalid)
  return invalid === 0 ? 0 : 1
}

interface Report {
  start(shape: string): void
  problem(problem: PlacedProblem, record: number): void
  end(valid: number, invalid: number): void
}

const breaks = /[\t\r\n]+/g

function textReport(name: string, io: CliIo): Report {
  return {
    start() {},
    // Paths and messages quote the input's keys and values: control characters are escaped.
    problem: (problem) =>
      io.stdout(
        `${escapeControls(`${name}:${problem.line}: ${problem.path}: ${problem.message}`.replace(breaks, ' '))}\n`,
      ),
    end: (valid, invalid) => io.stdout(`${valid} valid, ${invalid} invalid\n`),
  }
}

/** A JSON object written as it goes, so a report on a huge input never sits in memory. */
function jsonReport(name: string, strict: boolean, io: CliIo): Report {
  let count = 0
  let started = false
  const start = (shape: string | undefined) => {
    if (started) return
    started = true
    const head = JSON.stringify({ file: name, shape, strict, schemaVersion: SCHEMA_VERSION })
    io.stdout(`${head.slice(0, -1)},"problems":[`)
  }
  return {
    start,
    problem(problem, record) {
      io.stdout(`${count++ === 0 ? '' : ','}\n  ${escapeJson(JSON.stringify({ record, ...problem }))}`)
    },
    end(valid, invalid) {
      start(undefined)
      io.stdout(`${count > 0 ? '\n' : ''}],"valid":${valid},"invalid":${invalid}}\n`)
    },
  }
}

async function* stdin(io: CliIo): AsyncIterable<Uint8Array> {
  if (io.stdinStream) yield* io.stdinStream()
  else yield await io.readStdin()
}
