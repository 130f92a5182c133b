import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import { parse } from '../core/parse.js'
import { mergePapers } from '../merge/merge.js'
import type { Paper } from '../schema/paper.js'
import { formatMessage, formatPapers, type OutputFormat } from './format.js'
import type { CliIo } from './io.js'

/** Options of `papersift parse`, checked. */
export interface ParseCommandOptions {
  format: OutputFormat
  source: string | undefined
  referenceDate: string | undefined
  merge: boolean
}

/**
 * `papersift parse <file|->… [--merge]`: papers to stdout, diagnostics to stderr. With `--merge`,
 * several inputs become one record per paper (`mergePapers`), each record's `source.input`
 * naming its file. Resolves to the exit code: 0 when papers were extracted.
 */
export async function parseCommand(
  targets: readonly string[],
  options: ParseCommandOptions,
  io: CliIo,
): Promise<number> {
  const lists: Paper[][] = []
  for (const target of targets) {
    const papers = await parseOne(target, options, io)
    if (papers === undefined) return 1
    lists.push(
      options.merge
        ? papers.map((paper) => ({ ...paper, source: { ...paper.source, input: nameOf(target) } }))
        : papers,
    )
  }
  const papers = options.merge ? mergePapers(...lists) : (lists[0] ?? [])
  if (papers.length > 0 || options.format !== 'table') io.stdout(await formatPapers(papers, options.format, io.columns))
  return papers.length > 0 ? 0 : 1
}

async function parseOne(target: string, options: ParseCommandOptions, io: CliIo): Promise<Paper[] | undefined> {
  const name = nameOf(target)
  let bytes: Uint8Array
  try {
    bytes = target === '-' ? await io.readStdin() : await readFile(target)
  } catch (error) {
    io.stderr(`${name}: error Cannot read input: ${error instanceof Error ? error.message : String(error)}\n`)
    return undefined
  }
  const file = new VFile({ value: bytes, ...(target === '-' ? {} : { path: target }) })
  const result = await parse(file, { format: options.source ?? 'auto', referenceDate: options.referenceDate })
  for (const message of result.messages) io.stderr(`${formatMessage(message, name)}\n`)
  return result.papers
}

function nameOf(target: string): string {
  return target === '-' ? '<stdin>' : target
}
