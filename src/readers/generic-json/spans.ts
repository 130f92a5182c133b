/**
 * Where values are in JSON text, without building a second tree: `JSON.parse` gives the values,
 * and one linear scan of the text gives the offsets of the few values a reader asked for (the
 * items of the paper list and the fields it read from them). The scan keeps its own stack, so
 * nesting as deep as `JSON.parse` accepts cannot overflow the call stack.
 */

/** `[start, end)` offsets of a value in the text. */
export interface Span {
  start: number
  end: number
}

/** One step below a value: an object key or an array index. */
export type Step = string | number

/** A path from a value to one inside it, e.g. `['primary_location', 'source', 'display_name']`. */
export type Path = readonly Step[]

/**
 * The values wanted below one value, as a tree of steps. {@link locate} fills `span` on every node
 * whose value it reaches (so a node on the way to a wanted leaf gets its span too).
 */
export interface Want {
  children?: Map<Step, Want> | undefined
  span?: Span | undefined
}

/** The node for `path` below `root`, created along the way. */
export function want(root: Want, path: Path): Want {
  let node = root
  for (const step of path) {
    node.children ??= new Map()
    let child = node.children.get(step)
    if (!child) {
      child = {}
      node.children.set(step, child)
    }
    node = child
  }
  return node
}

const quote = 0x22
const backslash = 0x5c
const comma = 0x2c
const colon = 0x3a
const openObject = 0x7b
const closeObject = 0x7d
const openArray = 0x5b
const closeArray = 0x5d

interface Frame {
  node: Want & { span: Span }
  object: boolean
  index: number
}

/**
 * Scan the JSON value that starts at `from` (after optional whitespace) and record the span of
 * every node of `root` that names a value in it. Values nobody asked for are skipped without
 * being looked into, so the cost is one pass over the value's text. The text is trusted to be
 * JSON (`JSON.parse` accepted it); returns where the value ends, or -1 if the text ends first.
 */
export function locate(text: string, from: number, root: Want): number {
  const stack: Frame[] = []
  let node: Want | undefined = root
  let index = from
  for (;;) {
    index = skipSpace(text, index)
    const code = text.charCodeAt(index)
    let end: number
    if (node?.children && (code === openObject || code === openArray)) {
      const frame: Frame = { node: node as Frame['node'], object: code === openObject, index: 0 }
      frame.node.span = { start: index, end: index + 1 }
      index = skipSpace(text, index + 1)
      if (text.charCodeAt(index) !== (frame.object ? closeObject : closeArray)) {
        stack.push(frame)
        const next = frame.object ? member(text, index, frame.node) : { node: frame.node.children?.get(0), index }
        if (!next) return -1
        ;({ node, index } = next)
        continue
      }
      end = index + 1
      frame.node.span.end = end
    } else {
      end = skipValue(text, index)
      if (end === -1) return -1
      if (node) node.span = { start: index, end }
    }
    // After a value: a comma leads to the next member, a bracket closes the container.
    index = end
    for (;;) {
      const frame = stack.at(-1)
      if (!frame) return index
      index = skipSpace(text, index)
      const next = text.charCodeAt(index)
      if (next === comma) {
        frame.index++
        index = skipSpace(text, index + 1)
        const found = frame.object
          ? member(text, index, frame.node)
          : { node: frame.node.children?.get(frame.index), index }
        if (!found) return -1
        ;({ node, index } = found)
        break
      }
      if (next !== (frame.object ? closeObject : closeArray)) return -1
      stack.pop()
      index++
      frame.node.span.end = index
    }
  }
}

/** Read `"key":` at `index`: the wanted node for the key (if any) and where its value starts. */
function member(text: string, index: number, parent: Want): { node: Want | undefined; index: number } | undefined {
  if (text.charCodeAt(index) !== quote) return undefined
  const close = stringEnd(text, index)
  if (close === -1) return undefined
  let key = text.slice(index + 1, close)
  // Escapes are rare in keys; JSON.parse decodes them exactly as it did for the value.
  if (key.includes('\\')) key = JSON.parse(text.slice(index, close + 1)) as string
  const after = skipSpace(text, close + 1)
  if (text.charCodeAt(after) !== colon) return undefined
  return { node: parent.children?.get(key), index: after + 1 }
}

/** Where the value starting at `index` ends (exclusive), tracking only strings and nesting; -1 if cut. */
export function skipValue(text: string, index: number): number {
  const first = text.charCodeAt(index)
  if (first === quote) {
    const close = stringEnd(text, index)
    return close === -1 ? -1 : close + 1
  }
  if (first !== openObject && first !== openArray) {
    let end = index
    while (end < text.length && !isDelimiter(text.charCodeAt(end))) end++
    return end === index ? -1 : end
  }
  let depth = 0
  for (let at = index; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === quote) {
      at = stringEnd(text, at)
      if (at === -1) return -1
    } else if (code === openObject || code === openArray) depth++
    else if (code === closeObject || code === closeArray) {
      depth--
      if (depth === 0) return at + 1
    }
  }
  return -1
}

/**
 * The index of the quote closing the string that opens at `open`, or -1 if it never closes. Jumps
 * from quote to quote with `indexOf` (abstracts are long): a quote is escaped when an odd run of
 * backslashes precedes it. Each backslash is counted once, for the quote after it.
 */
export function stringEnd(text: string, open: number): number {
  let from = open + 1
  for (;;) {
    const close = text.indexOf('"', from)
    if (close === -1) return -1
    let backslashes = 0
    while (close - backslashes - 1 > open && text.charCodeAt(close - backslashes - 1) === backslash) backslashes++
    if (backslashes % 2 === 0) return close
    from = close + 1
  }
}

export function skipSpace(text: string, from: number): number {
  let index = from
  while (index < text.length && isSpace(text.charCodeAt(index))) index++
  return index
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09
}

function isDelimiter(code: number): boolean {
  return code === comma || code === closeObject || code === closeArray || isSpace(code)
}
