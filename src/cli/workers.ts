import { Tinypool } from 'tinypool'
import type { BatchOptions } from './batch.js'
import type { WorkerResult, WorkerTask } from './worker.js'
import { setupVariable, type WorkerSetup } from './worker-setup.js'

/**
 * V8 flags for the workers, set in each before the parser loads: optimise later, inline less.
 * Otherwise a worker's share of a few-second run spends about 40 % of its CPU time on V8's helper
 * threads, mostly the optimising compiler warming up, once per worker; with every core busy
 * parsing, that time is taken from the parsers. Measured in docs/scale.md;
 * `PAPERSIFT_WORKER_V8_FLAGS` replaces them (empty: V8's defaults).
 */
export const workerV8Flags: readonly string[] = [
  '--interrupt-budget=300000',
  '--max-inlined-bytecode-size-cumulative=200',
]

/**
 * The flags the workers get: `PAPERSIFT_WORKER_V8_FLAGS` when set, else `workerV8Flags` on V8 11
 * (Node 20), where they were measured. Other V8s tier up differently (Maglev from Node 22 on) and
 * print a line on stderr for a flag they lack, so they keep their defaults until measured.
 */
export function workerFlags(): string[] {
  const given = process.env.PAPERSIFT_WORKER_V8_FLAGS
  if (given !== undefined) return given.split(' ').filter(Boolean)
  return process.versions.v8.startsWith('11.') ? [...workerV8Flags] : []
}

/** Workers started for a run, before its inputs are known. */
export interface WorkerPool {
  /**
   * Parse `files` on the workers, handing each result to `done` in input order as soon as it and
   * the files before it are finished; stdin (`-`) is handed to `here`, in its turn.
   */
  run(
    files: readonly string[],
    options: BatchOptions,
    done: (result: WorkerResult) => Promise<void>,
    here: (file: string) => Promise<void>,
  ): Promise<void>
  /** Stop the workers; calling it again returns the same promise. */
  close(): Promise<void>
}

/**
 * Start `count` workers: child processes (tinypool), so that their V8 flags are theirs alone.
 * Each loads the parser and the `--use` modules at once, to be ready by the time the inputs
 * have been listed.
 */
export function startWorkers(count: number, use: readonly string[]): WorkerPool {
  const fromSource = import.meta.url.endsWith('.ts')
  // The built CLI runs the built worker (`dist/cli-worker.js`); from source (tests), the worker
  // is TypeScript, loaded through tsx.
  const filename = new URL(fromSource ? './worker.ts' : './cli-worker.js', import.meta.url).href
  const setup: WorkerSetup = { use: [...use], v8Flags: workerFlags() }
  const pool = new Tinypool({
    filename,
    runtime: 'child_process',
    minThreads: count,
    maxThreads: count,
    execArgv: fromSource ? ['--import', 'tsx'] : [],
    env: { ...process.env, [setupVariable]: JSON.stringify(setup) } as Record<string, string>,
    // Structured clone over the IPC channel: a file's output goes as bytes, not as JSON of them.
    serialization: 'advanced',
  })
  let closed: Promise<void> | undefined
  return {
    async run(files, options, done, here) {
      const results = files.map(() => deferred<WorkerResult>())
      // Files handed out ahead of the one being written: a slow file early on holds back at most
      // this many finished ones in memory, not the rest of the run.
      const ahead = count * 4
      let next = 0
      let written = 0
      const waiting: Array<() => void> = []
      const take = async (): Promise<number | undefined> => {
        for (;;) {
          while (next < files.length && files[next] === '-') next++
          if (next >= files.length) return undefined
          if (next - written < ahead) return next++
          await new Promise<void>((resolve) => waiting.push(resolve))
        }
      }
      // A file to each worker as it frees up (the big ones do not queue behind each other), and
      // a second one waiting, so that a worker never idles while its next file is sent.
      const lane = async () => {
        for (let index = await take(); index !== undefined; index = await take()) {
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
      const lanes = Array.from({ length: count * 2 }, lane)
      for (const [index, file] of files.entries()) {
        if (file === '-') await here(file)
        else await done(await (results[index] as Deferred<WorkerResult>).promise)
        written = index + 1
        for (const wake of waiting.splice(0)) wake()
      }
      await Promise.all(lanes)
    },
    close() {
      closed ??= pool.destroy()
      return closed
    },
  }
}

function failed(file: string, error: unknown): WorkerResult {
  return {
    name: file,
    output: new Uint8Array(0),
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
