/**
 * arXiv identifiers, both schemes (https://info.arxiv.org/help/arxiv_identifier.html):
 * new `YYMM.NNNN(N)` (4 digits until 1412, 5 from 1501) and old `archive(.SC)/YYMMNNN`,
 * each with an optional `vN`. No kept package covers this (identifiers-arxiv is two
 * unmaintained regexes without the month check), so it is owned and property-tested here.
 */
import { hfPaperId } from './hf-paper-id.js'

/** A parsed arXiv identifier. */
export interface ArxivId {
  /** The identifier without version, e.g. `2306.15063` or `hep-th/9901001`. */
  id: string
  /** The version number when one was given (`v2` → 2). */
  version?: number
}

const newStyle = /^(\d{2})(\d{2})\.(\d{4,5})(?:v(\d{1,3}))?$/
const oldStyle = /^([a-z]+(?:-[a-z]+)?)(\.[A-Z]{2})?\/(\d{2})(\d{2})(\d{3})(?:v(\d{1,3}))?$/
const prefix = /^(?:arxiv:|(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/)/i

/**
 * Parse an arXiv identifier from a bare id (`2306.15063v2`), an `arXiv:` reference or an
 * abs/pdf/html or Hugging Face paper URL (see `hfPaperId`). Returns `undefined` when the value is none of these.
 */
export function parseArxivId(value: string): ArxivId | undefined {
  let rest = value.trim()
  if (rest.length > 200) return undefined
  const head = prefix.exec(rest)
  const hf = head ? undefined : hfPaperId(rest)
  if (hf !== undefined) rest = hf
  else if (head) {
    rest = rest.slice(head[0].length)
    // Drop what follows the id in a URL: query, fragment, a `.pdf` suffix, a trailing slash.
    rest = rest
      .replace(/[?#].*$/s, '')
      .replace(/\.pdf$/i, '')
      .replace(/\/$/, '')
  }
  let match = newStyle.exec(rest)
  if (match) {
    const [, yy, mm, number, version] = match as unknown as [string, string, string, string, string?]
    const month = Number(mm)
    const year = Number(yy)
    if (month < 1 || month > 12 || year < 7 || (year === 7 && month < 4)) return undefined
    // Five-digit numbers start with 1501; before that, exactly four digits.
    if (year > 14 !== (number.length === 5)) return undefined
    return withVersion(`${yy}${mm}.${number}`, version)
  }
  match = oldStyle.exec(rest)
  if (match) {
    const [, archive, subject, yy, mm, number, version] = match as unknown as [
      string,
      string,
      string | undefined,
      string,
      string,
      string,
      string?,
    ]
    const month = Number(mm)
    const year = Number(yy)
    // The old scheme ran from 1991-08 to 2007-03.
    const inRange = year >= 91 ? year > 91 || month >= 8 : year < 7 || (year === 7 && month <= 3)
    if (month < 1 || month > 12 || !inRange) return undefined
    return withVersion(`${archive}${subject ?? ''}/${yy}${mm}${number}`, version)
  }
  return undefined
}

function withVersion(id: string, version: string | undefined): ArxivId {
  return version === undefined ? { id } : { id, version: Number(version) }
}

/**
 * The canonical abstract page of an id (no version), e.g.
 * `https://arxiv.org/abs/2306.15063`: one `url` for a paper whatever the source linked.
 */
export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`
}
