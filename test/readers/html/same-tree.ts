/**
 * The light tree as text, node by node, for comparing the scanner's tree with the one parse5's
 * tokenizer feeds: every node's name, attributes, value, offsets and `mark`, in document order.
 */
import { VFile } from 'vfile'
import { resolveBudgets, setBudgets } from '../../../src/core/budgets.js'
import {
  type LightTree,
  type Marked,
  mark,
  type Node,
  parseLight,
  type TokenizerKind,
} from '../../../src/readers/html/light-tree.js'
import { treeLines as linesOf } from '../../../src/readers/html/tree-lines.js'

/** Every node of `tree` as one line, `mark` included. */
export function treeLines(tree: LightTree): string[] {
  return linesOf(tree.document as Node, (node) => (node as Marked)[mark])
}

/** The light tree of `html` built with `tokenizer`, as lines, and its depth-budget warning. */
export function lightLines(html: string, tokenizer: TokenizerKind, maxDepth?: number): string[] {
  const file = new VFile(html)
  if (maxDepth !== undefined) setBudgets(file, resolveBudgets({ maxDepth }))
  const warnings: string[] = []
  const tree = parseLight(
    file,
    (reason, rule, place) => warnings.push(`${rule} ${reason} ${JSON.stringify(place)}`),
    tokenizer,
  )
  return [...warnings, ...treeLines(tree)]
}
