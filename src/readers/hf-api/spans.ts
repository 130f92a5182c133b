import { isSpace, skipSpace, stringEnd } from '../json/scan.js'

/** Where one element of a top-level JSON array is: `[start, end)` offsets in the text. */
export interface Span {
  start: number
  end: number
}

/**
 * The spans of the complete elements of the top-level JSON array in `text`, in one linear pass
 * that tracks only strings and nesting (no values are built). A truncated last element is not
 * complete and is not listed (an object, array or string that closed is complete), so each span can be `JSON.parse`d on its own. Returns `undefined`
 * when `text` does not start with an array. `from` reads the array that starts there instead
 * (an array inside a cut object); the spans are offsets in `text` all the same.
 */
export function arrayElementSpans(text: string, from = 0): Span[] | undefined {
  let index = skipSpace(text, from)
  if (text.charCodeAt(index) !== 0x5b /* [ */) return undefined
  const spans: Span[] = []
  let depth = 0
  let start = -1
  let last = -1 // the end of the last non-space character seen in the current element
  let closed = false // whether the current element ended with its closing quote or bracket
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x22 /* " */) {
      if (depth === 1 && start === -1) start = index
      index = stringEnd(text, index)
      if (index === -1) return spans
      last = index + 1
      closed = depth === 1
      continue
    }
    if (code === 0x5b || code === 0x7b /* [ { */) {
      depth++
      if (depth === 2 && start === -1) start = index
    } else if (code === 0x5d || code === 0x7d /* ] } */) {
      if (depth === 1) {
        if (start !== -1) spans.push({ start, end: last })
        return spans
      }
      depth--
      closed = depth === 1
      last = index + 1
      continue
    } else if (code === 0x2c /* , */ && depth === 1) {
      if (start !== -1) spans.push({ start, end: last })
      start = -1
      continue
    } else if (isSpace(code)) {
      continue
    } else if (depth === 1 && start === -1) {
      start = index
    }
    if (depth >= 1) last = index + 1
    closed = false
  }
  // Cut right after an element: an object, array or string that closed is complete; a number may not be.
  if (start !== -1 && depth === 1 && closed) spans.push({ start, end: last })
  return spans
}

/** {@link parseUntrusted}, or `undefined` for text that is not JSON (a span of a damaged document). */
export function parseOrUndefined(text: string): unknown {
  try {
    return parseUntrusted(text)
  } catch {
    return undefined
  }
}

// A `__proto__` key, written plainly or with any of its letters escaped (`\u005f_proto__`).
const protoKey = /__proto__|\\u00(?:5[fF]|6[fF]|7[024])/

/**
 * `JSON.parse` for untrusted text: own `__proto__` keys are dropped, so no later copy of the value,
 * by zod or by spreading, can give an object an attacker's prototype. Throws as `JSON.parse` does.
 *
 * Not a reviver: V8 runs a reviver recursively, once per level, so a value nested a few thousand
 * deep overflowed the stack (and the item holding it was taken for damage); `JSON.parse` alone is
 * iterative. The keys are dropped by one iterative walk instead, only when the text could hold one.
 */
export function parseUntrusted(text: string): unknown {
  const value: unknown = JSON.parse(text)
  if (protoKey.test(text)) dropProtoKeys(value)
  return value
}

/** Delete every own `__proto__` key in a freshly parsed JSON value: an explicit stack, each value visited once. */
function dropProtoKeys(root: unknown): void {
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value !== 'object' || value === null) continue
    if (Array.isArray(value)) {
      for (const element of value) if (typeof element === 'object' && element !== null) stack.push(element)
      continue
    }
    const object = value as Record<string, unknown>
    if (Object.hasOwn(object, '__proto__')) Reflect.deleteProperty(object, '__proto__')
    for (const key of Object.keys(object)) {
      const child = object[key]
      if (typeof child === 'object' && child !== null) stack.push(child)
    }
  }
}
