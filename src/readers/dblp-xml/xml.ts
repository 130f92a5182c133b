import { decodeHTMLStrict } from 'entities'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { type Resume, resumeSliceLength, type XmlDocument, type XmlElement } from '../arxiv-atom/xml.js'

// Written in slices so parsing can stop at the first error instead of reading on.
const sliceLength = 65536
// dblp nests five deep (dblpperson, r, article, title, i); a bound keeps the tree walks shallow.
const maxDepth = 32

/** What {@link parseDblpXml} returns: the tree, the first error, and the entities it could not decode. */
export interface DblpXmlDocument extends XmlDocument {
  unknownEntities: Set<string>
}

/**
 * Parse dblp XML with saxes (strict, with offsets) into the element tree the arXiv reader uses
 * (no namespaces: `uri` is `''`). dblp's files name characters with the HTML entities its DTD
 * declares (`&uuml;`, `&aacute;`); the DTD is not in the file and saxes does not read DTDs, so
 * they are decoded as HTML named references. One that is not an HTML entity is kept as written
 * and listed in `unknownEntities`. Parsing stops at the first error; elements still open are
 * marked `closed: false`. With `resume`, parses `prefix` (a root start tag) and then the source
 * from `from`; offsets are still offsets in `source`. Never throws.
 */
export function parseDblpXml(source: string, resume?: Resume): DblpXmlDocument {
  const parser = new SaxesParser({ xmlns: false, position: true })
  const unknownEntities = new Set<string>()
  parser.ENTITIES = new Proxy(Object.create(null) as Record<string, string>, {
    get(_target, name) {
      if (typeof name !== 'string') return undefined
      const reference = `&${name};`
      // Strict: `&notanentity;` is not `&not` followed by text.
      const decoded = decodeHTMLStrict(reference)
      if (decoded !== reference) return decoded
      unknownEntities.add(name)
      return reference
    },
  })
  const stack: XmlElement[] = []
  const result: DblpXmlDocument = { root: undefined, error: undefined, unknownEntities }
  const stopped = () => result.error !== undefined
  const prefix = resume?.prefix ?? ''
  const from = resume?.from ?? 0
  // The parser's position in what it was given, as an offset in `source`.
  const at = (position: number) => Math.min(source.length, Math.max(from, position - prefix.length + from))

  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (stopped()) return
    if (stack.length >= maxDepth) {
      fail(`elements nested more than ${maxDepth} deep`)
      return
    }
    const attributes: Record<string, string> = Object.create(null)
    for (const name of Object.keys(tag.attributes)) attributes[name] = tag.attributes[name] as string
    const element: XmlElement = {
      uri: '',
      local: tag.name,
      attributes,
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
    const length = resume ? resumeSliceLength : sliceLength
    for (let index = from; index < source.length && !stopped(); index += length) {
      parser.write(source.slice(index, index + length))
    }
    if (!stopped()) {
      parser.close()
      if (result.error) result.error.atEnd = true
    }
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
  return result
}
