/**
 * What surrounds a mention: sentence bounds, words that say "dataset", and the verbs
 * that say whether the authors made it or used it. Each is found once per abstract,
 * so asking about any number of mentions stays linear.
 */
import { pick, twin } from './twins.js'
import { keywords, matchesAt, readWords, type Words } from './words.js'

// A sentence ends at . ! or ? followed by space and something that can start a sentence.
const sentenceBreak = twin(String.raw`[.!?]\s+(?=[\p{Lu}\p{N}(["“'])`, 'gu')
// Nouns that make a name a dataset: "GB benchmarks", "dataset PASS".
const nounWords = keywords([
  'data ?[Ss]ets?',
  'benchmarks?',
  'corp(?:us|ora)',
  'collections?',
  'databases?',
  'treebanks?',
  'test(?:ing)? ?(?:[Ss]ets?|[Bb]eds?)',
  'splits?',
  'suites?',
])
const datasetNoun = new RegExp(String.raw`${nounWords.pattern}\b`, 'y')
// "we (first) introduce / this work presents …": the authors make something. Tried only where
// `we `, `this ` or `our ` opens a word, not at every offset.
const introWords = keywords(['we ', 'this ', 'our '])
const introVerb =
  /\b(?:[Ww]e|[Tt]his (?:paper|work|study|report)|[Oo]ur (?:work|paper))(?: (?:also|first|further|then|thus|therefore|additionally|hence|here|newly|carefully|manually|publicly|have|has|will|can|hereby)){0,3} (?:introduc|present|propos|releas|construct|curat|collect|compil|contribut|creat|build|built|develop|design|assembl|open-sourc)[a-z]*/y
// Verbs that use something that exists: trained on, evaluated on, compared with …
const useWords = keywords([
  'evaluat(?:e[sd]?|ing)\\b',
  'test(?:ed|ing|s)\\b',
  'train',
  'fine-?tun',
  'finetun',
  'pre-?train',
  'experiment',
  'compar',
  'achiev',
  'outperform',
  'obtain',
  'report',
  'sampl',
  'leverag',
  'adopt',
  'use[sd]?\\b',
  'using\\b',
  'results\\b',
  'appl(?:y|ied|ies)\\b',
  'improv',
  'surpass',
  'perform',
  'scor',
  'attain',
  'reach',
])
const useVerb = new RegExp(`${useWords.pattern}[a-z]*`, 'y')

/**
 * One abstract, read once for the cues mentions are judged by. Word starts and dataset
 * nouns are found up front (every abstract needs them); sentences and verbs only when a
 * mention is first judged by them, which most abstracts never ask.
 */
export class Analysis {
  readonly text: string
  /** Where words start, and which are names, numbers and keywords. */
  readonly words: Words
  /** Start offsets of dataset nouns. */
  readonly nouns: readonly number[]
  #sentences: number[] | undefined
  #intros: number[] | undefined
  #uses: number[] | undefined

  constructor(text: string, words: Words, nouns: readonly number[]) {
    this.text = text
    this.words = words
    this.nouns = nouns
  }

  /** Offsets where sentences start, ascending (the first is 0). */
  get sentences(): readonly number[] {
    if (!this.#sentences) {
      this.#sentences = [0]
      for (const match of this.text.matchAll(pick(sentenceBreak, this.words.ascii)))
        this.#sentences.push(match.index + match[0].length)
    }
    return this.#sentences
  }

  /** End offsets of "we introduce"-style phrases. */
  get intros(): readonly number[] {
    if (!this.#intros) {
      this.#intros = []
      for (const match of matchesAt(this.text, introVerb, this.words.opening[introWords.index] ?? []))
        this.#intros.push(match.index + match[0].length)
    }
    return this.#intros
  }

  /** End offsets of use verbs. */
  get uses(): readonly number[] {
    const starts = this.words.opening[useWords.index] ?? []
    this.#uses ??= matchesAt(this.text, useVerb, starts).map((match) => match.index + match[0].length)
    return this.#uses
  }
}

/** Find the cues in `text`. */
export function analyse(text: string): Analysis {
  // Read here, not in the constructor: V8 optimises the hot loops less reliably inside one.
  const words = readWords(text)
  return new Analysis(text, words, nounsIn(text, words))
}

/** Start offsets of the dataset nouns of `text`. */
function nounsIn(text: string, words: Words): number[] {
  const nouns: number[] = []
  for (const match of matchesAt(text, datasetNoun, words.opening[nounWords.index] ?? [])) nouns.push(match.index)
  return nouns
}

/** Where words opening as a dataset noun start (`dat…`, `ben…`, `cor…`: those of `data` among them). */
export function nounOpenings(analysis: Analysis): readonly number[] {
  return analysis.words.opening[nounWords.index] ?? []
}

/** Where the sentence holding `offset` starts. */
export function sentenceStart(analysis: Analysis, offset: number): number {
  return analysis.sentences[lastAtOrBefore(analysis.sentences, offset)] ?? 0
}

/** Where the sentence holding `offset` ends (the next sentence's start, or the text's end). */
export function sentenceStop(analysis: Analysis, offset: number): number {
  return analysis.sentences[lastAtOrBefore(analysis.sentences, offset) + 1] ?? analysis.text.length
}

/**
 * Is the mention at `start..end` in a dataset context: a dataset noun shortly before
 * or after it in the same sentence ("dataset PASS", "GB benchmarks"), or a use verb
 * right before it ("evaluated on MATH")?
 */
export function inDatasetContext(analysis: Analysis, start: number, end: number): boolean {
  const from = Math.max(sentenceStart(analysis, start), start - 40)
  const to = Math.min(sentenceStop(analysis, start), end + 30)
  const noun = analysis.nouns[lastAtOrBefore(analysis.nouns, to - 1)]
  if (noun !== undefined && noun >= from && (noun < start || noun >= end)) return true
  const use = analysis.uses[lastAtOrBefore(analysis.uses, start)]
  return (
    use !== undefined &&
    use >= Math.max(from, start - 16) &&
    /^\s+(?:on|with|from)\s+(?:the\s+)?$/.test(analysis.text.slice(use, start))
  )
}

/**
 * Do the authors introduce what starts at `offset`? True when the nearest cue before it
 * in its sentence is "we introduce/present/release…" rather than a use verb.
 */
export function introducedHere(analysis: Analysis, offset: number): boolean {
  const from = sentenceStart(analysis, offset)
  const intro = analysis.intros[lastAtOrBefore(analysis.intros, offset)]
  if (intro === undefined || intro < from) return false
  const use = analysis.uses[lastAtOrBefore(analysis.uses, offset)]
  return use === undefined || use <= intro
}

/** Index of the last value `<= offset` in ascending `values`, or -1. */
function lastAtOrBefore(values: readonly number[], offset: number): number {
  let low = 0
  let high = values.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >>> 1
    if ((values[middle] as number) <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}
