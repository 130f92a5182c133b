import type { Reader } from './reader.js'

/** How much of the input readers get to sniff. */
export const sniffLength = 65536

/** The reader most sure that `text` is its format, if any is at least half sure. */
export function detect(text: string, readers: readonly Reader[]): Reader | undefined {
  const sample = text.slice(0, sniffLength)
  let best: Reader | undefined
  let bestScore = 0.5
  for (const reader of readers) {
    const score = reader.sniff(sample)
    if (score >= bestScore && (best === undefined || score > bestScore)) {
      best = reader
      bestScore = score
    }
  }
  return best
}
