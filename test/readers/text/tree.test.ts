import { describe, expect, it } from 'vitest'
import { fromText } from '../../../src/readers/text/tree.js'

/** Each block's lines as `[value, line, startOffset, endOffset]`. */
function shape(document: string) {
  return fromText(document).children.map((block) =>
    block.children.map((node) => [
      node.value,
      node.position.start.line,
      node.position.start.offset,
      node.position.end.offset,
    ]),
  )
}

describe('fromText', () => {
  it('splits at LF, CRLF and lone CR alike, counting each ending as one line', () => {
    // Offsets: "a" 0, LF 1, "b" 2, CR LF 3-4, "c" 5, CR 6, "d" 7, LF 8, blank line, CR 9, "e" 10.
    expect(shape('a\nb\r\nc\rd\n\re')).toEqual([
      [
        ['a', 1, 0, 1],
        ['b', 2, 2, 3],
        ['c', 3, 5, 6],
        ['d', 4, 7, 8],
      ],
      [['e', 6, 10, 11]],
    ])
  })

  it('ends blocks at whitespace-only lines and keeps a last line without an ending', () => {
    expect(shape('x\n \u00a0\t\ny\r\n\r\n')).toEqual([[['x', 1, 0, 1]], [['y', 3, 6, 7]]])
    expect(shape('')).toEqual([])
    expect(shape('\r\r\n\n')).toEqual([])
  })

  it('stays linear on long runs of one kind of line ending', () => {
    const document = `${'\r'.repeat(100_000)}z${'\n'.repeat(100_000)}`
    const blocks = fromText(document).children
    expect(blocks).toHaveLength(1)
    expect(blocks[0]?.children[0]?.position.start).toEqual({ line: 100_001, column: 1, offset: 100_000 })
  })
})
