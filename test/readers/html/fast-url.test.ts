/**
 * Links resolved without `URL` (`fast-url.ts`) must be exactly what `new URL(href, base).href`
 * gives, or not answered at all: on every href and src of every HTML fixture, against the page's
 * own base and a few others, and on thousands of generated hrefs made of the pieces that change
 * a URL (spaces, tabs and newlines, `.` and `..`, `%` escapes, IDN and IP hosts, ports, user info,
 * backslashes, odd schemes). The shapes pages use must be answered (else nothing is faster).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { type BaseParts, baseParts, fastResolve } from '../../../src/readers/html/fast-url.js'
import { isElement, type Node, parseLight } from '../../../src/readers/html/light-tree.js'
import { parseHtml, resolveUrl } from '../../../src/readers/html/page.js'
import { picks, seeded } from '../../helpers.js'

/** What `URL` makes of `href` on `base`, or `undefined` where it throws. */
function reference(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).href
  } catch {
    return undefined
  }
}

/** The hrefs the fast path answers otherwise than `URL`, and how many it answered of how many asked. */
function compare(hrefs: Iterable<string>, bases: ReadonlyArray<string | undefined>) {
  const wrong: string[] = []
  let answered = 0
  let asked = 0
  for (const base of bases) {
    const parts: BaseParts | undefined = base === undefined ? undefined : baseParts(base)
    for (const raw of hrefs) {
      // (As its callers hand it over: trimmed, not empty, not a fragment.)
      const href = raw.trim()
      if (href === '' || href.startsWith('#')) continue
      asked++
      const fast = fastResolve(href, parts)
      if (fast === undefined) continue
      answered++
      const expected = reference(href, base)
      if (fast !== expected) wrong.push(`${JSON.stringify(href)} on ${base}: ${fast}, URL: ${expected}`)
    }
  }
  return { wrong, answered, asked }
}

const pages = (readdirSync('fixtures', { recursive: true }) as string[])
  .filter((path) => path.endsWith('.html'))
  .sort()
  .map((path) => readFileSync(join('fixtures', path), 'utf8'))

const bases = [
  undefined,
  'https://example.org/lab/pubs.html',
  'http://example.org',
  'https://example.org:8443/a/b/?q=1#f',
  'http://example.org/a/b/c/',
  'https://user:pw@example.org/x/',
  'https://[::1]/x',
  'file:///home/x/page.html',
]

// Pieces of hrefs: the shapes pages use, and the characters and parts that change a URL.
const schemes = [
  '',
  '',
  'http://',
  'https://',
  'HTTP://',
  'http:',
  'https:/',
  'mailto:',
  'a:',
  'javascript:',
  '//',
  '/',
]
const hosts = ['example.org', 'a.b', 'xn--bcher-kva.de', 'bücher.de', 'EXAMPLE.org', '1.2.3.4', '0x7f.1', 'a.123']
const hostParts = ['', ':80', ':443', ':8080', ':', 'user@', 'u:p@', '.', '..', '-', '%41', '[::1]', ' ', '\t']
const pathParts = [
  ...['a', 'paper.pdf', 'abs', '2401.00001', 'x-y_z~', '/', '/', '/', '.', '..', './', '../', '%2e', '%2E.', '.%2e'],
  ...['.x/', '.well-known/', '..a'],
  ...['%zz', '%41', '%', ' ', '\t', '\n', '\\', 'é', '😀', "'", '"', '<', '>', '`', '{', '}', '^', '|', '[', ']'],
  ...['?', '?q=1&r=2', '#', '#f', '#a#b', ':', '@', '!$&()*+,;=', '\u0000', '\u007f', 'C:', 'C|'],
]

function generated(count: number, seed: number): string[] {
  const next = seeded(seed)
  return Array.from({ length: count }, () => {
    const scheme = schemes[next(schemes.length)] as string
    const host = scheme.endsWith('//') ? picks(next, hosts, 1) + picks(next, hostParts, next(2)) : ''
    return scheme + host + picks(next, pathParts, next(6))
  })
}

describe('links resolved without URL', () => {
  it('equal URL on every href and src of every HTML fixture, against the page base and others', () => {
    const hrefs = new Set<string>()
    const pageBases = new Set<string>()
    for (const text of pages) {
      const stack: Node[] = [parseLight(new VFile(text)).document as Node]
      for (let node = stack.pop(); node; node = stack.pop()) {
        if (isElement(node))
          for (const { name, value } of node.attrs) if (name === 'href' || name === 'src') hrefs.add(value)
        if ('childNodes' in node) stack.push(...(node.childNodes as Node[]))
      }
      const base = parseHtml(new VFile(text)).baseUrl
      if (base) pageBases.add(base)
    }
    expect(hrefs.size).toBeGreaterThan(5000)
    const { wrong, answered, asked } = compare(hrefs, [...bases, ...pageBases])
    expect(wrong).toEqual([])
    // Most hrefs on real pages take the fast path (else it saves nothing).
    expect(answered / asked).toBeGreaterThan(0.5)
  })

  it('equal URL on generated hrefs, or leave them to it', () => {
    const hrefs = generated(4000, 11)
    const { wrong, answered } = compare(hrefs, bases)
    expect(wrong).toEqual([])
    expect(answered).toBeGreaterThan(1000)
  })

  it('answer the common shapes, and leave the odd ones to URL', () => {
    const parts = baseParts('https://example.org/lab/pubs.html')
    expect(fastResolve('/paper.pdf', parts)).toBe('https://example.org/paper.pdf')
    expect(fastResolve('../x/./y.pdf?a=1#f', parts)).toBe('https://example.org/x/y.pdf?a=1#f')
    expect(fastResolve('?page=2', parts)).toBe('https://example.org/lab/pubs.html?page=2')
    expect(fastResolve('//cdn.example.org', parts)).toBe('https://cdn.example.org/')
    expect(fastResolve('https://arxiv.org/abs/2401.00001', undefined)).toBe('https://arxiv.org/abs/2401.00001')
    for (const odd of ['http://example.org:80/', 'http://u@a.org/', 'http://1.2.3.4/', 'HTTP://A.ORG/', 'a b', 'a\\b'])
      expect(fastResolve(odd, parts), odd).toBeUndefined()
    for (const odd of ['http://xn--bcher-kva.de/', 'x/%2e%2e/y', 'mailto:a@b.org', 'a:b', 'http:x', 'é.pdf'])
      expect(fastResolve(odd, parts), odd).toBeUndefined()
    expect(baseParts('file:///x/')).toBeUndefined()
    expect(baseParts('https://u:p@example.org/')).toBeUndefined()
  })

  it("leave dot segments after a segment that starts with a dot to URL (Node 20's URL keeps them)", () => {
    const root = baseParts('http://h/')
    for (const [href, base] of [
      ['a/.x/../z', 'http://h/'],
      ['/a/.well-known/../x', 'https://h/'],
      ['https://h/a/.b/../x', undefined],
      ['//h/a/.b/../c', 'https://x/'],
      ['a/.x/b/..?q', 'http://h/'],
      ['../y', 'http://h/.w/a/'],
    ] as const) {
      expect(fastResolve(href, base === undefined ? undefined : baseParts(base)), href).toBeUndefined()
      expect(resolveUrl(href, base), href).toBe(reference(href, base))
    }
    // Either alone is still answered.
    expect(fastResolve('a/.x/z', root)).toBe('http://h/a/.x/z')
    expect(fastResolve('a/../z', root)).toBe('http://h/z')
  })

  it('answer no empty href or fragment (they keep the base query, which the parts do not hold)', () => {
    const parts = baseParts('https://example.org/lab/pubs.html?page=2')
    for (const href of ['', '#x']) expect(fastResolve(href, parts), href).toBeUndefined()
  })

  it('leave resolveUrl as it was: an absolute href against a base that does not parse gives nothing', () => {
    expect(resolveUrl('https://example.org/x', 'not a url')).toBe(reference('https://example.org/x', 'not a url'))
    expect(resolveUrl('https://example.org/x', 'not a url')).toBeUndefined()
    expect(resolveUrl('/x', 'file:///a/b')).toBeUndefined()
    expect(resolveUrl('https://example.org/x', 'file:///a/b')).toBe('https://example.org/x')
  })
})
