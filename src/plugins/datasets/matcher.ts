import { foldCode, isSeparatorCode, isSpaceCode, isUpperCode, isWordCode, keyOf, squash } from './chars.js'
import { asciiBytes } from './flat.js'
import type { KnownDataset } from './gazetteer.js'
import { buildTrie, noNode, type Trie, type TrieNode } from './trie.js'
import { buildWindowGate, keptStarts, type WindowGate, windowStarts } from './window.js'
import { readWords, type Words } from './words.js'

/** One spelling of a known dataset, with its case rules. */
interface Spelling {
  dataset: KnownDataset
  /** The spelling without separators, case kept. */
  squashed: string
  /** Must match exactly as written (acronyms such as `BEIR`, and ambiguous names). */
  strict: boolean
  /**
   * The spelling has no space: strict, it is not read across one (`in D` is not `inD`, nor `P T C` `PTC`); a hyphen
   * may still split it (`CO-CO`, as text from PDFs has it).
   */
  oneWord: boolean
  /** An ambiguous one-word spelling (PASS, GB): counts only in a dataset context. */
  needsContext: boolean
  /** An all-lower-case surface may match (the spelling is lower case or has digits). */
  lowerOk: boolean
  /** A capitalised-only surface may match (the spelling has no inner capital, or has digits): not `Codex` for `CoDEx`. */
  titleOk: boolean
}

/** A known dataset found in a text. */
export interface Hit {
  dataset: KnownDataset
  /** The name as written; for a compound member (`RefCOCO/+/g`), the member's full name (`RefCOCO+`). */
  name: string
  start: number
  end: number
  /** An ambiguous spelling: keep it only in a dataset context. */
  needsContext: boolean
}

/** A gazetteer compiled for matching: built once, used for every abstract. */
export interface Matcher {
  /**
   * Every known dataset in `text`, in order, without overlaps. `words` are where words
   * may start ({@link readWords}), when the caller has them already.
   */
  scan(text: string, words?: Pick<Words, 'starts' | 'ascii'>): Hit[]
}

// Version suffixes that keep the dataset: `COCO 2017`, `SQuAD v1.1`, `SQuAD 2.0`, `ImageNet-21k`, `Kinetics-400`,
// and a year written on to a name that ends in a letter, `ILSVRC2015`, `COCO2017`.
const versionSuffix =
  /(?:[ -](?:19|20)\d\d|(?<=\p{L})(?:19|20)\d\d|[ -]?[vV]\d{1,2}(?:\.\d{1,2})?|[ -]\d{1,2}\.\d{1,2}|[ -]\d{1,4}[kKMB]|-\d{2,4})(?![\p{L}\p{N}+*]|[-.][\p{L}\p{N}])/uy
// A member of a compound after `/`: `+` and `g` in `RefCOCO/+/g`, `100` in `CIFAR-10/100`.
const compoundPiece = /[\p{L}\p{N}+*]{1,4}(?![\p{L}\p{N}+*]|-[\p{L}\p{N}])/uy
// A lower-case word after a hyphen modifies the name (`ImageNet-pretrained`, `COCO-style`).
const hyphenModifier = /-\p{Ll}{2,}(?![\p{L}\p{N}+*]|-\p{Lu})/uy
// A split or an amount of audio after a hyphen names a part of the dataset, not another one:
// `COCO-train2017`, `COCO-val2014`, `LibriSpeech-960h` (the name stays `COCO`, `LibriSpeech`).
const partModifier =
  /-(?:train|training|val|valid|validation|dev|test|eval|trainval|minival)(?:19|20)?\d\d(?![\p{L}\p{N}+*]|-\p{Lu})|-\d{1,4}h(?![\p{L}\p{N}+*]|-\p{Lu})/uy
const onlyLetters = /^\p{L}+$/u
const acronym = /^[\p{Lu}]{2,}$/u
// A function word in capitals (`AND Dataset`): the spelling matches only as written, not `and Dataset`.
const capitalWord =
  /(?:^|[^\p{L}])(?:AND|OR|THE|OF|IN|ON|FOR|TO|AT|BY|AS|IS|IT|WITH|FROM|AN|NO|NOT|ALL|ONE)(?![\p{L}])/u
const hasDigit = /\p{N}/u
const hasLetter = /\p{L}/u
const innerCapital = /^.+\p{Lu}/u
const titleCase = /^\p{Lu}[^\p{Lu}]*$/u
// One word of two or three capitalised parts of three letters or more, seven letters in all: its
// title-case spelling is still the name (`Librispeech`, `Imagenet`, `Citeseer`), where `Codex` is not
// `CoDEx` nor `Taichi` `TaiChi`. Only for curated entries: the generated lists hold words such as `BotNet`.
const camelWord = /^(?=[A-Za-z]{7})[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,}){1,2}$/

/** Build the trie for `datasets`. */
export function compileMatcher(datasets: readonly KnownDataset[]): Matcher {
  const keyed: Array<[string, Spelling]> = []
  const exact = new Map<string, Spelling[]>()
  for (const dataset of datasets) {
    for (const text of dataset.spellings) {
      const key = keyOf(text)
      if (key === '' || !isWordCode(key.charCodeAt(0))) continue
      const squashed = squash(text)
      const spelling: Spelling = {
        dataset,
        squashed,
        strict: dataset.ambiguous || acronym.test(squashed) || capitalWord.test(text),
        oneWord: !text.includes(' '),
        needsContext: dataset.ambiguous && onlyLetters.test(text),
        lowerOk: squashed === squashed.toLowerCase() || hasDigit.test(squashed),
        titleOk:
          !innerCapital.test(squashed) || hasDigit.test(squashed) || (!dataset.generated && camelWord.test(text)),
      }
      keyed.push([key, spelling])
      const same = exact.get(key)
      if (same) same.push(spelling)
      else exact.set(key, [spelling])
    }
  }
  const tries: Layer = {
    trie: buildTrie(keyed),
    gate: buildGate(keyed),
    words: buildWordGate(keyed),
    windows: buildWindowGate(exact.keys()),
  }
  return { scan: (text, words = readWords(text)) => scan(text, tries, exact, words) }
}

/** A trie and the gate in front of it. */
interface Layer {
  trie: Trie<Spelling>
  /** One bit per {@link gateSlot} of the four units some key of `trie` opens with. */
  gate: Uint32Array
  /** One bit per {@link wordHash} of the letters and digits some key of `trie` opens with (every length). */
  words: Uint32Array
  /** The first filter over an all-ASCII text. */
  windows: WindowGate
}

// The 5-bit code of an ASCII letter or digit, as `(code | 0x20) & 31` folds it (so one code stands for a
// few units, which lets more words through a gate, never fewer); 32 marks a separator the walk skips,
// 0 anything else.
const gateCodes = new Uint8Array(128)
for (let code = 0; code < 128; code++)
  gateCodes[code] = isWordCode(code) ? ((code | 0x20) & 31) | 64 : isSeparatorCode(code) || isSpaceCode(code) ? 32 : 0
const wordUnits = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((char) => gateCodes[char.charCodeAt(0)] as number)

/**
 * The gate slot of the four letters or digits a walk from `index` would step through first,
 * skipping separators as the walk does; -1 when that is not known cheaply (a unit beyond
 * ASCII, a run of separators, punctuation, or the text's end before four), and the word
 * must be walked.
 */
function gateSlot(text: string, index: number): number {
  let slot = 0
  let taken = 0
  let gap = 0
  const length = text.length
  for (let position = index; taken < 4; position++) {
    if (position >= length) return -1
    const code = text.charCodeAt(position)
    if (code >= 128) return -1
    const unit = gateCodes[code] as number
    if (unit >= 64) {
      slot = (slot << 5) | (unit & 31)
      taken++
      gap = 0
    } else if (unit === 32 && gap < 2) gap++
    else return -1
  }
  return slot
}

/**
 * Which four-unit openings the keys have, one bit each (a key shorter than four opens every
 * slot it can). Tested before a walk: one read where a walk takes four steps, and most words
 * of an abstract open as no key does.
 */
function buildGate(keyed: ReadonlyArray<[string, Spelling]>): Uint32Array {
  const gate = new Uint32Array(1 << 15)
  for (const [key] of keyed) {
    let slots = [0]
    for (let at = 0; at < 4; at++) {
      const code = key.charCodeAt(at)
      const units = at >= key.length ? wordUnits : code < 128 ? [gateCodes[code] as number] : []
      // A unit beyond ASCII: such words are always walked, so no slot is needed.
      slots = slots.flatMap((slot) => units.map((unit) => (slot << 5) | (unit & 31)))
    }
    for (const slot of slots) gate[slot >>> 5] = (gate[slot >>> 5] as number) | (1 << (slot & 31))
  }
  return gate
}

// The word gate's hash: FNV-1a over the folded units, read as `wordBits` bits.
const wordBits = 18
const fnvOffset = 0x811c9dc5
const fnvPrime = 0x01000193
// An ASCII letter or digit, as the word gate reads it: 0 for anything else, else the folded unit.
const wordFold = new Uint8Array(128)
for (let code = 0; code < 128; code++) wordFold[code] = isWordCode(code) ? foldCode(code) : 0

/**
 * Which runs of ASCII letters and digits open some key (all the prefixes of each key's
 * opening run), one bit per hash. A walk whose first run is not one of them stops inside
 * that run, where any end it passed is cut off by the run's next letter or digit (only a
 * `v2`-style suffix or a year may follow an end directly, and {@link wordMayLead} lets those through),
 * so it could find nothing: the walk is skipped. About half the walks are.
 */
function buildWordGate(keyed: ReadonlyArray<[string, Spelling]>): Uint32Array {
  const bits = new Uint32Array(1 << (wordBits - 5))
  for (const [key] of keyed) {
    let hash = fnvOffset
    for (let at = 0; at < key.length; at++) {
      const code = key.charCodeAt(at)
      const folded = code < 128 ? (wordFold[code] as number) : 0
      if (folded === 0) break
      hash = Math.imul(hash ^ folded, fnvPrime)
      const slot = hash >>> (32 - wordBits)
      bits[slot >>> 5] = (bits[slot >>> 5] as number) | (1 << (slot & 31))
    }
  }
  return bits
}

/** May a walk from `index` find something, by its first run of letters and digits? (True when unsure.) */
function wordMayLead(text: string, index: number, bits: Uint32Array): boolean {
  const length = text.length
  let code = text.charCodeAt(index)
  let folded = code < 128 ? (wordFold[code] as number) : 0
  if (folded === 0) return true
  let hash = fnvOffset
  for (let position = index + 1; ; position++) {
    hash = Math.imul(hash ^ folded, fnvPrime)
    if (position >= length) break
    const previous = folded
    code = text.charCodeAt(position)
    folded = code < 128 ? (wordFold[code] as number) : 0
    if (folded === 0) break
    // `SQuADv2`, `COCO2017`: a key may end before a version suffix or a year inside the run.
    if (folded === 118 && position + 1 < length && isDigitCode(text.charCodeAt(position + 1))) return true
    if ((folded === 49 || folded === 50) && previous >= 97 && yearAt(text, position)) return true
  }
  const slot = hash >>> (32 - wordBits)
  return ((bits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0
}

/** Does a year (19xx, 20xx) start at `position`? */
function yearAt(text: string, position: number): boolean {
  const century = text.charCodeAt(position + 1)
  return (
    (text.charCodeAt(position) === 49 ? century === 57 : century === 48) &&
    isDigitCode(text.charCodeAt(position + 2)) &&
    isDigitCode(text.charCodeAt(position + 3))
  )
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

function scan(
  text: string,
  { trie, gate, words, windows }: Layer,
  exact: Map<string, Spelling[]>,
  { starts: all, ascii }: Pick<Words, 'starts' | 'ascii'>,
): Hit[] {
  const hits: Hit[] = []
  // Over an all-ASCII text, only the starts the window filter keeps.
  const bytes = ascii ? asciiBytes(text) : undefined
  const count = bytes ? windowStarts(bytes, all, windows) : all.length
  const starts = bytes ? keptStarts() : all
  // A match starts only where a word starts, and the next one after it ends.
  let until = 0
  for (let at = 0; at < count; at++) {
    const index = starts[at] as number
    if (index < until) continue
    // Beyond ASCII (the window filter has judged the rest): four letters or digits that no key opens with, no walk.
    if (!bytes) {
      const slot = gateSlot(text, index)
      if (slot >= 0 && ((gate[slot >>> 5] as number) & (1 << (slot & 31))) === 0) continue
    }
    if (!wordMayLead(text, index, words)) continue
    // Walked first: most walks end at once and find nothing, which makes the other tests moot.
    const found = walkFrom(text, index, trie)
    if (found === 0 || !isWordCode(text.charCodeAt(index)) || !startAllowed(text, index)) continue
    const matched = longest(text, index, trie, found)
    if (!matched) continue
    hits.push(matched)
    hits.push(...compounds(text, matched, exact))
    until = matched.end
  }
  return hits
}

// Where spellings end along the current walk, and at which nodes: kept between walks, so
// walking allocates nothing (a scan runs to its end before another starts).
const walkEnds: number[] = []
const walkNodes: TrieNode[] = []

/** Walk the trie from `index` as far as the text goes; how many places a spelling ends along the way. */
function walkFrom(text: string, index: number, trie: Trie<Spelling>): number {
  let found = 0
  let node: TrieNode = 0
  let position = index
  let gap = 0
  const length = text.length
  while (position < length) {
    const code = text.charCodeAt(position)
    const child = trie.child(node, code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldCode(code))
    if (child !== noNode) {
      node = child
      position++
      gap = 0
      if (trie.isEnd(node)) {
        walkEnds[found] = position
        walkNodes[found++] = node
      }
      continue
    }
    // Spellings may drop or add a separator or two (`MS COCO`, `Mr. TyDi`), never more.
    if (gap < 2 && (code === 32 || isSeparatorCode(code) || isSpaceCode(code))) {
      position++
      gap++
      continue
    }
    break
  }
  return found
}

/** The longest of the `found` spellings just walked that the text's case and what follows allow: `ImageNet-1K` before `ImageNet`. */
function longest(text: string, index: number, trie: Trie<Spelling>, found: number): Hit | undefined {
  for (let candidate = found - 1; candidate >= 0; candidate--) {
    const end = walkEnds[candidate] as number
    // Where the match would end first: it rules out most candidates (`wit` in `with`), and more cheaply than case does.
    const full = extend(text, end)
    if (full === undefined) continue
    const spelling = accept(trie.values(walkNodes[candidate] as TrieNode), text.slice(index, end))
    if (!spelling) continue
    return {
      dataset: spelling.dataset,
      name: text.slice(index, full),
      start: index,
      end: full,
      needsContext: spelling.needsContext,
    }
  }
  return undefined
}

/** A match may start only where a word starts: not inside `ES-ImageNet` or `x_COCO`. */
function startAllowed(text: string, index: number): boolean {
  if (index === 0) return true
  const before = text.charCodeAt(index - 1)
  if (isWordCode(before)) return false
  const twoBefore = index > 1 ? text.charCodeAt(index - 2) : 32
  switch (before) {
    case 45: // -
    case 0x2010:
    case 0x2011:
    case 39: // '
    case 0x2019:
      return !isWordCode(twoBefore)
    case 95: // _
    case 43: // +
    case 42: // *
    case 64: // @
    case 35: // #
    case 36: // $
    case 38: // &
    case 61: // =
    case 92: // \
      return false
    default:
      return true
  }
}

/**
 * Where a match that reaches `end` really ends: past a version suffix (`COCO 2017`), at
 * `end` when the word ends there, or `undefined` when the name is only part of a longer
 * token (`R2R-CE`, `CIFAR-10-C`, `RefCOCO+` for `RefCOCO`).
 */
function extend(text: string, end: number): number | undefined {
  if (mayOpenVersion(text, end)) {
    versionSuffix.lastIndex = end
    if (versionSuffix.test(text)) return versionSuffix.lastIndex
  }
  if (end >= text.length) return end
  const next = text.charCodeAt(end)
  const after = end + 1 < text.length ? text.charCodeAt(end + 1) : 32
  switch (next) {
    case 45: // -
    case 0x2010:
    case 0x2011:
      hyphenModifier.lastIndex = end
      if (hyphenModifier.test(text)) return end
      partModifier.lastIndex = end
      return partModifier.test(text) ? end : undefined
    case 46: // . ends a sentence, or is part of `SD3.5` / `x.y`
      return isWordCode(after) && !isUpperCode(after) ? undefined : end
    case 39: // '
    case 0x2019:
      return after >= 48 && after <= 57 ? undefined : end
    case 43: // +
    case 42: // *
    case 95: // _
    case 64: // @
    case 38: // &
    case 61: // =
      return undefined
    default:
      return isWordCode(next) ? undefined : end
  }
}

/**
 * Can {@link versionSuffix} match at `end`? Each of its branches opens with a space or hyphen
 * before a digit or `v`, a `v` before a digit, or a year's `1` or `2`: most ends have none of
 * these after them, and are told so without running the pattern.
 */
function mayOpenVersion(text: string, end: number): boolean {
  const next = text.charCodeAt(end + 1)
  switch (text.charCodeAt(end)) {
    case 32: // space
    case 45: // -
      return isDigitCode(next) || next === 118 || next === 86
    case 118: // v
    case 86: // V
      return isDigitCode(next)
    case 49: // 1
    case 50: // 2
      return true
    default:
      return false
  }
}

// How `accept` reads a surface of ASCII letters and digits only: bits of what it holds.
const shapeLetter = 1
const shapeUpper = 2
const shapeInnerUpper = 4
const shapeFirstUpper = 8

/** The {@link shapeLetter}… bits of `surface` when it is ASCII letters and digits only (nothing to squash); else -1. */
function plainShape(surface: string): number {
  let shape = 0
  for (let index = 0; index < surface.length; index++) {
    const code = surface.charCodeAt(index)
    if (code >= 65 && code <= 90)
      shape |= index === 0 ? shapeLetter | shapeUpper | shapeFirstUpper : shapeLetter | shapeUpper | shapeInnerUpper
    else if (code >= 97 && code <= 122) shape |= shapeLetter
    else if (code < 48 || code > 57) return -1
  }
  return shape
}

/** The first spelling whose case rule `surface` meets. */
function accept(spellings: readonly Spelling[] | undefined, surface: string): Spelling | undefined {
  if (!spellings) return undefined
  // Most surfaces are one run of ASCII letters and digits: their case read in one loop, not by patterns.
  const shape = plainShape(surface)
  const squashed = shape < 0 ? squash(surface) : surface
  const allLower =
    shape < 0
      ? hasLetter.test(squashed) && squashed === squashed.toLowerCase()
      : (shape & (shapeLetter | shapeUpper)) === shapeLetter
  const title = shape < 0 ? titleCase.test(squashed) : (shape & (shapeFirstUpper | shapeInnerUpper)) === shapeFirstUpper
  const spaced = shape < 0 && surface.includes(' ')
  for (const spelling of spellings) {
    if (
      spelling.strict
        ? !(spaced && spelling.oneWord) && sameCase(squashed, spelling.squashed)
        : (spelling.lowerOk || !allLower) && (spelling.titleOk || !title)
    )
      return spelling
  }
  return undefined
}

/** Equal as written, except that a leading `The` may be `the` (`the Pile`). */
function sameCase(surface: string, spelling: string): boolean {
  if (surface === spelling) return true
  return spelling.startsWith('The') && surface.startsWith('the') && surface.slice(3) === spelling.slice(3)
}

/** The members of a compound that follows `hit`: `RefCOCO/+/g` → RefCOCO+, RefCOCOg. */
function compounds(text: string, hit: Hit, exact: Map<string, Spelling[]>): Hit[] {
  const members: Array<{ dataset: KnownDataset; name: string }> = []
  let position = hit.end
  while (text.charCodeAt(position) === 47 /* / */) {
    compoundPiece.lastIndex = position + 1
    const piece = compoundPiece.exec(text)?.[0]
    if (!piece) break
    const name = /^\d+$/.test(piece) && /\d$/.test(hit.name) ? hit.name.replace(/\d+$/, piece) : hit.name + piece
    const known = exact.get(keyOf(name))?.[0]
    if (!known) break
    members.push({ dataset: known.dataset, name })
    position = compoundPiece.lastIndex
  }
  return members.map((member) => ({ ...member, start: hit.start, end: position, needsContext: false }))
}
