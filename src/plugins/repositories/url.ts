/**
 * From a URL as written to a WHATWG `URL`: scheme added or lower-cased, host lower-cased
 * and IDNA-checked by the URL parser itself (https://url.spec.whatwg.org/), path split
 * into segments. Forge- and host-specific rules live in forges.ts and classify.ts.
 */

const scheme = /^([a-z][a-z0-9+.-]{0,15}):\/\//i
// Git's own spellings, as structured fields sometimes hold them: `git@host:owner/repo.git`, `git+https://…`.
const scp = /^git@([a-z0-9.-]{1,253}):(?!\/)/i
const gitSchemes = new Set(['git', 'git+https', 'git+http'])

/**
 * Parse a URL as written in prose (`github.com/a/b`, `HTTPS://…`) or in a git remote
 * (`git@github.com:a/b.git`, `git+https://…`); only web URLs with a dotted host.
 */
export function toUrl(raw: string): URL | undefined {
  const written = scheme.exec(raw)
  const name = written?.[1]?.toLowerCase()
  let text: string
  if (name === undefined) {
    const remote = scp.exec(raw)
    text = remote ? `https://${remote[1]}/${raw.slice(remote[0].length)}` : `https://${raw}`
  } else if (name === 'http' || name === 'https') text = `${name}${raw.slice(name.length)}`
  else if (gitSchemes.has(name)) text = `https${raw.slice(name.length)}`
  else return undefined
  if (!URL.canParse(text)) return undefined
  const url = new URL(text)
  if (!url.hostname.includes('.') || url.hostname.endsWith('.') || url.username || url.password) return undefined
  return url
}

/** The host without a leading `www.`. */
export function bareHost(url: URL): string {
  return url.hostname.startsWith('www.') ? url.hostname.slice(4) : url.hostname
}

/** The non-empty path segments, percent-decoding left as the URL parser keeps it. */
export function segments(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment !== '')
}

/** A repository name as it stands in the path, without a `.git` suffix. */
export function repoName(segment: string): string {
  return segment.toLowerCase().endsWith('.git') ? segment.slice(0, -4) : segment
}

/** `https://<host>/<path…>`: the canonical form of a repository or hub page. */
export function canonical(host: string, path: readonly string[]): string {
  return `https://${host}${path.length > 0 ? `/${path.join('/')}` : ''}`
}

/** A page URL as written, minus the fragment (a place in the page, not another page). */
export function pageUrl(url: URL): string {
  const copy = new URL(url.href)
  copy.hash = ''
  return copy.href
}
