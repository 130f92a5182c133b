import { SaxesParser, type SaxesTagNS } from 'saxes'
import { type Resume, readTree, type XmlDocument } from '../xml/tree.js'

export {
  childrenNamed,
  type Resume,
  resumeSliceLength,
  textContent,
  type XmlDocument,
  type XmlElement,
  type XmlError,
} from '../xml/tree.js'

// Atom nests four deep (feed, entry, author, name); saxes resolves namespaces by walking the
// open elements, so unbounded nesting would cost quadratic time.
const options = { sliceLength: 8192, maxDepth: 32, name: nameOf }

/**
 * Parse XML with saxes (strict well-formedness, namespaces resolved, positions) into a small
 * element tree (see `readTree`). With `resume`, parses `prefix` and then the source from `from`.
 * Never throws.
 */
export function parseXml(source: string, resume?: Resume): XmlDocument {
  const parser = new SaxesParser({ xmlns: true, position: true })
  return readTree(parser, source, resume, { root: undefined, error: undefined }, options)
}

function nameOf(tag: SaxesTagNS) {
  const attributes: Record<string, string> = {}
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.uri === '') attributes[attribute.local] = attribute.value
  }
  return { uri: tag.uri, local: tag.local, attributes }
}
