/**
 * ASCII twins of the Unicode-aware patterns. On text that is all ASCII, `\p{L}` is exactly
 * `[A-Za-z]`, `\p{Lu}` `[A-Z]`, `\p{Ll}` `[a-z]`, `\p{N}` `[0-9]` and `\p{M}` nothing, so a
 * twin with those ranges finds exactly what the pattern finds there; V8 tests the short
 * ranges several times faster than the Unicode tables, and most abstracts are all ASCII.
 */

const ranges: Readonly<Record<string, string>> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' }
const property = /^\\p\{(\w+)\}/

/** A pattern and its ASCII twin, both compiled once. */
export interface Twin {
  unicode: RegExp
  ascii: RegExp
}

/** `new RegExp(source, flags)` and its ASCII twin. */
export function twin(source: string, flags: string): Twin {
  return { unicode: new RegExp(source, flags), ascii: new RegExp(asciiSource(source), flags) }
}

/** The pattern to run on a text: the twin when the text is all ASCII. */
export function pick(pair: Twin, ascii: boolean): RegExp {
  return ascii ? pair.ascii : pair.unicode
}

/** `source` with each `\p{…}` replaced by its ASCII range (bracketed where it stands alone). */
export function asciiSource(source: string): string {
  let out = ''
  let inClass = false
  for (let index = 0; index < source.length; index++) {
    const char = source.charAt(index)
    if (char === '\\') {
      const found = property.exec(source.slice(index))
      const range = found ? ranges[found[1] ?? ''] : undefined
      if (found && range !== undefined) {
        out += inClass ? range : `[${range}]`
        index += found[0].length - 1
        continue
      }
      if (found || source.charAt(index + 1) === 'P')
        throw new Error(`No ASCII twin for \`${source.slice(index, index + 8)}…\`: add its range to \`ranges\`.`)
      out += source.slice(index, index + 2)
      index++
      continue
    }
    if (char === '[') inClass = true
    else if (char === ']') inClass = false
    out += char
  }
  return out
}
