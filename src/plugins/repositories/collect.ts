/**
 * One record per repository, page and link however many ways an entry gives it. URLs are
 * compared without case and trailing slash (`github.com/Owner/Repo` and `…/owner/repo/` are
 * one); the first spelling is kept. A URL that is a repository is never also a page or link.
 */
import { copyPosition } from '../../core/messages.js'
import type { Link, Repository } from '../../schema/paper.js'
import type { Position } from '../../schema/position.js'
import type { RepositoryRef } from './forges.js'

/** One place an entry gives a repository. */
export interface Source {
  origin: string
  position?: Position | undefined
}

/** What one source says about a repository. */
export interface Claim {
  official: boolean
  evidence: string
  source: Source
  stars?: number | undefined
}

/** The repositories plugin's output for one entry. */
export interface Collected {
  repositories: Repository[]
  projectPages: string[]
  links: Link[]
  /** Where each field's first value came from, for provenance. */
  first: Partial<Record<'repositories' | 'projectPages' | 'links', Source>>
}

const key = (url: string) => trimSlashes(url.toLowerCase())

/**
 * `url` without trailing slashes. A loop, not `/\/+$/`: that regex retries at every slash of a
 * run that something follows, so 100,000 slashes before a `?` cost seconds.
 */
export function trimSlashes(url: string): string {
  let end = url.length
  while (end > 0 && url.charCodeAt(end - 1) === 0x2f /* / */) end--
  return url.slice(0, end)
}

/** Gathers an entry's repositories, project pages and links, merging repeats. */
export class Collector {
  readonly #repositories = new Map<string, Repository>()
  readonly #pages = new Map<string, string>()
  readonly #links = new Map<string, Link>()
  readonly #first: Collected['first'] = {}

  /** @param plugin The plugin name each repository source is credited to. */
  constructor(readonly plugin: string) {}

  /** Add a repository, or the claim's source (and stars) to the record already there. */
  repository(ref: RepositoryRef, claim: Claim): void {
    const id = key(ref.url)
    const known = this.#repositories.get(id)
    // A copy, and only a valid one: a reader's position may be anything, and the record's check trusts this plugin.
    const position = copyPosition(claim.source.position)
    // Keys added one by one: a spread inside a literal takes V8's slow path.
    const source: NonNullable<Repository['sources']>[number] = { plugin: this.plugin, origin: claim.source.origin }
    if (position) source.position = position
    if (known) {
      known.sources?.push(source)
      if (known.stars === undefined && claim.stars !== undefined) known.stars = claim.stars
      return
    }
    this.#first.repositories ??= claim.source
    this.#repositories.set(id, {
      ...ref,
      official: claim.official,
      evidence: claim.evidence,
      ...(claim.stars === undefined ? {} : { stars: claim.stars }),
      sources: [source],
    })
  }

  /** Add a project page. */
  page(url: string, source: Source): void {
    const id = key(url)
    if (this.#pages.has(id)) return
    this.#first.projectPages ??= source
    this.#pages.set(id, url)
  }

  /** Add a model, dataset, archive, paper, demo or other link. */
  link(link: Link, source: Source): void {
    const id = key(link.url)
    if (this.#links.has(id)) return
    this.#first.links ??= source
    // A copy: readings are shared between entries (see read-url.ts).
    this.#links.set(id, { ...link })
  }

  /** Everything collected, each URL in one list only: a repository wins over a page or link. */
  result(): Collected {
    const code = this.#repositories
    return {
      repositories: [...code.values()],
      projectPages: [...this.#pages].filter(([id]) => !code.has(id)).map(([, url]) => url),
      links: [...this.#links].filter(([id]) => !code.has(id)).map(([, link]) => link),
      first: this.#first,
    }
  }
}
