/**
 * The scanning tokenizer under the light tree must build exactly the tree parse5's own tokenizer
 * feeds (every node's name, namespace, attributes, value, offsets and `mark`, and the depth
 * budget's cut), on every HTML fixture, on damaged copies of them, on hand-picked tricky shapes
 * and on random HTML from a grammar of tricky pieces. Where it steps aside, the page is parsed with
 * parse5's tokenizer and the trees are equal by construction: so the fast path is also counted,
 * and must be taken on real pages (else these comparisons would prove nothing).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scannerAgrees, tokenizerUse } from '../../../src/readers/html/light-tree.js'
import { knowsModes } from '../../../src/readers/html/scan-tokens.js'
import { seeded } from '../../helpers.js'
import { damage, damaging, type Operation } from '../../hostile/damage.js'
import { lightLines } from './same-tree.js'

/** The first line where the two trees differ (with its neighbours), or `undefined`. */
function difference(html: string, maxDepth?: number): string | undefined {
  const scanned = lightLines(html, 'scan', maxDepth)
  const tokenized = lightLines(html, 'parse5', maxDepth)
  const at = scanned.findIndex((line, index) => line !== tokenized[index])
  if (at === -1 && scanned.length === tokenized.length) return undefined
  const index = at === -1 ? Math.min(scanned.length, tokenized.length) : at
  return `line ${index}:\n  scan:   ${scanned[index]}\n  parse5: ${tokenized[index]}`
}

/** Whether the scanner read `html` to its end without stepping aside. */
function scanned(html: string): boolean {
  scannerAgrees() // (its probes, once, before counting)
  const before = tokenizerUse.scanned
  lightLines(html, 'scan')
  return tokenizerUse.scanned === before + 1
}

const pages = (readdirSync('fixtures', { recursive: true }) as string[])
  .filter((path) => path.endsWith('.html'))
  .sort()
  .map((path) => ({ path: join('fixtures', path), text: readFileSync(join('fixtures', path), 'utf8') }))

describe('the scanning tokenizer', () => {
  // Runs merge only where parse5's (internal) insertion-mode numbers are the ones the scanner
  // knows; on another parse5 they would not merge at all, and the fast path would be slower.
  it('knows the installed parse5 insertion modes', () => {
    expect(knowsModes()).toBe(true)
  })

  // Else the scanner is never used (its self-check at first use), and every page is slower.
  it("builds parse5's tree on its own probes, without stepping aside", () => {
    const before = tokenizerUse.steppedAside
    expect(scannerAgrees()).toBe(true)
    expect(tokenizerUse.steppedAside).toBe(before)
  })

  it('finds the HTML fixtures of every reader', () => {
    expect(pages.length).toBeGreaterThan(20)
    expect(new Set(pages.map(({ path }) => path.split('/')[1])).size).toBeGreaterThanOrEqual(4)
  })

  for (const { path, text } of pages) {
    it(`builds parse5's tree on ${path}, without stepping aside`, () => {
      expect(difference(text)).toBeUndefined()
      expect(scanned(text)).toBe(true)
    })
  }

  it('builds the same tree on damaged copies of every fixture', { timeout: 120_000 }, () => {
    const operations: Operation[] = ['flip', 'insert', 'delete', 'cut']
    const next = seeded(11)
    let fast = 0
    let total = 0
    for (const { path, text } of pages) {
      for (let copy = 0; copy < 12; copy++) {
        const operation = operations[copy % operations.length] as Operation
        const character = damaging[next(damaging.length)] as string
        const damaged = damage(text, operation, next(text.length), character)
        expect(difference(damaged), `${path} ${operation} ${JSON.stringify(character)}`).toBeUndefined()
        total++
        if (scanned(damaged)) fast++
      }
    }
    // Most damage leaves shapes the scanner reads (a NUL, or a cut inside a tag, does not).
    expect(fast / total).toBeGreaterThan(0.5)
    // Where it did not, it stepped aside on purpose: it never failed.
    expect(tokenizerUse.failed).toBe(0)
  })

  const shapes: Record<string, string> = {
    'references with and without a semicolon':
      '<p>a &amp b &ampx &notin; &notit; &copy2 &#65 &#x41; &#0; &#xD800; &#1114112; &;</p>',
    'references in attributes': '<a title="&amp &ampx &amp=y &notit; &lt;" href=?a=1&copy=2&lang;>x</a>',
    'references that are whitespace': '<p>a&#32;b&#x9;&NewLine;c &Tab;</p><table>&#32;x</table>',
    'references at a token change': 'x &amp;y  &amp; z&lt &#65;&#x20;q &foo; a&b<head> &amp;x',
    'astral references': '<p>&Afr;&#x1F600;&fjlig;</p>',
    'CR and CRLF':
      '<p>a\r\nb\rc\r\n\r\nd</p>\r<a title="x\r\ny\rz">t</a>\r\n<!-- c\r\n -->\r<textarea>\r\nx</textarea><pre>\r\ny</pre>',
    'a newline after pre and textarea': '<pre>\nx</pre><pre>\n\ny</pre><textarea>\n</textarea><listing>\nz</listing>',
    'unquoted and odd attribute values':
      '<a href=x/y title=a"b c=d\'e f=g<h i=j=k l=m`n o= p q =r s>t</a><br/><br / ><img src=x/>',
    'duplicate attributes': '<p class=a CLASS=b Class="c" id=1 id=2>x</p>',
    'many attributes': `<p ${Array.from({ length: 80 }, (_, index) => `a${index % 70}=${index}`).join(' ')}>x</p>`,
    'attributes without spaces': '<p a="1"b="2"c=\'3\'/d>x</p>',
    'upper-case and non-ASCII names': '<DIV CLASS="A"><İMG SRC=x><SPAN dATa-İ=1>y</SPAN></DIV>',
    'self-closing forms': '<br/><p/>x<div / >y</div><svg><path/><circle /></svg>',
    'end tags with attributes': '<p>x</p class="y"><div>z</div / >',
    'comments of every form': '<!----><!-- a --><!-- a -- b --><!-- a --!> b --><!--->x<!-->y<!-- <!-- --><!--a--->',
    'plain comment forms':
      '<!----><!-- a --><!-- a -- b --><!--->x<!-->y<!-- <!-- --><!--a---><!-- <!-x --><!-- <!- -->',
    'nested comment openers': '<!-- a <!--> b --><!-- <!-x --><!-- <!- --><!-- <!--!> x -->',
    'bogus comments': '<?xml version="1.0"?><!x><! -- y --></ z><!-x>',
    doctypes:
      '<!DOCTYPE html><!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">',
    'a system doctype': '<!DOCTYPE html SYSTEM "about:legacy-compat"><p>x',
    'a quirks doctype': '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN"><table><p>x</table>',
    'odd doctypes': '<!DOCTYPEhtml><!DOCTYPE><!DOCTYPE html x><!DOCTYPE html PUBLIC><!DOCTYPE html SYSTEM "a" "b">',
    'script text': '<script>if (a < b && c > d) { x = "</p>" }</script><script>a</SCRIPT >b</script>',
    'script with an HTML comment': '<script><!--\nvar x = 1;\n//--></script><script><!-- </script>x',
    'script with a double escape': '<script><!--<script>x</script>y--></script>z',
    'script ended oddly': '<script>a</scriptx></script/><script>b</script  foo="</script>">c',
    'style, title, textarea, xmp':
      '<style>p > a { x: "</p>" }</style><title>a &amp; b</b></title><textarea>&lt;x</textarea><xmp>&amp;</xmp>',
    'raw text end tags that are not': '<title>a</titl</titlex</title>b<style>x</st</style>',
    'noscript, iframe, noembed, noframes':
      '<noscript><p>x</p></noscript><iframe><b>y</b></iframe><noembed>&amp;</noembed><noframes>z</noframes>',
    plaintext: '<p>a<plaintext>b</plaintext>&amp;<c>',
    'less-than signs in text': 'a < b <3 <=x <> </ <',
    'end tag oddities': '<p>a</>b</ p>c</3>d</',
    'tables and foster parenting': '<table><tr><td>a</td>text<b>bold</b><tr><td>b</table>after',
    'formatting elements': '<p><b>one<i>two</b>three</i></p><a><a></a><nobr><nobr>x',
    'svg and math':
      '<svg viewBox="0 0 1 1"><foreignObject><p>x</p></foreignObject><title>t</title></svg><math><mi>x</mi><annotation-xml encoding="text/html"><p>y</p></annotation-xml></math>',
    'CDATA in foreign content and in HTML': '<svg><![CDATA[a<b]]></svg><![CDATA[x]]>',
    NUL: '<p>a\u0000b</p><a title="\u0000">x</a><!--\u0000-->',
    'ends inside a tag': '<div><p>text<a href="x',
    'ends inside an attribute name': '<div><p>text<a hre',
    'ends inside an end tag in raw text': '<p>x <title>a</title ',
    'ends inside a quoted value in an end tag': '<script>a</script x="y',
    'ends inside a comment': '<p>x<!-- y',
    'ends after a less-than sign': '<p>x<',
    'text in and after head': '<html><head> x<title>t</title></head> y <body> z',
    'text in tables, selects and templates':
      '<table> a <tr> b<td> c d</td></tr></table><select> e <option> f g</select><template> h i</template>',
    frameset: '<html><head></head><frameset><frame src=x></frameset></html>',
    // Whitespace alone leaves a frameset possible; any other character (in body or svg) does not.
    'a frameset after whitespace': '<div> \n <frameset><frame></frameset>',
    'a frameset after whitespace in svg': '<svg> <rect/> </svg><frameset><frame></frameset>',
    'a frameset after text': '<div> x <frameset><frame></frameset>',
    'text before and after the document': 'x<!doctype html><html><body>a</body></html>\n<!-- after -->trailing',
    empty: '',
  }
  for (const [name, html] of Object.entries(shapes)) {
    it(`builds parse5's tree on ${name}`, () => expect(difference(html)).toBeUndefined())
  }

  it('reads common shapes itself', () => {
    for (const name of [
      'references with and without a semicolon',
      'references at a token change',
      'CR and CRLF',
      'unquoted and odd attribute values',
      'plain comment forms',
      'bogus comments',
      'doctypes',
      'script with an HTML comment',
      'style, title, textarea, xmp',
      'tables and foster parenting',
      'svg and math',
      'ends inside a tag',
      'ends inside an attribute name',
      'ends inside an end tag in raw text',
    ]) {
      expect(scanned(shapes[name] as string), name).toBe(true)
    }
    for (const name of [
      'NUL',
      'ends inside a comment',
      'script with a double escape',
      'odd doctypes',
      'comments of every form',
    ]) {
      expect(scanned(shapes[name] as string), name).toBe(false)
    }
  })

  it('cuts the tree at the depth budget as parse5 does', () => {
    for (const html of [
      '<div><div><div><p>a<b>b<i>c</i></b></p></div></div></div>',
      '<table><tr><td><div><div>x</div></div></td></tr></table><p><b>y',
    ]) {
      for (const depth of [1, 2, 3, 4, 5]) expect(difference(html, depth), `${html} at ${depth}`).toBeUndefined()
    }
  })

  it('builds the same tree on random HTML from tricky pieces', { timeout: 60_000 }, () => {
    const pieces = [
      ...['<p>', '</p>', '<b>', '</b>', '<i>', '</I>', '<a href=x>', '<A HREF="y&amp;z">', '</a>', '<nobr>', '<font>'],
      ...['<table>', '</table>', '<tr>', '<td>', '</td>', '<tbody>', '<caption>', '<col>', '<select>', '<option>'],
      ...['<head>', '</head>', '<html>', '<body>', '</body>', '</html>', '<frameset>', '<div>', '</div>', '<li>'],
      ...['<ul>', '<dt>', '<dd>', '<br>', '<br/>', '<h1>', '</h1>', '<form>', '</form>', '<template>', '</template>'],
      ...['<svg>', '</svg>', '<math>', '<mi>', '<foreignObject>', '<path d=1/>', '<title>', '</title>', '<textarea>'],
      ...['</textarea>', '<script>', '</script>', '<style>', '</style>', '<plaintext>', '<pre>', '<listing>', '<xmp>'],
      ...['<!--c-->', '-->', '<!-->', '<!--->', '<!---->', '<!-- <!-- -->', '<?x?>', '<!x>', '</ x>', '</3'],
      ...['<!doctype html>', '<!DOCTYPE html PUBLIC "a" "b">', "<!doctype x system 'y'>", ']]>', '<!---x--->'],
      ...['word', ' ', '  ', 'a b c ', '\n', '\r\n', '\r', '\t', '\f', '&amp;', '&amp', '&ampx', '&notit;', '&#65;'],
      ...['&#x20;', '&#32', '&NewLine;', '&Afr;', '&', '&;', '&#', '<', '</', '<3', '>', '"', "'", '=', '/'],
      ...[' title="a b"', " c='d'", ' e=f', ' g', ' h =i', ' J=K', ' class=x', ' class=y', ' l="&amp;&lt"', ' m="'],
      ...['<script>a<!--b', '</script x>', '</SCRIPT>', '</title >', '</style/>', 'é', '\u{1F600}', '<a\r\nb=c>'],
    ]
    // Pieces the scanner steps aside from, rarer: most documents must be read on the fast path.
    const odd = ['\u0000', '</>', '<![CDATA[x]]>', '--!>', '<!--', '<!--<script>', '<!DOCTYPE>', '<a "b">', '<a =b>']
    const piece = fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom(...pieces) },
      { weight: 1, arbitrary: fc.constantFrom(...odd) },
    )
    let fast = 0
    let runs = 0
    fc.assert(
      // Two documents in three under a small depth budget (elements past it are left out, with a warning).
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.option(fc.integer({ min: 1, max: 6 }), { freq: 3 }),
        (parts, depth) => {
          const html = parts.join('')
          expect(difference(html, depth ?? undefined), `${JSON.stringify(html)} at depth ${depth}`).toBeUndefined()
          runs++
          if (scanned(html)) fast++
        },
      ),
      { numRuns: 3000, seed: 20261206 },
    )
    expect(fast / runs).toBeGreaterThan(0.4)
  })
})
