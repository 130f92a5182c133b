import { Tinypool } from 'tinypool'
import type { BatchOptions } from './batch.js'
import type { WorkerResult, WorkerSetup, WorkerTask } from './worker.js'

/** The environment variable that carries the setup to a worker, thread or child process alike. */
export const setupVariable = 'PAPERSIFT_WORKER_SETUP'

/** A file's result, its JSON Lines as one piece: bytes from a worker, text from the main thread. */
export type FileResult = Omit<WorkerResult, 'output'> & { output: Uint8Array | string }

/** Workers started for a run, before its inputs are known. */
export interface WorkerPool {
  /**
   * Parse `files` on the workers (and, with `local`, on this thread too), handing each result to
   * `done` in input order as soon as it and the files before it are finished; stdin (`-`) is
   * handed to `here`, in its turn.
   */
  run(
    files: readonly string[],
    options: BatchOptions,
    done: (result: FileResult) => Promise<void>,
    here: (file: string) => Promise<void>,
    local?: (file: string) => Promise<FileResult>,
  ): Promise<void>
  /** Stop the workers; calling it again returns the same promise. */
  close(): Promise<void>
}

/**
 * Start `count` workers (tinypool) that load the parser and the `--use` modules at once, so they
 * are ready by the time the inputs have been listed.
 */
export function startWorkers(count: number, use: readonly string[]): WorkerPool {
  // Workers run the built worker (`dist/cli-worker.js`); from source (tsx) they cannot load TypeScript.
  const filename = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './cli-worker.js', import.meta.url).href
  const setup: WorkerSetup = {
    use: [...use],
    v8Flags: process.env.PAPERSIFT_JOBS_V8?.split(' ').filter(Boolean) ?? [],
  }
  const runtime = process.env.PAPERSIFT_JOBS_RUNTIME === 'child_process' ? 'child_process' : 'worker_threads'
  const young = Number(process.env.PAPERSIFT_JOBS_YOUNG ?? 0)
  const flags = process.env.PAPERSIFT_JOBS_FLAGS?.split(' ').filter(Boolean) ?? []
  const pool = new Tinypool({
    filename,
    runtime,
    minThreads: count,
    maxThreads: count,
    execArgv: flags,
    env: { ...process.env, [setupVariable]: JSON.stringify(setup) } as Record<string, string>,
    ...(runtime === 'child_process' ? { serialization: 'advanced' as const } : {}),
    ...(young > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {}),
  })
  let closed: Promise<void> | undefined
  return {
    async run(files, options, done, here, local) {
      const results = files.map(() => deferred<FileResult>())
      let next = 0
      const take = (): number | undefined => {
        while (next < files.length && files[next] === '-') next++
        return next < files.length ? next++ : undefined
      }
      const onWorker = async () => {
        for (let index = take(); index !== undefined; index = take()) {
          const file = files[index] as string
          const task: WorkerTask = {
            file,
            reader: options.reader,
            url: options.url,
            referenceDate: options.referenceDate,
            provenance: options.provenance,
          }
          // A worker that fails costs its file, not the run: the failure becomes the file's error.
          results[index]?.resolve(await (pool.run(task) as Promise<WorkerResult>).catch((error) => failed(file, error)))
        }
      }
      const onThisThread = async (parse: (file: string) => Promise<FileResult>) => {
        for (let index = take(); index !== undefined; index = take()) {
          const file = files[index] as string
          results[index]?.resolve(await parse(file).catch((error) => failed(file, error)))
        }
      }
      // Each worker holds two files, so it never waits for the main thread to hand it the next.
      const lanes = [...Array.from({ length: count * 2 }, onWorker), ...(local ? [onThisThread(local)] : [])]
      for (const [index, file] of files.entries()) {
        if (file === '-') await here(file)
        else await done(await (results[index] as Deferred<FileResult>).promise)
      }
      await Promise.all(lanes)
    },
    close() {
      closed ??= pool.destroy()
      return closed
    },
  }
}

function failed(file: string, error: unknown): FileResult {
  return {
    name: file,
    output: '',
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
  }
}

interface Deferred<T> {
  promise: Promise<T>
  resolve(value: T): void
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => {}
  const promise = new Promise<T>((settle) => {
    resolve = settle
  })
  return { promise, resolve }
}
