import { describe, expect, it } from 'vitest'
import { attributeOf, attributePosition, scanTags, type Tag } from '../../../src/readers/html/tags.js'

function tags(html: string): Tag[] {
  const seen: Tag[] = []
  scanTags(html, { startTag: (tag) => void seen.push(tag) })
  return seen
}

describe('scanTags', () => {
  it('decodes attribute values and gives their positions', () => {
    const html = '<p>\n  <div data-props="{&quot;a&quot;:&amp;1}" id=x>'
    const [, div] = tags(html)
    expect(attributeOf(div as Tag, 'data-props')).toBe('{"a":&1}')
    const place = attributePosition(div as Tag, 'data-props')
    expect(html.slice(place?.start.offset, place?.end.offset)).toBe('data-props="{&quot;a&quot;:&amp;1}"')
    expect(place?.start).toMatchObject({ line: 2, column: 8 })
  })

  it('reads script, style, title, textarea and noscript content as text, as the tree builder would', () => {
    const names = tags(
      '<script>if (a<b) document.write("<a href=/papers/1>")</script><style>/* <a> */</style>' +
        '<title><a></title><textarea><a></textarea><noscript><a></noscript><a href="/real">',
    ).map((tag) => tag.tagName)
    expect(names).toEqual(['script', 'style', 'title', 'textarea', 'noscript', 'a'])
  })

  it('leaves foreign content alone: inside svg a style is markup', () => {
    const names = tags('<svg><style><a></a></style></svg><a>').map((tag) => tag.tagName)
    expect(names).toEqual(['svg', 'style', 'a', 'a'])
  })

  it('emits end tags when asked', () => {
    const ends: string[] = []
    scanTags('<div><p>x</p></div>', { startTag() {}, endTag: (tag) => void ends.push(tag.tagName) })
    expect(ends).toEqual(['p', 'div'])
  })
})
