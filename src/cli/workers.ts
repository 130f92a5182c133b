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
  // Workers run the built worker (`dist/cli-worker.js`); from source (tsx) they cannot load TypeScript.
  const filename = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './cli-worker.js', import.meta.url).href
  const pool = new Tinypool({
    filename,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    execArgv: [],
  })
  try {
    const pending = files.map((file) => {
      const task: WorkerTask = {
        file,
        reader: options.reader,
        url: options.url,
        referenceDate: options.referenceDate,
        provenance: options.provenance,
        use: [...options.use],
      }
      if (file === '-') return undefined
      const job = pool.run(task) as Promise<InputResult>
      // A worker that fails costs its file, not the run: the failure becomes the file's error.
      return job.catch(
        (error: unknown): InputResult => ({
          name: file,
          lines: [],
          messages: [
            {
              severity: 'error',
              text: `${file}: error Cannot parse input: ${error instanceof Error ? error.message : String(error)}`,
            },
          ],
          papers: 0,
          warnings: 0,
          ok: false,
          bytes: 0,
        }),
      )
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
