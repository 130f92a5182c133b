/**
 * The light tree against parse5's own (`parse5.parse` in its location mode), whole: every node's
 * name, namespace, attributes, value and offsets. The light tree's parser takes short cuts where
 * parse5 inserts elements and text (see `OffsetParser` in light-tree.ts); the scanner's tests
 * compare two trees that both take them, so these compare with parse5 itself.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { type DefaultTreeAdapterTypes, parse } from 'parse5'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { type Node, parseLight, type TokenizerKind } from '../../../src/readers/html/light-tree.js'
import { treeLines } from '../../../src/readers/html/tree-lines.js'
import { seeded } from '../../helpers.js'
import { damage, damaging, type Operation } from '../../hostile/damage.js'

type Located = DefaultTreeAdapterTypes.Node & {
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null
  startOffset?: number
  endOffset?: number
}

/** parse5's tree of `html` as lines, its locations read as the light tree's two offsets. */
function parse5Lines(html: string): string[] {
  const root = parse(html, { sourceCodeLocationInfo: true }) as Located
  const stack: Located[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Located
    const place = node.sourceCodeLocation
    if (place) {
      node.startOffset = place.startOffset
      node.endOffset = place.endOffset
    }
    if ('childNodes' in node) stack.push(...(node.childNodes as Located[]))
    if ('content' in node) stack.push(node.content as Located)
  }
  return treeLines(root as Node)
}

/** The first line where the light tree (fed by `tokenizer`) differs from parse5's, or `undefined`. */
function difference(html: string, tokenizer: TokenizerKind = 'scan'): string | undefined {
  const light = treeLines(parseLight(new VFile(html), undefined, tokenizer).document as Node)
  const full = parse5Lines(html)
  for (let index = 0; index < Math.max(light.length, full.length); index++) {
    if (light[index] !== full[index]) return `line ${index}: ${light[index]} / parse5: ${full[index]}`
  }
  return undefined
}

describe("the light tree against parse5's own", () => {
  const pages = (readdirSync('fixtures', { recursive: true }) as string[])
    .filter((path) => path.endsWith('.html'))
    .sort()
    .map((path) => ({ path: join('fixtures', path), text: readFileSync(join('fixtures', path), 'utf8') }))
  it('finds the HTML fixtures', () => expect(pages.length).toBeGreaterThan(20))
  for (const { path, text } of pages) {
    it(`is parse5's tree on ${path}, with either tokenizer`, () => {
      expect(difference(text)).toBeUndefined()
      expect(difference(text, 'parse5')).toBeUndefined()
    })
  }

  it("is parse5's tree on damaged copies of every fixture", { timeout: 120_000 }, () => {
    const operations: Operation[] = ['flip', 'insert', 'delete', 'cut']
    const next = seeded(29)
    for (const { path, text } of pages) {
      for (let copy = 0; copy < 6; copy++) {
        const operation = operations[copy % operations.length] as Operation
        const character = damaging[next(damaging.length)] as string
        const damaged = damage(text, operation, next(text.length), character)
        expect(difference(damaged), `${path} ${operation} ${JSON.stringify(character)}`).toBeUndefined()
      }
    }
  })

  const shapes: Record<string, string> = {
    // Text foster-parented before a table and joined to text there, text joined across a comment.
    'text after foster-parented text': '<table>a<tr>b</table>c<table> d </table> e',
    'text joined across a comment': '<p>a<!--x-->b</p><p>c</p> d',
    'text in template content': '<template>a <b>b</b> c</template><template><td>x</td> y</template>',
    'text reopening formatting elements': '<p><b><i>a</p>b c<p>d</b>e',
    // `</b>` whose newest entry is not the current `<b>`: parse5 drops that entry and keeps `<b>` open.
    'an end tag for a formatting element closed before': '<b>x<p><b>y</p></b>z<i>1<div><i>2</div></i>3',
    'end tags closing the current node and others':
      '<div><span>a</div>b</span><ul><li>a</li><li>b<p>c</li></ul><h2>a<h3>b</h2>c</h3><dl><dt>a</dt><dd>b</dd></dl>',
    'end tags of unknown names': '<x-a>a<x-b>b</x-a>c</x-b><x-a>d</x-a></x-c>e',
    'end tags with handlers of their own': '<object><b>a</object>b<form>c</form></br><p>d</p></body>e</html>f',
    'end tags in foreign content and templates':
      '<svg><g>a</g><desc><div>b</div></desc></svg><template><div>c</div></template>',
    'formatting end tags closing the current node': '<p><b>a</b> <a href=x>b</a><em>c<strong>d</strong></em></p>',
    'void and foreign elements': '<p>a<br>b<img src=x><svg><path/>t<foreignObject>u<br>v</foreignObject></svg>w',
    'elements in table modes': '<table><caption>c</caption><colgroup><col></colgroup><tr><td>x<td>y</table>',
    'text in the head and after the body': ' a <head> b <title>t</title> c </head> d <body> e </body> f </html> g',
    'select and options': '<select> a <option>b<optgroup>c</select><table><select><option>d</select></table>',
  }
  for (const [name, html] of Object.entries(shapes)) {
    it(`is parse5's tree on ${name}`, () => {
      expect(difference(html)).toBeUndefined()
      expect(difference(html, 'parse5')).toBeUndefined()
    })
  }

  it("is parse5's tree on random HTML from tags that insert, foster-parent and reopen", { timeout: 60_000 }, () => {
    const pieces = [
      ...['<p>', '</p>', '<b>', '</b>', '<i>', '</i>', '<a href=x>', '</a>', '<nobr>', '<font color=r>', '</font>'],
      ...['<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th>', '<tbody>', '<caption>', '</caption>'],
      ...['<col>', '<colgroup>', '<select>', '<option>', '</select>', '<head>', '</head>', '<html>', '<body>'],
      ...['</body>', '</html>', '<div>', '</div>', '<li>', '<ul>', '<dt>', '<dd>', '<br>', '<br/>', '<img src=i>'],
      ...['<hr>', '<input type=hidden>', '<input>', '<h1>', '</h1>', '<form>', '</form>', '<template>'],
      ...['</template>', '<svg>', '</svg>', '<math>', '<mi>', '<foreignObject>', '<path d=1/>', '<title>t</title>'],
      ...['<textarea>x</textarea>', '<script>s</script>', '<pre>', '<frameset>', '<!--c-->', '<!doctype html>'],
      ...['word', ' ', '  ', 'a b c ', '\n', '\t', '&amp;', '&#32;', 'é'],
      ...['<span>', '</span>', '<x-a>', '</x-a>', '<x-b>', '</x-b>', '</li>', '</dd>', '</dt>', '</ul>', '<h2>'],
      ...['</h2>', '<h3>', '</h3>', '<object>', '</object>', '</br>', '<button>', '</button>', '</table>', '</td>'],
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const html = parts.join('')
        expect(difference(html), JSON.stringify(html)).toBeUndefined()
      }),
      { numRuns: 3000, seed: 20261207 },
    )
  })
})
