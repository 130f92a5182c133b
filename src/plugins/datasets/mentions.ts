/**
 * From gazetteer hits and context candidates to one record per dataset: known names
 * grouped by id, unknown names by key, each with every span, a role and a confidence.
 */
import type { DatasetMention, TextSpan } from '../../schema/paper.js'
import { keyOf } from './chars.js'
import { analyse, inDatasetContext } from './context.js'
import { type Candidate, type Cue, discover } from './discovery.js'
import { contextualFeatures, groupFeatures, localFeatures, withContext } from './features.js'
import { flatAscii } from './flat.js'
import { headedElsewhere } from './heads.js'
import { joinLongForms } from './long-forms.js'
import type { Hit, Matcher } from './matcher.js'
import { listedWithKnown } from './neighbours.js'
import { otherSpans } from './other-spans.js'
import { placesOf } from './places.js'
import { roleOf, titleNames } from './role.js'
import { featureBound, scoreFeatures } from './scorer.js'

/** How mentions are found and kept. */
export interface FindOptions {
  /** Find names the gazetteer lacks from their context. */
  discover: boolean
  /** Drop mentions less certain than this. */
  minConfidence: number
  /**
   * How names the gazetteer lacks are judged: `learned`, by the scorer over broader
   * candidates; `rules`, by the confidence of the pattern that found them.
   */
  scorer: 'learned' | 'rules'
  /** Told of every unknown name the scorer judged, with its spans and features (for training). */
  trace?: ((name: string, spans: readonly TextSpan[], features: readonly number[]) => void) | undefined
}

/** One dataset while its mentions are collected. */
interface Group {
  name: string
  canonical?: string | undefined
  spellings: string[]
  spans: TextSpan[]
  confidence: number
  cues: Set<Cue>
  introduced: boolean
  /** An ambiguous name not yet seen in a dataset context. */
  pending: boolean
}

// Known names are near-certain; ambiguous ones confirmed by context less so; unknown ones by how they were found.
const knownConfidence = 0.95
const contextConfidence = 0.8
const cueConfidence: Record<Cue, number> = {
  appositive: 0.8,
  'head-name': 0.75,
  'name-head': 0.75,
  'name-noun': 0.7,
  'such-as': 0.7,
  'list-head': 0.7,
  'used-on': 0.6,
  'score-on': 0.6,
  'on-result': 0.6,
  shape: 0.65,
  'listed-known': 0.65,
  // Judged by the learned scorer only.
  phrase: 0,
  bare: 0,
}
// A name without a name's shape (`Sparkle`) is less sure, unless listed with one that has it.
const weakPenalty = 0.15
const listedPenalty = 0.05
const cueBonus = 0.05
// Only list punctuation between two names, maybe after a parenthesis: `ImageNet, PASS`, `VOC (+0.7 mIoU) and Cityscapes`.
const listGap = /^(?: \([^()]{1,30}\))?(?:,\s*|,?\s+(?:and|or|&)\s+|\s*\/\s*)$/

/** The dataset mentions of `text` (a normalised abstract) under `title`. */
export function findMentions(
  abstract: string,
  title: string | undefined,
  matcher: Matcher,
  options: FindOptions,
): DatasetMention[] {
  const text = flatAscii(abstract)
  const analysis = analyse(text)
  const hits = matcher.scan(text, analysis.words)
  const known = new Map<string, Group>()
  hits.forEach((hit, index) => {
    const id = hit.dataset.id
    let group = known.get(id)
    if (!group) {
      group = {
        name: hit.name,
        canonical: id,
        spellings: [...hit.dataset.spellings],
        spans: [],
        confidence: contextConfidence,
        cues: new Set(),
        introduced: false,
        pending: true,
      }
      known.set(id, group)
    }
    group.spans.push({ start: hit.start, end: hit.end })
    if (!hit.needsContext) group.confidence = knownConfidence
    if (!hit.needsContext || inDatasetContext(analysis, hit.start, hit.end) || listedWith(text, hits, index))
      group.pending = false
  })

  const learned = options.scorer === 'learned'
  const unknown = new Map<string, Unknown>()
  let candidates = options.discover ? discover(analysis, learned) : []
  const listed = options.discover ? listedWithKnown(text, hits) : []
  if (listed.length > 0) candidates = candidates.concat(listed).sort((a, b) => a.start - b.start)
  for (const candidate of candidates) {
    // What the rules find is judged by the rules; the rest (broad candidates, and what a guard marks) only by the scorer.
    const ruled = !candidate.guard && candidate.cue !== 'phrase' && candidate.cue !== 'bare'
    if (!learned && !ruled) continue
    const hit = overlapping(hits, candidate)
    if (hit) {
      const group = known.get(hit.dataset.id)
      if (group && ruled) corroborate(group, candidate)
      continue
    }
    // `including AlexNet, GoogleNet, VGGNet-16`: networks the gazetteer lacks, listed as datasets are.
    if (candidate.networks) continue
    const key = keyOf(candidate.name)
    let group = unknown.get(key)
    if (!group) {
      group = {
        name: candidate.name,
        spellings: [candidate.name],
        spans: [],
        confidence: 0,
        cues: new Set(),
        introduced: false,
        pending: false,
        ruled: false,
        candidates: [],
        local: [],
      }
      unknown.set(key, group)
    }
    if (ruled) {
      if (!group.ruled)
        group.confidence =
          cueConfidence[candidate.cue] - (candidate.listed ? listedPenalty : candidate.weak ? weakPenalty : 0)
      group.ruled = true
      corroborate(group, candidate)
    }
    group.spans.push({ start: candidate.start, end: candidate.end })
    if (candidate.longForm) group.spans.push(candidate.longForm)
    // The first few places say what the name is; the rest cost time and say little more.
    if (learned && !group.ruled && group.local.length < 3) {
      group.candidates.push(candidate)
      group.local.push(localFeatures(candidate, text))
    }
  }
  // Every other place an unknown name is written as found: a plain search, no trie to build per abstract.
  // (Not for a name in lower case the scorer kept, `recipes data set`: elsewhere the word is a word.)
  const searched: Unknown[] = []
  const dropped = new Set<Unknown>()
  for (const group of unknown.values()) {
    // A name the scorer will reject whatever the sentence and verbs around it say is dropped before
    // they are read (most abstracts then never need them). Its rank among the dropped does not
    // matter: `dropCovered` ranks it below every name that is kept.
    if (!group.ruled && !options.trace && featureBound(group.local, contextualFeatures) < rejected(options)) {
      group.confidence = -1
      dropped.add(group)
      continue
    }
    if (group.ruled || /[\p{Lu}\p{N}]/u.test(group.name)) searched.push(group)
  }
  const places = placesOf(
    text,
    searched.map((group) => group.name),
  )
  searched.forEach((group, index) => {
    for (const span of places[index] as TextSpan[]) if (!overlapping(hits, span)) group.spans.push(span)
  })
  for (const group of unknown.values()) {
    if (group.ruled || dropped.has(group)) continue
    const spans = distinct(group.spans)
    const features = groupFeatures(
      group.local.map((local, at) => withContext(local, group.candidates[at] as Candidate, analysis)),
      spans.length,
    )
    group.confidence = scoreFeatures(features)
    options.trace?.(group.name, spans, features)
  }
  if (learned) dropCovered(unknown, text.length)

  const mentions: DatasetMention[] = []
  // Read only when a mention needs it: most abstracts have none.
  let titled: Set<string> | undefined
  // Places of the other unknown names, for the long forms; indexed on first use.
  let others: ((name: Group, span: TextSpan) => boolean) | undefined
  for (const group of [...known.values(), ...unknown.values()]) {
    if (group.pending) continue
    titled ??= titleNames(title)
    const role = roleOf(group.introduced, group.spellings, titled)
    const bonus = cueBonus * Math.max(0, group.cues.size - (group.canonical ? 0 : 1))
    const confidence = Math.round(Math.min(0.99, group.confidence + bonus) * 100) / 100
    if (confidence < options.minConfidence) continue
    // `the RTE task`, `SVM-based`: a place where the name is written as something else says nothing.
    const spans = joinLongForms(
      text,
      distinct(group.spans).filter((span) => !headedElsewhere(text, span.start, span.end)),
      (long) => {
        if (overlapping(hits, long) !== undefined) return true
        others ??= otherSpans(unknown.values())
        return others(group, long)
      },
    )
    const [span] = spans
    if (!span) continue
    mentions.push({
      name: group.name,
      ...(group.canonical ? { canonical: group.canonical } : {}),
      role,
      known: group.canonical !== undefined,
      confidence,
      span,
      spans,
    })
  }
  return mentions.sort((a, b) => a.span.start - b.span.start)
}

/** A name the gazetteer lacks: found by a rule (`ruled`), or judged by the scorer over its candidates' features. */
interface Unknown extends Group {
  ruled: boolean
  /** The first few candidates, and their local features. */
  candidates: Candidate[]
  local: number[][]
}

/**
 * Below this score a name is surely dropped: its confidence, rounded to two places, would be
 * under `minConfidence` (less the rounding, and a hair for floating point).
 */
function rejected(options: FindOptions): number {
  return options.minConfidence - 0.005 - 1e-9
}

/**
 * Of unknown names found at the same place (`Corel image` and `Corel`), keep the likelier:
 * a group each of whose spans overlaps a span of a likelier group is dropped.
 */
function dropCovered(groups: Map<string, Unknown>, length: number): void {
  // Names the rules found first: the scorer adds names, it does not take the rules' away.
  const ranked = [...groups].sort(([, a], [, b]) => Number(b.ruled) - Number(a.ruled) || b.confidence - a.confidence)
  // The characters inside a kept span: a span overlaps a kept one when it holds one of them (spans
  // are names, never empty), so each test reads the span once, not every span kept before it.
  // A few names (every abstract) are compared span by span.
  let spans = 0
  for (const [, group] of ranked) spans += group.spans.length
  if (spans <= 64) {
    const kept: TextSpan[] = []
    for (const [key, group] of ranked) {
      const covered = group.spans.every((span) =>
        kept.some((other) => other.start < span.end && span.start < other.end),
      )
      if (covered) groups.delete(key)
      else for (const span of group.spans) kept.push(span)
    }
    return
  }
  const kept = new Uint8Array(length)
  for (const [key, group] of ranked) {
    const covered = group.spans.every((span) => kept.subarray(span.start, span.end).includes(1))
    if (covered) groups.delete(key)
    else for (const span of group.spans) kept.fill(1, span.start, span.end)
  }
}

function corroborate(group: Group, candidate: Candidate): void {
  group.cues.add(candidate.cue)
  group.introduced ||= candidate.introduced
  group.pending = false
}

/** An ambiguous name right next to another known name in a list counts as a dataset too. */
function listedWith(text: string, hits: readonly Hit[], index: number): boolean {
  const hit = hits[index] as Hit
  // No read outside the array (`hits[-1]`): V8 then leaves its fast path for every read here.
  const before = index > 0 ? hits[index - 1] : undefined
  const after = index + 1 < hits.length ? hits[index + 1] : undefined
  const near = (from: number, to: number) => to - from <= 40 && listGap.test(text.slice(from, to))
  return (
    (before !== undefined && !before.needsContext && near(before.end, hit.start)) ||
    (after !== undefined && !after.needsContext && near(hit.end, after.start))
  )
}

/** The first hit that overlaps `span` (hits are sorted and do not overlap each other). */
function overlapping(hits: readonly Hit[], span: { start: number; end: number }): Hit | undefined {
  let low = 0
  let high = hits.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const hit = hits[middle] as Hit
    if (hit.end <= span.start) low = middle + 1
    else if (hit.start >= span.end) high = middle - 1
    else return hit
  }
  return undefined
}

/** Spans sorted by start, each place once. */
function distinct(spans: TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  return sorted.filter((span, index) => {
    const previous = index > 0 ? sorted[index - 1] : undefined
    return !previous || previous.start !== span.start || previous.end !== span.end
  })
}
