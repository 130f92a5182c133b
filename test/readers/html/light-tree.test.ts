import { parse as parse5 } from 'parse5'
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

describe('light tree: formatting reopened past its budget', () => {
  // Each `<p>` closes the open `<b>`s; browsers reopen all of them at the next text, and distinct
  // ids keep the three-of-a-kind rule from capping them: n² elements for n items.
  const hostile = (count: number) => Array.from({ length: count }, (_, index) => `<b id=${index}>x<p>`).join('')
  const count = (node: Node, name: string): number =>
    ('childNodes' in node ? (node.childNodes as Node[]) : []).reduce(
      (sum, child) => sum + count(child, name),
      'tagName' in node && node.tagName === name ? 1 : 0,
    )
  type Node = Parameters<typeof textOf>[0]

  it('closes what is left open once the budget is spent, keeps every text, and says where', () => {
    const html = hostile(3000)
    const reasons: Array<{ reason: string; rule: string; offset: number | undefined }> = []
    const tree = parseLight(new VFile(html), (reason, rule, place) =>
      reasons.push({ reason, rule, offset: (place as { start: { offset?: number } } | undefined)?.start.offset }),
    )
    const budget = 10_000 + Math.floor(html.length / 8)
    // Unbounded, this page would build 4.5 million `<b>`s.
    const bold = count(tree.document as Node, 'b')
    expect(bold).toBeGreaterThan(budget)
    expect(bold).toBeLessThanOrEqual(budget + 3000 + 100)
    expect(textOf(tree.document as Parameters<typeof textOf>[0]).replace(/\s/g, '')).toBe('x'.repeat(3000))
    expect(reasons).toEqual([
      {
        reason: expect.stringMatching(/^Unexpected formatting reopened more than \d+ times/),
        rule: 'core:budget',
        offset: expect.any(Number),
      },
    ])
    expect(html.slice(reasons[0]?.offset ?? 0)).toMatch(/^<(b|p)\b/)
  })

  it('reopens as browsers do under the budget', () => {
    const html = hostile(100)
    const reasons: string[] = []
    const tree = parseLight(new VFile(html), (reason) => reasons.push(reason))
    // parse5 reopens thousands here (a quadratic count): the light tree, under budget, the same.
    const browser = count(parse5(html) as unknown as Node, 'b')
    expect(browser).toBeGreaterThan(4000)
    expect(count(tree.document as Node, 'b')).toBe(browser)
    expect(reasons).toEqual([])
  })
})
