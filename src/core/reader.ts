import type { VFile } from 'vfile'
import type { Position } from '../schema/position.js'
import type { DocumentInfo, Entry } from './entry.js'
import type { Severity } from './messages.js'

/** How a reader reports a problem with the document: `ruleId` names the rule, e.g. `hf-text:truncated`. */
export type ReaderReport = (reason: string, ruleId: string, place?: Position, severity?: Severity) => void

/** What a reader returns: the entries, in document order, and what it knows of the document. */
export interface ReadResult {
  entries: Entry[]
  document?: DocumentInfo | undefined
  /**
   * `'expected'` when the document itself says it lists nothing (an arXiv listing with
   * "No updates for this time period", a feed with no results) and the reader has said so
   * with a message: the core then adds no `<reader>:no-entries` warning.
   */
  empty?: 'expected' | undefined
}

/** One listing format: recognises its inputs and splits them into entries. */
export interface Reader {
  /** The format's name, e.g. `hf-text`; also `ParseResult.format` and the `format` option. */
  readonly name: string
  /** How sure (0 to 1) the reader is that `sample`, the input's first 64 KiB, is its format. Must be cheap. */
  sniff(sample: string): number
  /** Parse the whole document once and split it into entries. Must not throw on any text. */
  read(file: VFile, report: ReaderReport): ReadResult
}
