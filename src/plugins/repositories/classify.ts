/**
 * What a URL is by its host alone: code (a forge), a project page (GitHub/GitLab Pages,
 * Google Sites), a model, dataset, archive, paper or demo link, or unknown — where only
 * the sentence around it can tell code from a page.
 */
import type { Link } from '../../schema/paper.js'
import { parseArxivId } from '../../util/arxiv-id.js'
import { isForge, type RepositoryRef, readForge, readSelfHosted } from './forges.js'
import { bareHost, canonical, pageUrl, repoName, segments, toUrl } from './url.js'

/** A URL read by its host. */
export type Reading =
  /** A repository on a forge. */
  | { type: 'repository'; repository: RepositoryRef }
  /** A project page: the host serves pages, not code. */
  | { type: 'project-page'; url: string }
  /**
   * A model, dataset, archive, paper or demo link. `code` is the repository it is when the
   * sentence says it holds code (a Hugging Face model repository); `kindFromContext` when the
   * host does not say what the page lists (a Hugging Face collection).
   */
  | LinkReading
  /** A host papersift does not know: code if the sentence says so, else a project page. */
  | { type: 'unknown'; url: string; code: RepositoryRef }

/** A model, dataset, archive, paper, demo or other link, as {@link Reading} describes it. */
interface LinkReading {
  type: 'link'
  link: Link
  code?: RepositoryRef
  kindFromContext?: boolean
}

// Hugging Face and its mirrors, which keep its paths; the host is kept as written.
const huggingFace = new Set(['huggingface.co', 'hf.co', 'hf-mirror.com', 'hf.mirrork.net'])
// Hugging Face site pages (first path segment) that are not a user or organisation.
const hubPages = new Set(
  'api blog chat docs join learn login logout models new notifications organizations posts pricing privacy search settings tasks terms-of-service'.split(
    ' ',
  ),
)
// Inside a model/dataset/space repository: where its root ends.
const hubDeep = new Set(['tree', 'blob', 'resolve', 'raw', 'discussions', 'commits', 'commit', 'edit', 'viewer'])
const pageHosts = ['.github.io', '.gitlab.io', '.pages.dev', '.netlify.app', '.vercel.app', '.notion.site']
// Hosts, and their subdomains, by what their pages are.
const linkHosts: ReadonlyArray<readonly [Link['kind'], readonly string[]]> = [
  [
    'paper',
    [
      'aclanthology.org',
      'arxiv.org',
      'biorxiv.org',
      'dl.acm.org',
      'ieeexplore.ieee.org',
      'jmlr.org',
      'link.springer.com',
      'medrxiv.org',
      'nature.com',
      'ncbi.nlm.nih.gov',
      'openaccess.thecvf.com',
      'openreview.net',
      'papers.nips.cc',
      'proceedings.mlr.press',
      'proceedings.neurips.cc',
      'science.org',
      'sciencedirect.com',
      'semanticscholar.org',
    ],
  ],
  ['archive', ['data.mendeley.com', 'dataverse.harvard.edu', 'datadryad.org', 'figshare.com', 'osf.io', 'zenodo.org']],
  ['demo', ['colab.research.google.com', 'gradio.live', 'hf.space']],
  [
    'other',
    [
      'bilibili.com',
      'linkedin.com',
      'medium.com',
      'paperswithcode.com',
      'twitter.com',
      'vimeo.com',
      'wikipedia.org',
      'x.com',
      'youtu.be',
      'youtube.com',
    ],
  ],
]
// DOI prefixes of the archives above (Zenodo, Figshare, OSF, Dryad, Mendeley Data).
const archiveDois = /^10\.(?:5281|6084|17605|5061|17632)\//

/** Read `url` by its host alone. */
export function classify(url: URL): Reading {
  const host = bareHost(url)
  const path = segments(url)
  if (isForge(host)) {
    const repository = readForge(host, path)
    // A forge URL that is not a repository: a user or organisation page, a topic, a search.
    return repository ? { type: 'repository', repository } : link(canonical(host, path), 'other')
  }
  if (huggingFace.has(host)) return hub(host, path)
  if (host === 'sites.google.com' || pageHosts.some((suffix) => host.endsWith(suffix))) {
    return { type: 'project-page', url: pageUrl(url) }
  }
  if (host === 'kaggle.com') return link(canonical(host, path), kaggleKind(path[0]))
  if (host === 'doi.org' || host === 'dx.doi.org') {
    const doi = path.join('/')
    return link(canonical('doi.org', path), archiveDois.test(doi) ? 'archive' : 'paper')
  }
  if (host === 'arxiv.org' || host === 'export.arxiv.org') {
    const id = parseArxivId(`arxiv.org/${path.join('/')}`)
    return link(id ? `https://arxiv.org/abs/${id.id}` : canonical('arxiv.org', path), 'paper')
  }
  const kind = linkHosts.find(([, hosts]) => hosts.some((name) => host === name || host.endsWith(`.${name}`)))?.[0]
  if (kind) return link(pageUrl(url), kind)
  return { type: 'unknown', url: pageUrl(url), code: readSelfHosted(url) }
}

function link(url: string, kind: Link['kind']): LinkReading {
  return { type: 'link', link: { url, kind } }
}

/** Hugging Face paths: `<owner>/<model>`, `datasets/…`, `spaces/…` (code), `collections/…`, `papers/<id>`. */
function hub(host: string, path: string[]): Reading {
  const [first, ...rest] = path
  if (first === undefined) return link(canonical(host, []), 'other')
  const section = first.toLowerCase()
  if (section === 'papers') return link(canonical(host, path.slice(0, 2)), 'paper')
  if (section === 'collections') return { ...link(canonical(host, path), 'other'), kindFromContext: true }
  if (section === 'datasets' || section === 'spaces') {
    const kept = repository(host, section, rest)
    if (!kept) return link(canonical(host, path), 'other')
    if (section === 'spaces') return { type: 'repository', repository: kept }
    return link(kept.url, 'dataset')
  }
  if (hubPages.has(section) || rest.length === 0) return link(canonical(host, path), 'other')
  const model = repository(host, undefined, path)
  return model ? { ...link(model.url, 'model'), code: model } : link(canonical(host, path), 'other')
}

/** A hub repository's root: `[section/]<owner>/<name>`, cut where its inner pages start. */
function repository(host: string, section: string | undefined, path: string[]): RepositoryRef | undefined {
  const [owner, name] = path
  if (owner === undefined || hubDeep.has(owner)) return undefined
  // Datasets from before namespaces have no owner: `datasets/squad`.
  if (name === undefined || hubDeep.has(name)) {
    if (section !== 'datasets') return undefined
    return { url: canonical(host, [section, owner]), host, name: owner }
  }
  const repo = repoName(name)
  return { url: canonical(host, [...(section ? [section] : []), owner, repo]), host, owner, name: repo }
}

function kaggleKind(section: string | undefined): Link['kind'] {
  if (section === 'datasets' || section === 'competitions') return 'dataset'
  if (section === 'models') return 'model'
  return 'other'
}

/**
 * The canonical form of what `raw` points at: a repository's root, a hub page, a page
 * without its fragment. `undefined` when `raw` is not a web URL. Idempotent.
 */
export function normalizeUrl(raw: string): string | undefined {
  const url = toUrl(raw)
  if (!url) return undefined
  const reading = classify(url)
  switch (reading.type) {
    case 'repository':
      return reading.repository.url
    case 'link':
      return reading.link.url
    default:
      return reading.url
  }
}
