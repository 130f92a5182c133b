/**
 * The subtrees built from the tokenizer must be node for node (names, attributes, text, comments,
 * offsets) the elements parse5's tree holds, and the builder must step aside on any page where
 * the tree builder does more than nest the tags.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { budgetsOf, setBudgets } from '../../../src/core/budgets.js'
import { isPart as isListPart } from '../../../src/readers/arxiv-list/index.js'
import { isPart as isSearchPart } from '../../../src/readers/arxiv-search/index.js'
import { findAll, hasClass, type Node, parseLight } from '../../../src/readers/html/light-tree.js'
import { attributeOf, type Tag } from '../../../src/readers/html/tags.js'
import { strictSubtrees } from '../../../src/readers/html/token-tree.js'

const isResultTag = (tag: Tag) => tag.tagName === 'li' && (attributeOf(tag, 'class') ?? '').split(' ').includes('r')

/** A subtree as plain data, iteratively: what the readers can see of it. */
function dump(root: Node): unknown[] {
  const out: unknown[] = []
  const stack: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number }
    const base = { depth, name: node.nodeName, start: node.startOffset, end: node.endOffset }
    if ('tagName' in node) out.push({ ...base, attrs: node.attrs, namespace: node.namespaceURI })
    else if ('value' in node) out.push({ ...base, value: node.value })
    else if ('data' in node) out.push({ ...base, data: node.data })
    if ('childNodes' in node)
      for (let index = node.childNodes.length - 1; index >= 0; index--)
        stack.push({ node: node.childNodes[index] as Node, depth: depth + 1 })
  }
  return out
}

/** The outermost `li.r` of parse5's tree, dumped. */
function fromTree(text: string): unknown[][] {
  const tree = parseLight(new VFile({ value: text }))
  return findAll(tree.document, (element) => element.tagName === 'li' && hasClass(element, 'r')).map(dump)
}

function fromTokens(text: string): unknown[][] | undefined {
  return strictSubtrees(new VFile({ value: text }), isResultTag)?.roots.map(dump)
}

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`

describe('strict subtrees', () => {
  // The readers' own part tests, on their fixtures: the subtrees must be built (the page is
  // strict) and equal the tree's outermost elements that pass the same test.
  const readerCases = [
    { reader: 'arxiv-search', isPart: isSearchPart, cases: ['search-200'] },
    { reader: 'arxiv-list', isPart: isListPart, cases: ['list-cs-2301', 'list-cs-9101-empty', 'list-cs.CL-recent'] },
  ]
  for (const { reader, isPart, cases } of readerCases) {
    for (const name of cases) {
      it(`builds the parts ${reader} reads of ${name}, node for node as the tree`, () => {
        const text = readFileSync(new URL(`../../../fixtures/${reader}/${name}/input.html`, import.meta.url), 'utf8')
        const strict = strictSubtrees(new VFile({ value: text }), isPart)
        const tree = parseLight(new VFile({ value: text }))
        // The same test on elements: their name and attributes are what the start tag had.
        const elements = findAll(tree.document, (element) =>
          isPart({ tagName: element.tagName, attrs: element.attrs } as unknown as Tag),
        )
        expect(strict?.roots.length).toBeGreaterThan(0)
        expect(strict?.roots.map(dump)).toEqual(elements.map(dump))
      })
    }
  }

  const strict: Array<[string, string]> = [
    ['text, entities and comments', '<ol><li class="r">a &amp; b<!-- c -->d<br>e<span>f</span>\n</li></ol>'],
    [
      'void elements and attributes',
      '<ul><li class="r x" id=1><img src=a.png alt="&lt;"><a href="/abs/1">1</a></li></ul>',
    ],
    [
      'an SVG icon with a title before the results',
      '<svg><title>x</title><path d="M0"/></svg><ol><li class="r">y</li></ol>',
    ],
    [
      'a select with options before',
      '<select><option>a</option><option>b</option></select><ol><li class="r">y</li></ol>',
    ],
    [
      'SVG and MathML in a result (adjusted names and attributes, namespaces)',
      '<ol><li class="r"><svg viewBox="0 0 1 1" xlink:href="#a"><title>t</title><clippath id=c></clippath><path d="M0"/></svg><math definitionurl=x><mi>x</mi></math><svg/>y</li></ol>',
    ],
    ['a script with markup in it', '<script>"<li class=r>"</script><ol><li class="r">y</li></ol>'],
  ]
  for (const [name, body] of strict) {
    it(`reads ${name} as the tree does`, () => {
      const text = page(body)
      const tokens = fromTokens(text)
      expect(tokens).toBeDefined()
      expect(tokens).toEqual(fromTree(text))
    })
  }

  const odd: Array<[string, string]> = [
    ['an unclosed paragraph', '<p>a<ol><li class="r">y</li></ol>'],
    ['a misnested end tag', '<b><i></b></i><ol><li class="r">y</li></ol>'],
    ['a link in a link', '<ol><li class="r"><a href=1>a<a href=2>b</a></a></li></ol>'],
    ['a result cut by the end', '<ol><li class="r">y'],
    ['a table', '<table><tr><td><ol><li class="r">y</li></ol></td></tr></table>'],
    ['a NUL in a result', '<ol><li class="r">a\0b</li></ol>'],
    ['a pre in a result', '<ol><li class="r"><pre>\nx</pre></li></ol>'],
    ['a CDATA section in an SVG title', '<svg><title><![CDATA[a>]]></title></svg><ol><li class="r">y</li></ol>'],
    ['markup breaking out of SVG', '<svg><p>x</p></svg><ol><li class="r">y</li></ol>'],
    ['an li closing the result', '<ol><li class="r"><div><li>x</li></div></li></ol>'],
    ['a stray </br>', '<ol><li class="r">a</br></li></ol>'],
    ['a heading in a heading', '<ol><li class="r"><h3><h2>x</h2></h3></li></ol>'],
    ['a select holding markup', '<select><div>x</div></select><ol><li class="r">y</li></ol>'],
  ]
  for (const [name, body] of odd) {
    it(`steps aside for ${name}`, () => {
      expect(fromTokens(page(body))).toBeUndefined()
    })
  }

  it('hands each subtree to onSubtree as it ends, in order, and lets go of those it takes', () => {
    const text = page(
      '<ol><li class="r">a</li><li class="r"><ul><li class="r">b</li></ul></li><li class="r">c</li></ol>',
    )
    const seen: Array<{ root: unknown[]; nested: boolean }> = []
    const strict = strictSubtrees(new VFile({ value: text }), isResultTag, (root, tree, nested) => {
      // The page is there while it is read: the callback can place what it finds.
      expect(tree.positionOf(root)?.start.offset).toBe(root.startOffset)
      seen.push({ root: dump(root), nested })
      return !nested
    })
    const expected = fromTree(text)
    expect(seen).toEqual([
      { root: expected[0], nested: false },
      { root: expected[1], nested: true },
      { root: expected[2], nested: false },
    ])
    // Only the one it kept is left, in the page and in `roots`.
    expect(strict?.roots.map(dump)).toEqual([expected[1]])
    expect(strict?.tree.document.childNodes).toEqual(strict?.roots)
  })

  it('hands each element inside a subtree to onElement as its end tag is read, not the root', () => {
    const text = page('<ol><li class="r"><p><b>a</b><i>b</i></p><br><span>c</span></li></ol>')
    const ended: string[] = []
    strictSubtrees(new VFile({ value: text }), isResultTag, undefined, (element) => {
      ended.push(element.tagName)
    })
    // Post order, and no void element (it has no end tag) and no root.
    expect(ended).toEqual(['b', 'i', 'p', 'span'])
  })

  it('still gives the page when every subtree was let go, and steps aside after calls as before', () => {
    const text = page('<ol><li class="r">a</li></ol>')
    const strict = strictSubtrees(new VFile({ value: text }), isResultTag, () => true)
    expect(strict?.roots).toEqual([])
    expect(strict?.tree.document.childNodes).toEqual([])
    let calls = 0
    const odd = page('<ol><li class="r">a</li></ol><b><i></b></i>')
    expect(strictSubtrees(new VFile({ value: odd }), isResultTag, () => ++calls > 0)).toBeUndefined()
    expect(calls).toBe(1)
  })

  it('steps aside for a page deeper than the depth budget', () => {
    const text = page(`<ol><li class="r">${'<span>'.repeat(50)}x${'</span>'.repeat(50)}</li></ol>`)
    expect(strictSubtrees(new VFile({ value: text }), isResultTag)?.roots.length).toBe(1)
    const shallow = new VFile({ value: text })
    setBudgets(shallow, { ...budgetsOf(shallow), maxDepth: 40 })
    expect(strictSubtrees(shallow, isResultTag)).toBeUndefined()
  })

  it('equals the tree on random pages of nested tags with some damage, whenever it is sure', () => {
    // Tags a strict page has, and tags after which the builder must step aside (or be right).
    const plain = ['li class="r"', 'ol', 'ul', 'div', 'p', 'span class="s"', 'a href="/abs/1"', 'b', 'i', 'em']
    const more = [
      'h3',
      'dl',
      'dt',
      'dd',
      'svg viewBox="0 0 1 1"',
      'title',
      'clippath',
      'math',
      'mi',
      'select',
      'option',
      'script',
      'li class=r',
    ]
    const odd = ['li', 'h2', 'table', 'td', 'desc', 'pre', 'textarea', 'style', 'template', 'button', 'form', 'object']
    const text = ['text', ' ', '\n', '\r\n', '&amp;', '&lt', '<br>', '<img src=x>', '<path/>', '<!-- c -->']
    const damage = ['<![CDATA[x>]]>', '\0', '</br>', '<p>', '</p>', '<li>', '</div>', '<b>', '</a>', '<', '>']
    const { node } = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        { weight: 6, arbitrary: fc.constantFrom(...text) },
        { weight: 1, arbitrary: fc.constantFrom(...damage) },
        {
          weight: 6,
          arbitrary: fc
            .tuple(
              fc.oneof(
                { weight: 8, arbitrary: fc.constantFrom(...plain) },
                { weight: 3, arbitrary: fc.constantFrom(...more) },
                { weight: 1, arbitrary: fc.constantFrom(...odd) },
              ),
              fc.array(tie('node'), { maxLength: 4 }),
            )
            .map(([tag, children]) => `<${tag}>${children.join('')}</${tag.split(' ')[0]}>`),
        },
      ),
    }))
    // Each top-level piece bare, or as a result in a list.
    const piece = fc
      .tuple(fc.boolean(), node)
      .map(([result, body]) => (result ? `<ol><li class="r">${body}</li></ol>` : body))
    let sure = 0
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (parts) => {
        const text = page(parts.join(''))
        const tokens = fromTokens(text)
        if (tokens === undefined) return
        if (tokens.length > 0) sure++
        expect(tokens).toEqual(fromTree(text))
      }),
      { numRuns: Number(process.env.RUNS ?? 2000) },
    )
    // The property says something only if the builder is sure on a fair share of the pages.
    expect(sure).toBeGreaterThan(100)
  })
})
