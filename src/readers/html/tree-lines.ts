/**
 * A light tree as text, node by node: every node's name, namespace, attributes, value, offsets
 * and `mark`, in document order. The scanner's self-check (and its tests) compare the tree it
 * feeds with the one parse5's tokenizer feeds this way.
 */
import type { DefaultTreeAdapterTypes } from 'parse5'
import type { Offsets } from './light-tree.js'

type Node = DefaultTreeAdapterTypes.Node & Offsets
type Element = DefaultTreeAdapterTypes.Element & Offsets

/** Every node under `root` as one line (iterative: deep pages do not overflow the stack). */
export function treeLines(root: Node, markOf: (node: Node) => unknown = () => ''): string[] {
  const lines: string[] = []
  const stack: Array<[Node, number]> = [[root, 0]]
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
    const mode = 'mode' in node ? String(node.mode) : ''
    lines.push(`${depth} ${node.nodeName} ${namespace} ${where} ${markOf(node) ?? ''} ${attrs} ${value} ${mode}`)
    const children = 'childNodes' in node ? node.childNodes : []
    const content = element && 'content' in element ? [(element as { content: Node }).content] : []
    for (const child of [...children, ...content].reverse()) stack.push([child as Node, depth + 1])
  }
  return lines
}
