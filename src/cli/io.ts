/** Where the CLI reads and writes; injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** All of stdin at once (for `parse`). */
  readStdin(): Promise<Uint8Array>
  /** stdin chunk by chunk (for `validate`, which streams); `readStdin` is used when absent. */
  stdinStream?(): AsyncIterable<Uint8Array>
  columns?: number | undefined
}

/** A mistake in the command line: exit code 2, with the usage. */
export class UsageError extends Error {}
