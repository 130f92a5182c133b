import { sha256Hex } from './sha256.js'
import { normalizeTitle } from './text.js'

/** What a record's id is made from. */
export interface PaperIdFields {
  /** The title, as in the record. */
  title: string
  /** The arXiv id without version, when known: it decides the id. */
  arxivId?: string | undefined
  /** The DOI without a resolver prefix, when known: it decides the id when there is no arXiv id. */
  doi?: string | undefined
}

/**
 * A record's stable id, as `parse` gives it: `arxiv:<arXiv id>` when the arXiv id is known,
 * else `doi:<DOI, lower-cased>` (DOIs are case-insensitive) when the DOI is, else `title:` and
 * the first 16 hex digits of the SHA-256 of the normalised title (NFKC, lower case, letters and
 * digits only), so two copies of one page agree, in Node and in browsers alike.
 *
 * @example
 * ```ts
 * paperId({ title: 'Attention Is All You Need', arxivId: '1706.03762' }) // 'arxiv:1706.03762'
 * ```
 */
export function paperId(fields: Readonly<PaperIdFields>): string {
  return idRule(fields.arxivId, fields.title, fields.doi).id
}

/** The id and the rule that made it (`arxiv-id`, `doi`, `title-hash`), for provenance. */
export function idRule(
  arxivId: string | undefined,
  title: string,
  doi?: string | undefined,
): { id: string; method: string } {
  if (arxivId !== undefined) return { id: `arxiv:${arxivId}`, method: 'arxiv-id' }
  if (doi !== undefined) return { id: `doi:${doi.toLowerCase()}`, method: 'doi' }
  return { id: `title:${sha256Hex(normalizeTitle(title)).slice(0, 16)}`, method: 'title-hash' }
}
