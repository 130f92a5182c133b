/**
 * What the sentence around a URL says about it: whether it is code ("the code is available
 * at"), whether the paper releases it or cites someone else's ("we build on", "based on the
 * implementation of"), and what a hub page lists ("all the models are available through").
 * Only the words between the clause start (or the previous URL) and the URL decide, so
 * "code at <a>; the demo at <b>" reads <a> as code and <b> as not.
 */
import { normalizeWhitespace } from '../../util/text.js'

/** What the prose says about one URL. */
export interface Context {
  /** The sentence the URL stands in, whitespace collapsed: the record's evidence. */
  sentence: string
  /** The sentence calls what the URL points at code. */
  code: boolean
  /** `false` when the sentence points at someone else's work; otherwise the paper's own. */
  official: boolean
  /** What the sentence says a hub page lists, when it says. */
  mentions?: 'model' | 'dataset'
}

// How far a sentence is looked for on each side of a URL: bounded, so many URLs in one
// endless "sentence" still cost linear time.
const reach = 400

const code =
  /\b(?:code(?:s|base)?|source[- ]code|implementations?|repositor(?:y|ies)|repos?|github|gitlab|software|toolkit|toolbox|librar(?:y|ies)|packages?|scripts?)\b/i
const cited =
  /\b(?:buil[dt](?:s|ing)? (?:up)?on(?: top of)?|based on|implementations? (?:of|from)|(?:code|codebase) (?:of|from)|adapted from|borrowed from|forked from|derived from|taken from|provided by|baselines?|we (?:use|used|adopt|adopted|employ|employed|leverage|reuse|utili[sz]e)|third[- ]party|off[- ]the[- ]shelf)\b/gi
// Only first-person release words outweigh an earlier cited cue; "available" alone does not
// ("we build on the implementation available at <url>").
const official =
  /\b(?:our|ours|we (?:release|provide|make|made|open[- ]source|publish|share)|this (?:work|paper|study|project))\b/gi
const models = /\b(?:models?|checkpoints?|weights)\b/gi
const datasets = /\b(?:datasets?|data|benchmarks?|corpus|corpora)\b/gi
const abbreviations = /(?:\be\.g|\bi\.e|\bet al|\betc|\bvs|\bcf|\bfig|\beq|\bno)$/i

/**
 * Read the sentence around the URL at `[start, end)` of `text`. `after` is where the
 * previous URL in the text ended and `before` where the next one starts, so each URL is
 * judged by its own clause.
 */
export function readContext(text: string, start: number, end: number, after = 0, before = text.length): Context {
  const from = sentenceStart(text, start)
  const to = sentenceEnd(text, end)
  let lead = prose(text.slice(Math.max(from, after), start))
  // A URL right after another shares its clause ("code: <a>, <b>"); one that opens its
  // sentence is described by what follows it ("<url> hosts our code").
  if (!/[A-Za-z]/.test(lead) && after > from) lead = prose(text.slice(from, start))
  if (!/[A-Za-z]/.test(lead)) lead = prose(text.slice(end, Math.min(to, before)))
  const lastCited = lastIndex(cited, lead)
  const context: Context = {
    sentence: normalizeWhitespace(text.slice(from, to)),
    code: code.test(lead),
    official: lastCited === -1 || lastIndex(official, lead) > lastCited,
  }
  const model = lastIndex(models, lead)
  const dataset = lastIndex(datasets, lead)
  if (model > dataset) context.mentions = 'model'
  else if (dataset > model) context.mentions = 'dataset'
  return context
}

/** What a link's own text says (`Code`, `Project page`, `GitHub 11.3k`), read like a clause. */
export function readLinkText(text: string): Context {
  return readContext(text, text.length, text.length)
}

/** Where the sentence holding `index` starts: after `.!?;` and a space, or a blank line. */
function sentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - reach)
  for (let at = index - 1; at > limit; at--) {
    const char = text[at]
    const next = text[at + 1] ?? ''
    if (char === '\n' && text[at - 1] === '\n') return at + 1
    if ((char === '.' || char === '!' || char === '?' || char === ';') && /\s/.test(next)) {
      if (char === '.' && abbreviations.test(text.slice(Math.max(0, at - 6), at))) continue
      return at + 1
    }
  }
  return limit
}

/** Where the sentence holding `index` ends, its closing punctuation included. */
function sentenceEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + reach)
  for (let at = index; at < limit; at++) {
    const char = text[at]
    if (char === '\n' && text[at + 1] === '\n') return at
    if ((char === '.' || char === '!' || char === '?' || char === ';') && /\s|^$/.test(text[at + 1] ?? '')) {
      if (char === '.' && abbreviations.test(text.slice(Math.max(0, at - 6), at))) continue
      return at + 1
    }
  }
  return limit
}

/** The words of `text` without the URLs in it, whose hosts and paths would read as cues (`github`). */
function prose(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => !(word.includes('/') && word.includes('.')))
    .join(' ')
}

/** The index of the last match of the global `pattern` in `text`, or -1. */
function lastIndex(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0
  let last = -1
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match.index
  return last
}
