/**
 * The finished record's check, made cheap: `source` and `provenance` (positions, most of a
 * record's objects) are checked by hand against their schemas, and the rest of the record by
 * zod without them. It only ever says "valid" for a record `PaperSchema` accepts; on `false`
 * the caller runs the whole `PaperSchema`, which finds and words the problems.
 */
import { PaperSchema } from '../schema/paper.js'

const LeanPaperSchema = PaperSchema.omit({ source: true, provenance: true })

/** Whether `record` is surely a valid `Paper` (`false`: maybe not, ask `PaperSchema`). */
export function surelyPaper(record: Record<string, unknown>): boolean {
  return isSource(record.source) && isProvenance(record.provenance) && LeanPaperSchema.safeParse(record).success
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0
}

function isCount(value: unknown, least: number): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= least
}

function isPoint(value: unknown): boolean {
  return (
    isObject(value) &&
    isCount(value.line, 1) &&
    isCount(value.column, 1) &&
    (value.offset === undefined || isCount(value.offset, 0))
  )
}

function isPosition(value: unknown): boolean {
  return isObject(value) && isPoint(value.start) && isPoint(value.end)
}

function isSource(value: unknown): boolean {
  return (
    isObject(value) &&
    isText(value.format) &&
    isCount(value.index, 0) &&
    (value.position === undefined || isPosition(value.position)) &&
    (value.input === undefined || isText(value.input))
  )
}

function isProvenance(value: unknown): boolean {
  // Symbol keys or an odd prototype: leave it to zod.
  if (!isObject(value) || Object.getOwnPropertySymbols(value).length > 0) return false
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  for (const key of Object.keys(value)) {
    const item = value[key]
    if (
      !isObject(item) ||
      !isText(item.plugin) ||
      !isText(item.method) ||
      (item.position !== undefined && !isPosition(item.position)) ||
      (item.inferred !== undefined && !(Array.isArray(item.inferred) && item.inferred.every(isText))) ||
      (item.source !== undefined && !isSource(item.source))
    )
      return false
  }
  return true
}
