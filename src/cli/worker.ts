/** A worker thread of `papersift parse --jobs N`: parses one file per task. */
import { type InputResult, parseInput } from './batch.js'
import type { CliIo } from './io.js'
import { loadParser } from './load.js'

/** What the main thread sends: one file and the options of the run. */
export interface WorkerTask {
  file: string
  reader: string | undefined
  url: string | undefined
  referenceDate: string | undefined
  provenance: boolean
  use: string[]
}

let parser: Awaited<ReturnType<typeof loadParser>> | undefined
let loadedFor: string | undefined

export default async function parseFile(task: WorkerTask): Promise<InputResult> {
  const key = task.use.join('\n')
  const problems: string[] = []
  if (parser === undefined || loadedFor !== key) {
    const io = { stderr: (text: string) => problems.push(text) } as unknown as CliIo
    parser = await loadParser(task.use, io)
    loadedFor = key
  }
  if (parser === undefined) throw new Error(problems.join('') || 'Cannot load the --use modules')
  const lines: string[] = []
  const result = await parseInput(task.file, { ...task, parser }, undefined, (line) => {
    lines.push(line)
  })
  result.lines = lines
  return result
}
