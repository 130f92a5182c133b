/**
 * The `data-props` shortcut (values found by `indexOf`, cut before the tag scan, decoded in one
 * pass) must give exactly what the tokenizer gives reading the whole page — values, positions,
 * cards — and must step aside on any page where it cannot be sure.
 */
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanLifted, scanPage, scanWhole } from '../../../src/readers/hf-html/scan.js'

const root = new URL('../../../fixtures/hf-html/', import.meta.url)
const fixtures = readdirSync(root).map((name) => ({
  name,
  text: readFileSync(new URL(`${name}/input.html`, root), 'utf8'),
}))

const wrap = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`

describe('lifted data-props', () => {
  for (const { name, text } of fixtures) {
    it(`${name}: lifted, same scan as the tokenizer`, () => {
      const fast = scanLifted(text)
      expect(fast).toBeDefined()
      expect(fast).toEqual(scanWhole(text))
    })
  }

  it('reads the daily state it lifted: the value decoded, positioned at the attribute', () => {
    const text = (fixtures.find((item) => item.name === 'daily-2024-08-01') as { text: string }).text
    const state = scanLifted(text)?.states.find((item) => item.target === 'DailyPapers')
    // Offsets read off the raw file: `data-props="` starts at 15,051, its value at 15,063.
    expect(state?.position?.start.offset).toBe(15_051)
    expect(text.slice(15_051, 15_063)).toBe('data-props="')
    const end = state?.position?.end.offset ?? 0
    expect(text[end - 1]).toBe('"')
    expect(text.slice(end - 20, end)).toContain('&quot;')
    expect(state?.props.startsWith('{"canSubmit":false,"date":"2024-08-01T00:00:00.000Z"')).toBe(true)
    expect(state?.props).not.toContain('&quot;')
  })

  const same: Array<[string, string]> = [
    ['attributes in another order', '<div data-props="{&quot;a&quot;:1}" class="x" data-target="DailyPapers"></div>'],
    [
      'every form of character reference',
      '<div data-target="T" data-props="&quot &#34; &#x22; &amp; &amp &lt;&gt &notit; &not; &#0; &#x80; &ampx &#xD800; &bogus;"></div>',
    ],
    [
      'a reference split by the closing quote',
      '<div data-target="T" data-props="{&quo"t;></div><p data-props="&amp">x</p>',
    ],
    [
      'several values on one line, tags between and after',
      '<div data-props="aaaa"><a href="/papers/2407.21783">x</a><span data-props="bbbbbb"></span><a href="/papers/2407.21705">y</a></div><link rel="canonical" href="https://huggingface.co/papers">',
    ],
    [
      'values on several lines',
      '<div data-props="aaaa">\n<a href="/papers/2407.21783">x</a>\r\n<span data-props="bb&amp;bb">\r</span>\n<a href="/papers/2407.21705">y</a></div>',
    ],
    [
      'a single-quoted value beside a double-quoted one',
      `<div data-props='{"a":1}'></div><div data-props="&quot;b&quot;"></div>`,
    ],
    ['an empty value', '<div data-props=""></div><div data-props="x"></div>'],
    [
      'non-ASCII around the value',
      '<p title="é😀">ü</p><div data-props="😀&eacute;">😀<a href="/papers/2407.21783">😀</a></div>',
    ],
  ]
  for (const [name, body] of same) {
    it(`lifts ${name}, with the tokenizer's values and positions`, () => {
      const text = wrap(body)
      const fast = scanLifted(text)
      expect(fast).toBeDefined()
      expect(fast).toEqual(scanWhole(text))
    })
  }

  const odd: Array<[string, string]> = [
    ['a missing closing quote', '<div data-target="T" data-props="{&quot;a&quot;:1}></div>'],
    ['the marker in a comment', '<!-- data-props="x" --><div data-props="y"></div>'],
    ['the marker in a script', '<script>let a = \'data-props="</script>\'</script><div data-props="y"></div>'],
    ['the marker in another attribute', `<div title='data-props="x'>"</div>`],
    ['a duplicate attribute', '<div data-props="a" data-props="b"></div>'],
    ['a longer attribute name', '<div xdata-props="a"></div>'],
    ['an end tag with the attribute', '</div data-props="a"><div data-props="b"></div>'],
    ['a line break in the value', '<div data-props="{\n}"></div>'],
    ['a CR in the value', '<div data-props="{\r}"></div>'],
    ['a NUL in the value', '<div data-props="{\0}"></div>'],
  ]
  for (const [name, body] of odd) {
    it(`steps aside for ${name}, and the page reads as the tokenizer reads it`, () => {
      const text = wrap(body)
      expect(scanLifted(text)).toBeUndefined()
      expect(scanPage(text)).toEqual(scanWhole(text))
    })
  }

  it('equals the tokenizer on random pages made of tag and value pieces', () => {
    const pieces = [
      '<div ',
      '<a href="/papers/2407.21783">',
      '<a href="/papers/2407.21705#community">',
      '</a>',
      '</div>',
      ' data-props="',
      'data-props=',
      ' data-target="DailyPapers"',
      '"',
      "'",
      '>',
      '/>',
      '&quot;',
      '&amp',
      '&#34;',
      '{}',
      'x',
      ' ',
      '\n',
      '\r\n',
      '<!--',
      '-->',
      '<script>',
      '</script>',
      '<svg>',
      '</svg>',
      '<title>',
      '<link rel="canonical" href="https://huggingface.co/papers">',
      '😀',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(scanPage(text)).toEqual(scanWhole(text))
      }),
      { numRuns: 400 },
    )
  })
})
