/**
 * Names the gazetteer lacks, listed with one it knows: `WordSim353 and MC30`, `AP88-89, WT2G
 * and TREC 8`, `from TREC 2002 and INEX 2005`. A name shaped as a name (capitals and digits,
 * an inner capital) right next to a known dataset, with only list punctuation between them,
 * is listed as a dataset is.
 */
import { shapedNameAt } from './broad.js'
import type { Candidate } from './discovery.js'
import type { Hit } from './matcher.js'

// What may stand between two names of a list: a comma, `and`, `or`, `&`, a slash.
const gapAfter = /(?:,? (?:and|or|&) | ?, | ?\/ ?)/y
const gapBefore = /^(?:,? (?:and|or|&) | ?, | ?\/ ?)$/
// What follows the last name of a list: punctuation, a bracket, more of the list, or its head noun.
const listEnd = / ?(?:[,.;:)!?]|\(|and |or |(?:data ?sets?|benchmarks?|collections?|corpora)\b)|$/y

/**
 * Shaped names at `names` (the offsets of capitalised words) that a list gap joins to one of
 * `hits` (sorted, not overlapping), outside every hit.
 */
export function listedWithKnown(text: string, names: readonly number[], hits: readonly Hit[]): Candidate[] {
  const found: Candidate[] = []
  if (hits.length === 0) return found
  let next = 0
  for (const start of names) {
    // The first hit that ends after `start` (both ascending: one merge).
    while (next < hits.length && (hits[next] as Hit).end <= start) next++
    const after = hits[next]
    if (after && after.start <= start) continue // inside a known name
    const name = shapedNameAt(text, start)
    if (!name) continue
    const end = start + name.length
    const before = hits[next - 1]
    let joined = false
    if (after && !after.needsContext && after.start - end <= 6) {
      gapAfter.lastIndex = end
      joined = gapAfter.test(text) && gapAfter.lastIndex === after.start
    }
    // After the known name, the list must go on or end here: not `from the Pile, UniPool consistently improves`.
    if (
      !joined &&
      before &&
      !before.needsContext &&
      start - before.end <= 6 &&
      gapBefore.test(text.slice(before.end, start))
    ) {
      listEnd.lastIndex = end
      joined = listEnd.test(text)
    }
    if (joined) found.push({ name, start, end, cue: 'listed-known', introduced: false, weak: false })
  }
  return found
}
