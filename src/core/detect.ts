import type { Reader } from './reader.js'

/** How much of the input readers get to sniff when the prefix does not decide. */
export const sniffLength = 65536

/**
 * What readers sniff first. A page's markers (a host name in the head, a root element, a class
 * near the top) are nearly always here, and seven sniffers over 8 KiB cost an eighth of what
 * they cost over 64 KiB.
 */
export const sniffPrefixLength = 8192

/** A score on the prefix at or above this decides without the wider sample. */
export const sureScore = 0.9

/** A reader's sniff that threw: the detection goes on without it, and the parse reports it. */
export interface SniffFailure {
  reader: Reader
  error: unknown
}

/**
 * The reader most sure that `text` is its format, if any is at least half sure: specific readers
 * first, generic ones (`generic: true`) only when no specific reader claims the input. Ties go to
 * the reader registered first.
 *
 * The specific readers sniff the first 8 KiB first; when the surest of them is sure there (at
 * least {@link sureScore}), it is chosen. Otherwise every reader sniffs the first 64 KiB, as if
 * the prefix had not been asked.
 */
export function detect(text: string, readers: readonly Reader[], failures: SniffFailure[] = []): Reader | undefined {
  if (text.length > sniffPrefixLength) {
    const prefixFailures: SniffFailure[] = []
    const prefix = best(text.slice(0, sniffPrefixLength), readers, false, prefixFailures)
    if (prefix && prefix.score >= sureScore) {
      for (const failure of prefixFailures) failures.push(failure)
      return prefix.reader
    }
  }
  const sample = text.slice(0, sniffLength)
  return (best(sample, readers, false, failures) ?? best(sample, readers, true, failures))?.reader
}

function best(
  sample: string,
  readers: readonly Reader[],
  generic: boolean,
  failures: SniffFailure[],
): { reader: Reader; score: number } | undefined {
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
  return chosen && { reader: chosen, score: chosenScore }
}
