/**
 * Per-forge rules for where a repository's path ends. A URL into a repository (`/tree/main/src`,
 * `/blob/…`, `/issues/12`, `/-/wikis`) is cut back to its root, and paths that name no
 * repository (a user page, `/orgs/…`, `/explore`) give none.
 *
 * hosted-git-info was tried for GitHub/GitLab/Bitbucket and left out: it returns nothing
 * for `/issues/12`, `/releases`, `/wiki` and `/blob/…` URLs, misreads GitLab's
 * `/g/p/tree/main` as project `tree` in group `g/p` and `/g/p/-/tree/main` as nothing, and
 * accepts `github.com/orgs/x`; the path rules here would be needed in front of it anyway.
 */
import { canonical, repoName } from './url.js'

/** A repository, canonical: `url` is `https://<host>/<owner>/<name>` (or the forge's own form). */
export interface RepositoryRef {
  url: string
  host: string
  owner?: string
  name?: string
}

// Owners and repository names as forges allow them (GitHub: letters, digits, `-`, `_`, `.`).
const pathName = /^[\w.-]{1,100}$/
const owned = (host: string, owner: string | undefined, name: string | undefined): RepositoryRef | undefined => {
  if (!owner || !name || !pathName.test(owner.replace(/^~/, '')) || !pathName.test(repoName(name))) return undefined
  const repo = repoName(name)
  if (repo === '' || repo === '.' || repo === '..') return undefined
  return { url: canonical(host, [owner, repo]), host, owner, name: repo }
}

// First path segments that are site pages, not owners.
const githubPages = new Set(
  'about apps blog collections contact customer-stories enterprise events explore features login logout marketplace new notifications orgs organizations pricing readme search security settings site sponsors topics trending users'.split(
    ' ',
  ),
)
const gitlabPages = new Set('-,admin,dashboard,explore,groups,help,projects,search,users'.split(','))
// GitLab before its `/-/` separator: the first of these after the project ends the project path.
const gitlabDeep = new Set(
  'archive,blob,branches,commit,commits,compare,graphs,issues,merge_requests,pipelines,raw,releases,tags,tree,wikis'.split(
    ',',
  ),
)
const otherPages = new Set(
  'account,api,dashboard,explore,help,login,org,organizations,repos,search,user,users'.split(','),
)

/** `github.com/<owner>/<repo>/…` and `gist.github.com/<user>/<id>`. */
function github(path: string[], host: string): RepositoryRef | undefined {
  const [owner, name] = path
  if (host === 'gist.github.com') return owned(host, owner, name)
  if (owner === undefined || githubPages.has(owner.toLowerCase())) return undefined
  return owned('github.com', owner, name)
}

/** `gitlab.com/<group>/<subgroup…>/<project>`, ending at `/-/` or a deep-path keyword. */
function gitlab(path: string[]): RepositoryRef | undefined {
  if (path[0] === undefined || gitlabPages.has(path[0].toLowerCase())) return undefined
  let end = path.indexOf('-')
  if (end === -1) end = path.length
  for (let index = 2; index < end; index++) {
    if (gitlabDeep.has((path[index] as string).toLowerCase())) {
      end = index
      break
    }
  }
  const kept = path.slice(0, end)
  if (kept.length < 2 || !kept.every((segment) => pathName.test(segment))) return undefined
  const name = repoName(kept[kept.length - 1] as string)
  const owner = kept.slice(0, -1).join('/')
  return { url: canonical('gitlab.com', [owner, name]), host: 'gitlab.com', owner, name }
}

/** `<host>/<owner>/<repo>/…` for the forges that nest nothing (Bitbucket, Codeberg, Gitee). */
const flat =
  (host: string) =>
  (path: string[]): RepositoryRef | undefined => {
    const [owner, name] = path
    if (owner === undefined || otherPages.has(owner.toLowerCase())) return undefined
    return owned(host, owner, name)
  }

/** `git.sr.ht/~<user>/<repo>`: owners carry their `~`. */
function sourcehut(path: string[], host: string): RepositoryRef | undefined {
  const [owner, name] = path
  return owner?.startsWith('~') ? owned(host, owner, name) : undefined
}

/** `sourceforge.net/projects/<name>` (also the short `/p/<name>`). */
function sourceforge(path: string[]): RepositoryRef | undefined {
  const [kind, name] = path
  if ((kind !== 'projects' && kind !== 'p') || name === undefined || !pathName.test(name)) return undefined
  return { url: canonical('sourceforge.net', ['projects', name]), host: 'sourceforge.net', name }
}

/** `anonymous.4open.science/r/<id>`: code anonymised for review. */
function anonymous(path: string[]): RepositoryRef | undefined {
  const [kind, id] = path
  if (kind !== 'r' || id === undefined || !pathName.test(id)) return undefined
  const host = 'anonymous.4open.science'
  return { url: canonical(host, ['r', id]), host, name: id }
}

const forges: ReadonlyMap<string, (path: string[], host: string) => RepositoryRef | undefined> = new Map([
  ['github.com', github],
  ['gist.github.com', github],
  ['gitlab.com', gitlab],
  ['bitbucket.org', flat('bitbucket.org')],
  ['codeberg.org', flat('codeberg.org')],
  ['gitee.com', flat('gitee.com')],
  ['git.sr.ht', sourcehut],
  ['hg.sr.ht', sourcehut],
  ['sourceforge.net', sourceforge],
  ['anonymous.4open.science', anonymous],
])

/** `true` when `host` (without `www.`) is a code forge papersift knows. */
export function isForge(host: string): boolean {
  return forges.has(host)
}

/** The repository a forge URL points into, or `undefined` when its path names none. */
export function readForge(host: string, path: string[]): RepositoryRef | undefined {
  return forges.get(host)?.(path, host)
}

/**
 * A repository on a host papersift does not know (a self-hosted GitLab or Gitea), read
 * only when the sentence says it is code: the path up to GitLab's `/-/` or a deep-path
 * keyword; the last segment is the name, the ones before it the owner.
 */
export function readSelfHosted(url: URL): RepositoryRef {
  const path = url.pathname.split('/').filter((segment) => segment !== '')
  let end = path.indexOf('-')
  if (end === -1) end = path.length
  for (let index = 1; index < end; index++) {
    if (gitlabDeep.has((path[index] as string).toLowerCase()) || path[index] === 'src') {
      end = index
      break
    }
  }
  const kept = path.slice(0, end)
  const last = kept[kept.length - 1]
  const name = last === undefined ? undefined : repoName(last) || undefined
  const owner = kept.length > 1 ? kept.slice(0, -1).join('/') : undefined
  const host = url.hostname
  const base = `${url.protocol}//${url.host}`
  const tail = name === undefined ? '' : `/${[...kept.slice(0, -1), name].join('/')}`
  return {
    url: `${base}${tail}${end === path.length ? url.search : ''}`,
    host,
    ...(owner ? { owner } : {}),
    ...(name ? { name } : {}),
  }
}
