/**
 * The Hugging Face URLs a papers page links to, and what each means for a card: the paper
 * (`/papers/<id>`), its upvote box (`/login?next=/papers/<id>`), its comments
 * (`/papers/<id>#community`), an organisation (`/<org>`).
 */
import { hfPaperId } from '../../util/hf-paper-id.js'

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

/** `url` made absolute against `base`; `undefined` when it is not a URL. */
export function resolveUrl(url: string, base: string): string | undefined {
  if (url.length > 2048) return undefined
  try {
    return new URL(url, base).href
  } catch {
    return undefined
  }
}

function huggingFace(url: string | undefined): URL | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined
  const parsed = new URL(url)
  return hosts.has(parsed.hostname.toLowerCase()) ? parsed : undefined
}

/** The paper id of a Hugging Face paper page URL (`…/papers/2407.21783`), else `undefined` (see `hfPaperId`). */
export function paperId(url: string | undefined): string | undefined {
  return url === undefined ? undefined : hfPaperId(url)
}

/** Whether `url` is a paper's comments anchor (`…/papers/<id>#community`). */
export function isCommunity(url: string | undefined): boolean {
  const parsed = huggingFace(url)
  return Boolean(parsed && parsed.hash === '#community' && hfPaperId(parsed.pathname))
}

/**
 * The upvote box links to the login page with the paper as `next`. Returns the paper id,
 * `''` for a login link without one, `undefined` for any other URL.
 */
export function upvoteTarget(url: string | undefined): string | undefined {
  const parsed = huggingFace(url)
  if (parsed?.pathname !== '/login') return undefined
  const next = parsed.searchParams.get('next')
  return (next && hfPaperId(next)) ?? ''
}

/** Whether `url` is an organisation's (or user's) page: `https://huggingface.co/<name>`. */
export function isOrganization(url: string | undefined): boolean {
  const parsed = huggingFace(url)
  if (!parsed || parsed.search || parsed.hash) return false
  const match = /^\/([A-Za-z0-9][\w.-]{0,95})\/?$/.exec(parsed.pathname)
  return Boolean(match && !sections.has((match[1] as string).toLowerCase()))
}
