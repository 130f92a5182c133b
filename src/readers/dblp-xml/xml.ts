import { decodeHTMLStrict } from 'entities'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { type Resume, readTree, type XmlDocument } from '../xml/tree.js'

// dblp nests five deep (dblpperson, r, article, title, i); a bound keeps the tree walks shallow.
const options = { sliceLength: 65536, maxDepth: 32, name: nameOf }
// An HTML named character reference: letters and digits (the longest, `CounterClockwiseContourIntegral`, has 31).
const entityName = /^[A-Za-z][A-Za-z0-9]{0,31}$/

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
      // Not a name: a stray `&` made saxes read up to the next `;`, records and all, and the HTML
      // decoder found the entities inside that span (`G&zegorz …&uuml;` lost 5 records silently).
      // Left undefined, it is a well-formedness error, and reading resumes at the next record.
      if (typeof name !== 'string' || !entityName.test(name)) return undefined
      const reference = `&${name};`
      // Strict: `&notanentity;` is not `&not` followed by text.
      const decoded = decodeHTMLStrict(reference)
      if (decoded !== reference) return decoded
      unknownEntities.add(name)
      return reference
    },
  })
  return readTree(parser, source, resume, { root: undefined, error: undefined, unknownEntities }, options)
}

function nameOf(tag: SaxesTagPlain) {
  // Own keys only, on a null-prototype object: an attribute called `__proto__` is just a name.
  const attributes: Record<string, string> = Object.create(null)
  for (const name of Object.keys(tag.attributes)) attributes[name] = tag.attributes[name] as string
  return { uri: '', local: tag.name, attributes }
}
