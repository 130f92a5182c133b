// Parsing to hast with unified + rehype-parse, for scripts and benchmarks (the readers use parse5 directly, for speed).
import type { Element, Nodes, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { Position } from '../../src/schema/position.js'
import { normalizeWhitespace } from '../../src/util/text.js'

// Parse errors are off: real pages are full of them and they say nothing about the listing.
const processor = unified().use(rehypeParse, { fragment: false }).freeze()

/** Parse an HTML document once into hast (via parse5), positions on every node. */
export function parseHtml(file: VFile): Root {
  return processor.parse(file)
}

/** A node's rendered text (innerText rules), whitespace collapsed. */
export function textOf(node: Nodes): string {
  return normalizeWhitespace(toText(node, { whitespace: 'normal' }))
}

/** A node's position as a `Paper` position, if it has one. */
export function positionOf(node: Nodes): Position | undefined {
  const { position } = node
  if (!position) return undefined
  return {
    start: { line: position.start.line, column: position.start.column, offset: position.start.offset ?? 0 },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset ?? 0 },
  }
}

/** An attribute as a string (hast keeps class lists as arrays), or `undefined`. */
export function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name]
  if (value === undefined || value === null || value === false) return undefined
  return Array.isArray(value) ? value.join(' ') : String(value)
}
