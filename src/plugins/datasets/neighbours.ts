/**
 * Names the gazetteer lacks, listed with one it knows: `WordSim353 and MC30`, `AP88-89, WT2G
 * and TREC 8`, `from TREC 2002 and INEX 2005`. A name shaped as a name (capitals and digits,
 * an inner capital) right next to a known dataset, with only list punctuation between them,
 * is listed as a dataset is; so is one capitalised word that ends the list after the known
 * name (`MovieLens and Netflix`), with less confidence. Read beside each known name only: a
 * few sticky tests a hit.
 */
import { shapedNameAt } from './broad.js'
import { type Candidate, isLanguage, isName } from './discovery.js'
import type { Hit } from './matcher.js'
import { isModel, otherWords } from './non-datasets.js'

// What may stand between two names of a list: a comma, `and`, `or`, `&`, a slash.
const gapAfter = /(?:,? (?:and|or|&) | ?, | ?\/ ?)/y
const gapBefore = /(?:,? (?:and|or|&) | ?, | ?\/ ?)$/
// What follows the last name of a list: punctuation, a bracket, more of the list, or its head noun.
const listEnd = / ?(?:[,.;:)!?]|\(|and |or |(?:data ?sets?|benchmarks?|collections?|corpora)\b)|$/y
// One capitalised word of four letters or more, after the known name only: `MovieLens and Netflix`.
const titled = /\p{Lu}\p{Ll}{3,20}(?![\p{L}\p{N}-])/uy
// A unit of a shaped name, read back to find where the name before a gap starts.
const isNameUnit = (code: number) =>
  (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 45

/** Shaped names that a list gap joins to one of `hits` (sorted, not overlapping), outside every hit. */
export function listedWithKnown(text: string, hits: readonly Hit[]): Candidate[] {
  const found: Candidate[] = []
  hits.forEach((hit, index) => {
    if (hit.needsContext) return
    const previous = hits[index - 1]
    const next = hits[index + 1]
    // Before the known name: `MC30 and WordSim353`.
    const gap = gapBefore.exec(text.slice(Math.max(0, hit.start - 6), hit.start))
    if (gap) {
      const end = hit.start - gap[0].length
      let start = end
      while (start > 0 && end - start < 40 && isNameUnit(text.charCodeAt(start - 1))) start--
      const name = start < end && (!previous || previous.end <= start) ? shapedNameAt(text, start) : undefined
      if (name && start + name.length === end && !isModel(name)) add(found, name, start)
    }
    // After it: `WordSim353 and MC30`, when the list goes on or ends there (not `the Pile, UniPool improves`).
    gapAfter.lastIndex = hit.end
    if (!gapAfter.test(text)) return
    const start = gapAfter.lastIndex
    const shaped = !next || next.start > start ? shapedNameAt(text, start) : undefined
    titled.lastIndex = start
    // A capitalised word only as the last of the list, after `and` or `or` (not `FlyingThings3D, Driving, and …`).
    const last = text.startsWith(' and ', start - 5) || text.startsWith(' or ', start - 4)
    const name = shaped ?? (last && (!next || next.start > start) ? titled.exec(text)?.[0] : undefined)
    if (!name || isModel(name)) return
    // A capitalised word is a name only when no list says what else it is: `MNIST and Pearson`, `SQuAD and Moreover`.
    if (!shaped && (!isName(name) || isLanguage(name) || otherWords.has(name))) return
    listEnd.lastIndex = start + name.length
    if (listEnd.test(text)) add(found, name, start, shaped === undefined)
  })
  return found
}

function add(found: Candidate[], name: string, start: number, weak = false): void {
  found.push({ name, start, end: start + name.length, cue: 'listed-known', introduced: false, weak })
}
