import { fromText, type TextLine } from '../text/tree.js'
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

/** The non-blank lines of `source` that lie within `[from, to)`, in order. */
export function physicalLines(source: string, from: number, to: number): LineSpan[] {
  const lines: LineSpan[] = []
  for (const block of fromText(source.slice(0, to)).children) {
    block.children.forEach((line: TextLine, index) => {
      const start = line.position.start.offset ?? 0
      if (start >= from) lines.push({ start, end: line.position.end.offset ?? start, blockStart: index === 0 })
    })
  }
  return lines
}

/** Group `lines` into logical lines, given the top-level `nodes` of the same range (in order). */
export function logicalLines(lines: readonly LineSpan[], nodes: readonly InlineNode[]): LogicalLine[] {
  const result: LogicalLine[] = []
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
        if (stop > start) own.push({ type: 'text', start, end: stop })
      } else own.push(item)
    }
    result.push({ start: first.start, end, nodes: own, afterBlank: first.blockStart })
    index = last + 1
  }
  return result
}
