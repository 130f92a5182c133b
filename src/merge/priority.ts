/**
 * Which source wins each field when `mergePapers` combines records of one paper.
 *
 * arXiv states the bibliographic facts (title, abstract, authors, dates, identifiers) as the
 * authors submitted them; Hugging Face adds the community's (upvotes, comments, keywords, the
 * machine summary, linked code). Within a site, structured sources beat HTML, and HTML beats a
 * copy of the page as text (which loses links and years).
 */
const arxiv = ['arxiv-atom', 'arxiv-list', 'arxiv-search']
const huggingFace = ['hf-api', 'hf-html', 'hf-markdown', 'hf-text']

/** Formats in order, most trusted first, for fields an arXiv source knows best. */
const bibliographicOrder: readonly string[] = [...arxiv, 'arxiv-*', ...huggingFace, 'hf-*']
/** Formats in order, most trusted first, for fields Hugging Face knows best. */
const communityOrder: readonly string[] = [...huggingFace, 'hf-*', ...arxiv, 'arxiv-*']

/** The fields Hugging Face knows best; every other field follows `bibliographicOrder`. */
const communityFields: ReadonlySet<string> = new Set([
  'upvotes',
  'comments',
  'keywords',
  'summary',
  'organization',
  'submittedBy',
  'thumbnail',
  'submittedAt',
  'repositories',
  'projectPages',
  'links',
  'datasets',
])

/** The rank of `format` for `field`: lower wins. Unknown formats rank last, in list order. */
export function rank(format: string, field: string): number {
  const order = communityFields.has(field) ? communityOrder : bibliographicOrder
  const exact = order.indexOf(format)
  if (exact !== -1) return exact
  const family = order.indexOf(`${format.slice(0, format.indexOf('-') + 1)}*`)
  return family === -1 ? order.length : family
}
