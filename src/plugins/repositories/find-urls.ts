/**
 * URLs in prose: abstracts, comments and summaries as pages, feeds and PDF copies write
 * them. A hand-written scanner rather than a URL regex: the span rules (LaTeX escapes,
 * brackets that belong to the sentence, a URL broken at a line end) are about prose, and a
 * single forward pass keeps the cost linear in the text on any input.
 */

/** A URL found in a text, as written there once the prose around it is cut off. */
export interface FoundUrl {
  /** The URL text: escapes undone (`\_` → `_`), a line break inside it removed. */
  url: string
  /** Offset of its first character in the text. */
  start: number
  /** Offset just after its last character in the text. */
  end: number
}

/** Longer than any real link; a longer run of URL characters is not one. */
export const maxUrlLength = 2048

// Hosts recognised without a scheme (`github.com/a/b`); any other host needs `http(s)://` or `www.`.
const bareHosts = [
  'github\\.com',
  'gitlab\\.com',
  'bitbucket\\.org',
  'codeberg\\.org',
  'gitee\\.com',
  'git\\.sr\\.ht',
  'sourceforge\\.net',
  'anonymous\\.4open\\.science',
  'huggingface\\.co',
  'hf\\.co',
  'sites\\.google\\.com',
  'aka\\.ms',
  'zenodo\\.org',
  'arxiv\\.org',
]
// Where a URL may start. The look-behind keeps starts at the head of a run of host
// characters, so the optional subdomain group scans each run once: linear overall.
const start = new RegExp(
  `(?<![\\w.@+-])(?:https?://|www\\.|(?:[a-z0-9-]+\\.)*(?:(?:${bareHosts.join('|')})/|(?:github|gitlab)\\.io(?![\\w-])))`,
  'gi',
)

// RFC 3986 characters, less the brackets (`[]` only appear in IPv6 hosts, and prose uses them).
const urlChars = new Uint8Array(128)
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'()*+,;=%") {
  urlChars[char.charCodeAt(0)] = 1
}
// Characters TeX and markdown escape with a backslash inside a URL (`\_`, `\%`, `\#`).
const escapable = new Set(['_', '%', '#', '&', '~', '$'])
// Punctuation that ends a sentence or clause rather than the URL.
const trailing = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '*'])
// A forge URL still missing its repository, which a line break may have split (`github.com/owner/`).
const unfinished =
  /^(?:https?:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com|huggingface\.co)\/(?:[^/]+\/)?$/i

// Anchors: every match of `start` holds one of these, so a text without any has no URL. A plain
// alternation of words is much cheaper per character than `start`'s look-behind, and most
// abstracts have no link at all.
const anchors = new RegExp(`https?://|www\\.|(?:${bareHosts.join('|')})/|(?:github|gitlab)\\.io`, 'gi')
// Markers: every anchor holds a `/`, `www.` or `.io`, at most `lead` characters after its start
// (`anonymous.4open.science/`). Finding them (`indexOf` of `/` and of `.`, native and fast) is
// several times cheaper than the anchors' alternation, which then only runs from just before the first.
const lead = Math.max(...bareHosts.map((host) => host.replaceAll('\\', '').length), 'https:/'.length)

/** Where the first anchor may start: at or after the returned offset; `-1` when the text has none. */
function firstMarker(text: string): number {
  const slash = text.indexOf('/')
  const word = firstDotMarker(text, slash < 0 ? text.length : slash)
  const first = slash < 0 ? word : word < 0 ? slash : Math.min(slash, word)
  return first < 0 ? -1 : Math.max(0, first - lead)
}

/**
 * Where the first `www.` or `.io` (any case) starts, or -1 (or an offset at or past `limit`
 * when none starts before it): each holds a `.`, so only the dots are looked at (prose has
 * one every sentence or so).
 */
function firstDotMarker(text: string, limit: number): number {
  for (let dot = text.indexOf('.'); dot !== -1 && dot < limit + 3; dot = text.indexOf('.', dot + 1)) {
    if (dot >= 3 && isW(text.charCodeAt(dot - 1)) && isW(text.charCodeAt(dot - 2)) && isW(text.charCodeAt(dot - 3)))
      return dot - 3
    if ((text.charCodeAt(dot + 1) | 0x20) === 105 /* i */ && (text.charCodeAt(dot + 2) | 0x20) === 111 /* o */)
      return dot
  }
  return -1
}

function isW(code: number): boolean {
  return (code | 0x20) === 119
}

/** Every URL in `text`, in order, with its span. Linear in `text.length`. */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = []
  const from = firstMarker(text)
  if (from < 0) return found
  anchors.lastIndex = from
  const anchor = anchors.exec(text)
  if (!anchor) return found
  // No match of `start` can begin before the run of host characters that leads to the first anchor.
  start.lastIndex = runStart(text, anchor.index)
  let match = start.exec(text)
  while (match) {
    const from = match.index
    const scanned = scan(text, from)
    if (scanned.url !== undefined) found.push({ url: scanned.url, start: from, end: scanned.end })
    // Go on after everything scanned, so no character is scanned twice.
    start.lastIndex = Math.max(scanned.stop, from + match[0].length)
    match = start.exec(text)
  }
  return found
}

/** Where the run of host characters (`[\w.@+-]`) that ends at `index` starts. */
function runStart(text: string, index: number): number {
  let at = index
  while (at > 0 && isRunChar(text.charCodeAt(at - 1))) at--
  return at
}

function isRunChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 46 ||
    code === 64 ||
    code === 43 ||
    code === 45
  )
}

/**
 * Read a URL from `from`: URL characters, escapes, at most two line-end breaks, then cut
 * the punctuation that belongs to the prose. `stop` is how far the text was consumed.
 */
function scan(text: string, from: number): { url: string | undefined; end: number; stop: number } {
  let url = ''
  let index = from
  let joins = 0
  let tooLong = false
  for (;;) {
    while (index < text.length) {
      const code = text.charCodeAt(index)
      if (code < 128 && urlChars[code] === 1) {
        if (!tooLong) url += text[index]
        index++
      } else if (code === 92 /* \ */ && escapable.has(text[index + 1] ?? '')) {
        if (!tooLong) url += text[index + 1]
        index += 2
      } else break
      if (url.length > maxUrlLength) tooLong = true
    }
    if (tooLong || joins === 2) break
    const next = continuation(text, index, url)
    if (next === undefined) break
    index = next
    joins++
  }
  if (tooLong) return { url: undefined, end: index, stop: index }
  let end = index
  // Cut prose punctuation and closing brackets the URL did not open.
  let depth = parenDepth(url)
  for (;;) {
    const last = url[url.length - 1]
    if (last === undefined) break
    if (trailing.has(last) || (last === ')' && depth < 0)) {
      if (last === ')') depth++
      url = url.slice(0, -1)
      end = lastUrlChar(text, end)
    } else break
  }
  return { url: url.length > 0 ? url : undefined, end, stop: index }
}

/**
 * Where a URL broken at a line end goes on, if it does: after a hyphen (`distribution-`
 * then `shift`), or after the slash of a forge URL that still lacks its repository. The
 * break is one space or one line ending; the next piece must start like a path does.
 */
function continuation(text: string, index: number, url: string): number | undefined {
  const last = url[url.length - 1]
  if (last !== '-' && !(last === '/' && unfinished.test(url))) return undefined
  let next = index
  if (text[next] === '\r') next++
  if (text[next] === '\n') next++
  else if (next === index && text[next] === ' ') next++
  if (next === index) return undefined
  return /[A-Za-z0-9_]/.test(text[next] ?? '') ? next : undefined
}

/** Opened minus closed parentheses: below zero, a `)` closes prose (Wikipedia-style paths keep theirs). */
function parenDepth(url: string): number {
  let depth = 0
  for (const char of url) {
    if (char === '(') depth++
    else if (char === ')') depth--
  }
  return depth
}

/** The offset just before the last URL character ending at `end` (an escape counts as one). */
function lastUrlChar(text: string, end: number): number {
  return text[end - 2] === '\\' && escapable.has(text[end - 1] ?? '') ? end - 2 : end - 1
}
