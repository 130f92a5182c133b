/**
 * Hostile input for the light tree's scanning tokenizer (src/readers/html/scan-tokens.ts): each
 * shape floods one thing it searches for or collects. Each costs linear work (parsed at `n` and at
 * `2n` in the same run, the larger costs at most 2.5 times the CPU time, the least of up to six
 * tries kept, as in linear.test.ts), and at a small size builds parse5's own tree. Shapes that
 * step aside (the page parsed again by parse5's tokenizer) must stay linear too: at most twice the work.
 */
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseLight, scannerAgrees, tokenizerUse } from '../../src/readers/html/light-tree.js'
import { lightLines } from '../readers/html/same-tree.js'
import { bound, growth } from './growth.js'

interface TokenizerShape {
  name: string
  make(n: number): string
  /** Repetitions for a few hundred KB to a few MB. */
  n: number
  /** Whether the scanner reads it to the end (else it steps aside). */
  scanned: boolean
}

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`

const shapes: TokenizerShape[] = [
  {
    name: 'many attributes',
    n: 50_000,
    scanned: true,
    make: (n) => page(`<p ${Array.from({ length: n }, (_, index) => `a${index}=1`).join(' ')}>x</p>`),
  },
  { name: 'one attribute repeated', n: 100_000, scanned: true, make: (n) => page(`<p${' class=x'.repeat(n)}>x</p>`) },
  {
    name: 'many tags with quoted values',
    n: 50_000,
    scanned: true,
    make: (n) => page('<a href="/x?a=1&amp;b=2" title=\'t\'>x</a> '.repeat(n)),
  },
  { name: 'less-than signs in text', n: 200_000, scanned: true, make: (n) => page('a < b '.repeat(n)) },
  {
    name: 'references',
    // (Small enough that a ratio over the bound is measured again at twice the size.)
    n: 25_000,
    scanned: true,
    make: (n) => page(`<p title="${'&amp;&lt'.repeat(n)}">${'&amp;&notit; &#65;&x'.repeat(n)}</p>`),
  },
  { name: 'a long reference name', n: 500_000, scanned: true, make: (n) => page(`<p>&${'a'.repeat(n)};</p>`) },
  {
    name: 'CRLF runs',
    n: 200_000,
    scanned: true,
    make: (n) => page(`<p>${'x\r\n \r'.repeat(n)}</p><a title="${'\r\n'.repeat(n)}">y</a>`),
  },
  { name: 'many comments', n: 100_000, scanned: true, make: (n) => page('<!-- a -- b --><!---->'.repeat(n)) },
  { name: 'dashes in a comment', n: 200_000, scanned: true, make: (n) => page(`<!--${'-- '.repeat(n)}-->`) },
  { name: 'many bogus comments', n: 100_000, scanned: true, make: (n) => page('<?x?></ y>'.repeat(n)) },
  {
    name: 'false end tags in a title',
    n: 100_000,
    scanned: true,
    make: (n) => `<title>${'</titlex '.repeat(n)}</title>`,
  },
  {
    name: 'many scripts',
    n: 50_000,
    scanned: true,
    make: (n) => page('<script>if (a < b) x = "</p>"</script>'.repeat(n)),
  },
  {
    name: 'many scripts with comments',
    n: 50_000,
    scanned: true,
    make: (n) => page('<script><!-- x --></script>'.repeat(n)),
  },
  {
    name: 'false end tags in a script',
    n: 100_000,
    scanned: true,
    make: (n) => page(`<script>${'</scrip '.repeat(n)}</script>`),
  },
  { name: 'slashes in a tag', n: 500_000, scanned: true, make: (n) => page(`<a ${'/'.repeat(n)}>x</a>`) },
  {
    name: 'an unclosed quote at the end',
    n: 500_000,
    scanned: true,
    make: (n) => `${page('<p>x</p>'.repeat(n / 10))}<a title="${'x'.repeat(n)}`,
  },
  { name: 'unquoted values', n: 100_000, scanned: true, make: (n) => page('<a b=c"d\'e<f=g`h>'.repeat(n)) },
  {
    name: 'text and whitespace in a table',
    n: 100_000,
    scanned: true,
    make: (n) => page(`<table>${'a b '.repeat(n)}</table>`),
  },
  {
    name: 'a NUL at the end',
    n: 20_000,
    scanned: false,
    make: (n) => `${page('<p class=x>a &amp; b</p>'.repeat(n))}\u0000`,
  },
  {
    name: 'a double escape in a script',
    n: 100_000,
    scanned: false,
    make: (n) => page(`<script><!--${'<script>'.repeat(n)}</script>`),
  },
  {
    name: 'an unterminated doctype',
    n: 500_000,
    scanned: false,
    make: (n) => `<!doctype html public "${'x'.repeat(n)}`,
  },
]

/** The CPU time of one light-tree parse, in ms. */
function work(input: string): number {
  const start = process.cpuUsage()
  parseLight(new VFile(input))
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

describe('hostile shapes cost the light tree linear work', { timeout: 120_000 }, () => {
  for (const shape of shapes) {
    it(shape.name, () => {
      const tiny = shape.make(20)
      expect(lightLines(tiny, 'scan')).toEqual(lightLines(tiny, 'parse5'))
      scannerAgrees() // (its probes, once, before counting)
      const before = tokenizerUse.scanned
      parseLight(new VFile(shape.make(shape.n)))
      expect(tokenizerUse.scanned === before + 1, 'read by the scanner').toBe(shape.scanned)
      const ratio = growth(shape.make, work, shape.n)
      expect(ratio, `${shape.name}: work at 2n / work at n`).toBeLessThanOrEqual(bound)
    })
  }
})
