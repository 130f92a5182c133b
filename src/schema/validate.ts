import { z } from 'zod'
import { type CrossFieldProblem, crossFieldProblems } from './cross-field.js'
import { checkOptionKeys } from './options.js'
import { type Paper, PaperSchema } from './paper.js'

/**
 * Schemas of fields a record carries besides `Paper`'s, by field name: what your plugins add
 * (`{ venue: z.string(), stars: z.number().int().optional() }`). zod classic or zod/mini.
 */
export type PaperExtension = Readonly<Record<string, z.core.$ZodType>>

/**
 * A `Paper` with the fields a {@link PaperExtension} describes, typed as its schemas output them
 * (`Paper` itself when there is no extension).
 */
export type ExtendedPaper<Extend extends PaperExtension> = [keyof Extend] extends [never]
  ? Paper
  : string extends keyof Extend
    ? Paper
    : Paper & z.output<z.ZodObject<Extend>>

/** Options of {@link validatePapers}. */
export interface ValidateOptions<Extend extends PaperExtension = PaperExtension> {
  /**
   * Report fields the schema does not know (at any depth) as problems (default: `false`: such
   * fields are allowed and left out of the typed records, as zod strips them).
   */
  strict?: boolean | undefined
  /**
   * Schemas of the fields your records carry besides `Paper`'s (plugin fields), by name: each
   * record must also pass them, and the typed records keep those fields. A field `Paper` has
   * too must pass both (default: none).
   */
  extend?: Extend | undefined
}

/** One thing wrong with a record. */
export interface ValidationProblem {
  /** JSONPath of the value from the root of the data, e.g. `$[2].repositories[0].url`. */
  path: string
  /** The same path as keys and indices. */
  keys: Array<string | number>
  /** What is wrong, worded "Unexpected X, expected Y" (or "Missing …"). */
  message: string
  /**
   * zod's issue code (`invalid_type`, `too_small`, `invalid_format`, …), `unrecognized_keys` in
   * strict mode, or the code of a check across fields (`id_mismatch`, `date_order`,
   * `author_count`, `blank_string`, `reader_mismatch`; see docs/messages.md).
   */
  code: string
}

/** The verdict on one record. */
export interface RecordValidation<P = Paper> {
  /** The record's index in the data (0 for a single object). */
  index: number
  /** The record, typed, when it is valid. */
  paper?: P
  /** Empty when the record is valid. */
  problems: ValidationProblem[]
}

/** What {@link validatePapers} returns. */
export interface ValidationResult<P = Paper> {
  /** Whether every record is valid. */
  valid: boolean
  /** The valid records, typed, in order. */
  papers: P[]
  /** One verdict per record, in order. */
  records: RecordValidation<P>[]
}

/**
 * Check data from any source (your scraper, another language, an old dump) against `PaperSchema`:
 * an array of records, or one record. Each field is checked, then what ties fields together
 * (the id agrees with the arXiv id, DOI or title; `updatedAt` is not before `publishedAt`; …).
 * Never throws on the data; each problem comes with its JSON path, a readable message and a code.
 * Invalid options (an unknown key, `extend` values that are not zod schemas) throw a `TypeError`.
 *
 * @example
 * ```ts
 * const { valid, papers, records } = validatePapers(JSON.parse(text), { strict: true })
 * for (const record of records) for (const problem of record.problems) console.log(problem.path, problem.message)
 * // Records with plugin fields: papers[0].venue is typed `string`.
 * const checked = validatePapers(data, { extend: { venue: z.string() } })
 * ```
 */
export function validatePapers<const Extend extends PaperExtension = Record<never, never>>(
  data: unknown,
  options?: Readonly<ValidateOptions<Extend>> | null,
): ValidationResult<ExtendedPaper<Extend>> {
  const check = paperCheck(options)
  const items = Array.isArray(data) ? data : [data]
  const records = items.map((item, index) => {
    const checked = checkPaper(item, check, Array.isArray(data) ? [index] : [])
    return { index, ...checked } as RecordValidation<ExtendedPaper<Extend>>
  })
  const papers = records.flatMap((record) => (record.paper ? [record.paper] : []))
  return { valid: papers.length === records.length, papers, records }
}

/**
 * Whether `value` is a valid `Paper`, checked as `validatePapers` checks it (fields the schema
 * does not know are allowed). A record without `provenance` is valid data, but not a `Paper` as
 * it stands (the type has the field; `validatePapers` fills it in): `false`.
 */
export function isPaper(value: unknown): value is Paper {
  return (
    typeof value === 'object' &&
    value !== null &&
    'provenance' in value &&
    checkPaper(value, false).problems.length === 0
  )
}

/** What to check a record against, read once from the options of `validatePapers`. */
export interface PaperCheck {
  /** Report unknown fields. */
  strict: boolean
  /** The extension's fields as one zod object, when there is an extension. */
  extension?: z.ZodObject | undefined
}

/** Check the options of `validatePapers` (or the CLI's) once; throw a `TypeError` on a mistake. */
export function paperCheck(options: Readonly<ValidateOptions> | null | undefined): PaperCheck {
  checkOptionKeys('validatePapers()', options, ['strict', 'extend'])
  const strict = options?.strict
  if (strict !== undefined && typeof strict !== 'boolean') {
    throw new TypeError(`Expected option \`strict\` of validatePapers() to be a boolean, got ${typeof strict}.`)
  }
  const extend = options?.extend
  if (extend === undefined) return { strict: strict === true }
  if (typeof extend !== 'object' || extend === null || Array.isArray(extend)) {
    throw new TypeError(
      'Expected option `extend` of validatePapers() to be an object of zod schemas by field name, e.g. `{ venue: z.string() }`.',
    )
  }
  for (const [key, schema] of Object.entries(extend)) {
    if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) {
      throw new TypeError(
        `Expected \`extend.${key}\` of validatePapers() to be a zod schema (zod or zod/mini), got ${schema === null ? 'null' : typeof schema}.`,
      )
    }
  }
  return { strict: strict === true, extension: z.object(extend) }
}

/**
 * Check one record; `prefix` is where it sits in the data (its paths start there).
 * Used by `validatePapers` and by the CLI, which validates a stream one record at a time.
 * `check` is `strict` alone, or what {@link paperCheck} made of the options.
 */
export function checkPaper(
  value: unknown,
  check: boolean | PaperCheck,
  prefix: ReadonlyArray<string | number> = [],
): { paper?: Paper; problems: ValidationProblem[] } {
  const { strict, extension } = typeof check === 'boolean' ? { strict: check, extension: undefined } : check
  const result = PaperSchema.safeParse(value, { reportInput: true })
  const extra = extension?.safeParse(value, { reportInput: true })
  const problems: ValidationProblem[] = []
  const seen = new Set<string>()
  const issues = [
    ...(result.success ? [] : result.error.issues),
    ...(extra?.success !== false ? [] : extra.error.issues),
  ]
  for (const issue of issues) {
    const found = problem([...prefix, ...keysOf(issue.path)], describe(issue), issue.code)
    // A URL that fails both the URL check and its pattern is one problem, not two.
    const key = `${found.path}\n${found.message}`
    if (!seen.has(key)) problems.push(found)
    seen.add(key)
  }
  for (const cross of crossFieldProblems(value)) problems.push(fromCross(cross, prefix))
  if (strict) {
    const known = extension ? z.object({ ...PaperSchema.shape, ...extension.shape }) : PaperSchema
    unknownFields(known, value, [...prefix], problems)
  }
  if (problems.length > 0 || !result.success || extra?.success === false) return { problems }
  return { paper: (extra ? { ...result.data, ...extra.data } : result.data) as Paper, problems }
}

function fromCross(cross: CrossFieldProblem, prefix: ReadonlyArray<string | number>): ValidationProblem {
  return problem([...prefix, ...cross.keys], cross.message, cross.code)
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
      return `${input === undefined ? 'Missing field' : `Unexpected ${show(input)}`}, expected one of ${issue.values.map((value) => show(value)).join(', ')}`
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
