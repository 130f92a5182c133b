/**
 * Candidates with weaker evidence than the patterns of `discovery.ts`, for the learned
 * scorer to judge (`scorer.ts`): the words before a dataset noun whatever their case
 * (`the recipes data set`, `ACE data`, `UCI datasets`), and names whose shape alone
 * stands out (`ADULT`, `TDT4`, `ILSVRC2015`). Most are not datasets; the scorer keeps
 * those its features vouch for. Hand loops and sticky patterns, bounded: linear time.
 */
import type { Analysis } from './context.js'
import { nounOpenings } from './context.js'
import type { Candidate } from './discovery.js'
import { isLanguage, isName, kinds, notDatasets } from './discovery.js'
import { isModel } from './non-datasets.js'

// Words that end a phrase before a dataset noun: determiners, pronouns, prepositions, verbs, and
// adjectives that describe any dataset (`the same dataset`, `a large corpus`).
const stops = new Set(
  (
    'the a an this that these those our their its his her my your we they it he she them us of on in for with ' +
    'and or nor but from to by as at is are was were be been being has have had do does did which who whom whose ' +
    'where when while than then also both each every all any some such no not only same other another different ' +
    'two three four five six seven eight nine ten several many various multiple most more less few first second ' +
    'third last final following above below previous prior existing new novel proposed entire whole full complete ' +
    'original given respective corresponding standard public publicly available private real synthetic large small ' +
    'larger smaller largest big huge single one using used use uses based via into over under between across per ' +
    'about among without within through after before during if so can could may might will would should must ' +
    'what how why there here own popular common commonly widely well known famous benchmark benchmarks ' +
    'challenging difficult simple small-scale large-scale labeled labelled unlabeled unlabelled annotated raw ' +
    'clean noisy balanced imbalanced unbalanced additional extra external internal whole-body open our ' +
    'collected constructed created generated built released curated obtained provided described introduced ' +
    'each its overall total similar related relevant appropriate suitable typical particular specific general ' +
    'generic same toy diverse rich massive huge extensive comprehensive high-quality however thus hence ' +
    'therefore moreover furthermore although though whereas since because namely contains contain consists ' +
    'includes include provides provide around approximately roughly nearly almost'
  ).split(' '),
)
// Kinds of data right before the noun: skipped, so `Corel image database` gives `Corel` and
// `image database` gives nothing.
const kindWords = new Set(
  (
    'image images text texts video videos speech audio graph graphs web news document documents time-series ' +
    'training train test testing validation dev development evaluation eval reference retrieval ' +
    'classification detection segmentation recognition tracking qa question answering parallel monolingual ' +
    'bilingual multilingual english chinese german french spanish arabic japanese benchmark benchmarking ' +
    'face faces medical clinical biomedical sensor tabular 2d 3d rgb rgb-d point cloud real-world world ' +
    'real benchmark-style text-to-sql dialogue dialog conversational instruction preference'
  ).split(' '),
)
// The part a dataset plays, or a step it went through, end a phrase as stops do: `the target dataset`, `the
// perturbed dataset`, `the background corpus` name no dataset (a lower-case name is a noun: `the mushroom dataset`).
const roles = new Set(
  (
    'target source input output sample samples result results background base feature features prediction ' +
    'predictions remaining held-out heldout main initial data dataset fourth fifth sixth seventh eighth ninth tenth'
  ).split(' '),
)
const participle = /^[a-z][a-z-]{2,}[^e]ed$/
const wordChar = /[\p{L}\p{N}&/+.'’-]/u
/** A unit of a word of a phrase: a letter, digit, or one of `&/+.'’-`. */
function isPhraseCode(code: number): boolean {
  if (code < 128)
    return (
      (code >= 48 && code <= 57) ||
      ((code | 0x20) >= 97 && (code | 0x20) <= 122) ||
      code === 38 ||
      code === 47 ||
      code === 43 ||
      code === 46 ||
      code === 39 ||
      code === 45
    )
  return wordChar.test(String.fromCharCode(code))
}
const hasLetter = /\p{L}/u
/** The word goes on at `at`: a word's unit, not a full stop or an apostrophe that ends it. */
const goesOn = (text: string, at: number) =>
  wordChar.test(text.charAt(at)) && !(/[.'’]/.test(text.charAt(at)) && !wordChar.test(text.charAt(at + 1)))
const isDigitCode = (code: number) => code >= 48 && code <= 57
const titleWords = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u

/** The words right before each dataset noun, and before each `data`, as candidates (cue `phrase`). */
export function phrases(analysis: Analysis, found: Candidate[]): void {
  const { text } = analysis
  for (const head of analysis.nouns) phraseBefore(analysis, head, found)
  // `ACE data`, `WSJ test data`: `data` alone is no dataset noun elsewhere, so it is looked for here,
  // among the words that open as a dataset noun (every ` data` is one of them: a search of the whole
  // text costs more).
  for (const start of nounOpenings(analysis)) {
    if (text.charCodeAt(start - 1) !== 32 || !text.startsWith('data', start)) continue
    // Not `database`, `dataset`, `data set` (already nouns), nor `data-driven`; nor `data` that opens a compound
    // (`mitigates data scarcity`, `data augmentation`).
    // (`data.` ends a sentence, `data.frame` is a word.)
    if (goesOn(text, start + 4) || text.startsWith(' set', start + 4)) continue
    dataCompound.lastIndex = start + 4
    if (dataCompound.test(text)) continue
    phraseBefore(analysis, start, found)
  }
}

// Nouns that `data` qualifies: `data scarcity`, `data points`.
const dataCompound =
  / (?:scarcity|sparsity|augmentation|distributions?|points?|structures?|mining|analysis|processing|efficiency|generation|quality|science|selection|collection|sources?|types?|modalit(?:y|ies)|regimes?|settings?|imbalance|shift|streams?|pipelines?|curation|samples?|sizes?|volumes?|formats?|privacy|leakage|contamination|storage|management|cleaning|labell?ing|annotation)\b/y
// A dataset noun that is itself a modifier: `Zorb benchmark domains`, `benchmark problems`.
const modifiedNoun = /\S+ (?:domains|problems|functions|instances|programs|suites)\b/y

/** The word before the noun at `head` has two capitals or a digit: `TSPLIB`, `QPLIB`, `SAT2002`. */
function shapedBefore(text: string, head: number): boolean {
  let start = head - 1
  while (start > 0 && text.charCodeAt(start - 1) !== 32) start--
  let capitals = 0
  for (let at = start; at < head - 1; at++) {
    const code = text.charCodeAt(at)
    if (code >= 48 && code <= 57) return true
    if (code >= 65 && code <= 90 && ++capitals === 2) return true
  }
  return false
}

/** Some letter of `text` from `start` to `end` is a capital (ASCII or not). */
function hasCapital(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if ((code >= 65 && code <= 90) || (code > 127 && capital.test(text.charAt(at)))) return true
  }
  return false
}
const capital = /\p{Lu}/u

/** A lower-case word in `-ly` of five letters or more: `effectively`, `widely`. */
const isAdverb = (word: string, lower: string) => word === lower && word.length > 4 && word.endsWith('ly')

function phraseBefore(analysis: Analysis, head: number, found: Candidate[]): void {
  const { text } = analysis
  modifiedNoun.lastIndex = head
  // Not after a name with a name's shape: `TSPLIB benchmark instances`, `DIMACS benchmark instances`.
  if (modifiedNoun.test(text) && !shapedBefore(text, head)) return
  let end = head - 1 // the space before the noun
  if (end <= 0 || text.charCodeAt(end) !== 32) return
  let start = end
  let words = 0
  let kindsOnly = true
  // Back over at most four words: kinds of data next to the noun are skipped, the rest is the name.
  for (let cursor = end; words < 4 && cursor > 0; ) {
    let from = cursor
    while (from > 0 && from > cursor - 40 && isPhraseCode(text.charCodeAt(from - 1))) from--
    if (from === cursor) break
    const word = text.slice(from, cursor)
    const lower = word.toLowerCase()
    // An adverb ends it too: `DREAM-B3P effectively mitigates data scarcity`.
    if (stops.has(lower) || !hasLetter.test(word) || /[.'’]$/.test(word) || isAdverb(word, lower)) break
    if (word === lower && (roles.has(word) || participle.test(word))) break
    if (kindsOnly && kindWords.has(lower)) {
      end = from - 1
      start = end
      cursor = from - 1
      if (cursor < 0 || text.charCodeAt(cursor) !== 32) return
      continue
    }
    kindsOnly = false
    start = from
    words++
    if (from === 0 || text.charCodeAt(from - 1) !== 32) break
    cursor = from - 1
  }
  if (words === 0 || start >= end) return
  // After a number (`2.7 GB dataset`, `11 heterogeneous LiDAR datasets`) the phrase is a size or a family.
  if (start > 1 && isDigitCode(text.charCodeAt(start - 2))) return
  // Lower-case words before a word with a capital describe the name, they are not part of it: `natural VQA
  // datasets`, `the cleaned WebFace training data`, `outdoor SfM datasets` give `VQA`, `WebFace`, `SfM`.
  for (let space = text.indexOf(' ', start); space > 0 && space < end; space = text.indexOf(' ', start)) {
    if (hasCapital(text, start, space) || !hasCapital(text, space + 1, end)) break
    start = space + 1
  }
  const name = text.slice(start, end)
  // A number first is a size, not a name: `500-sample benchmark`, `10k dataset`.
  if (/^\p{N}/u.test(name)) return
  // Languages, methods, tasks and models are not names (`the Hebrew corpus`, `ML collection`, `Llama-3 training data`).
  if (isLanguage(name) || notDatasets.has(name) || isModel(name)) return
  // A field names a family before `benchmarks` (`IR benchmarks`, `VLN benchmarks including R2R-CE`), a kind of data
  // before a singular noun (`an ECG dataset`, `the ECG data`); only `VQA datasets` may be one the labels count.
  if (kinds.has(name) && !/^data ?sets/.test(text.slice(head, head + 9))) return
  // A possessive (`BitFunnel's collection`), and the title-case words of a title before a capitalised plural
  // (`Policy Learning Benchmarks`, `Japanese Textual Entailment Specialized Data Sets`).
  if (
    /['’]s$/.test(name) ||
    (titleWords.test(name) &&
      /^(?:Benchmarks|Datasets|Data Sets|Corpora|Collections|Databases)/.test(text.slice(head, head + 12)))
  )
    return
  // The last words of a spelled-out name: `Language Understanding & Reasoning Benchmark` (not a shaped name in a
  // list: `MOCHA and TORGO data`).
  if (/\p{Lu}[\p{L}\p{N}-]* (?:&|and) $/u.test(text.slice(Math.max(0, start - 30), start)) && titleWords.test(name))
    return
  const weak = !/\p{Lu}.*\p{Lu}|\p{N}|^\p{Lu}\S*\p{Lu}/u.test(name)
  // A sentence or a title that opens with capitalised words: `Versioned document collections`, `Detecting
  // Anomalous Collections in IMDB`.
  if ((weak || titleWords.test(name)) && (start === 0 || /[.!?:] $/.test(text.slice(start - 2, start)))) return
  found.push({
    name,
    start,
    end,
    cue: 'phrase',
    // Read by the scorer's features only, which ask `introducedHere` themselves (and only for a phrase
    // they may keep): asking here would read the abstract's verbs for every phrase.
    introduced: false,
    weak,
  })
}

// A name that stands out by shape alone: capitals and digits (`ADULT`, `TDT4`, `MT05`, `WT-2009`,
// `ILSVRC2015`, `CoNLL`), maybe with a year after it (`INEX 2005`).
const bareShape =
  /(?:[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*|[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][A-Za-z]*\d[A-Za-z0-9]*)(?:-[A-Z0-9][A-Za-z0-9]*)?(?: (?:19|20)\d\d)?(?![\p{L}\p{N}+*]|[-.'’][\p{L}\p{N}])/uy

const twoLetters = /\p{L}\p{L}/u

/**
 * Can {@link bareShape} match at the capital at `start`? Each of its shapes has a second
 * capital or a digit in the run of ASCII letters and digits the capital opens (`ADULT`,
 * `CoNLL`, `TDT4`): a word such as `The` or `Experiments` is told without the pattern.
 */
function mayBeShaped(text: string, start: number): boolean {
  // A match covers the whole run (its look-ahead refuses to stop before a letter or digit), and
  // a name over 80 characters is no name (`isName`): a longer run is refused here, before the
  // pattern, whose backtracking over a long run of capitals is quadratic.
  let shaped = false
  let index = start + 1
  for (; index < text.length && index - start <= maxRun; index++) {
    const code = text.charCodeAt(index)
    if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) shaped = true
    else if (code < 97 || code > 122) return shaped
  }
  return shaped && index - start <= maxRun
}

const maxRun = 80

/** Names shaped as names wherever they stand, as candidates (cue `bare`). */
export function bareNames(analysis: Analysis, found: Candidate[]): void {
  bareNamesNear(analysis, found)
}

/**
 * A name shaped as a name (see {@link bareShape}) that starts at `start`, or `undefined`: what
 * `neighbours.ts` reads beside a known dataset in a list.
 */
export function shapedNameAt(text: string, start: number): string | undefined {
  if (!mayBeShaped(text, start)) return undefined
  bareShape.lastIndex = start
  const name = bareShape.exec(text)?.[0]
  if (!name || name.length < 3 || !twoLetters.test(name) || !isName(name)) return undefined
  return name
}

function bareNamesNear(analysis: Analysis, found: Candidate[]): void {
  const { text, nouns } = analysis
  // The first noun at or after the name (names and nouns are both ascending: one merge).
  let next = 0
  for (const start of analysis.words.names) {
    while (next < nouns.length && (nouns[next] as number) < start) next++
    // Only near a dataset noun, on either side: elsewhere the scorer rejects nearly all, so they are not made.
    const after = nouns[next]
    // Not `nouns[-1]`: a read before the start leaves the array's fast path.
    const before = next > 0 ? nouns[next - 1] : undefined
    if (!((after !== undefined && after - start <= 100) || (before !== undefined && start - before <= 100))) continue
    if (!mayBeShaped(text, start)) continue
    bareShape.lastIndex = start
    const match = bareShape.exec(text)
    if (!match) continue
    const name = match[0]
    // Two letters in a row at least: not a formula (`H2O`, `C2H6`); not a model (`LLaMA2 on the X dataset`).
    if (name.length < 3 || !twoLetters.test(name) || !isName(name) || isModel(name)) continue
    found.push({ name, start, end: start + name.length, cue: 'bare', introduced: false, weak: false })
  }
}
