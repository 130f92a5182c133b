/**
 * `decodeProps` must give what parse5 gives for an attribute value (entities' decoder in
 * attribute mode), on the JSON-escaped values its shortcut is for and on everything else.
 */
import { decodeHTMLAttribute } from 'entities'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeProps } from '../../../src/readers/hf-html/decode-props.js'

/** The one-buffer decoding whatever the length (it is kept for values of 1 Mi characters and more). */
const decodeProps0 = (raw: string) => decodeProps(raw, 0)

describe('decodeProps', () => {
  it('decodes the references JSON is escaped with', () => {
    expect(decodeProps0('{&quot;a&quot;:&quot;R&amp;D &lt;b&gt; it&#39;s &apos;x&apos; &#x27;y&#x27;&quot;}')).toBe(
      `{"a":"R&D <b> it's 'x' 'y'"}`,
    )
  })

  it('decodes once: `&amp;quot;` is `&quot;` as text', () => {
    expect(decodeProps0('&amp;quot;&amp;amp;')).toBe('&quot;&amp;')
  })

  it('keeps text without references, a leading U+FEFF and characters beyond the BMP', () => {
    expect(decodeProps0('plain')).toBe('plain')
    expect(decodeProps0('\ufeff&quot;\u{1f600}é—&quot;')).toBe('\ufeff"\u{1f600}é—"')
  })

  it('leaves values under the size where the pieces matter to the full decoder', () => {
    expect(decodeProps('&quot;a&quot;')).toBe('"a"')
    const big = `${'&quot;abc&quot;:1,'.repeat(80_000)}&nbsp;`
    expect(decodeProps(big)).toBe(decodeHTMLAttribute(big))
    expect(decodeProps(big.slice(0, -6))).toBe(decodeHTMLAttribute(big.slice(0, -6)))
  })

  it('leaves other references and unpaired surrogates to the full decoder', () => {
    for (const value of [
      '&nbsp;&quot;',
      '&copy&quot;',
      'a & b&quot;',
      '&#34;&quot;',
      '&QUOT;',
      '\ud800&quot;',
      '&quot;\udc00',
    ]) {
      expect(decodeProps0(value)).toBe(decodeHTMLAttribute(value))
    }
  })

  it('decodes block by block: pairs and references cut by a block end come out whole', () => {
    const value = '&quot;\u{1f600}é&amp;\u{1f600}x&lt;'
    for (let block = 1; block <= 8; block++) {
      expect(decodeProps(value, 0, block)).toBe(decodeHTMLAttribute(value))
    }
    const big = `${'&quot;\u{1f600}—abc&quot;:1,'.repeat(20_000)}`
    expect(decodeProps(big, 0)).toBe(decodeHTMLAttribute(big))
  })

  it('equals the full decoder on any mix of references and text', () => {
    const piece = fc.oneof(
      fc.constantFrom('&quot;', '&amp;', '&lt;', '&gt;', '&#39;', '&apos;', '&#x27;', '&', ';', 'amp;', '&nbsp;', '&#'),
      fc.string({ unit: 'binary', maxLength: 6 }),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 9 }), (pieces, block) => {
        const value = pieces.join('')
        expect(decodeProps0(value)).toBe(decodeHTMLAttribute(value))
        expect(decodeProps(value, 0, block)).toBe(decodeHTMLAttribute(value))
      }),
      { numRuns: 500 },
    )
  })
})
