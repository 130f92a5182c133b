/**
 * Abbreviations of terms: a name written in brackets after a lower-case word, `channel
 * impulse response (CIR)`, `mean average precision (MAP)`, `latent Wishart process (LWP)`,
 * abbreviates a quantity, a method or a metric. A dataset's long form is capitalised
 * (`Street View House Numbers (SVHN)`), so a name the gazetteer lacks, found by weak
 * evidence only, is dropped when the text spells it out this way.
 */

/** `name` is written as `(name)` right after a word of lower-case ASCII letters somewhere in `text`. */
export function abbreviatesTerm(text: string, name: string): boolean {
  for (let at = text.indexOf(`(${name})`); at >= 0; at = text.indexOf(`(${name})`, at + 1)) {
    if (at < 2 || text.charCodeAt(at - 1) !== 32 || !isLower(text.charCodeAt(at - 2))) continue
    // The word before is all lower case: not `aPascal`, nor the tail of `Image-net`.
    let from = at - 2
    while (from > 0 && isLower(text.charCodeAt(from - 1))) from--
    if (from === 0 || text.charCodeAt(from - 1) === 32) return true
  }
  return false
}

const isLower = (code: number) => code >= 97 && code <= 122
