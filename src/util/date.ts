/**
 * Dates as listing pages print them: `Jun 26, 2023`, `Apr 25` (no year), `26 Jun 2023`,
 * `19 December, 2025`, and ISO timestamps from APIs. A fixed, small set of shapes, so a
 * month table and anchored patterns are enough; free-text parsers (chrono) also read
 * numbers in prose as dates, which is the wrong trade here.
 */

const months: Record<string, number> = {}
for (const [index, name] of [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
].entries()) {
  months[name] = index + 1
  months[name.slice(0, 3)] = index + 1
}
months.sept = 9

const monthFirst = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/
const dayFirst = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/
const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** A calendar date read from a page. */
export interface ListingDate {
  /** `YYYY-MM-DD`. */
  date: string
  /** The year was not on the page and was inferred from the reference date. */
  yearInferred: boolean
}

/**
 * Read a listing date. Year-less dates resolve to the latest such day not after
 * `reference` (`YYYY-MM-DD`). Returns `undefined` for anything that is not a real day.
 */
export function parseListingDate(raw: string, reference: string): ListingDate | undefined {
  const value = raw.trim().replace(/\s+/g, ' ')
  if (value.length > 40) return undefined
  let match = iso.exec(value)
  if (match) return make(Number(match[1]), Number(match[2]), Number(match[3]), false)
  match = dayFirst.exec(value)
  if (match) return make(Number(match[3]), months[(match[2] ?? '').toLowerCase()], Number(match[1]), false)
  match = monthFirst.exec(value)
  if (!match) return undefined
  const month = months[(match[1] ?? '').toLowerCase()]
  const day = Number(match[2])
  if (match[3]) return make(Number(match[3]), month, day, false)
  if (month === undefined) return undefined
  const [refYear, refMonth, refDay] = reference.split('-').map(Number) as [number, number, number]
  const notAfter = month < refMonth || (month === refMonth && day <= refDay)
  // Feb 29 without a year: step back to the last leap year that is not after the reference.
  for (let year = notAfter ? refYear : refYear - 1, tries = 0; tries < 8; year--, tries++) {
    const found = make(year, month, day, true)
    if (found) return found
  }
  return undefined
}

function make(year: number, month: number | undefined, day: number, yearInferred: boolean): ListingDate | undefined {
  if (month === undefined || month < 1 || month > 12 || day < 1) return undefined
  const utc = new Date(Date.UTC(year, month - 1, day))
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined
  return { date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, yearInferred }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/** Today as `YYYY-MM-DD` in UTC. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}

const monthYear = /^([A-Za-z]{3,9})\.?,? (\d{4})$/
const isoMonth = /^(\d{4})-(\d{2})$/

/** Read a month (`December 2025`, `Dec 2025`, `2025-12`) as `YYYY-MM`, or `undefined`. */
export function parseListingMonth(raw: string): string | undefined {
  const value = raw.trim().replace(/\s+/g, ' ')
  if (value.length > 40) return undefined
  const iso = isoMonth.exec(value)
  const named = iso ? undefined : monthYear.exec(value)
  const year = Number(iso?.[1] ?? named?.[2])
  const month = iso ? Number(iso[2]) : months[(named?.[1] ?? '').toLowerCase()]
  if (!year || month === undefined || month < 1 || month > 12) return undefined
  return `${pad(year, 4)}-${pad(month, 2)}`
}
