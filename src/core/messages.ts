import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Position } from '../schema/position.js'

/** The `source` of every message papersift emits. */
export const messageSource = 'papersift'

/** Severity of a message: `info` is worth knowing, `warning` means something was dropped or doubtful. */
export type Severity = 'info' | 'warning'

/** Add a positioned message to `file`. `ruleId` names the plugin or reader rule. */
export function report(
  file: VFile,
  severity: Severity,
  reason: string,
  ruleId: string,
  place?: Position | undefined,
): VFileMessage {
  const options = { ruleId, source: messageSource, ...(place ? { place } : {}) }
  return severity === 'info' ? file.info(reason, options) : file.message(reason, options)
}
