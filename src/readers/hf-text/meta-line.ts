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
  if (line.length > 80) return undefined
  const result: MetaLine = { separator: false }
  let index = 0
  const take = (pattern: RegExp): RegExpExecArray | undefined => {
    pattern.lastIndex = index
    const match = pattern.exec(line)
    if (match) index = pattern.lastIndex
    return match ?? undefined
  }
  const part = (match: RegExpExecArray, group: string): Part => {
    const from = match.index + match[0].indexOf(group)
    return { value: group, from, to: from + group.length }
  }
  // A bullet only counts before an author count; a lone `·` is the separator.
  const lead = take(bullet)
  const count_ = take(authors)
  if (count_) result.authorCount = part(count_, count_[1] as string)
  else if (lead) {
    if (lead[0].trim() !== '·') return undefined
    result.separator = true
  }
  if (take(separator)) result.separator = true
  const dated = take(date)
  if (dated) {
    result.date = part(dated, dated[1] as string)
    const comments = take(count)
    if (comments) result.comments = part(comments, comments[1] as string)
  }
  if (index !== line.length) return undefined
  if (!result.authorCount && !result.date && !result.separator) return undefined
  return result
}
