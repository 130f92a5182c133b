/**
 * Tag and attribute names as the HTML tokenizer gives them (ASCII letters lower-cased), each kept
 * once per page: a name seen before is the same string again, not a new copy of the input. A page
 * repeats a few dozen names thousands of times (`div`, `class`, `href`), and each copy was an
 * allocation per tag or attribute.
 */
import { ownCopy } from '../../util/text.js'

/** At most this many names are kept per table (a page has two: names, and short values; a hostile page may have millions of distinct ones). */
const capacity = 4096

/**
 * The names of one page, keyed by a hash of their lower-cased characters (or, for short attribute
 * values such as class names, `exact`: of their characters as they are).
 */
export class NameTable {
  private readonly byHash = new Map<number, string>()
  private readonly exact: boolean

  constructor(exact = false) {
    this.exact = exact
  }

  /**
   * The name at [from, to) of `source` (lower-cased unless `exact`), whose characters hash to
   * `hash` (see {@link nameHash}: the scanner computes it as it looks for the name's end).
   */
  name(source: string, from: number, to: number, hash: number): string {
    const known = this.byHash.get(hash)
    if (known !== undefined && this.same(source, from, to, known)) return known
    const slice = source.slice(from, to)
    const name = ownCopy(this.exact ? slice : lowerAscii(slice))
    if (known === undefined && this.byHash.size < capacity) this.byHash.set(hash, name)
    return name
  }

  /** Whether [from, to) of `source` (lower-cased unless `exact`) is `name`. */
  private same(source: string, from: number, to: number, name: string): boolean {
    if (to - from !== name.length) return false
    if (this.exact) return source.startsWith(name, from)
    for (let index = 0; index < name.length; index++) {
      let code = source.charCodeAt(from + index)
      if (code >= 65 && code <= 90) code += 32
      if (code !== name.charCodeAt(index)) return false
    }
    return true
  }
}

/** The hash after one more character `code` of a name, ASCII case-blind (start from 0). */
export function nameHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0
}

/** ASCII letters lower-cased, nothing else (as the tokenizer does: `İ` stays). */
export function lowerAscii(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) return text.replace(/[A-Z]+/g, (run) => run.toLowerCase())
  }
  return text
}
