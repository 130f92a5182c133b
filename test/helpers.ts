import type { VFile } from 'vfile'
import { VFile as VFileClass } from 'vfile'
import type { ReaderContext } from '../src/core/reader.js'
/** A small listing in the shape of the seed, built line by line so each test can bend one thing. */
export function listing(
  entries: ReadonlyArray<{ title: string; abstract?: string; meta?: string[] }>,
  eol = '\n',
): string {
  const lines = [
    'New',
    '',
    'Get trending papers in your email inbox!',
    '',
    'Subscribe',
    '',
    'Daily Papers',
    '',
    'byAK and the research community',
    '',
    'Dec 8',
    '',
  ]
  for (const entry of entries) {
    lines.push(entry.title, '')
    if (entry.abstract !== undefined) lines.push(entry.abstract, '')
    if (entry.meta) lines.push(...entry.meta, '')
  }
  return lines.join(eol).trimEnd()
}

export const abstractA =
  'We study how pretraining task diversity shapes in-context learning. Code is available at https://github.com/a/b.'
export const abstractB = 'A second abstract that is long enough to read as prose, with a full stop at its end.'

/** A reader context that records the reader's messages on `file` (severity in `fatal`: `undefined` for info). */
export function contextFor(file: VFile, url?: string): ReaderContext {
  return {
    url,
    message: (reason, options) =>
      options?.severity === 'info'
        ? file.info(reason, { ruleId: options.ruleId, place: options.place })
        : file.message(reason, { ruleId: options?.ruleId, place: options?.place }),
  }
}

/** A fresh vfile holding `text` and a context recording on it: the arguments of `reader.read`. */
export function fileAndContext(text: string, url?: string): [VFile, ReaderContext] {
  const file = new VFileClass({ value: text })
  return [file, contextFor(file, url)]
}

/**
 * A seeded pseudo-random source (Park–Miller): `next(limit)` is an integer in `[0, limit)`, the
 * same sequence for the same seed, so a random test replays exactly.
 */
export function seeded(seed: number): (limit: number) => number {
  let state = seed
  return (limit) => {
    state = (state * 16807) % 2147483647
    return state % limit
  }
}

/** `count` of `parts` picked by `next` (a {@link seeded} generator), joined: a random text from its pieces. */
export function picks(next: (limit: number) => number, parts: readonly string[], count: number): string {
  let text = ''
  for (let at = 0; at < count; at++) text += parts[next(parts.length)]
  return text
}
