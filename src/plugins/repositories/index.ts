import type { z } from 'zod'
import type { Entry, EntryLink, Located } from '../../core/entry.js'
import { ruleUrl } from '../../core/messages.js'
import { definePlugin, type Plugin, type PluginContext } from '../../core/plugin.js'
import { checkOptionKeys } from '../../schema/options.js'
import { parseCount } from '../../util/count.js'
import { positionsIn } from '../../util/located.js'
import { clip } from '../../util/text.js'
import type { Reading } from './classify.js'
import { Collector, type Source } from './collect.js'
import { type Context, readContext, readLinkText } from './context.js'
import { findUrls } from './find-urls.js'
import { readUrl } from './read-url.js'
import { RepositoriesSchema } from './schema.js'
import { starsIn } from './stars.js'

const repositoriesName = 'repositories'
// Text fields whose prose is searched for URLs, in this order.
const textFields = ['abstract', 'comment', 'summary'] as const
// Structured fields a reader may hand over (Hugging Face's API): the paper's own code and page.
const structured = ['githubRepo', 'projectPage'] as const
type Structured = (typeof structured)[number]
// A link's text that calls it a page rather than code.
const pageWords = /\b(?:project|page|website|homepage|home|site|demo|leaderboard)\b/i

/**
 * The repositories plugin: code repositories, project pages and other links (models,
 * datasets, archives, papers, demos) from three sources — structured fields a reader
 * exposes (`githubRepo` with its `githubStars`, `projectPage`), URLs in the abstract, comment and summary, and
 * the entry's links. Each repository is canonical (`https://<host>/<owner>/<repo>`), says
 * whether the paper releases it (`official`) with the sentence that says so (`evidence`),
 * and lists every place it was found (`sources`). A factory, like every built-in plugin; it
 * takes no options.
 *
 * @example
 * ```ts
 * const parser = createParser({ plugins: [metadata(), repositories()] })
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function repositories(options?: Readonly<Record<string, never>> | null): Plugin<typeof RepositoriesSchema> {
  checkOptionKeys('repositories()', options, [])
  return definePlugin({
    name: repositoriesName,
    after: ['metadata'],
    schema: RepositoriesSchema,
    extract: extractRepositories,
  })
}

// Where the plugin's messages are documented.
const repositoriesRule = ruleUrl('repositories')

function extractRepositories(
  entry: Entry,
  context: PluginContext<typeof RepositoriesSchema>,
): z.input<typeof RepositoriesSchema> {
  const found = new Collector(repositoriesName)
  const complain = (name: string, from: Located) =>
    context.message(`Unexpected ${name} \`${clip(from.value)}\`, expected a repository or page URL`, {
      place: from.position,
      actual: from.value,
      expected: 'a repository or page URL',
      url: repositoriesRule,
    })

  // The API gives the star count of the paper's own repository beside it.
  const githubStars = located(entry, 'githubStars')
  const stars = githubStars === undefined ? undefined : parseCount(githubStars.value)
  for (const name of structured) {
    const field = located(entry, name)
    const source = { origin: `field:${name}`, position: field?.position ?? entry.position }
    if (field && !fromField(found, name, field.value, source, name === 'githubRepo' ? stars : undefined)) {
      complain(name, field)
    }
  }
  for (const name of textFields) {
    const field = located(entry, name)
    if (field) fromText(found, name, field)
  }
  const own = new Set([context.paper.url, context.paper.pdfUrl].filter((url) => url !== undefined))
  for (const link of entry.links) {
    const name = link.origin?.startsWith('field:') ? link.origin.slice(6) : undefined
    if (isStructured(name)) {
      const source = { origin: `field:${name}`, position: link.position ?? entry.position }
      if (!fromField(found, name, link.url, source, name === 'githubRepo' ? stars : undefined)) {
        complain(name, { value: link.url, position: link.position })
      }
    } else if (!own.has(link.url)) fromLink(found, link, entry)
  }

  const { repositories, projectPages, links, first } = found.result()
  const out: z.input<typeof RepositoriesSchema> = {}
  if (repositories.length > 0) out.repositories = repositories
  if (projectPages.length > 0) out.projectPages = projectPages
  if (links.length > 0) out.links = links
  for (const field of ['repositories', 'projectPages', 'links'] as const) {
    const source = first[field]
    if (out[field] && source)
      context.cite(field, { method: `repositories:${source.origin}`, position: source.position })
  }
  return out
}

/**
 * A structured field: its name says what it is (a repository, a page), the host what kind.
 * `stars` is the count the source gives for it (`githubStars` beside `githubRepo`).
 */
function fromField(found: Collector, name: Structured, value: string, source: Source, stars?: number): boolean {
  const reading = readUrl(value.trim())
  if (!reading) return false
  const evidence = `${name} field`
  const claim = { official: true, evidence, source, stars }
  if (reading.type === 'repository') found.repository(reading.repository, claim)
  else if (reading.type === 'project-page') found.page(reading.url, source)
  else if (reading.type === 'link') {
    if (name === 'githubRepo' && reading.code) found.repository(reading.code, claim)
    else found.link(reading.link, source)
  } else if (name === 'githubRepo') found.repository(reading.code, claim)
  else found.page(reading.url, source)
  return true
}

/** URLs in prose: the sentence decides what the host leaves open, and who owns the code. */
function fromText(found: Collector, name: string, field: Located): void {
  const urls = findUrls(field.value)
  const at = positionsIn(field)
  urls.forEach((hit, index) => {
    const reading = readUrl(hit.url)
    if (!reading) return
    const previous = urls[index - 1]?.end ?? 0
    const next = urls[index + 1]?.start ?? field.value.length
    const said = readContext(field.value, hit.start, hit.end, previous, next)
    place(found, reading, said, { origin: name, position: at(hit.start, hit.end) }, true)
  })
}

/**
 * An href. Inside the paper's text (origin `abstract`, …) it is read like a URL in that
 * text, by the sentence around its link text when the text is found there. Elsewhere
 * (page chrome, buttons) it counts only when it is code, a page, or a hub link, so a
 * listing's own navigation is not reported.
 */
function fromLink(found: Collector, link: EntryLink, entry: Entry): void {
  if (!/^https?:\/\//i.test(link.url)) return
  const reading = readUrl(link.url)
  if (!reading) return
  const origin = link.origin ? `link:${link.origin}` : 'link'
  const source = { origin, position: link.position }
  const text = link.text?.trim() ?? ''
  const field = link.origin ? located(entry, link.origin) : undefined
  // Decided before the sentence is read: most of a listing's hrefs (its own papers, login
  // boxes, navigation) end here.
  if (
    field === undefined &&
    reading.type === 'link' &&
    (reading.link.kind === 'paper' || reading.link.kind === 'other')
  ) {
    return
  }
  const inText = field !== undefined && text !== '' && text.length <= 200 ? field.value.indexOf(text) : -1
  const said = inText >= 0 && field ? readContext(field.value, inText, inText + text.length) : readLinkText(text)
  if (inText < 0) said.sentence = text === '' ? 'link' : `link: ${text}`
  const stars = reading.type === 'repository' ? starsIn(text) : undefined
  const prose = field !== undefined || pageWords.test(text)
  place(found, reading, said, source, prose, stars)
}

/**
 * Put one URL in its list. The host decides when it can; otherwise the sentence: code →
 * a repository, anything else → a project page (or nothing, for an href outside the prose
 * that does not say it is a page).
 */
function place(found: Collector, reading: Reading, said: Context, source: Source, prose: boolean, stars?: number) {
  const claim = { official: said.official, evidence: said.sentence, source, stars }
  switch (reading.type) {
    case 'repository':
      return found.repository(reading.repository, claim)
    case 'project-page':
      return found.page(reading.url, source)
    case 'link':
      if (said.code && reading.code) return found.repository(reading.code, claim)
      if (reading.kindFromContext && said.mentions) return found.link({ ...reading.link, kind: said.mentions }, source)
      return found.link(reading.link, source)
    case 'unknown':
      if (said.code) return found.repository(reading.code, claim)
      if (prose) found.page(reading.url, source)
  }
}

function located(entry: Entry, name: string): Located | undefined {
  const value = entry.fields[name]
  return value !== undefined && !Array.isArray(value) && typeof value.value === 'string' ? value : undefined
}

function isStructured(name: string | undefined): name is Structured {
  return structured.includes(name as Structured)
}
