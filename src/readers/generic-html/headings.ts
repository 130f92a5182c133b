/**
 * Headings between groups of records carry into the records below them: a year heading gives
 * the year, a venue heading (`ACL 2023`, `Proceedings of …`, `Vol. 3, Issue 2`) the venue, and
 * any other heading ("Journal articles") the listing section. A heading counts when it sits
 * among the records, or right above the first one with nothing shown in between.
 */
import type { EntryFields } from '../../core/entry.js'
import type { Element } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'

/** A record as far as headings are concerned. */
export interface Placed {
  start: number
  end: number
  fields: EntryFields
}

const yearHeading = /^(?:year\s*)?((?:19|20)\d\d)\s*(?:\(\d+\))?\s*:?$/i
const typeHeading =
  /^(?:(?:refereed|peer[- ]reviewed|selected|recent|other|international|national)\s+)*(?:journal|conference|workshop|book|invited|short|long|preprints?|theses|thesis|technical|patents?|chapters?|talks?|posters?)?\s*(?:articles?|papers?|publications?|proceedings|preprints?|reports?|chapters?|contributions?)?$/i
const venueHeading =
  /\b(?:proceedings|conference|workshop|symposium|journal|transactions|letters|vol\.|volume|issue|no\.)\b|^[A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*[\s'’-]*(?:19|20)?\d\d$/

/** Fill year, venue and listing section of records (document order) from the headings above them. */
export function carryHeadings(page: HtmlPage, headings: readonly Element[], records: readonly Placed[]): void {
  const first = records[0]
  const last = records[records.length - 1]
  if (!first || !last) return
  // Both lists are in document order: one merge walk finds the headings inside records.
  const among: Element[] = []
  let next = 0
  for (const heading of headings) {
    const start = heading.startOffset ?? -1
    if (start <= first.start || start >= last.end) continue
    while (next < records.length && (records[next]?.end ?? 0) <= start) next++
    const record = records[next]
    if (!record || start < record.start) among.push(heading)
  }
  // The heading right above the first record, nothing shown in between, when it is of the
  // level of the headings among the records (not the page's title above a year heading).
  const above: Element[] = []
  const levels = new Set(among.map((heading) => heading.tagName))
  for (let index = headings.length - 1; index >= 0; index--) {
    const heading = headings[index] as Element
    if ((heading.startOffset ?? 0) >= first.start) continue
    if (
      nothingShown(page.source, heading.endOffset ?? 0, first.start) &&
      (levels.size === 0 || levels.has(heading.tagName))
    ) {
      above.push(heading)
    }
    break
  }
  const all = [...above, ...among]
  if (all.length === 0) return
  // What each heading gives, read once when it is met (not again for every record below it).
  const stack: Carried[] = []
  let at = 0
  for (const record of records) {
    while (at < all.length && ((all[at] as Element).startOffset ?? 0) < record.start) {
      const heading = all[at] as Element
      const level = Number(heading.tagName.slice(1))
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop()
      stack.push(carried(page.text(heading), level, heading))
      at++
    }
    for (let index = stack.length - 1; index >= 0; index--) {
      const { text, heading, year, venue, venueYear } = stack[index] as Carried
      // (A position each record: records' fields share no position object between entries.)
      const position = page.positionOf(heading)
      if (year) {
        record.fields.year ??= { value: year, position }
        continue
      }
      if (venue) {
        record.fields.venue ??= { value: text, position }
        if (venueYear) record.fields.year ??= { value: venueYear, position }
      }
      record.fields.listingSection ??= { value: text, position }
    }
  }
}

/** A heading on the stack of those above a record, and what it gives: a year, or a venue and its year. */
interface Carried {
  level: number
  text: string
  heading: Element
  year: string | undefined
  venue: boolean
  venueYear: string | undefined
}

function carried(text: string, level: number, heading: Element): Carried {
  const year = yearHeading.exec(text)?.[1]
  const venue = !year && !typeHeading.test(text) && venueHeading.test(text)
  const venueYear = venue ? /((?:19|20)\d\d)$/.exec(text)?.[1] : undefined
  return { level, text, heading, year, venue, venueYear }
}

/** Whether the markup between two offsets shows no text (tags and spaces only); short spans only. */
function nothingShown(source: string, from: number, to: number): boolean {
  if (to < from) return false
  if (to - from > 4000) return false
  return (
    source
      .slice(from, to)
      .replace(/<[^<>]*>/g, '')
      .replace(/&nbsp;|\s/g, '') === ''
  )
}
