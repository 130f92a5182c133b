import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import type { Parser } from '../core/parser.js'
import { mergePapers } from '../merge/merge.js'
import type { Paper } from '../schema/paper.js'
import { formatChunks, formatMessage, type OutputFormat, type OutputOptions } from './format.js'
import type { CliIo } from './io.js'

/** Options of `papersift parse`, checked. */
export interface ParseCommandOptions {
  format: OutputFormat
  reader: string | undefined
  url: string | undefined
  referenceDate: string | undefined
  merge: boolean
  parser: Parser
  /** Provenance, BOM and table width. */
  output: OutputOptions
}

/**
 * `papersift parse <file|->… [--merge]`: papers to stdout, diagnostics to stderr. With `--merge`,
 * several inputs become one record per paper (`mergePapers`), each record's `source.input`
 * naming its file. Resolves to the exit code: 0 when papers were extracted or every input is a listing that is empty.
 */
export async function parseCommand(
  targets: readonly string[],
  options: ParseCommandOptions,
  io: CliIo,
): Promise<number> {
  const lists: Paper[][] = []
  let allListings = true
  for (const target of targets) {
    const read = await parseOne(target, options, io)
    if (read === undefined) return 1
    const { papers } = read
    allListings &&= read.listing
    lists.push(
      options.merge
        ? papers.map((paper) => ({ ...paper, source: { ...paper.source, input: nameOf(target) } }))
        : papers,
    )
  }
  const papers = options.merge ? mergePapers(...lists) : (lists[0] ?? [])
  for await (const chunk of formatChunks(papers, options.format, options.output)) io.stdout(chunk)
  // An empty listing ("No updates for this time period") is an answer, not a failure.
  return papers.length > 0 || allListings ? 0 : 1
}

/** One input's papers, and whether it was a recognised listing read without warnings. */
async function parseOne(
  target: string,
  options: ParseCommandOptions,
  io: CliIo,
): Promise<{ papers: Paper[]; listing: boolean } | undefined> {
  const name = nameOf(target)
  let bytes: Uint8Array
  try {
    bytes = target === '-' ? await io.readStdin() : await readFile(target)
  } catch (error) {
    io.stderr(`${name}: error Cannot read input: ${error instanceof Error ? error.message : String(error)}\n`)
    return undefined
  }
  const file = new VFile({ value: bytes, ...(target === '-' ? {} : { path: target }) })
  const result = await options.parser.parse(file, {
    reader: options.reader ?? 'auto',
    url: options.url,
    referenceDate: options.referenceDate,
  })
  for (const message of result.messages) io.stderr(`${formatMessage(message, name)}\n`)
  const listing = result.reader !== undefined && !result.messages.some((message) => message.fatal === false)
  return { papers: result.papers, listing }
}

function nameOf(target: string): string {
  return target === '-' ? '<stdin>' : target
}
