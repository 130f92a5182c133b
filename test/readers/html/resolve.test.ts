/** Links made absolute: the shortcuts (one parse, no parse without a base) give what checking first gives. */

import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseHtml, resolveUrl } from '../../../src/readers/html/page.js'

/** The definition: trimmed, not a fragment, parsed only if `URL.canParse` says it parses, http(s) only. */
function reference(href: string | undefined, base?: string): string | undefined {
  const value = href?.trim()
  if (!value || value.startsWith('#')) return undefined
  if (!URL.canParse(value, base)) return undefined
  const url = new URL(value, base)
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
}

const hrefs = [
  '/paper.pdf',
  'paper.pdf',
  '../up/x.html?q=1#f',
  '//cdn.example.org/x.pdf',
  'https://arxiv.org/abs/2401.00001',
  'HTTP://EXAMPLE.ORG/A',
  'http://[bad',
  'http://exa mple.org/',
  'https://:80/',
  '\u0001http://example.org/controls',
  'ht\ttp://example.org/tab',
  'http\n://example.org/newline',
  ' \n https://example.org/spaced \t',
  'mailto:someone@example.org',
  'javascript:void(0)',
  'data:text/plain,x',
  'a:b',
  'doi:10.1000/182',
  '#top',
  '',
  '   ',
  '?page=2',
  'C:\\papers\\x.pdf',
  'http:relative',
  'https:',
  '%zz',
  'é/ü.pdf',
]

describe('html page: resolving links', () => {
  it('resolveUrl equals checking with URL.canParse first, with and without a base', () => {
    for (const base of [undefined, 'https://example.org/lab/pubs.html', 'http://example.org']) {
      for (const href of hrefs)
        expect(resolveUrl(href, base), `${JSON.stringify(href)} on ${base}`).toBe(reference(href, base))
    }
  })

  it("a page's resolve equals it too, after many hrefs that fail to parse", () => {
    const failing = Array.from({ length: 10 }, () => 'http://[bad')
    // Hrefs before any failure (each parsed once), and after many (each checked first).
    for (const order of [
      [...hrefs, ...failing, ...hrefs],
      [...failing, ...hrefs],
    ]) {
      for (const head of ['', '<base href="https://example.org/lab/">']) {
        const page = parseHtml(new VFile(`<!doctype html><html><head>${head}</head><body></body></html>`))
        const base = head ? 'https://example.org/lab/' : undefined
        for (const href of order)
          expect(page.resolve(href), `${JSON.stringify(href)} on ${base}`).toBe(reference(href, base))
      }
    }
  })
})
