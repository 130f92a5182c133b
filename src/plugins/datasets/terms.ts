/**
 * Abbreviations of terms: a name written in brackets after a lower-case word, `channel
 * impulse response (CIR)`, `mean average precision (MAP)`, `latent Wishart process (LWP)`,
 * abbreviates a quantity, a method or a metric. A dataset's long form is capitalised
 * (`Street View House Numbers (SVHN)`), so a name the gazetteer lacks, found by weak
 * evidence only, is dropped when the text spells it out this way.
 */

/** Longest abbreviation looked up (the candidates' own bound, `isAbbreviation` in discovery). */
const longest = 12

/**
 * Every bracketed text of at most 12 units written as `(name)` right after a word of lower-case
 * ASCII letters, in one pass over the text: asking once per candidate name searched the whole
 * text for each, quadratic on a text of many distinct names.
 */
export function spelledTerms(text: string): Set<string> {
  const terms = new Set<string>()
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    if (at < 2 || text.charCodeAt(at - 1) !== 32 || !isLower(text.charCodeAt(at - 2))) continue
    // The word before is all lower case: not `aPascal`, nor the tail of `Image-net`. A word is
    // walked back over once: only one `(` can follow it directly.
    let from = at - 2
    while (from > 0 && isLower(text.charCodeAt(from - 1))) from--
    if (from !== 0 && text.charCodeAt(from - 1) !== 32) continue
    const end = Math.min(text.length, at + 2 + longest)
    for (let close = at + 1; close < end; close++) {
      if (text.charCodeAt(close) === 41) terms.add(text.slice(at + 1, close))
    }
  }
  return terms
}

const isLower = (code: number) => code >= 97 && code <= 122
