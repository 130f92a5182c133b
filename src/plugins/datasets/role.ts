/**
 * Whether the paper introduces a dataset or uses it. The abstract's own wording is read
 * by discovery ("we present X, a new dataset"); the title adds one more signal: a paper
 * whose title is about a dataset (`Derm1M: A Million-scale … Dataset`, `… and the CaseHOLD
 * Dataset`) introduces it.
 */
import type { DatasetMention } from '../../schema/paper.js'
import { keyOf } from './chars.js'

// `the X Dataset` in a title; the name part is kept short and bounded.
const titleDataset =
  /(?:^|\s)([\p{Lu}\p{N}][^\s:,;]{0,40}(?: [\p{Lu}\p{N}][^\s:,;]{0,40}){0,3}) (?:Data ?[Ss]et|Benchmark|Corpus)\b/gu

// The nouns `titleDataset` ends with, looked for first: most titles have none, and the regex is the costlier test.
const namesDataset = (title: string) =>
  title.includes(' Data') || title.includes(' Benchmark') || title.includes(' Corpus')

/** Keys of the names a title presents as its subject: the part before `: `, and `the X Dataset`. */
export function titleNames(title: string | undefined): Set<string> {
  const keys = new Set<string>()
  if (!title) return keys
  const colon = title.indexOf(': ')
  if (colon > 0 && colon <= 80) keys.add(keyOf(title.slice(0, colon)))
  if (namesDataset(title))
    for (const match of title.matchAll(titleDataset)) keys.add(keyOf((match[1] ?? '').replace(/^The /, '')))
  keys.delete('')
  return keys
}

/** `introduced` when the abstract says so or the title is about it; `used` otherwise. */
export function roleOf(
  introducedInText: boolean,
  spellings: readonly string[],
  title: Set<string>,
): DatasetMention['role'] {
  if (introducedInText) return 'introduced'
  return spellings.some((spelling) => title.has(keyOf(spelling))) ? 'introduced' : 'used'
}
