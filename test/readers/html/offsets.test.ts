import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type DefaultTreeAdapterTypes, parse } from 'parse5'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { type Node, parseLight } from '../../../src/readers/html/light-tree.js'
import { picks, seeded } from '../../helpers.js'

type Located = DefaultTreeAdapterTypes.Node & { sourceCodeLocation?: { startOffset: number; endOffset: number } | null }

/** Every node's offsets from both trees, walked in parallel (iteratively). */
function mismatches(html: string): string[] {
  const light = parseLight(new VFile(html)).document as Node
  const full = parse(html, { sourceCodeLocationInfo: true }) as Located
  const found: string[] = []
  const stack: Array<[Node, Located]> = [[light, full]]
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [Node, Located]
    const where = b.sourceCodeLocation
    const want = where ? `${where.startOffset}-${where.endOffset}` : 'none'
    const got = a.startOffset === undefined ? 'none' : `${a.startOffset}-${a.endOffset}`
    if (want !== got) found.push(`${b.nodeName} at ${want}: got ${got}`)
    const left = 'childNodes' in a ? a.childNodes : []
    const right = 'childNodes' in b ? (b.childNodes as Located[]) : []
    if (left.length !== right.length)
      found.push(`${b.nodeName} at ${want}: ${left.length} children, want ${right.length}`)
    for (let index = 0; index < Math.min(left.length, right.length); index++)
      stack.push([left[index] as Node, right[index] as Located])
  }
  return found
}

describe('light tree offsets', () => {
  // The light tree locates nodes without parse5's location mode: the offsets must be the same.
  const pages = (readdirSync('fixtures', { recursive: true }) as string[])
    .filter((path) => path.endsWith('.html'))
    .map((path) => join('fixtures', path))
  it('finds the HTML fixtures', () => expect(pages.length).toBeGreaterThan(15))
  for (const path of pages) {
    it(`match parse5's location mode on ${path}`, () => {
      expect(mismatches(readFileSync(path, 'utf8')).slice(0, 5)).toEqual([])
    })
  }
  const shapes: Record<string, string> = {
    'misnested formatting': '<p><b>one<i>two</b>three</i></p><p>four',
    'foster-parented text and elements': '<table><tr><td>a</td>text<b>bold</b><tr><td>b</table>after',
    'implied and unclosed tags': '<li>one<li>two<dl><dt>a<dd>b<dt>c</dl><p>x<div>y',
    'end of file inside a tag': '<div><p>text<a href="x',
    'entities and NUL': '<p>a &amp; b &#x27; \u0000 c</p><p title="&quot;">d',
    'body and html end tags': '<html><body><p>a</p></body></html>\n<!-- after -->trailing',
    'template and svg': '<template><p>t</p></template><svg><title>s</title><p>out</svg>',
    'text before the doctype': 'x<!doctype html><html><body><p>a</p></body></html>',
    'text only': 'just text',
    'a reopened formatting element': '<p><i>one</p><p>two</p><p>three',
    // Tokens parse5 keeps and reads again many tokens later (the light tree reuses token
    // locations, so each must keep its own): an open formatting element reopened after twenty
    // comments, table text flushed after sixty character tokens, an element closed by a
    // character token with the last tag, twenty comments back.
    'a formatting element reopened much later': `<p><i>one</p>${'<!--c-->'.repeat(20)}<p>two`,
    'long foster-parented table text': `<table>${'a '.repeat(30)}<tr><td>x</table>`,
    'an element closed long after the last tag': `<html><head>${'<!--c-->'.repeat(20)}text`,
    // Characters pending across twenty discarded end tags: each takes a location from the ring.
    'text pending across discarded end tags': `<p>x</p><script>a${'</scriptx'.repeat(20)}</script>`,
    'title text pending across discarded end tags': `<title>t${'</titlex'.repeat(20)}</title><textarea>a${'</textareax'.repeat(20)}</textarea>`,
  }
  for (const [name, html] of Object.entries(shapes)) {
    it(`match parse5's location mode on ${name}`, () => expect(mismatches(html)).toEqual([]))
  }
  it("match parse5's location mode on random tag soup", () => {
    // Tags that reopen, foster-parent, imply or end others, comments, text of every token type.
    const parts = [
      '<p>',
      '</p>',
      '<b>',
      '</b>',
      '<i>',
      '</i>',
      '<a href=x>',
      '</a>',
      '<nobr>',
      '<font>',
      '</font>',
      '<table>',
      '</table>',
      '<tr>',
      '</tr>',
      '<td>',
      '</td>',
      '<tbody>',
      '<caption>',
      '<col>',
      '<select>',
      '<option>',
      '</select>',
      '<head>',
      '</head>',
      '<html>',
      '<body>',
      '</body>',
      '</html>',
      '<!--c-->',
      '<!doctype html>',
      '<meta charset=x>',
      '<title>',
      '</title>',
      '<script>x</script>',
      '<template>',
      '</template>',
      '<svg>',
      '</svg>',
      '<textarea>',
      '</textarea>',
      '<frameset>',
      '<div>',
      '</div>',
      '<li>',
      '<ul>',
      '<dt>',
      '<dd>',
      '<br>',
      '<h1>',
      '</h1>',
      '<form>',
      '</form>',
      'word',
      ' ',
      'a b c d e f g h ',
      '&amp;',
      '&#x41;',
      '\u0000',
      '\n',
      '\r\n',
      '<',
      '</',
      '<!--',
    ]
    const next = seeded(3)
    for (let round = 0; round < 300; round++) {
      const html = picks(next, parts, 20 + next(200))
      expect(mismatches(html).slice(0, 3), JSON.stringify(html)).toEqual([])
    }
  })
})
