import type { z } from 'zod'
import { parseArxivId } from '../../util/arxiv-id.js'

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>

/** Whether `value` is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Whether a paper (and its listing item) is Hugging Face's, not merely paper-shaped JSON (a
 * Papers-with-Code `{paper: {id: "attention-is-all-you-need"}}`): Hugging Face papers are
 * arXiv papers, so the id is an arXiv id; else keys only Hugging Face has must be there.
 */
function isHuggingFaces(paper: JsonObject, item: JsonObject): boolean {
  if (hfArxivId(paper.id) !== undefined) return true
  return (
    'discussionId' in paper ||
    'submittedOnDailyAt' in paper ||
    'submittedOnDailyBy' in paper ||
    ('upvotes' in paper && ('numComments' in item || 'numComments' in paper))
  )
}

/** The arXiv id a Hugging Face paper `id` is, exactly (no prefix, no version), else `undefined`. */
export function hfArxivId(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined
  const parsed = parseArxivId(id)
  return parsed?.id === id && parsed.version === undefined ? id : undefined
}

/** A listing item: `{paper: {...}, title, numComments, …}` (daily papers, search results, page state). */
function isListingItem(value: JsonObject): boolean {
  const paper = value.paper
  return (
    isObject(paper) && (typeof paper.id === 'string' || typeof paper.title === 'string') && isHuggingFaces(paper, value)
  )
}

/** A bare paper (`/api/papers/{id}`): an id and a title, and something only papers have. */
function isBarePaper(value: JsonObject): boolean {
  return (
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    (Array.isArray(value.authors) || typeof value.summary === 'string' || 'discussionId' in value) &&
    isHuggingFaces(value, value)
  )
}

/** Whether `value` is one Hugging Face paper, bare or as a listing item. */
export function isHfPaper(value: unknown): value is JsonObject {
  return isObject(value) && (isListingItem(value) || isBarePaper(value))
}

/** The message for a list item that is not a Hugging Face paper. */
export function notAPaper(item: unknown, index: number): string {
  const kind = item === null ? 'null' : Array.isArray(item) ? 'array' : typeof item
  return `Unexpected ${kind} as item ${index}, expected a Hugging Face paper (an object with \`paper\`, or with \`id\` and \`title\`); it was skipped`
}

/**
 * The lists of papers in a JSON value: the value itself (an array, or one paper), else arrays
 * of papers among its keys and their keys (`{dailyPapers: [...]}`, `{papers: [...]}`), in key
 * order. Two levels are enough for every shape seen, and keep the search cheap.
 */
export function findPaperLists(value: unknown): unknown[][] {
  if (Array.isArray(value)) return value.some(isHfPaper) ? [value] : []
  if (!isObject(value)) return []
  if (isHfPaper(value)) return [[value]]
  const lists: unknown[][] = []
  for (const child of Object.values(value)) {
    if (Array.isArray(child)) {
      if (child.some(isHfPaper)) lists.push(child)
    } else if (isObject(child)) {
      for (const grandchild of Object.values(child)) {
        if (Array.isArray(grandchild) && grandchild.some(isHfPaper)) lists.push(grandchild)
      }
    }
  }
  return lists
}

/** A problem with one key: its value and zod's first complaint. */
export interface KeyProblem {
  key: string
  value: unknown
  issue: z.core.$ZodIssue | undefined
}

/**
 * Read one key of `object` with its schema from `shape`. Absent and `null` are absent; a value
 * the schema rejects is reported through `onProblem` and read as absent, so one bad value
 * never costs the other fields. Only own keys count (`__proto__` and friends are data here).
 */
function readKey<Shape extends Record<string, z.ZodType>, Key extends keyof Shape & string>(
  object: JsonObject,
  shape: Shape,
  key: Key,
  onProblem: (problem: KeyProblem) => void,
): z.output<Shape[Key]> | undefined {
  if (!Object.hasOwn(object, key)) return undefined
  const value = object[key]
  if (value === null || value === undefined) return undefined
  const schema = shape[key]
  if (!schema) return undefined
  const result = schema.safeParse(value)
  if (result.success) return result.data as z.output<Shape[Key]>
  onProblem({ key, value, issue: result.error.issues[0] })
  return undefined
}

/**
 * Check `value` against an object schema, key by key when it does not pass as a whole: a key whose
 * value the schema rejects is reported and left out, the others are kept. One check for the
 * whole object first, because a zod call per key costs more than the rest of the mapping.
 */
export function checkObject<Shape extends Record<string, z.ZodType>>(
  schema: z.ZodObject<Shape>,
  value: JsonObject,
  onProblem: (problem: KeyProblem) => void,
): Partial<{ [Key in keyof Shape]: z.output<Shape[Key]> }> {
  const whole = schema.safeParse(value)
  if (whole.success) return whole.data as Partial<{ [Key in keyof Shape]: z.output<Shape[Key]> }>
  const checked: Partial<{ [Key in keyof Shape]: z.output<Shape[Key]> }> = {}
  for (const key of Object.keys(schema.shape) as Array<keyof Shape & string>) {
    const read = readKey(value, schema.shape, key, onProblem)
    if (read !== undefined) checked[key] = read
  }
  return checked
}

/** `Unexpected string \`"12"\`` … `expected a number`: the two halves of a message about a JSON value. */
export function describeProblem(problem: KeyProblem): { found: string; expected: string } {
  const { value, issue } = problem
  const kind = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value
  const text = preview(value, 40)
  const found = `${kind} \`${text.length > 40 ? `${text.slice(0, 37)}…` : text}\``
  if (issue?.code === 'invalid_type') {
    const type = issue.expected === 'int' ? 'whole number' : issue.expected
    return { found, expected: `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}` }
  }
  return { found, expected: (issue?.message ?? 'another value').replace(/^[^:]*:\s*(?:expected\s+)?/, '') }
}

/**
 * The start of a JSON value's text, at least `max` characters of it when it is that long. Built
 * iteratively and stopped early: `JSON.stringify` recurses (a value nested 10,000 deep overflows
 * the stack) and would copy a 10 MB string whole.
 */
export function preview(value: unknown, max: number): string {
  let text = ''
  // Pending output: values to write and literal punctuation (wrapped, so strings stay strings).
  const stack: Array<{ value: unknown } | { literal: string }> = [{ value }]
  while (stack.length > 0 && text.length <= max) {
    const item = stack.pop() as { value: unknown } | { literal: string }
    if ('literal' in item) {
      text += item.literal
      continue
    }
    const current = item.value
    if (Array.isArray(current)) {
      text += '['
      stack.push({ literal: ']' })
      for (let index = Math.min(current.length, max) - 1; index >= 0; index--) {
        stack.push({ value: current[index] })
        if (index > 0) stack.push({ literal: ',' })
      }
    } else if (typeof current === 'object' && current !== null) {
      text += '{'
      stack.push({ literal: '}' })
      const keys = Object.keys(current).slice(0, max)
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index] as string
        stack.push({ value: (current as JsonObject)[key] })
        stack.push({ literal: `${JSON.stringify(key.slice(0, max + 1))}:` })
        if (index > 0) stack.push({ literal: ',' })
      }
    } else if (typeof current === 'string') {
      text += JSON.stringify(current.slice(0, max + 1))
    } else {
      text += JSON.stringify(current) ?? String(current)
    }
  }
  return text
}
