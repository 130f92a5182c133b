import { Tinypool } from 'tinypool'
import type { BatchOptions, InputResult } from './batch.js'
import type { WorkerTask } from './worker.js'

/**
 * Parse `files` on `options.jobs` worker threads (tinypool), handing each file's result to
 * `each` in input order as soon as it and the files before it are done.
 */
export async function runInWorkers(
  files: readonly string[],
  options: BatchOptions,
  each: (result: InputResult) => Promise<void>,
): Promise<void> {
  const filename = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './cli-worker.js', import.meta.url).href
  const pool = new Tinypool({
    filename,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    // Under tsx (tests, `npm run demo`) the worker is TypeScript too.
    execArgv: import.meta.url.endsWith('.ts') ? ['--import', 'tsx'] : [],
  })
  try {
    const pending = files.map((file) => {
      const task: WorkerTask = {
        file,
        reader: options.reader,
        url: options.url,
        referenceDate: options.referenceDate,
        use: [...options.use],
      }
      return file === '-' ? undefined : (pool.run(task) as Promise<InputResult>)
    })
    for (const [index, job] of pending.entries()) {
      if (job === undefined) {
        // stdin is read here, not in a worker.
        const { parseInput } = await import('./batch.js')
        const lines: string[] = []
        const result = await parseInput(files[index] as string, options, undefined, (line) => {
          lines.push(line)
        })
        result.lines = lines
        await each(result)
        continue
      }
      await each(await job)
    }
  } finally {
    await pool.destroy()
  }
}
