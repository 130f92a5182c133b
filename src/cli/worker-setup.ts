/**
 * What the CLI hands its `--jobs` workers when the pool starts, apart from the pool's own module:
 * a worker reads it before anything else loads (tinypool's pool code is the main process's only).
 */

/** The environment variable that carries the setup to a worker. */
export const setupVariable = 'PAPERSIFT_WORKER_SETUP'

/** What every task of a run shares: set once, when the pool starts. */
export interface WorkerSetup {
  /** Modules given with `--use`, loaded once per worker. */
  use: string[]
  /** V8 flags, set before the parser loads. */
  v8Flags: string[]
}
