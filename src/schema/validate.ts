import { z } from 'zod'
import { type Paper, PaperSchema } from './paper.js'

/** Options of {@link validatePapers}. */
export interface ValidateOptions {
  /**
   * Report fields the schema does not know (at any depth) as problems (default: `false`: such
   * fields are allowed and left out of the typed records, as zod strips them).
   */
  strict?: boolean | undefined
}

/** One thing wrong with a record. */
export interface ValidationProblem {
  /** JSONPath of the value from the root of the data, e.g. `$[2].repositories[0].url`. */
  path: string
  /** The same path as keys and indices. */
  keys: Array<string | number>
  /** What is wrong, worded "Unexpected X, expected Y" (or "Missing …"). */
  message: string
  /** zod's issue code (`invalid_type`, `too_small`, `invalid_format`, …), or `unrecognized_keys` in strict mode. */
  code: string
}

/** The verdict on one record. */
export interface RecordValidation {
  /** The record's index in the data (0 for a single object). */
  index: number
  /** The record, typed, when it is valid. */
  paper?: Paper
  /** Empty when the record is valid. */
  problems: ValidationProblem[]
}

/** What {@link validatePapers} returns. */
export interface ValidationResult {
  /** Whether every record is valid. */
  valid: boolean
  /** The valid records, typed, in order. */
  papers: Paper[]
  /** One verdict per record, in order. */
  records: RecordValidation[]
}

/**
 * Check data from any source (your scraper, another language, an old dump) against `PaperSchema`:
 * an array of records, or one record. Never throws; each problem comes with its JSON path and a
 * readable message.
 *
 * @example
 * ```ts
 * const { valid, papers, records } = validatePapers(JSON.parse(text), { strict: true })
 * for (const record of records) for (const problem of record.problems) console.log(problem.path, problem.message)
 * ```
 */
export function validatePapers(data: unknown, options?: Readonly<ValidateOptions> | null): ValidationResult {
  const strict = options?.strict === true
  const items = Array.isArray(data) ? data : [data]
  const records = items.map((item, index) => {
    const checked = checkPaper(item, strict, Array.isArray(data) ? [index] : [])
    return { index, ...checked }
  })
  const papers = records.flatMap((record) => (record.paper ? [record.paper] : []))
  return { valid: papers.length === records.length, papers, records }
}

/** Whether `value` is a valid `Paper` (fields the schema does not know are allowed). */
export function isPaper(value: unknown): value is Paper {
  return PaperSchema.safeParse(value).success
}

/**
 * Check one record; `prefix` is where it sits in the data (its paths start there).
 * Used by `validatePapers` and by the CLI, which validates a stream one record at a time.
 */
export function checkPaper(
  value: unknown,
  strict: boolean,
  prefix: ReadonlyArray<string | number> = [],
): { paper?: Paper; problems: ValidationProblem[] } {
  const result = PaperSchema.safeParse(value, { reportInput: true })
  const problems: ValidationProblem[] = []
  const seen = new Set<string>()
  for (const issue of result.success ? [] : result.error.issues) {
    const found = problem([...prefix, ...keysOf(issue.path)], describe(issue), issue.code)
    // A URL that fails both the URL check and its pattern is one problem, not two.
    const key = `${found.path}\n${found.message}`
    if (!seen.has(key)) problems.push(found)
    seen.add(key)
  }
  if (strict) unknownFields(PaperSchema, value, [...prefix], problems)
  return problems.length === 0 && result.success ? { paper: result.data, problems } : { problems }
}

function keysOf(path: readonly PropertyKey[]): Array<string | number> {
  return path.map((key) => (typeof key === 'number' ? key : String(key)))
}

function problem(keys: Array<string | number>, message: string, code: string): ValidationProblem {
  return { path: jsonPath(keys), keys, message, code }
}

const identifier = /^[A-Za-z_$][\w$]*$/

/** `$`, `.name` for plain keys, `["odd key"]` otherwise, `[3]` for indices. */
function jsonPath(keys: ReadonlyArray<string | number>): string {
  let path = '$'
  for (const key of keys) {
    path += typeof key === 'number' ? `[${key}]` : identifier.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`
  }
  return path
}

/** Walk `value` along `schema` and report keys that no object schema declares. */
function unknownFields(
  schema: z.ZodType,
  value: unknown,
  keys: Array<string | number>,
  problems: ValidationProblem[],
): void {
  const inner = unwrap(schema)
  if (inner instanceof z.ZodObject && isRecord(value)) {
    const shape = inner.shape as Record<string, z.ZodType>
    for (const [key, item] of Object.entries(value)) {
      // Own keys only: `constructor` or `toString` would otherwise find Object.prototype's members.
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined
      if (field) unknownFields(field, item, [...keys, key], problems)
      else
        problems.push(
          problem(
            [...keys, key],
            `Unexpected field \`${key}\`, expected only known fields (strict mode)`,
            'unrecognized_keys',
          ),
        )
    }
  } else if (inner instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((item, index) => {
      unknownFields(inner.element as z.ZodType, item, [...keys, index], problems)
    })
  } else if (inner instanceof z.ZodRecord && isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      unknownFields(inner.valueType as z.ZodType, item, [...keys, key], problems)
    }
  }
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType
  }
  return current
}

/** The schema that validates the value at `keys` below `PaperSchema`, if the path leads anywhere. */
function schemaAt(keys: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = PaperSchema
  for (const key of keys) {
    const inner: z.ZodType | undefined = current && unwrap(current)
    if (inner instanceof z.ZodObject) {
      const shape = inner.shape as Record<string, z.ZodType>
      current = Object.hasOwn(shape, String(key)) ? shape[String(key)] : undefined
    } else if (inner instanceof z.ZodArray) current = inner.element as z.ZodType
    else if (inner instanceof z.ZodRecord) current = inner.valueType as z.ZodType
    else return undefined
  }
  return current && unwrap(current)
}

const nouns: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'an object',
}

/** A readable message for one zod issue. */
function describe(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? `Missing field, expected ${nouns[issue.expected] ?? issue.expected}`
        : `Unexpected ${show(input)}, expected ${nouns[issue.expected] ?? issue.expected}`
    case 'too_small': {
      const minimum = Number(issue.minimum)
      if (issue.origin === 'string') return 'Unexpected empty string, expected text (leave the field out instead)'
      if (issue.origin === 'array') return `Unexpected empty list, expected at least ${minimum} item(s)`
      return `Unexpected ${show(input)}, expected a number ${issue.inclusive ? '>=' : '>'} ${minimum}`
    }
    case 'too_big':
      return `Unexpected ${show(input)}, expected at most ${String(issue.maximum)}`
    case 'invalid_format':
      return `Unexpected ${show(input)}, expected ${expectedFormat(issue)}`
    case 'invalid_value':
      return `Unexpected ${show(input)}, expected one of ${issue.values.map((value) => show(value)).join(', ')}`
    default:
      return issue.message
  }
}

const trailingStop = /\.$/
// A capital that starts a sentence, not an acronym such as `DOI`.
const sentenceCase = /^[A-Z](?![A-Z])/

function expectedFormat(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === 'date') return 'a calendar date as `YYYY-MM-DD`'
  const schema = schemaAt(issue.path)
  if (issue.format === 'url' || schema instanceof z.ZodURL) return 'an http(s) URL'
  // Otherwise the field's own description says what it holds (e.g. the arXiv id's shape).
  const description = schema?.description?.replace(trailingStop, '')
  if (description)
    return sentenceCase.test(description) ? description.charAt(0).toLowerCase() + description.slice(1) : description
  return issue.pattern ? `a string matching \`${issue.pattern}\`` : issue.format
}

/** A short, quoted rendering of a value for messages. */
function show(value: unknown): string {
  if (typeof value === 'string') {
    const text = value.length > 60 ? `${value.slice(0, 59)}…` : value
    return text === '' ? 'empty string' : `\`${text}\``
  }
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return `\`${String(value)}\``
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
