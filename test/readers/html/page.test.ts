/** The page object: its members work when taken off it, as readers pass them around. */

import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/readers/html/page.js'

const html =
  '<html><head><base href="https://lab.example.org/pubs/"></head><body>' +
  '<ul><li class="paper"><a href="p1.pdf">Deep Nets</a>, A. Author</li>' +
  '<li class="paper"><a href="../p2.pdf">Shallow Nets</a></li></ul></body></html>'

describe('html page', () => {
  it('members taken off the page resolve against its base and locate its nodes', () => {
    const page = parseHtml(new VFile(html))
    const { resolve, links, located, findAll, hasClass, text } = page
    const items = findAll(page.document, (element) => hasClass(element, 'paper'))
    expect(items.map((item) => text(item))).toEqual(['Deep Nets, A. Author', 'Shallow Nets'])
    expect(resolve('x/y.html')).toBe('https://lab.example.org/pubs/x/y.html')
    expect(links(items[1] as (typeof items)[number]).map((link) => link.url)).toEqual([
      'https://lab.example.org/p2.pdf',
    ])
    const title = located(items[0] as (typeof items)[number])
    expect(title?.value).toBe('Deep Nets, A. Author')
    expect(title?.position?.start.offset).toBe(html.indexOf('<li'))
    expect(page.baseUrl).toBe('https://lab.example.org/pubs/')
    expect('baseUrl' in page).toBe(true)
  })

  it('a file made from an empty string, or from bytes, is read as its text', () => {
    // \`new VFile('')\` leaves \`value\` undefined: the page is empty, not the word "undefined".
    expect(parseHtml(new VFile('')).text(parseHtml(new VFile('')).document)).toBe('')
    const fromBytes = parseHtml(new VFile(new TextEncoder().encode(html)))
    const items = fromBytes.findAll(fromBytes.document, (element) => fromBytes.hasClass(element, 'paper'))
    expect(items.map((item) => fromBytes.text(item))).toEqual(['Deep Nets, A. Author', 'Shallow Nets'])
    expect(fromBytes.located(items[0] as (typeof items)[number])?.position?.start.offset).toBe(html.indexOf('<li'))
  })

  it('a spread, an Object.assign, an Object.create or a Proxy of the page keeps its base', () => {
    const page = parseHtml(new VFile(html))
    const base = 'https://lab.example.org/pubs/'
    expect({ ...page }.baseUrl).toBe(base)
    expect(Object.assign({}, page).baseUrl).toBe(base)
    expect(Object.create(page).baseUrl).toBe(base)
    expect(new Proxy(page, {}).baseUrl).toBe(base)
    expect(Object.keys(page)).toContain('baseUrl')
    // A reader's own wrapper: the page's members, one replaced.
    const wrapped = { ...page, resolve: (href: string | undefined) => page.resolve(href)?.toUpperCase() }
    expect(wrapped.resolve('a.pdf')).toBe('HTTPS://LAB.EXAMPLE.ORG/PUBS/A.PDF')
    expect(wrapped.baseUrl).toBe(base)
  })

  it('the base is the page URL the caller gave when the page names none, read before or after a link', () => {
    const plain = '<p><a href="a.pdf">A</a></p>'
    const first = parseHtml(new VFile(plain), { url: 'https://u.example.org/dir/page' })
    expect(first.baseUrl).toBe('https://u.example.org/dir/page')
    expect(first.resolve('a.pdf')).toBe('https://u.example.org/dir/a.pdf')
    const second = parseHtml(new VFile(plain), { url: 'https://u.example.org/dir/page' })
    expect(second.links(second.document).map((link) => link.url)).toEqual(['https://u.example.org/dir/a.pdf'])
    expect(second.baseUrl).toBe('https://u.example.org/dir/page')
    expect(parseHtml(new VFile(plain)).resolve('a.pdf')).toBeUndefined()
  })
})
