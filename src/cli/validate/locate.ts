import { parse } from '@humanwhocodes/momoa'

// Values are indexed this many levels deep (record, field, list item, its field); deeper
// problems point at the nearest indexed value that encloses them.
const indexedDepth = 4

/**
 * Where things are in a JSON document, for `file:line` in reports. One linear, iterative pass
 * over the text (built only when a problem needs it): a value nested 10,000 deep cannot overflow
 * the stack, as a recursive parser's tree walk did.
 */
export class JsonLocator {
  private lines: Map<string, number> | undefined

  constructor(private readonly text: string) {}

  /** The line of the value at `keys`, or of the nearest enclosing value that exists (for a missing field). */
  line(keys: ReadonlyArray<string | number>): number {
    this.lines ??= indexLines(this.text)
    let best = this.lines.get('') ?? 1
    let path = ''
    for (const key of keys.slice(0, indexedDepth)) {
      path = step(path, key)
      const line = this.lines.get(path)
      if (line === undefined) break
      best = line
    }
    return best
  }
}

/** A path one key longer: `#3` for an index, `.name` for a key, with a separator no key can forge. */
function step(path: string, key: string | number): string {
  return `${path}\u0000${typeof key === 'number' ? `#${key}` : `.${key}`}`
}

interface Frame {
  path: string
  depth: number
  array: boolean
  /** The next element's index (arrays) or the key just read (objects). */
  index: number
  key: string | undefined
}

/** The start line of every value up to {@link indexedDepth} levels, by path. Assumes `JSON.parse` accepted the text. */
function indexLines(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  const stack: Frame[] = []
  let line = 1
  // In an object, whether the next string is a key.
  let expectKey = false
  const valueStarts = () => {
    const parent = stack.at(-1)
    if (!parent) return { path: '', depth: 0 }
    const path = parent.array ? step(parent.path, parent.index) : step(parent.path, parent.key ?? '')
    return { path, depth: parent.depth + 1 }
  }
  const record = (path: string, depth: number) => {
    if (depth <= indexedDepth && !lines.has(path)) lines.set(path, line)
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a) line++
    else if (code === 0x22 /* " */) {
      const start = index
      for (index++; index < text.length; index++) {
        const inner = text.charCodeAt(index)
        if (inner === 0x5c /* \ */) index++
        else if (inner === 0x22) break
      }
      const top = stack.at(-1)
      if (expectKey && top && !top.array) {
        // Keys beyond the indexed depth are never looked up: not decoded.
        top.key = top.depth < indexedDepth ? decodeKey(text.slice(start, index + 1)) : undefined
        expectKey = false
      } else {
        const { path, depth } = valueStarts()
        record(path, depth)
      }
    } else if (code === 0x7b || code === 0x5b /* { [ */) {
      const { path, depth } = valueStarts()
      record(path, depth)
      stack.push({ path, depth, array: code === 0x5b, index: 0, key: undefined })
      expectKey = code === 0x7b
    } else if (code === 0x7d || code === 0x5d /* } ] */) {
      stack.pop()
      expectKey = false
    } else if (code === 0x2c /* , */) {
      const top = stack.at(-1)
      if (top?.array) top.index++
      else expectKey = true
    } else if (code !== 0x3a && code !== 0x20 && code !== 0x09 && code !== 0x0d) {
      // The first character of a number, `true`, `false` or `null`: the rest cannot start a value.
      const previous = text.charCodeAt(index - 1)
      if (!isScalarCharacter(previous) || index === 0) {
        const { path, depth } = valueStarts()
        record(path, depth)
      }
    }
  }
  return lines
}

function isScalarCharacter(code: number): boolean {
  // Letters, digits, `-`, `+`, `.`: inside a number or literal.
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x2d ||
    code === 0x2b ||
    code === 0x2e
  )
}

function decodeKey(literal: string): string {
  try {
    return String(JSON.parse(literal))
  } catch {
    return literal.slice(1, -1)
  }
}

/**
 * The 1-based line of a JSON syntax error in `text`: from the position `JSON.parse` reports, else
 * as momoa reports it (a recursive parser: on input too deep for it, line 1).
 */
export function syntaxErrorLine(text: string): number {
  try {
    JSON.parse(text)
    return 1
  } catch (error) {
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1]
    if (position !== undefined) return lineAt(text, Number(position))
  }
  try {
    parse(text, { mode: 'json' })
  } catch (error) {
    const line = (error as { line?: unknown }).line
    if (typeof line === 'number') return line
  }
  return 1
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++
  return line
}
