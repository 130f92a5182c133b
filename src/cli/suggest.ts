/**
 * The candidate closest to `typed` by edit distance (Damerau: a swap of two neighbours is one
 * edit), when it is close enough to be a slip of the keyboard: at most 2 edits, and fewer than
 * half the word. `--refrence-date` → `--reference-date`.
 */
export function didYouMean(typed: string, candidates: readonly string[]): string | undefined {
  // Names are short; a long argument is no typo of one (and would cost length² to compare).
  if (typed.length > 64) return undefined
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const distance = editDistance(typed.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== undefined && bestDistance <= Math.min(2, Math.floor((typed.length - 1) / 2)) ? best : undefined
}

/** Optimal string alignment distance, with three rows of the table. */
function editDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      current[j] = value
    }
    before = previous
    previous = current
  }
  return previous[b.length] ?? 0
}
