/** What a link points at, from its URL alone: a PDF, a DOI, an arXiv page, a scholarly site, code. */

/** Hosts (and their subdomains) that serve papers or paper pages. */
const scholarlyHosts = [
  'arxiv.org',
  'doi.org',
  'aclanthology.org',
  'aclweb.org',
  'openreview.net',
  'mlr.press',
  'nips.cc',
  'neurips.cc',
  'thecvf.com',
  'ecva.net',
  'acm.org',
  'ieee.org',
  'springer.com',
  'sciencedirect.com',
  'elsevier.com',
  'semanticscholar.org',
  'dblp.org',
  'nih.gov',
  'biorxiv.org',
  'medrxiv.org',
  'jmlr.org',
  'aaai.org',
  'ijcai.org',
  'hal.science',
  'archives-ouvertes.fr',
  'ssrn.com',
  'nature.com',
  'science.org',
  'pnas.org',
  'wiley.com',
  'tandfonline.com',
  'mdpi.com',
  'frontiersin.org',
  'plos.org',
  'cell.com',
  'iop.org',
  'aps.org',
  'worldscientific.com',
  'ceur-ws.org',
  'usenix.org',
  'isca-speech.org',
  'isca-archive.org',
  'bmva.org',
  'sagepub.com',
  'oup.com',
  'cambridge.org',
  'jstor.org',
  'osf.io',
  'psyarxiv.com',
  'researchgate.net',
  'zenodo.org',
  'europepmc.org',
  'apa.org',
  'lrec-conf.org',
  'computer.org',
]

const codeHosts = ['github.com', 'gitlab.com', 'bitbucket.org', 'huggingface.co', 'codeberg.org']

/** The kinds of a resolved link, as bit flags. */
export const LinkKind = { pdf: 1, doi: 2, arxiv: 4, scholarly: 8, code: 16, person: 32 } as const

// A person's page on a scholarly site (an author page, a profile): not a paper's.
const personPath =
  /\/(?:people|person|persons|authors?|pid|profiles?|users?|members?|researchers?|~[^/]*)(?:\/|$)|[?&](?:user|author|authorid)=/i

// Host and path of an absolute http(s) URL, without building a URL object (this runs per link).
const urlParts = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]*)(?::\d*)?([^?#]*)/i
const kinds = new Map<string, number>()

/** Bit flags of what `url` (absolute) points at. */
export function linkKind(url: string): number {
  let kind = kinds.get(url)
  if (kind === undefined) {
    kind = computeKind(url)
    // A bounded cache: pages repeat their links (menus, author pages) and hosts.
    if (kinds.size > 5000) kinds.clear()
    kinds.set(url, kind)
  }
  return kind
}

function computeKind(url: string): number {
  const parts = urlParts.exec(url)
  if (!parts) return 0
  const host = (parts[1] ?? '').toLowerCase()
  const path = (parts[2] ?? '').toLowerCase()
  let kind = 0
  const query = url.indexOf('?')
  if (personPath.test(path) || (query !== -1 && personPath.test(url.slice(query)))) return LinkKind.person
  if (path.endsWith('.pdf') || /\/pdf(?:\/|$)/.test(path) || (host.endsWith('openreview.net') && path === '/pdf')) {
    kind |= LinkKind.pdf
  }
  if (host === 'doi.org' || host.endsWith('.doi.org') || path.includes('/doi/10.')) kind |= LinkKind.doi
  if (host === 'arxiv.org' || host.endsWith('.arxiv.org')) kind |= LinkKind.arxiv
  if (scholarlyHosts.some((item) => host === item || host.endsWith(`.${item}`))) kind |= LinkKind.scholarly
  if (codeHosts.some((item) => host === item || host.endsWith(`.${item}`))) kind |= LinkKind.code
  return kind
}

/** The DOI in a link to a DOI resolver or a publisher's `/doi/10…` page. */
export function doiOf(url: string): string | undefined {
  const match = /(?:doi\.org\/|\/doi\/(?:abs\/|full\/|pdf\/|epdf\/)?)(10\.\d{4,9}\/[^\s?#]+)/i.exec(url)
  return match?.[1] && decodeURIComponentSafe(match[1])
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

// Link texts that name a kind of resource, not a paper.
const labels =
  /^[[(]?\s*(?:pdf|paper|bib|bibtex|abs|abstract|html|code|github|slides?|video|poster|talk|data(?:set)?|demo|project(?: page)?|website|web|doi|arxiv|preprint|supp(?:lementary)?(?: material)?|appendix|blog|press|cite|citation|ris|endnote|link|url|download|view|details|more|open pdf|full text|reviews?|openreview|dblp|scholar|google scholar|semantic scholar|pubmed|hal|ssrn|proceedings|bibliography|media|software|model|models|colab|notebook|twitter|youtube|researchgate|acm|ieee|springer|published version|author version|arxiv version|journal version|conference version|extended version|related articles|similar articles|all \d+ versions|save)\s*[\])]?$/i

/** Whether a link's text is a resource label (`pdf`, `[code]`, `Slides`), not a title. */
export function isLabel(text: string): boolean {
  return text.length <= 40 && (labels.test(text) || hostLabel.test(text))
}

// A file type and the host it is on ("[PDF] umaine.edu"), as search engines label full-text links.
const hostLabel = /^\[(?:pdf|html|doc|ps)\]\s*[\w.-]+$/i
