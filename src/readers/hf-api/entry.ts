import type { AuthorField, Entry, EntryFields, Located } from '../../core/entry.js'
import type { ReaderReport } from '../../core/reader.js'
import type { Position } from '../../schema/position.js'
import {
  type HfAuthor,
  HfAuthorListSchema,
  HfAuthorSchema,
  HfDailyPaperSchema,
  type HfOrganization,
  HfPaperSchema,
  type HfUser,
} from './schema.js'
import { checkObject, describeProblem, hfArxivId, isObject, type JsonObject, type KeyProblem } from './shape.js'

/** Where a JSON paper sits, for its entry and for messages about it. */
export interface JsonPlace {
  /** The reader, e.g. `hf-api`; also the prefix of its `ruleId`s. */
  format: string
  /** The entry's index in its document. */
  index: number
  /** How messages name the item, e.g. `item 3` or `item 3 of \`DailyPapers\``. */
  label: string
  /** Where the entry is (the array element, the rendered card). */
  position?: Position | undefined
  /** Where its values are, when no finer place is known (the `data-props` attribute). */
  valuePosition?: Position | undefined
  report: ReaderReport
}

/** The site papers' pages live on; relative URLs in the JSON resolve against it. */
export const hfOrigin = 'https://huggingface.co'

/**
 * Map one Hugging Face paper (a listing item `{paper, …}` or a bare paper) to an entry. The paper
 * and the listing are checked with their schemas (see `checkObject`): a value of the wrong type gets
 * a `<format>:invalid-field` message and is left out, the rest of the record stands. Values stay
 * strings as the source has them; the metadata plugin types them.
 */
export function paperEntry(value: JsonObject, place: JsonPlace): Entry {
  const wrapped = isObject(value.paper)
  const rawPaper = wrapped ? (value.paper as JsonObject) : value
  const complain = (prefix: string) => (problem: KeyProblem) => {
    const { found, expected } = describeProblem(problem)
    place.report(
      `Unexpected ${found} in \`${prefix}${problem.key}\` of ${place.label}, expected ${expected}; the field was left out`,
      `${place.format}:invalid-field`,
      place.valuePosition ?? place.position,
    )
  }
  const paperPrefix = wrapped ? 'paper.' : ''
  const paper = checkObject(HfPaperSchema, rawPaper, complain(paperPrefix))
  const item = wrapped ? checkObject(HfDailyPaperSchema, value, complain('')) : {}
  if (Object.hasOwn(value, 'paper') && !wrapped && value.paper !== null) {
    complain('')({ key: 'paper', value: value.paper, issue: undefined })
  }

  const at = (text: string | undefined): Located | undefined => {
    const trimmed = text?.trim()
    return trimmed ? { value: trimmed, position: place.valuePosition } : undefined
  }
  const fields: EntryFields = {}
  const set = (name: string, located: Located | undefined) => {
    if (located) fields[name] = located
  }

  // Hugging Face's paper pages are named by arXiv id: another id is no arXiv id and makes no URL.
  const id = at(hfArxivId(paper.id?.trim()))
  set('arxivId', id)
  if (id) set('url', at(`${hfOrigin}/papers/${id.value}`))
  // The listing's title has arXiv's hard line breaks joined already; the paper's does not.
  set('title', at(item.title ?? paper.title))
  set('abstract', at(paper.summary ?? item.summary))
  readAuthors(paper.authors, fields, place, `${paperPrefix}authors`)
  const publishedAt = paper.publishedAt
  set('publishedAt', at(publishedAt))
  set('submittedAt', at(paper.submittedOnDailyAt ?? submittedFallback(item.publishedAt, publishedAt)))
  set('upvotes', at(countText(paper.upvotes)))
  set('comments', at(countText(item.numComments ?? paper.numComments)))
  set('thumbnail', at(absolute(item.thumbnail ?? paper.thumbnail)))
  set('submittedBy', at(displayName(item.submittedBy ?? paper.submittedOnDailyBy)))
  set('organization', at(displayName(item.organization ?? paper.organization)))
  set('summary', at(paper.ai_summary))
  const keywords = (paper.ai_keywords ?? []).flatMap((keyword) => at(keyword) ?? [])
  if (keywords.length > 0) fields.keywords = keywords
  // Structured sources for the repository plugin, as given: it decides what they are.
  set('githubRepo', at(paper.githubRepo))
  set('projectPage', at(paper.projectPage))
  set('githubStars', at(countText(paper.githubStars)))

  // The text plugins search: title and abstract as given (plugins expect line breaks in text anyway).
  const text = [fields.title?.value, fields.abstract?.value].filter(Boolean).join('\n\n')
  return { reader: place.format, index: place.index, text, position: place.position, fields, links: [] }
}

/** Authors in order, hidden ones left out of the list but counted: the paper has them. */
function readAuthors(authors: unknown[] | undefined, fields: EntryFields, place: JsonPlace, path: string): void {
  if (!authors) return
  const listed: AuthorField[] = []
  // One check for the whole list is much cheaper than one per author; per author only to say which failed.
  const whole = HfAuthorListSchema.safeParse(authors)
  for (const [index, raw] of authors.entries()) {
    const author = whole.success
      ? { success: true as const, data: whole.data[index] as HfAuthor }
      : HfAuthorSchema.safeParse(raw)
    if (!author.success) {
      const { found, expected } = describeProblem({ key: '', value: raw, issue: author.error.issues[0] })
      place.report(
        `Unexpected ${found} in \`${path}[${index}]\` of ${place.label}, expected an author with a \`name\` (${expected}); the author was left out of the list`,
        `${place.format}:invalid-field`,
        place.valuePosition ?? place.position,
      )
    } else if (author.data.hidden !== true && author.data.name.trim()) {
      listed.push({ value: author.data.name.trim(), position: place.valuePosition })
    }
  }
  if (listed.length > 0) fields.authors = listed
  // An empty list says nothing about how many authors there are (not "none").
  if (authors.length > 0) fields.authorCount = { value: String(authors.length), position: place.valuePosition }
}

/**
 * Older responses have no `submittedOnDailyAt`; their listing `publishedAt` is the submission to
 * Daily Papers. Newer ones use that key for the arXiv announcement, hours *before* the paper's
 * own date, and a submission never precedes the paper: so an earlier value is not a submission.
 */
function submittedFallback(listed: string | undefined, paper: string | undefined): string | undefined {
  if (listed === undefined || paper === undefined) return listed
  const [submitted, published] = [Date.parse(listed), Date.parse(paper)]
  return Number.isNaN(submitted) || Number.isNaN(published) || submitted >= published ? listed : undefined
}

function displayName(account: HfUser | HfOrganization | undefined): string | undefined {
  return account?.fullname?.trim() || account?.name?.trim() || undefined
}

function countText(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value)
}

/** Hugging Face serves some images as site-relative paths (`/avatars/…`). */
function absolute(url: string | undefined): string | undefined {
  const trimmed = url?.trim()
  if (!trimmed?.startsWith('/') || trimmed.startsWith('//')) return trimmed
  return `${hfOrigin}${trimmed}`
}
