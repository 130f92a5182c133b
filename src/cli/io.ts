/** Where the CLI reads and writes; injected so tests run it in-process. */
export interface CliIo {
  /** Write to stdout; may return `false` when the text was buffered (then `drain` says when to go on). */
  stdout(text: string): unknown
  stderr(text: string): void
  /** All of stdin at once (for `parse`). */
  readStdin(): Promise<Uint8Array>
  /** stdin chunk by chunk (for `validate`, which streams); `readStdin` is used when absent. */
  stdinStream?(): AsyncIterable<Uint8Array>
  columns?: number | undefined
  /** Resolves when stdout can take more after `stdout` returned `false` (backpressure). */
  drain?: (() => Promise<void>) | undefined
  /** Whether stderr is a terminal: then the batch shows a progress bar there. */
  progress?: boolean | undefined
}

/** A mistake in the command line: exit code 2, one line, then `hint` (default: where the help is). */
export class UsageError extends Error {
  /** The line after the message, when it says more than "Run `papersift … --help`". */
  readonly hint: string | undefined
  constructor(message: string, hint?: string) {
    super(message)
    this.hint = hint
  }
}
