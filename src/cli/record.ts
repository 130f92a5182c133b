import type { Paper } from '../schema/paper.js'

/** How the CLI writes records (`--no-provenance`). */
export interface RecordOptions {
  /** Keep each record's `provenance` (default: `true`). */
  provenance?: boolean | undefined
}

/**
 * A record as the CLI writes it as JSON: `id` and `title` first, what a person looks for when
 * reading the output, then the other fields in the record's own order; without `provenance`
 * when `--no-provenance` asked for that. Only the output's key order changes: the library's
 * records (and their golden files) keep theirs, and JSON key order carries no meaning.
 */
export function outputRecord(paper: Paper, options: RecordOptions = {}): Record<string, unknown> {
  const { id, title, provenance, ...rest } = paper
  return options.provenance === false ? { id, title, ...rest } : { id, title, ...rest, provenance }
}
