/**
 * XML read with saxes into a small element tree with offsets, shared by the XML readers
 * (`arxiv-atom`, `dblp-xml`): strict well-formedness, parsing written in slices so it can stop at
 * the first error, and resumable after it from a later offset under a copy of the root's start tag.
 */
import type { SaxesParser, SaxesTagNS, SaxesTagPlain } from 'saxes'

/** The slice length of a resumed parse: a resumed parse often stops soon (damage again). */
export const resumeSliceLength = 2048

/** An XML element as the XML readers need it: its name, attributes, children, text, offsets. */
export interface XmlElement {
  /** Namespace URI (resolved from wherever the prefix was declared), `''` for none. */
  uri: string
  /** Local name, without prefix. */
  local: string
  /** Attributes without a namespace, by local name. */
  attributes: Record<string, string>
  /** Child elements and text (CDATA included, entities decoded), in document order. */
  children: Array<XmlElement | string>
  /** Offset of `<` of the start tag. */
  start: number
  /** Offset after `>` of the end tag; where parsing stopped when `closed` is false. */
  end: number
  /** The end tag was read before any error. */
  closed: boolean
  /** Offset after `>` of the start tag. */
  openEnd: number
}

/** The first well-formedness error, if any: saxes' reason and the offset where it was found. */
export interface XmlError {
  reason: string
  offset: number
  /** Found at the end of the input (elements left open: a cut), not at a place in it. */
  atEnd?: boolean
}

/** What {@link parseXml} returns: the root element (if one started) and the first error. */
export interface XmlDocument {
  root: XmlElement | undefined
  error: XmlError | undefined
}

/** Where to resume after an error: read `prefix` (a root start tag), then the source from `from`. */
export interface Resume {
  prefix: string
  from: number
}

/** How one reader's XML becomes the tree: slice length, depth bound, and each start tag's name and attributes. */
export interface TreeOptions<Tag> {
  /** Characters written to the parser at a time (smaller: less read past an error). */
  sliceLength: number
  /** Elements nested deeper fail the parse (the walks over the tree stay shallow). */
  maxDepth: number
  /** The element's namespace URI, local name and attributes, from its start tag. */
  name(tag: Tag): Pick<XmlElement, 'uri' | 'local' | 'attributes'>
}

/**
 * Read `source` with `parser` into `result` (its `root` and first `error`). Parsing stops at the
 * first error: what was closed before it is complete, elements still open are marked
 * `closed: false`. With `resume`, parses `prefix` and then the source from `from` (no copy of the
 * source is made); offsets are still offsets in `source`. Never throws.
 */
export function readTree<Tag extends SaxesTagNS | SaxesTagPlain, Result extends XmlDocument>(
  parser: SaxesParser<{ xmlns: boolean; position: true }>,
  source: string,
  resume: Resume | undefined,
  result: Result,
  options: TreeOptions<Tag>,
): Result {
  const stack: XmlElement[] = []
  const stopped = () => result.error !== undefined
  const prefix = resume?.prefix ?? ''
  const from = resume?.from ?? 0
  // The parser's position in what it was given, as an offset in `source`.
  const at = (position: number) => Math.min(source.length, Math.max(from, position - prefix.length + from))

  parser.on('opentag', (tag) => {
    if (stopped()) return
    if (stack.length >= options.maxDepth) {
      fail(`elements nested more than ${options.maxDepth} deep`)
      return
    }
    const element: XmlElement = {
      ...options.name(tag as Tag),
      children: [],
      start: Math.max(from, source.lastIndexOf('<', at(parser.position) - 1)),
      end: at(parser.position),
      closed: false,
      openEnd: at(parser.position),
    }
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else result.root ??= element
    stack.push(element)
  })
  parser.on('closetag', () => {
    if (stopped()) return
    const element = stack.pop()
    if (!element) return
    element.end = at(parser.position)
    element.closed = true
  })
  const addText = (text: string) => {
    const element = stack.at(-1)
    if (element && !stopped()) element.children.push(text)
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  const fail = (reason: string) => {
    if (stopped()) return
    result.error = { reason, offset: at(parser.position) }
    for (const element of stack) element.end = result.error.offset
  }
  // saxes prefixes its reason with `line:column: `; the position is reported separately.
  parser.on('error', (error: Error) => fail(error.message.replace(/^\d+:\d+: /, '')))
  try {
    if (prefix) parser.write(prefix)
    // A resumed parse often stops soon (damage again): smaller slices waste less after the error.
    const length = resume ? resumeSliceLength : options.sliceLength
    for (let index = from; index < source.length && !stopped(); index += length) {
      parser.write(source.slice(index, index + length))
    }
    if (!stopped()) {
      parser.close()
      if (result.error) result.error.atEnd = true
    }
  } catch (error) {
    // Errors go to the handler above; anything else is a saxes bug, reported like an XML error.
    fail(error instanceof Error ? error.message : String(error))
  }
  return result
}

/** The element's text and that of its descendants, in document order. */
export function textContent(element: XmlElement): string {
  let text = ''
  for (const child of element.children) text += typeof child === 'string' ? child : textContent(child)
  return text
}

/** The child elements of `element` in namespace `uri` called `local`. */
export function childrenNamed(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && child.uri === uri && child.local === local,
  )
}

/** A well-formedness error, and whether reading went on after it. */
export interface ReadError {
  error: XmlError
  resumed: boolean
}

/** How to read the items of a damaged document again after each error (see {@link resumeItems}). */
export interface ResumeOptions {
  /** Where reading may start over: an item's start tag (a global regex, `lastIndex` is set). */
  starts: RegExp
  /** The root's start tag, read before each resumed stretch (for its namespaces and name). */
  prefix: string
  /** The offset after which items may start (the root's start tag's end). */
  after: number
  /** Parse again from `from`, under `prefix`. */
  parse(resume: Resume): XmlDocument
  /** The items of a (re)parsed root. */
  items(root: XmlElement): XmlElement[]
}

// Resumed parses may read at most the input and this much more in all: linear whatever the damage
// (resumes read disjoint stretches of a damaged document; a hostile one would make them overlap).
const resumeSlack = 65536

/**
 * Items read so far (`found`) and those after each error: reading resumes at the first item start
 * after the last complete item, so one bad byte costs the item it is in, even when it left an
 * element open that swallowed the items after it. Each resume starts past the previous one, and
 * all together read at most about the input's length. Errors go to `errors`, each once.
 */
export function resumeItems(
  source: string,
  found: XmlElement[],
  firstError: XmlError | undefined,
  errors: ReadError[],
  options: ResumeOptions,
): XmlElement[] {
  let error = firstError
  let start = -1
  let frontier = Math.max(options.after, lastClosedEnd(found))
  let budget = source.length + resumeSlack
  const unclosed = new Set(found.filter((element) => !element.closed).map((element) => element.start))
  while (error) {
    options.starts.lastIndex = Math.max(frontier, start + 1)
    const next = options.starts.exec(source)
    // A cut input ends inside an item: resuming would read that item again. But an error at the end
    // with item starts after the next one is not a cut: a stray `&` with no `;` after it makes
    // saxes read an entity name to the end (10 dblp records lost), so resume there too.
    const later = next !== null && error.atEnd ? options.starts.exec(source) !== null : false
    const resumed = next !== null && budget > 0 && (!error.atEnd || later)
    // The same error met again (resumed at the item that holds it): said once.
    const last = errors.at(-1)
    if (last && last.error.offset === error.offset) last.resumed = resumed
    else errors.push({ error, resumed })
    if (!next || !resumed) break
    start = next.index
    const again = options.parse({ prefix: options.prefix, from: start })
    const more = again.root ? options.items(again.root) : []
    for (const element of more) {
      // An item read again after the same damage is reported once.
      if (!element.closed && unclosed.has(element.start)) continue
      if (!element.closed) unclosed.add(element.start)
      found.push(element)
    }
    frontier = Math.max(frontier, lastClosedEnd(more))
    error = again.error
    // What was read, and at least one slice per parse (saxes reads a written slice to its end).
    budget -= (again.error?.offset ?? source.length) - start + resumeSliceLength
  }
  return found
}

/** The end of the last closed element of `elements`, or 0. */
function lastClosedEnd(elements: readonly XmlElement[]): number {
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index] as XmlElement
    if (element.closed) return element.end
  }
  return 0
}
