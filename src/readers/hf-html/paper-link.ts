import { parseArxivId } from '../../util/arxiv-id.js'
import { hfPaperId } from '../../util/hf-paper-id.js'

/**
 * The arXiv id a link points at: `/papers/2407.21783`, `/papers/2407.21783#community`, or the
 * same on `https://huggingface.co` (see `hfPaperId`). Listing links (`/papers/date/…`,
 * `/papers/trending`) are not papers.
 */
export function paperIdOfHref(href: string): string | undefined {
  const id = hfPaperId(href)
  return id === undefined ? undefined : parseArxivId(id)?.id
}

/** Whether a link to a paper goes to its comments (`#community`) rather than the paper. */
export function isCommentsHref(href: string): boolean {
  return href.endsWith('#community')
}
