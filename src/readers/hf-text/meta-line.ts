/**
 * The metadata lines under a paper on a Hugging Face listing copied as text:
 * `• 4 authors`, `·`, `Jun 26, 2023`, `May 13, 2023 2` (date, then the comment count),
 * `Apr 25` (no year), or several of these on one line. Sticky regexes, one pass, no
 * backtracking across parts.
 */

/** A part of a line: its text and where it sits in the trimmed line. */
export interface Part {
  value: string
  from: number
  to: number
}

/** What one metadata line holds. */
export interface MetaLine {
  authorCount?: Part
  date?: Part
  comments?: Part
  separator: boolean
}

const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const bullet = /[•*\-‣◦▪·][ \t]*/y
const authors = /(\d{1,5}) authors?\b[ \t]*/y
const separator = /·[ \t]*/y
const date = new RegExp(`(${month} \\d{1,2}(?:, \\d{4}| (?:19|20)\\d{2}(?![\\d,]))?)(?:[ \\t]+|$)`, 'y')
const count = /(\d{1,7})[ \t]*$/y

/**
 * Read a trimmed line (NBSP already turned into spaces) as a metadata line, or
 * return `undefined` when it is anything else.
 */
export function parseMetaLine(line: string): MetaLine | undefined {
  if (line.length > 80 || !mayStartMeta(line.charCodeAt(0))) return undefined
  const result: MetaLine = { separator: false }
  // A bullet only counts before an author count; a lone `·` is the separator.
  const lead = take(bullet, line, 0)
  let index = lead ? bullet.lastIndex : 0
  const count_ = take(authors, line, index)
  if (count_) {
    index = authors.lastIndex
    result.authorCount = part(count_, count_[1] as string)
  } else if (lead) {
    if (lead[0].trim() !== '·') return undefined
    result.separator = true
  }
  if (take(separator, line, index)) {
    index = separator.lastIndex
    result.separator = true
  }
  const dated = take(date, line, index)
  if (dated) {
    index = date.lastIndex
    result.date = part(dated, dated[1] as string)
    const comments = take(count, line, index)
    if (comments) {
      index = count.lastIndex
      result.comments = part(comments, comments[1] as string)
    }
  }
  if (index !== line.length) return undefined
  if (!result.authorCount && !result.date && !result.separator) return undefined
  return result
}

// What a metadata line can start with: a bullet, a digit (an author count) or a month's initial.
const starts = new Set([...'•*-‣◦▪·0123456789JFMASOND'].map((char) => char.charCodeAt(0)))

function mayStartMeta(code: number): boolean {
  return starts.has(code)
}

/** `pattern` (sticky) at `index` of `line`; after a match, `pattern.lastIndex` is where it ended. */
function take(pattern: RegExp, line: string, index: number): RegExpExecArray | undefined {
  pattern.lastIndex = index
  return pattern.exec(line) ?? undefined
}

function part(match: RegExpExecArray, group: string): Part {
  const from = match.index + match[0].indexOf(group)
  return { value: group, from, to: from + group.length }
}
