import type { Reader } from './reader.js'

/** How much of the input readers get to sniff. */
export const sniffLength = 65536

/** A reader's sniff that threw: the detection goes on without it, and the parse reports it. */
export interface SniffFailure {
  reader: Reader
  error: unknown
}

/**
 * The reader most sure that `text` is its format, if any is at least half sure: specific readers
 * first, generic ones (`generic: true`) only when no specific reader claims the input. Ties go to
 * the reader registered first.
 */
export function detect(text: string, readers: readonly Reader[], failures: SniffFailure[] = []): Reader | undefined {
  const sample = text.slice(0, sniffLength)
  return best(sample, readers, false, failures) ?? best(sample, readers, true, failures)
}

function best(sample: string, readers: readonly Reader[], generic: boolean, failures: SniffFailure[]) {
  let chosen: Reader | undefined
  let chosenScore = 0.5
  for (const reader of readers) {
    if ((reader.generic === true) !== generic) continue
    let score: number
    try {
      score = Number(reader.sniff(sample))
    } catch (error) {
      failures.push({ reader, error })
      continue
    }
    if (score >= chosenScore && (chosen === undefined || score > chosenScore)) {
      chosen = reader
      chosenScore = score
    }
  }
  return chosen
}
