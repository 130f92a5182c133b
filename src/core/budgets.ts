/**
 * Budgets: the limits a caller can set on one parse, so a hostile or huge input costs a bounded
 * amount of memory and time. Exceeding one never throws: it gives a positioned message and the
 * entries read so far. The defaults let every real page through with a wide margin.
 */
import type { VFile } from 'vfile'
import { z } from 'zod'

/** Limits on one parse. Every one has a default; see `docs/security.md`. */
export interface BudgetOptions {
  /**
   * Read at most this many bytes of the input (UTF-8); the rest is cut off with a `core:budget`
   * warning, and the entries before the cut are read (default: `67108864`, 64 MiB).
   */
  maxInputBytes?: number | undefined
  /** Run the plugin chain on at most this many entries (default: `100000`). */
  maxEntries?: number | undefined
  /** Drop an entry field (title, abstract, …) longer than this many characters, with a warning (default: `1000000`). */
  maxFieldLength?: number | undefined
  /**
   * Leave out HTML elements nested deeper than this, with a warning (default: `100000`). Every walk
   * of a tree is iterative and linear, so depth costs no more than its bytes; set it lower to
   * refuse depth bombs outright. (JSON is parsed by the engine, which is not recursive; Atom XML
   * is capped at 32 levels by its reader.)
   */
  maxDepth?: number | undefined
  /**
   * Milliseconds the plugin chain may take for the whole document; entries after it is spent are
   * skipped with a warning (default: `60000`). Readers are linear in the input and are not cut.
   */
  timeBudget?: number | undefined
  /**
   * Milliseconds one async plugin may take on one entry under `parse`; one that has not settled by
   * then is reported and skipped for that entry (default: `10000`).
   */
  pluginTimeout?: number | undefined
  /**
   * Stop the parse: entries not yet through the chain are skipped, a pending async plugin is
   * abandoned, and `parse` resolves with the papers so far and a `core:aborted` warning.
   */
  signal?: AbortSignal | undefined
}

/** Budgets after defaults. */
export interface Budgets {
  maxInputBytes: number
  maxEntries: number
  maxFieldLength: number
  maxDepth: number
  timeBudget: number
  pluginTimeout: number
  signal: AbortSignal | undefined
}

/** The defaults, documented in `docs/security.md`. */
export const defaultBudgets: Readonly<Omit<Budgets, 'signal'>> = Object.freeze({
  maxInputBytes: 64 * 1024 * 1024,
  maxEntries: 100_000,
  maxFieldLength: 1_000_000,
  maxDepth: 100_000,
  timeBudget: 60_000,
  pluginTimeout: 10_000,
})

/** At most this many messages per document; the rest are counted in one final message. */
export const maxMessages = 1000

/** At most this many characters of an input value quoted in a message. */
export const maxQuote = 80

const count = z.number().int().positive().optional()

/** The zod shape of the budget options, for the options schema. */
export const budgetOptionsShape = {
  maxInputBytes: count,
  maxEntries: count,
  maxFieldLength: count,
  maxDepth: count,
  timeBudget: z.number().positive().optional(),
  pluginTimeout: z.number().positive().optional(),
  signal: z.custom<AbortSignal>(isAbortSignal, 'Expected an AbortSignal').optional(),
}

function isAbortSignal(value: unknown): value is AbortSignal {
  return typeof AbortSignal !== 'undefined' && value instanceof AbortSignal
}

/** Fill in the defaults. */
export function resolveBudgets(options: Readonly<BudgetOptions> | undefined): Budgets {
  return {
    maxInputBytes: options?.maxInputBytes ?? defaultBudgets.maxInputBytes,
    maxEntries: options?.maxEntries ?? defaultBudgets.maxEntries,
    maxFieldLength: options?.maxFieldLength ?? defaultBudgets.maxFieldLength,
    maxDepth: options?.maxDepth ?? defaultBudgets.maxDepth,
    timeBudget: options?.timeBudget ?? defaultBudgets.timeBudget,
    pluginTimeout: options?.pluginTimeout ?? defaultBudgets.pluginTimeout,
    signal: options?.signal,
  }
}

// Readers reach the budgets of the file they read through this map (the reader API stays as it is).
const byFile = new WeakMap<VFile, Budgets>()

/** Attach budgets to the file a parse reads. */
export function setBudgets(file: VFile, budgets: Budgets): void {
  byFile.set(file, budgets)
}

/** The budgets of the parse reading `file` (the defaults outside a parse). */
export function budgetsOf(file: VFile): Readonly<Budgets> {
  return byFile.get(file) ?? { ...defaultBudgets, signal: undefined }
}

/**
 * `text` cut to at most `maxBytes` bytes of UTF-8, at a character boundary; `undefined` when it
 * fits. Counts only when the text could be too long (a UTF-16 unit is at most 3 UTF-8 bytes).
 */
export function cutToBytes(text: string, maxBytes: number): string | undefined {
  if (text.length * 3 <= maxBytes) return undefined
  let bytes = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    let size = code < 0x80 ? 1 : code < 0x800 ? 2 : 3
    // A surrogate pair is one 4-byte character.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) size = 4
    }
    if (bytes + size > maxBytes) return text.slice(0, index)
    bytes += size
    if (size === 4) index++
  }
  return undefined
}

/** A value clipped for quoting in a message: at most `max` characters, with `…` when cut. */
export function clip(value: string, max = maxQuote): string {
  if (value.length <= max) return value
  // Do not split a surrogate pair.
  let end = max - 1
  const code = value.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return `${value.slice(0, end)}…`
}

/** A clock for one document's time budget and abort signal. */
export interface Clock {
  /** Why the parse must stop now (`'time'` or `'aborted'`), or `undefined` to go on. */
  stop(): 'time' | 'aborted' | undefined
}

/** Start the clock of a document. */
export function startClock(budgets: Readonly<Budgets>): Clock {
  const started = now()
  return {
    stop() {
      if (budgets.signal?.aborted) return 'aborted'
      return now() - started > budgets.timeBudget ? 'time' : undefined
    },
  }
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now()
}
