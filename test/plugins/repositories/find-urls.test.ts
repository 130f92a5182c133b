import { describe, expect, it } from 'vitest'
import { findUrls, maxUrlLength } from '../../../src/plugins/repositories/find-urls.js'

/** Each URL found, with the text its span covers. */
const spans = (text: string) => findUrls(text).map((hit) => [hit.url, text.slice(hit.start, hit.end)])

describe('findUrls', () => {
  it('gives each URL with the exact span it covers', () => {
    const text = 'Code is available at https://github.com/a/b. Project page: https://a.github.io/.'
    expect(findUrls(text)).toEqual([
      { url: 'https://github.com/a/b', start: 21, end: 43 },
      { url: 'https://a.github.io/', start: 59, end: 79 },
    ])
  })

  it('starts at a scheme, at www., or at a known host; not inside a word or an address', () => {
    expect(spans('x https://a.org/1 www.b.org/2 gitlab.com/c/d e.github.io f')).toEqual([
      ['https://a.org/1', 'https://a.org/1'],
      ['www.b.org/2', 'www.b.org/2'],
      ['gitlab.com/c/d', 'gitlab.com/c/d'],
      ['e.github.io', 'e.github.io'],
    ])
    expect(spans('xhttps://a.org me@github.com/x notgithub.com/a/b')).toEqual([])
  })

  it('finds a URL whose first slash, www. or .io lies far into it, in any case', () => {
    // The scan starts a little before the first `/`, `www.` or `.io`: each anchor reaches it within its host.
    expect(spans('Code: anonymous.4open.science/r/abc-1 and more')).toEqual([
      ['anonymous.4open.science/r/abc-1', 'anonymous.4open.science/r/abc-1'],
    ])
    expect(spans('Pages at Foo.GitHub.IO and WWW.Example.org, no slash anywhere')).toEqual([
      ['Foo.GitHub.IO', 'Foo.GitHub.IO'],
      ['WWW.Example.org', 'WWW.Example.org'],
    ])
    expect(spans('see sub.SourceForge.NET/projects/x, then and/or')).toEqual([
      ['sub.SourceForge.NET/projects/x', 'sub.SourceForge.NET/projects/x'],
    ])
    expect(spans('no link here: a.b, c.d. and e.f')).toEqual([])
  })

  it('undoes TeX and markdown escapes, the span covering the backslashes', () => {
    expect(spans('\\url{https://github.com/o/my\\_repo\\%20x}')).toEqual([
      ['https://github.com/o/my_repo%20x', 'https://github.com/o/my\\_repo\\%20x'],
    ])
  })

  it('cuts punctuation and brackets of the prose, keeps brackets the URL opened', () => {
    expect(spans('(https://a.org/x_(y)).')).toEqual([['https://a.org/x_(y)', 'https://a.org/x_(y)']])
    expect(spans('"https://a.org/x\'?!*",')).toEqual([['https://a.org/x', 'https://a.org/x']])
    expect(spans('see https://a.org/x\\_.')).toEqual([['https://a.org/x_', 'https://a.org/x\\_']])
  })

  it('joins a URL broken at a line end, the span covering the break', () => {
    expect(spans('at https://github.com/o/re-\r\npo.')).toEqual([
      ['https://github.com/o/re-po', 'https://github.com/o/re-\r\npo'],
    ])
    expect(spans('at https://github.com/\no/repo')).toEqual([
      ['https://github.com/o/repo', 'https://github.com/\no/repo'],
    ])
    // Two spaces, or a complete repository before the break, are no break.
    expect(spans('at https://github.com/o/re-  po')).toEqual([['https://github.com/o/re-', 'https://github.com/o/re-']])
    expect(spans('at https://a.org/ x')).toEqual([['https://a.org/', 'https://a.org/']])
  })

  it('drops a run of URL characters longer than any real URL, and goes on after it', () => {
    const long = `https://a.org/${'x'.repeat(maxUrlLength)}`
    expect(spans(`${long} https://b.org/y`)).toEqual([['https://b.org/y', 'https://b.org/y']])
  })

  it('finds nothing in text without URLs', () => {
    expect(findUrls('')).toEqual([])
    expect(findUrls('We use and/or Node.js, e.g. here.')).toEqual([])
  })
})
