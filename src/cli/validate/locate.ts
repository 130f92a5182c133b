import { type AnyNode, parse } from '@humanwhocodes/momoa'

/** Where things are in a JSON document, for `file:line` in reports. Built only when needed. */
export class JsonLocator {
  private root: AnyNode | undefined

  constructor(private readonly text: string) {}

  /** The line of the value at `keys`, or of the nearest enclosing value that exists (for a missing field). */
  line(keys: ReadonlyArray<string | number>): number {
    this.root ??= parse(this.text, { mode: 'json' }).body
    let node: AnyNode = this.root
    for (const key of keys) {
      const next = child(node, key)
      if (!next) break
      node = next
    }
    return node.loc.start.line
  }
}

function child(node: AnyNode, key: string | number): AnyNode | undefined {
  if (node.type === 'Array' && typeof key === 'number') return node.elements[key]?.value
  if (node.type === 'Object') {
    const member = node.members.find((item) => item.name.type === 'String' && item.name.value === String(key))
    return member && (member.value.type === 'Object' || member.value.type === 'Array' ? member.value : member)
  }
  return undefined
}

/** The 1-based line of a JSON syntax error in `text`, as momoa reports it. */
export function syntaxErrorLine(text: string): number {
  try {
    parse(text, { mode: 'json' })
  } catch (error) {
    const line = (error as { line?: unknown }).line
    if (typeof line === 'number') return line
  }
  return 1
}
