/**
 * Which array of a JSON document is its list of papers: not a hard-coded path per service, but
 * the array of objects with the most paper-like items (see `readRecord`), found by one
 * breadth-first walk over the parsed value. The walk does not look inside a paper: the lists a
 * paper holds (Crossref `reference[]`, zbMATH `references[]`, OpenAlex `referenced_works`) are
 * its references, not papers of the list. Iterative, each value visited once.
 */
import { isObject, type PaperRecord, readRecord } from './record.js'
import type { Path, Step } from './spans.js'

/** An array read as a list of papers. */
export interface PaperList {
  /** Where the array is, from the root. */
  path: Path
  /** The same path as shown in messages, e.g. `` `message.items` ``. */
  name: string
  items: unknown[]
  /** Each item read as a paper (`undefined` for an item that is not an object). */
  records: Array<PaperRecord | undefined>
  /** How many items are paper-like. */
  paperLike: number
}

/** What the walk found: the paper lists, else one paper object, else what came closest. */
export interface Finding {
  lists: PaperList[]
  /** A lone paper (a `/works/{doi}` answer), when no list was found and it has an id and authors. */
  single: { path: Path; record: PaperRecord } | undefined
  /** The longest array of objects, when no list was found: what the message names. */
  longest: { path: Path; length: number; titled: number } | undefined
  /** How many values the walk visited (at most one per array or object of the input). */
  visited: number
}

interface Node {
  value: unknown
  parent: Node | undefined
  step: Step | undefined
  /** Already read as a paper (an array element that was not paper-like). */
  read: boolean
}

/** Find the paper lists of a parsed JSON value. */
export function findPapers(root: unknown): Finding {
  const queue: Node[] = [{ value: root, parent: undefined, step: undefined, read: false }]
  const candidates: Array<{ node: Node; list: Omit<PaperList, 'path' | 'name'> }> = []
  let single: { node: Node; record: PaperRecord } | undefined
  let longest: { node: Node; length: number; titled: number } | undefined
  // A queue read by index: `shift()` would make the walk quadratic.
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as Node
    const { value } = node
    if (Array.isArray(value)) {
      const records: Array<PaperRecord | undefined> = []
      let paperLike = 0
      let objects = 0
      let titled = 0
      for (const [index, element] of value.entries()) {
        const record = isObject(element) ? readRecord(element) : undefined
        records.push(record)
        if (record) objects++
        if (record?.fields.title) titled++
        if (record?.paperLike) paperLike++
        // A paper's own lists are its references: the walk stops at papers.
        else if (typeof element === 'object' && element !== null) {
          queue.push({ value: element, parent: node, step: index, read: record !== undefined })
        }
      }
      // Most of the objects must be papers: one titled record among a thousand map points is not a list.
      if (paperLike > 0 && paperLike * 2 >= objects)
        candidates.push({ node, list: { items: value, records, paperLike } })
      if (objects > 0 && (!longest || objects > longest.length)) longest = { node, length: objects, titled }
    } else if (isObject(value)) {
      if (!node.read) {
        const record = readRecord(value)
        if (record.paperLike) {
          const strong =
            (record.fields.doi !== undefined || record.fields.arxivId !== undefined) && record.authors.length > 0
          if (strong && !single) single = { node, record }
          continue
        }
      }
      for (const key of Object.keys(value)) {
        const child = value[key]
        if (typeof child === 'object' && child !== null)
          queue.push({ value: child, parent: node, step: key, read: false })
      }
    }
  }
  const main = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, candidate) => (!best || candidate.list.paperLike > best.list.paperLike ? candidate : best),
    undefined,
  )
  // Lists beside the main one in the same object (`{ journal: [...], conference: [...] }`) are read
  // too. Their parent's path is built once: a path per list would cost depth × lists.
  const parent = main?.node.parent
  const parentPath = parent ? pathOf(parent) : []
  const lists: PaperList[] = []
  for (const { node, list } of candidates) {
    if (node !== main?.node && (!parent || node.parent !== parent)) continue
    const path = node.step === undefined ? parentPath : [...parentPath, node.step]
    lists.push({ ...list, path, name: showPath(path) })
  }
  return {
    lists,
    single: lists.length === 0 && single ? { path: pathOf(single.node), record: single.record } : undefined,
    longest: longest && { path: pathOf(longest.node), length: longest.length, titled: longest.titled },
    visited: queue.length,
  }
}

function pathOf(node: Node): Path {
  const steps: Step[] = []
  for (let at: Node | undefined = node; at?.step !== undefined; at = at.parent) steps.push(at.step)
  return steps.reverse()
}

/** A path as messages show it: `message.items`, `result.hits.hit`, `[3].papers`; `(the root)` for none. */
export function showPath(path: Path): string {
  if (path.length === 0) return 'the top-level array'
  let text = ''
  for (const step of path) {
    if (typeof step === 'number') text += `[${step}]`
    else text += /^[A-Za-z_$][\w$-]*$/.test(step) ? `${text ? '.' : ''}${step}` : `[${JSON.stringify(step)}]`
  }
  return `\`${text}\``
}
