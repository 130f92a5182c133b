/**
 * Links made absolute without a `URL` object, for the shapes listing pages are made of: an
 * absolute http(s) URL with a plain host, and `/path`, `path`, `../path`, `?query` and `//host`
 * against an http(s) base. Each gives exactly what `new URL(href, base).href` gives (a test
 * compares the two on every href of every fixture and on thousands of generated ones); anything
 * else (a port, user info, an IP, IDN or upper-case host, `%2e`, a backslash, a character `URL`
 * would encode or drop) gives `undefined` here and is left to `URL`. A `URL` object was most of
 * what resolving a link cost (a listing resolves every anchor).
 * Spec: https://url.spec.whatwg.org/#concept-basic-url-parser
 */

/** A base URL taken apart once: what a relative href is resolved against. */
export interface BaseParts {
  /** `http:` or `https:`. */
  readonly scheme: string
  /** Scheme, `//` and host (with a port that is not the default), as the base's `href` starts. */
  readonly origin: string
  /** The base's path, as its `href` has it (`/a/b.html`). */
  readonly path: string
  /** The path up to and including its last `/` (`/a/`): where a path-relative href starts. */
  readonly directory: string
}

/** The parts of an http(s) `base` without user info, or `undefined` (then every href goes to `URL`). */
export function baseParts(base: string): BaseParts | undefined {
  let url: URL
  // Not `canParse` then `new URL`: on Node 20 a hot `canParse` accepts some Latin-1 hosts that `URL` then throws on.
  try {
    url = new URL(base)
  } catch {
    return undefined
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '')
    return undefined
  const path = url.pathname
  return {
    scheme: url.protocol,
    origin: `${url.protocol}//${url.host}`,
    path,
    directory: path.slice(0, path.lastIndexOf('/') + 1),
  }
}

// Character classes (ASCII; anything else is left to `URL`).
const HOST = 1
const PATH = 2
const QUERY = 4
const classes = new Uint8Array(128)
function mark(chars: string, kind: number): void {
  for (let index = 0; index < chars.length; index++) {
    const code = chars.charCodeAt(index)
    classes[code] = (classes[code] ?? 0) | kind
  }
}
mark('abcdefghijklmnopqrstuvwxyz0123456789.-', HOST)
// Kept as written in a special URL's path, query and fragment (`'` is encoded in a query, so left
// out; `?` and `#` end the path, `#` the query).
mark('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&()*+,;=:@/%', PATH | QUERY)
mark('?', QUERY)

function is(code: number, kind: number): boolean {
  return code < 128 && ((classes[code] as number) & kind) !== 0
}

/**
 * `value` (trimmed) made absolute against `base`, exactly as `new URL(value, base).href`, when it
 * has one of the shapes read here; `undefined` otherwise, an empty href and a fragment among them
 * (not an answer: the caller asks `URL`).
 */
export function fastResolve(value: string, base: BaseParts | undefined): string | undefined {
  const first = value.charCodeAt(0)
  // An empty href or a fragment keeps the base's query, which the parts do not hold.
  if (value === '' || first === 35 /* # */) return undefined
  if (first === 47 /* / */) {
    if (base === undefined) return undefined
    if (value.charCodeAt(1) === 47) return withHost(base.scheme, value, 2)
    return rest(base.origin, value, 1, '/')
  }
  if (first === 63 /* ? */) {
    if (base === undefined) return undefined
    const tail = queryAndFragment(value, 0)
    return tail === undefined ? undefined : base.origin + base.path + tail
  }
  if (value.startsWith('http://')) return withHost(undefined, value, 7)
  if (value.startsWith('https://')) return withHost(undefined, value, 8)
  if (base === undefined) return undefined
  // A path-relative href: a `:` before its first `/` could be a scheme (`mailto:`, `a:b`).
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at)
    if (code === 58 /* : */) return undefined
    if (code === 47 || code === 63 || code === 35) break
  }
  return rest(base.origin, value, 0, base.directory)
}

/**
 * The URL whose host starts at `from` (after `//`), for a plain host; else `undefined`. `scheme`
 * goes before a scheme-relative `//host`; without it, `value` starts with its own.
 */
function withHost(scheme: string | undefined, value: string, from: number): string | undefined {
  let at = from
  let labelStart = from
  for (; at < value.length; at++) {
    const code = value.charCodeAt(at)
    if (code === 47 || code === 63 || code === 35) break
    if (!is(code, HOST)) return undefined
    if (code === 46 /* . */) {
      // An empty label (`a..b`, `.a`) is left to `URL`.
      if (at === labelStart) return undefined
      labelStart = at + 1
    }
  }
  if (at === from) return undefined
  // The last label (before a final dot): a digit there makes the host an IPv4 address or invalid
  // (`1.2.3.4`, `0x7f.1`, `a.123`); `xn--` labels are checked punycode. Both are left to `URL`.
  const last = labelStart === at ? value.lastIndexOf('.', at - 2) + 1 : labelStart
  const code = value.charCodeAt(Math.max(last, from))
  if ((code >= 48 && code <= 57) || value.slice(from, at).includes('xn--')) return undefined
  // An absolute URL with a path and nothing to change is its own `href` (no new string).
  if (scheme === undefined && value.charCodeAt(at) === 47) return rest(undefined, value, at + 1, '/')
  const origin = (scheme ?? '') + value.slice(0, at)
  return rest(origin, value, value.charCodeAt(at) === 47 ? at + 1 : at, '/')
}

/**
 * `origin` + the path at `from` (after `directory`, dot segments removed) + the query and fragment,
 * or `undefined` for a character left to `URL`. Without `origin`, `value` before `from` is the
 * origin and `/` as written: `value` itself when no dot segment is to be removed.
 */
function rest(origin: string | undefined, value: string, from: number, directory: string): string | undefined {
  let end = from
  let dots = false
  // A segment that starts with a dot and is not a dot segment (`.well-known`).
  let dotName = false
  for (; end < value.length; end++) {
    const code = value.charCodeAt(end)
    if (code === 63 || code === 35) break
    if (!is(code, PATH)) return undefined
    if (code === 46 /* . */ && (end === from || value.charCodeAt(end - 1) === 47)) {
      if (isDotSegment(value, end)) dots = true
      else dotName = true
    }
    // `%2e` is a dot too where a segment is made of dots.
    else if (code === 37 && value.charCodeAt(end + 1) === 50 && (value.charCodeAt(end + 2) | 0x20) === 101)
      return undefined
  }
  // Node 20's URL (ada 2.9) keeps `.` and `..` after such a segment (`a/.x/../z`), against the
  // spec (ada-url/ada#935): what `URL` gives there is left to `URL`, so the two never differ.
  if (dots && (dotName || directory.includes('/.'))) return undefined
  const tail = queryAndFragment(value, end)
  if (tail === undefined) return undefined
  if (origin === undefined && !dots) return value
  const path = value.slice(from, end)
  return (origin ?? value.slice(0, from - 1)) + (dots ? withoutDots(directory, path) : directory + path) + tail
}

/** Whether the segment starting at `at` is `.` or `..`. */
function isDotSegment(value: string, at: number): boolean {
  const next = at + 1 < value.length && value.charCodeAt(at + 1) === 46 ? at + 2 : at + 1
  if (next >= value.length) return true
  const code = value.charCodeAt(next)
  return code === 47 || code === 63 || code === 35
}

/**
 * `directory` + `path` with `.` and `..` segments applied as URL's path state does: `..` drops
 * the segment before it, and either at the end leaves an empty segment (a final `/`).
 */
function withoutDots(directory: string, path: string): string {
  const segments = directory.split('/').slice(1, -1)
  const parts = path.split('/')
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string
    const last = index === parts.length - 1
    if (part === '..') {
      segments.pop()
      if (last) segments.push('')
    } else if (part === '.') {
      if (last) segments.push('')
    } else segments.push(part)
  }
  return `/${segments.join('/')}`
}

/** The query and fragment at `from` (`?…#…`, either, or nothing) when they are kept as written; else `undefined`. */
function queryAndFragment(value: string, from: number): string | undefined {
  let fragment = false
  for (let at = from + 1; at < value.length; at++) {
    const code = value.charCodeAt(at)
    if (code === 35 && !fragment) fragment = true
    else if (!is(code, QUERY)) return undefined
  }
  return from < value.length ? value.slice(from) : ''
}
