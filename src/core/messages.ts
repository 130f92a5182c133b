import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { Position } from '../schema/position.js'
import { maxMessages } from './budgets.js'

/** The `source` of every message papersift emits. */
export const messageSource = 'papersift'

/** Severity of a message: `info` is worth knowing, `warning` means something was dropped or doubtful. */
export type Severity = 'info' | 'warning'

// A reason is clipped to this many characters: a message never carries a whole hostile value.
const maxReason = 2000

// Messages left out per file after the cap; a file absent here is not capped (outside a parse).
const capped = new WeakMap<VFile, { reported: number; left: number }>()

/** Start capping the messages of `file` (one parse). */
export function startMessages(file: VFile): void {
  capped.set(file, { reported: 0, left: 0 })
}

/** End a parse: say how many messages the cap left out, in one last message. */
export function finishMessages(file: VFile): void {
  const state = capped.get(file)
  capped.delete(file)
  if (!state || state.left === 0) return
  report(
    file,
    'warning',
    `Unexpected ${state.left} more messages, expected at most ${maxMessages} per document; they were left out`,
    'core:messages',
  )
}

/**
 * Add a positioned message to `file`. `ruleId` names the plugin or reader rule. The reason is
 * clipped; past the per-document cap the message is counted, not kept; a place that is not a
 * well-formed position is left out rather than let vfile throw on it.
 */
export function report(
  file: VFile,
  severity: Severity,
  reason: string,
  ruleId: string,
  place?: Position | undefined,
): VFileMessage {
  const text = reason.length > maxReason ? `${reason.slice(0, maxReason - 1)}…` : reason
  const at = copyPosition(place)
  const options = { ruleId, source: messageSource, ...(at ? { place: at } : {}) }
  const state = capped.get(file)
  if (state && state.reported >= maxMessages) {
    state.left++
    // Not added to the file: callers may still set `cause` on it.
    return new VFileMessage(text, options)
  }
  if (state) state.reported++
  return severity === 'info' ? file.info(text, options) : file.message(text, options)
}

/**
 * A fresh copy of `value` if it is a position whose points have whole, positive lines and
 * columns, else `undefined`. Copied, so a getter cannot answer differently the second time.
 */
export function copyPosition(value: unknown): Position | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  try {
    const { start, end } = value as { start?: unknown; end?: unknown }
    const from = copyPoint(start)
    const to = copyPoint(end)
    return from && to ? { start: from, end: to } : undefined
  } catch {
    return undefined // a getter that throws, a revoked proxy
  }
}

function copyPoint(value: unknown): Position['start'] | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { line, column, offset } = value as { line?: unknown; column?: unknown; offset?: unknown }
  if (!isCount(line, 1) || !isCount(column, 1)) return undefined
  if (offset === undefined) return { line, column }
  return isCount(offset, 0) ? { line, column, offset } : undefined
}

function isCount(value: unknown, least: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= least
}
