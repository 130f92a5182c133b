import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  find,
  findAll,
  firstOf,
  hasClass,
  isElement,
  parseLight,
  textOf,
} from '../../../src/readers/html/light-tree.js'

const page = (html: string) => parseLight(new VFile(html))

describe('light tree', () => {
  it('matches whole class names only', () => {
    const { document } = page('<p class="title is-5">a</p><p class="list-title">b</p><p class="\ttitle\n">c</p>')
    const titles = findAll(document, (element) => hasClass(element, 'title')).map((element) => textOf(element))
    expect(titles).toEqual(['a', 'c'])
    expect(findAll(document, (element) => hasClass(element, 'is')).length).toBe(0)
  })

  it('renders text as a browser would, whitespace collapsed', () => {
    const { document } = page(
      '<div>one<br>two<p>three</p>four <script>x()</script><style>p{}</style><b>fi</b>ve&nbsp;&amp; six</div>',
    )
    const [div] = findAll(document, (element) => element.tagName === 'div')
    expect(div && textOf(div)).toBe('one two three four five & six')
    // Left out as if hidden: the text on either side joins, as in the source.
    expect(div && textOf(div, (element) => element.tagName === 'b')).toBe('one two three four ve & six')
  })

  it('finds the first of several parts in one walk, in document order', () => {
    const { document } = page('<ul><li class="a">1</li><li class="b">2</li><li class="a">3</li></ul>')
    const found = firstOf(document, {
      a: (element) => hasClass(element, 'a'),
      b: (element) => hasClass(element, 'b'),
      none: (element) => element.tagName === 'table',
    })
    expect(found.a && textOf(found.a)).toBe('1')
    expect(found.b && textOf(found.b)).toBe('2')
    expect(found.none).toBeUndefined()
  })

  it('positions elements and text, including ones closed by the end of input', () => {
    const tree = page('<p>x</p>\n<ul><li>one</li>\n<li>two <b>cut')
    const items = findAll(tree.document, (element) => element.tagName === 'li')
    expect(items.map((item) => tree.positionOf(item))).toEqual([
      { start: { line: 2, column: 5, offset: 13 }, end: { line: 2, column: 17, offset: 25 } },
      { start: { line: 3, column: 1, offset: 26 }, end: { line: 3, column: 15, offset: 40 } },
    ])
    const text = items[0]?.childNodes[0]
    expect(text && !isElement(text) && tree.positionOf(text)).toEqual({
      start: { line: 2, column: 9, offset: 17 },
      end: { line: 2, column: 12, offset: 20 },
    })
  })

  // Just inside the default `maxDepth` budget (100,000), so every element is kept and walked.
  it('walks a page nested 99,000 deep without overflowing the stack', { timeout: 10_000 }, () => {
    const { document } = page(`<div class="top">${'<span>'.repeat(99_000)}deep<i class="x">!</i></div>`)
    const top = find(document, (element) => hasClass(element, 'top'))
    expect(top && textOf(top)).toBe('deep!')
    expect(top && find(top, (element) => hasClass(element, 'x'))?.tagName).toBe('i')
    expect(top && firstOf(top, { x: (element) => hasClass(element, 'x') }).x?.tagName).toBe('i')
  })
})
