import { parseOrUndefined, type Span } from './spans.js'

/** What survives of a damaged paper list: the items that parse, and the spans of those that do not. */
export interface Recovered {
  items: Array<{ value: unknown; span: Span }>
  /** Items that start but do not parse (a flipped quote or bracket inside them). */
  damaged: Span[]
  /** Whether the last item runs to the end of the text unclosed (a cut, not damage). */
  cut: boolean
}

// Where a Hugging Face listing item starts: `{"paper":`. Inside a JSON string its quotes would
// be escaped (`{\"paper\":`), so this finds item starts only, even in damaged text.
const itemStart = /\{[ \t\r\n]*"paper"[ \t\r\n]*:/g

/**
 * The items of a damaged Hugging Face paper list, resynchronised at each item start: one damaged
 * byte costs the item it is in, not every item after it (a span scanner that loses track of
 * strings cannot recover). Each item is scanned only up to the next item start, so the work is
 * linear. `undefined` when the text holds no listing item at all.
 */
export function recoverItems(text: string, from = 0): Recovered | undefined {
  const starts: number[] = []
  itemStart.lastIndex = from
  for (let match = itemStart.exec(text); match; match = itemStart.exec(text)) starts.push(match.index)
  if (starts.length === 0) return undefined
  const recovered: Recovered = { items: [], damaged: [], cut: false }
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index] as number
    const limit = starts[index + 1] ?? text.length
    const end = valueEnd(text, start, limit)
    const value = end === -1 ? undefined : parseOrUndefined(text.slice(start, end))
    if (value !== undefined) recovered.items.push({ value, span: { start, end } })
    else if (index === starts.length - 1 && end === -1) recovered.cut = true
    else recovered.damaged.push({ start, end: end === -1 ? limit : end })
  }
  return recovered
}

/**
 * The end (exclusive) of the JSON object or array that opens at `start`, tracking only strings
 * and nesting; -1 when it does not close before `limit`.
 */
function valueEnd(text: string, start: number, limit: number): number {
  let depth = 0
  for (let index = start; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x22 /* " */) {
      for (index++; index < limit; index++) {
        const inner = text.charCodeAt(index)
        if (inner === 0x5c /* \ */) index++
        else if (inner === 0x22) break
      }
    } else if (code === 0x7b || code === 0x5b /* { [ */) depth++
    else if (code === 0x7d || code === 0x5d /* } ] */) {
      depth--
      if (depth === 0) return index + 1
      if (depth < 0) return -1
    }
  }
  return -1
}
