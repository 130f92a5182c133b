import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Parser } from '../core/parser.js'
import { createParser } from '../preset.js'
import { checkOptionKeys } from '../schema/options.js'

/** Options of {@link runFixtures}. */
export interface FixtureOptions {
  /** The parser to run, with your plugins and readers (default: `createParser()`). */
  parser?: Parser<object> | undefined
  /** The fields to score (default: every field any expected record states). */
  fields?: readonly string[] | undefined
}

/** How well one field came out: counts of values, and precision and recall from them. */
export interface FieldScore {
  /** Values the records have and the expectation states, equal. */
  truePositives: number
  /** Values the records have that the expectation does not state, or states otherwise. */
  falsePositives: number
  /** Values the expectation states that the records lack, or have otherwise. */
  falseNegatives: number
  /** truePositives / (truePositives + falsePositives); 1 when the records give no value. */
  precision: number
  /** truePositives / (truePositives + falseNegatives); 1 when the expectation states no value. */
  recall: number
}

/** One value that differs from the expectation. */
export interface FixtureMismatch {
  /** The record's index in the parse's papers. */
  paper: number
  /** The field. */
  field: string
  /** What expected.json states (`undefined`: absent). */
  expected: unknown
  /** What the record has (`undefined`: absent). */
  actual: unknown
}

/** One fixture case's result. */
export interface FixtureCase {
  /** The case folder's name. */
  name: string
  /** How many papers the parse gave, and how many the expectation counts. */
  papers: { actual: number; expected: number }
  /** The scores per field in this case. */
  fields: Record<string, FieldScore>
  /** Every value that differs, for the failure message. */
  mismatches: FixtureMismatch[]
  /** The parse's messages, as `file:line:column: reason [ruleId]`. */
  messages: string[]
}

/** What {@link runFixtures} returns. */
export interface FixtureReport {
  /** One result per case folder, by name. */
  cases: FixtureCase[]
  /** The scores per field over all cases. */
  fields: Record<string, FieldScore>
}

type Expected = Array<Record<string, unknown>> | { count: number; papers: Array<Record<string, unknown>> }

/**
 * Run a parser over a folder of fixtures and score every field. Each case is a folder holding
 * `input.*` (the page), `expected.json` (the records you read off the page yourself: an array of
 * partial records in document order, or `{ count, papers }` where each paper has `position`, its
 * index, when only some were written down) and optionally `options.json` (parse options, such as
 * `referenceDate`). A field an expected record leaves out must be absent from the record (an
 * empty list counts as absent). `folder` may also be one case.
 *
 * @example
 * ```ts
 * const report = await runFixtures('test/fixtures', { parser: createParser().use(venue()), fields: ['venue'] })
 * expect(report.fields.venue?.precision).toBe(1)
 * ```
 */
export async function runFixtures(folder: string, options?: Readonly<FixtureOptions> | null): Promise<FixtureReport> {
  checkOptionKeys('runFixtures()', options, ['parser', 'fields'])
  const parser = options?.parser ?? createParser()
  const cases: FixtureCase[] = []
  for (const path of caseFolders(folder)) cases.push(await runCase(path, parser, options?.fields))
  const fields: Record<string, FieldScore> = {}
  for (const one of cases) {
    for (const [field, score] of Object.entries(one.fields)) {
      fields[field] ??= score0()
      const total = fields[field]
      total.truePositives += score.truePositives
      total.falsePositives += score.falsePositives
      total.falseNegatives += score.falseNegatives
    }
  }
  for (const score of Object.values(fields)) rates(score)
  return { cases, fields }
}

function caseFolders(folder: string): string[] {
  if (isCase(folder)) return [folder]
  const found = readdirSync(folder)
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isDirectory() && isCase(path))
  if (found.length === 0)
    throw new Error(`No fixture cases in ${folder}: expected folders with input.* and expected.json.`)
  return found
}

function isCase(folder: string): boolean {
  return existsSync(join(folder, 'expected.json')) && readdirSync(folder).some((name) => name.startsWith('input.'))
}

async function runCase(
  folder: string,
  parser: Parser<object>,
  only: readonly string[] | undefined,
): Promise<FixtureCase> {
  const input = readdirSync(folder).find((name) => name.startsWith('input.')) as string
  const optionsPath = join(folder, 'options.json')
  const parseOptions = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {}
  const raw = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected
  const { count, papers: expected } = Array.isArray(raw) ? { count: raw.length, papers: raw } : raw
  const partial = !Array.isArray(raw)
  const result = await parser.parse(readFileSync(join(folder, input)), parseOptions)
  const records = result.papers as unknown as Array<Record<string, unknown>>
  const fields =
    only ?? [...new Set(expected.flatMap((record) => Object.keys(record)))].filter((key) => key !== 'position')
  const scores: Record<string, FieldScore> = Object.fromEntries(fields.map((field) => [field, score0()]))
  const mismatches: FixtureMismatch[] = []
  // Pairs of (expected, actual); in a full expectation, records past its end are unexpected.
  const pairs: Array<[Record<string, unknown> | undefined, number]> = expected.map((record, index) => [
    record,
    partial ? Number(record.position) : index,
  ])
  if (!partial) for (let index = expected.length; index < records.length; index++) pairs.push([undefined, index])
  for (const [want, at] of pairs) {
    const record = records[at]
    for (const field of fields) {
      const wanted = want ? present(want[field]) : undefined
      const actual = record ? present(record[field]) : undefined
      const score = scores[field] as FieldScore
      if (wanted === undefined && actual === undefined) continue
      if (wanted !== undefined && actual !== undefined && same(wanted, actual)) {
        score.truePositives++
        continue
      }
      if (actual !== undefined) score.falsePositives++
      if (wanted !== undefined) score.falseNegatives++
      mismatches.push({ paper: at, field, expected: wanted, actual })
    }
  }
  for (const score of Object.values(scores)) rates(score)
  const messages = result.messages.map(
    (message) => `${input}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason} [${message.ruleId}]`,
  )
  const name = folder.split(/[\\/]/).filter(Boolean).at(-1) ?? folder
  return { name, papers: { actual: records.length, expected: count }, fields: scores, mismatches, messages }
}

/** A value, or `undefined` for an absent one (an empty list counts as absent: the page lists nothing). */
function present(value: unknown): unknown {
  return Array.isArray(value) && value.length === 0 ? undefined : value
}

/** Deep equality of JSON values, key order aside. */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : item,
  )
}

function score0(): FieldScore {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 }
}

function rates(score: FieldScore): void {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = score
  score.precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  score.recall = tp + fn === 0 ? 1 : tp / (tp + fn)
}
