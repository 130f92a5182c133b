/**
 * The finished record's check, made cheap: `source` and `provenance` (positions, most of a
 * record's objects) are checked by hand against their schemas, `id` and `title` too, and the
 * rest of the record by zod — field by field, skipping the fields the caller vouches for (set by
 * a trusted built-in plugin, or the core's own empty lists). It only ever says "valid" for a
 * record `PaperSchema` accepts when the vouched fields are valid; on `false` the caller runs the
 * whole `PaperSchema`, which finds and words the problems.
 */
import type { z } from 'zod'
import { PaperSchema } from '../schema/paper.js'
import { paperIdPattern } from '../schema/patterns.js'

const LeanPaperSchema = PaperSchema.omit({ source: true, provenance: true })

// Paper's fields but the four checked by hand: checked one by one unless vouched for.
const fieldChecks: ReadonlyArray<[key: string, schema: z.ZodType, optional: boolean]> = Object.entries(
  PaperSchema.shape as Record<string, z.ZodType>,
)
  .filter(([key]) => !['id', 'title', 'source', 'provenance'].includes(key))
  .map(([key, schema]) => [key, schema, schema.safeParse(undefined).success])

/**
 * Whether `record` is surely a valid `Paper` (`false`: maybe not, ask `PaperSchema`). With
 * `vouched`, the fields named there are taken as valid (PaperSchema is a plain object schema
 * with no check across fields, so the record is valid when each field is); without it, every
 * field but `source` and `provenance` goes through zod.
 */
export function surelyPaper(record: Record<string, unknown>, vouched?: ReadonlySet<string>): boolean {
  if (!isSource(record.source) || !isProvenance(record.provenance)) return false
  if (vouched === undefined) return LeanPaperSchema.safeParse(record).success
  if (typeof record.id !== 'string' || !paperIdPattern.test(record.id) || !isText(record.title)) return false
  for (const [key, schema, optional] of fieldChecks) {
    if (vouched.has(key)) continue
    const value = Object.hasOwn(record, key) ? record[key] : undefined
    if (value === undefined ? !optional : !schema.safeParse(value).success) return false
  }
  return true
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
