/**
 * The Hugging Face URLs a papers page links to, and what each means for a card: the paper
 * (`/papers/<id>`), its upvote box (`/login?next=/papers/<id>`), its comments
 * (`/papers/<id>#community`), an organisation (`/<org>`).
 */
import { hfPaperId } from '../../util/hf-paper-id.js'
import { ownCopy as own } from '../../util/text.js'

const hosts = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co'])
// First path segments that are site sections, not organisations or users.
const sections = new Set([
  'papers',
  'login',
  'join',
  'models',
  'datasets',
  'spaces',
  'docs',
  'posts',
  'blog',
  'pricing',
  'enterprise',
  'settings',
  'collections',
  'organizations',
  'learn',
  'new',
  'notifications',
  'chat',
  'search',
  'tasks',
  'api',
  'front',
  'avatars',
])

/**
 * What the reader reads of a Hugging Face URL. A page links the same few URLs (organisations,
 * the login box, `/papers/<id>`) over and over and each line asks several questions of them, so
 * each URL is parsed once and these parts kept (`new URL` was ~10% of a page's read).
 */
interface HfUrl {
  pathname: string
  search: string
  hash: string
  /** The `next` query parameter (the upvote box's paper), or `null`. */
  next: string | null
  /** The paper id of the path, of `next`: asked of every comments and upvote link. */
  pathPaper: string | undefined
  nextPaper: string | undefined
}

// Bounded memos (cleared when full) of URLs up to `memoLength` characters: a page's links
// repeat, pages do not share many, and little memory stays behind.
const memoSize = 1024
const memoLength = 512
// Per base (one per page), then per URL.
const resolved = new Map<string, Map<string, string | undefined>>()
const parsedHf = new Map<string, HfUrl | undefined>()
// The paper id of each URL (`null`: none); a card's URL is asked for it several times.
const paperIds = new Map<string, string | null>()

/** `url` made absolute against `base`; `undefined` when it is not a URL. */
export function resolveUrl(url: string, base: string): string | undefined {
  if (url.length > 2048) return undefined
  let memo = resolved.get(base)
  if (memo?.has(url)) return memo.get(url)
  let href: string | undefined
  try {
    href = new URL(url, base).href
  } catch {
    href = undefined
  }
  if (url.length > memoLength || base.length > memoLength) return href
  if (memo === undefined || memo.size >= memoSize) {
    if (resolved.size >= 8) resolved.clear()
    memo = new Map()
    resolved.set(own(base), memo)
  }
  memo.set(own(url), href)
  return href
}

function huggingFace(url: string | undefined): HfUrl | undefined {
  if (url === undefined) return undefined
  if (parsedHf.has(url)) return parsedHf.get(url)
  let found: HfUrl | undefined
  if (URL.canParse(url)) {
    const parsed = new URL(url)
    if (hosts.has(parsed.hostname.toLowerCase())) {
      const { pathname, search, hash } = parsed
      const next = parsed.searchParams.get('next')
      const pathPaper = hfPaperId(pathname)
      const nextPaper = next ? hfPaperId(next) : undefined
      found = Object.freeze({ pathname, search, hash, next, pathPaper, nextPaper })
    }
  }
  if (url.length > memoLength) return found
  if (parsedHf.size >= memoSize) parsedHf.clear()
  parsedHf.set(own(url), found)
  return found
}

/** The paper id of a Hugging Face paper page URL (`…/papers/2407.21783`), else `undefined` (see `hfPaperId`). */
export function paperId(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  const known = paperIds.get(url)
  if (known !== undefined) return known ?? undefined
  const id = hfPaperId(url)
  if (url.length > memoLength) return id
  if (paperIds.size >= memoSize) paperIds.clear()
  paperIds.set(own(url), id === undefined ? null : own(id))
  return id
}

/** Whether `url` is a paper's comments anchor (`…/papers/<id>#community`). */
export function isCommunity(url: string | undefined): boolean {
  const parsed = huggingFace(url)
  return Boolean(parsed && parsed.hash === '#community' && parsed.pathPaper)
}

/**
 * The upvote box links to the login page with the paper as `next`. Returns the paper id,
 * `''` for a login link without one, `undefined` for any other URL.
 */
export function upvoteTarget(url: string | undefined): string | undefined {
  const parsed = huggingFace(url)
  if (parsed?.pathname !== '/login') return undefined
  return (parsed.next && parsed.nextPaper) ?? ''
}

/** Whether `url` is an organisation's (or user's) page: `https://huggingface.co/<name>`. */
export function isOrganization(url: string | undefined): boolean {
  const parsed = huggingFace(url)
  if (!parsed || parsed.search || parsed.hash) return false
  const match = /^\/([A-Za-z0-9][\w.-]{0,95})\/?$/.exec(parsed.pathname)
  return Boolean(match && !sections.has((match[1] as string).toLowerCase()))
}
