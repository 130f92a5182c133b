/**
 * The light tree as text, node by node, for comparing the scanner's tree with the one parse5's
 * tokenizer feeds: every node's name, attributes, value, offsets and `mark`, in document order.
 */
import { VFile } from 'vfile'
import { resolveBudgets, setBudgets } from '../../../src/core/budgets.js'
import {
  type Element,
  type LightTree,
  type Marked,
  mark,
  type Node,
  parseLight,
  type TokenizerKind,
} from '../../../src/readers/html/light-tree.js'

/** Every node of `tree` as one line (iterative: deep pages do not overflow the stack). */
export function treeLines(tree: LightTree): string[] {
  const lines: string[] = []
  const stack: Array<[Node, number]> = [[tree.document as Node, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number]
    const element = 'tagName' in node ? (node as Element) : undefined
    const value =
      'value' in node
        ? JSON.stringify(node.value)
        : 'data' in node
          ? JSON.stringify(node.data)
          : 'name' in node
            ? JSON.stringify([node.name, node.publicId, node.systemId])
            : ''
    const attrs = element ? JSON.stringify(element.attrs) : ''
    const namespace = element ? element.namespaceURI : ''
    const where = `${node.startOffset ?? '-'}:${node.endOffset ?? '-'}`
    const marked = (node as Marked)[mark] ?? ''
    const mode = 'mode' in node ? String(node.mode) : ''
    lines.push(`${depth} ${node.nodeName} ${namespace} ${where} ${marked} ${attrs} ${value} ${mode}`)
    const children = 'childNodes' in node ? node.childNodes : []
    const content = element && 'content' in element ? [(element as { content: Node }).content] : []
    for (const child of [...children, ...content].reverse()) stack.push([child as Node, depth + 1])
  }
  return lines
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
