import { parseArxivId } from '../../util/arxiv-id.js'

const prefixes = ['/papers/', 'https://huggingface.co/papers/', 'http://huggingface.co/papers/']

/**
 * The paper id a link points at: `/papers/2407.21783`, `/papers/2407.21783#community`, or the
 * same on `https://huggingface.co`. Listing links (`/papers/date/…`, `/papers/trending`) are not papers.
 */
export function paperIdOfHref(href: string): string | undefined {
  const prefix = prefixes.find((item) => href.startsWith(item))
  if (!prefix) return undefined
  let end = prefix.length
  while (end < href.length && !'/?#'.includes(href.charAt(end))) end++
  return parseArxivId(href.slice(prefix.length, end))?.id
}

/** Whether a link to a paper goes to its comments (`#community`) rather than the paper. */
export function isCommentsHref(href: string): boolean {
  return href.endsWith('#community')
}
