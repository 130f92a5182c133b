import { shortHash } from './hash.js'
import { normalizeTitle } from './text.js'

/**
 * A record's stable id: `arxiv:<id>` when the arXiv id is known, else `doi:<doi>` (lower-cased,
 * as DOIs are case-insensitive) when the DOI is, else `title:` and a hash of the normalised title
 * (so two copies of one page agree). `method` names the rule for provenance.
 */
export function paperId(
  arxivId: string | undefined,
  title: string,
  doi?: string | undefined,
): { id: string; method: string } {
  if (arxivId !== undefined) return { id: `arxiv:${arxivId}`, method: 'arxiv-id' }
  if (doi !== undefined) return { id: `doi:${doi.toLowerCase()}`, method: 'doi' }
  return { id: `title:${shortHash(normalizeTitle(title))}`, method: 'title-hash' }
}
