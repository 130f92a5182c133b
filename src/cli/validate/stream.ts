import { checkPaper, type PaperCheck, type ValidationProblem } from '../../schema/validate.js'
import { readLines } from './lines.js'
import { JsonLocator, syntaxErrorLine } from './locate.js'

/** How the input was read: a JSON document (an array or one object) or JSON Lines. */
export type InputShape = 'json' | 'jsonl'

/** One problem, placed: the line in the input and the JSON path inside the value there. */
export interface PlacedProblem {
  line: number
  path: string
  message: string
  code: string
}

/** What validation reports, in input order: the shape once, then one event per record. */
export type ValidationEvent =
  | { type: 'shape'; shape: InputShape }
  | { type: 'record'; record: number; problems: PlacedProblem[] }

const blank = /^\s*$/

/**
 * Validate the records of a stream. The shape is told from the first lines: `[` starts a JSON
 * array; a first line that is a JSON value on its own (or a broken one followed by one that is)
 * starts JSON Lines, read one line at a time in bounded memory; anything else is one JSON
 * document (a pretty-printed object), read whole.
 */
export async function* validateStream(
  chunks: AsyncIterable<Uint8Array | string>,
  strict: boolean | PaperCheck,
): AsyncGenerator<ValidationEvent> {
  const lines = readLines(chunks)[Symbol.asyncIterator]()
  const head: string[] = [] // lines read while deciding, in order
  const nextContent = async (): Promise<string | undefined> => {
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      head.push(next.value)
      if (!blank.test(next.value)) return next.value
    }
    return undefined
  }
  const first = await nextContent()
  const start = first?.trimStart() ?? ''
  let shape: InputShape = 'jsonl'
  if (first === undefined || start.startsWith('[')) shape = 'json'
  else if (!parses(first) && start.startsWith('{')) {
    const second = await nextContent()
    if (second === undefined || !parses(second)) shape = 'json'
  }
  yield { type: 'shape', shape }
  if (shape === 'json') {
    for (let next = await lines.next(); !next.done; next = await lines.next()) head.push(next.value)
    yield* validateDocument(head.join('\n'), strict)
    return
  }
  let line = 0
  let record = 0
  const check = (text: string): ValidationEvent | undefined => {
    line++
    if (blank.test(text)) return undefined
    return { type: 'record', record: record++, problems: validateLine(text, line, strict) }
  }
  for (const text of head) {
    const event = check(text)
    if (event) yield event
  }
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const event = check(next.value)
    if (event) yield event
  }
}

function validateLine(text: string, line: number, strict: boolean | PaperCheck): PlacedProblem[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return [
      {
        line,
        path: '$',
        message: `Unexpected ${preview(text)}, expected a JSON object on this line`,
        code: 'invalid_json',
      },
    ]
  }
  return checkPaper(value, strict).problems.map((problem) => place(problem, line))
}

function* validateDocument(text: string, strict: boolean | PaperCheck): Generator<ValidationEvent> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const message = blank.test(text)
      ? 'Unexpected empty input, expected a JSON array, JSON Lines or one JSON object'
      : 'Unexpected text that is not JSON, expected a JSON array, JSON Lines or one JSON object'
    const line = syntaxErrorLine(text)
    yield { type: 'record', record: 0, problems: [{ line, path: '$', message, code: 'invalid_json' }] }
    return
  }
  const locator = new JsonLocator(text)
  const items = Array.isArray(value) ? value : [value]
  for (const [index, item] of items.entries()) {
    const at = Array.isArray(value) ? [index] : []
    const { problems } = checkPaper(item, strict, at)
    yield {
      type: 'record',
      record: index,
      problems: problems.map((problem) => place(problem, locator.line(problem.keys))),
    }
  }
}

function place(problem: ValidationProblem, line: number): PlacedProblem {
  return { line, path: problem.path, message: problem.message, code: problem.code }
}

function preview(text: string): string {
  const trimmed = text.trim()
  return `\`${trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed}\``
}

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
