import type { Plugin as UnifiedPlugin } from 'unified'
import type { Literal, Parent, Position } from 'unist'
import { blankLine, indexBefore } from '../../util/text.js'

/** One line of a text document, without its line ending. */
export interface TextLine extends Literal {
  type: 'line'
  value: string
  position: Position
}

/** A run of non-blank lines (a paragraph); blank lines separate blocks and are not kept. */
export interface TextBlock extends Parent {
  type: 'block'
  children: TextLine[]
  position: Position
}

/** The tree of a text document: blocks of lines, every node positioned. */
export interface TextRoot extends Parent {
  type: 'root'
  children: TextBlock[]
}

/** Split `document` into positioned lines grouped in blocks. Linear; handles LF, CRLF and CR. */
export function fromText(document: string): TextRoot {
  const root: TextRoot = { type: 'root', children: [] }
  let block: TextBlock | undefined
  let offset = 0
  let line = 1
  // The next LF and CR, found by `indexOf` (native, many times cheaper than a char loop) and
  // looked for again only once passed.
  let nextLf = -1
  let nextCr = -1
  while (offset <= document.length) {
    if (nextLf !== document.length && nextLf < offset) nextLf = indexBefore(document, '\n', offset)
    if (nextCr !== document.length && nextCr < offset) nextCr = indexBefore(document, '\r', offset)
    let end = Math.min(nextLf, nextCr)
    const value = document.slice(offset, end)
    if (blankLine.test(value)) {
      block = undefined
    } else {
      const node: TextLine = {
        type: 'line',
        value,
        position: {
          start: { line, column: 1, offset },
          end: { line, column: value.length + 1, offset: end },
        },
      }
      if (block) {
        block.children.push(node)
        block.position.end = node.position.end
      } else {
        block = { type: 'block', children: [node], position: { start: node.position.start, end: node.position.end } }
        root.children.push(block)
      }
    }
    if (end >= document.length) break
    end += document.charCodeAt(end) === 13 && document.charCodeAt(end + 1) === 10 ? 2 : 1
    offset = end
    line++
  }
  if (root.children.length > 0) {
    const first = root.children[0] as TextBlock
    const last = root.children[root.children.length - 1] as TextBlock
    root.position = { start: first.position.start, end: last.position.end }
  }
  return root
}

/** unified parser plugin: text in, a {@link TextRoot} out. */
export const textParse: UnifiedPlugin<[], string, TextRoot> = function () {
  this.parser = fromText
}

/** The span of characters `[from, to)` of a line, as a unist position. */
export function lineSpan(node: TextLine, from: number, to: number): Position {
  const { line, offset = 0 } = node.position.start
  return {
    start: { line, column: from + 1, offset: offset + from },
    end: { line, column: to + 1, offset: offset + to },
  }
}
