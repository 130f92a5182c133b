/**
 * The header a crawler puts before the page: YAML front matter (`url:`, `retrieved:`), or a
 * few `Key: value` lines (`# Web source` / `- URL: …` / `- Captured (UTC): …`, or a reader
 * service's `URL Source: …`). It says where the page came from and when it was captured.
 */

/** A header value and its offsets in the source. */
export interface HeaderValue {
  value: string
  start: number
  end: number
}

/** What the header says, and where the page itself starts. */
export interface CaptureHeader {
  url?: HeaderValue
  capturedAt?: HeaderValue
  /** Offset where the page starts: after the front matter, else 0. */
  bodyStart: number
}

// `key: value` with a bullet allowed before it; keys are short words, so the match is bounded.
const keyValue = /^[ \t]*(?:[-*+][ \t]+)?([A-Za-z][\w ()-]{0,40}?)[ \t]*:[ \t]*(\S.*)$/d
const urlKeys = new Set(['url', 'source url', 'url source', 'source', 'page url', 'canonical url', 'original url'])
const capturedKeys = new Set([
  'retrieved',
  'retrieved at',
  'retrieved on',
  'captured',
  'captured at',
  'captured on',
  'captured (utc)',
  'capture date',
  'date captured',
  'fetched',
  'fetched at',
  'scraped at',
  'crawled at',
])
// An ISO day, optionally with a time: the part of a timestamp the date reader understands.
const isoStamp = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?/
/** Header lines are looked for only this far into a capture without front matter. */
const headerLines = 40
/** Front matter is looked for within this many lines. */
const frontMatterLines = 200

/** Read the capture header at the start of `source`, if there is one. */
export function readHeader(source: string): CaptureHeader {
  const header: CaptureHeader = { bodyStart: 0 }
  // Lines are cut one at a time, only as far as the header is looked for (not 200 of them up front).
  const first = lineAt(source, source.charCodeAt(0) === 0xfeff ? 1 : 0)
  if (first && /^---[ \t]*$/.test(first.text)) {
    const inside: Line[] = []
    for (let line = lineAt(source, first.next), index = 1; line && index < frontMatterLines; index++) {
      if (/^(?:---|\.\.\.)[ \t]*$/.test(line.text)) {
        for (const item of inside) take(header, item)
        header.bodyStart = line.next
        return header
      }
      inside.push(line)
      line = lineAt(source, line.next)
    }
  }
  for (let line = first, index = 0; line && index < headerLines; index++) {
    // The page has begun: a card's link or a paper heading ends the search.
    if (/^[ \t]*(?:\[|#{3})/.test(line.text)) break
    take(header, line)
    line = lineAt(source, line.next)
  }
  return header
}

interface Line {
  text: string
  start: number
  /** Offset of the next line. */
  next: number
}

/** The line starting at `start` (its text cut at 1,000 characters), or `undefined` at the end. */
function lineAt(source: string, start: number): Line | undefined {
  if (start >= source.length) return undefined
  let end = start
  while (end < source.length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++
  const next = end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1)
  return { text: source.slice(start, Math.min(end, start + 1000)), start, next }
}

function take(header: CaptureHeader, line: Line): void {
  const match = keyValue.exec(line.text)
  const at = match?.indices?.[2]
  if (!match || !at) return
  const key = (match[1] as string).toLowerCase().replace(/[_-]/g, ' ').trim()
  let value = (match[2] as string).trimEnd()
  let start = line.start + at[0]
  const quoted = /^(["']).*\1$/.test(value)
  if (quoted) {
    value = value.slice(1, -1)
    start++
  }
  if (urlKeys.has(key) && !header.url && /^https?:\/\/\S+$/i.test(value)) {
    header.url = { value, start, end: start + value.length }
  } else if (capturedKeys.has(key) && !header.capturedAt) {
    // Keep the ISO part of a timestamp (`2024-08-02 09:30 UTC` → `2024-08-02 09:30`).
    value = isoStamp.exec(value)?.[0] ?? value
    header.capturedAt = { value, start, end: start + value.length }
  }
}
