import { blankLine, indexBefore } from '../../util/text.js'
import type { InlineNode } from './inline.js'

/**
 * A logical line: a line of the source, stretched over the following lines when a link
 * that starts on it ends further down (an abstract or author block written as one link).
 */
export interface LogicalLine {
  start: number
  end: number
  /** The top-level inline nodes on it, text runs clipped to the line. */
  nodes: InlineNode[]
  /** Whether a blank line (or the start of the page) comes before it. */
  afterBlank: boolean
}

/** A physical line's offsets. */
export interface LineSpan {
  start: number
  end: number
  /** First line of a run of non-blank lines. */
  blockStart: boolean
}

/**
 * The non-blank lines of `source` that lie within `[from, to)`, in order (LF, CRLF and CR
 * endings). A scan of offsets only: no line strings or position objects are kept, so memory is
 * a few numbers per line however short the lines are.
 */
export function physicalLines(source: string, from: number, to: number): LineSpan[] {
  const lines: LineSpan[] = []
  let offset = 0
  let afterBlank = true
  // The next LF and CR (at most `to`), found by `indexOf` and looked for again only once passed.
  let nextLf = -1
  let nextCr = -1
  while (offset <= to) {
    if (nextLf < offset) nextLf = indexBefore(source, '\n', offset, to)
    if (nextCr < offset) nextCr = indexBefore(source, '\r', offset, to)
    let end = Math.min(nextLf, nextCr)
    if (isBlank(source, offset, end)) afterBlank = true
    else {
      if (offset >= from) lines.push({ start: offset, end, blockStart: afterBlank })
      afterBlank = false
    }
    if (end >= to) break
    end += source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 && end + 1 < to ? 2 : 1
    offset = end
  }
  return lines
}

function isBlank(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    // Printable ASCII other than space: not blank, without a regex test.
    if (code > 32 && code < 127) return false
  }
  return blankLine.test(source.slice(start, end))
}

/**
 * Group `lines` into logical lines, given the top-level `nodes` of the same range (in order).
 * A generator: each logical line is made when the next step asks for it.
 */
export function* logicalLines(lines: readonly LineSpan[], nodes: readonly InlineNode[]): Generator<LogicalLine> {
  let node = 0
  let index = 0
  while (index < lines.length) {
    const first = lines[index] as LineSpan
    let last = index
    let end = first.end
    while (node < nodes.length && (nodes[node] as InlineNode).end <= first.start) node++
    // Stretch over every link that starts within the line but ends beyond it.
    for (let scan = node; scan < nodes.length && (nodes[scan] as InlineNode).start < end; scan++) {
      const item = nodes[scan] as InlineNode
      if (item.type === 'text' || item.end <= end) continue
      while (last + 1 < lines.length && (lines[last] as LineSpan).end < item.end) last++
      end = (lines[last] as LineSpan).end
    }
    const own: InlineNode[] = []
    for (let scan = node; scan < nodes.length && (nodes[scan] as InlineNode).start < end; scan++) {
      const item = nodes[scan] as InlineNode
      if (item.end <= first.start) continue
      if (item.type === 'text') {
        const start = Math.max(item.start, first.start)
        const stop = Math.min(item.end, end)
        // A run inside the line is shared, not copied (nothing changes a node).
        if (start === item.start && stop === item.end) own.push(item)
        else if (stop > start) own.push({ type: 'text', start, end: stop })
      } else own.push(item)
    }
    yield { start: first.start, end, nodes: own, afterBlank: first.blockStart }
    index = last + 1
  }
}
