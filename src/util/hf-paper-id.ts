/**
 * The one reading of Hugging Face paper page URLs, for every reader: `https://huggingface.co/papers/<id>`,
 * the same on `www.huggingface.co` or `hf.co`, without scheme, or site-relative `/papers/<id>`;
 * a trailing slash, query or fragment may follow.
 */

// The site, when the URL names it: optional scheme (or `//`), optional `www.`, then a path, query or fragment.
const site = /^(?:(?:https?:)?\/\/)?(?:www\.)?(?:huggingface|hf)\.co(?=[/?#]|$)/i
const papers = '/papers/'
// Paths under /papers/ that are listings, not papers.
const listings = new Set(['trending', 'date', 'week', 'month', 'search', 'submit', 'index'])
// Longer values are not URLs a page links a paper with.
const maxLength = 2048

/**
 * The paper id a Hugging Face paper page URL names, as written (percent-decoded; a version
 * suffix kept), or `undefined` for any other URL, a listing (`/papers/trending`,
 * `/papers/date/2024-08-01`) or text that is not a URL. Never throws.
 */
export function hfPaperId(url: string): string | undefined {
  const text = url.trim()
  if (text.length > maxLength) return undefined
  const path = text.slice(site.exec(text)?.[0].length ?? 0)
  if (!path.startsWith(papers)) return undefined
  let end = papers.length
  while (end < path.length && !'/?#'.includes(path.charAt(end))) end++
  // After the id: nothing, a trailing slash, a query or a fragment; a deeper path is not the paper.
  const after = path.charAt(end) === '/' ? end + 1 : end
  if (after < path.length && !'?#'.includes(path.charAt(after))) return undefined
  const id = decoded(path.slice(papers.length, end))
  return id && !listings.has(id.toLowerCase()) ? id : undefined
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined // a malformed escape (`%E0%A4%A`)
  }
}
