/**
 * How work grows with input size, for the linear-time tests: work at `2n` over work at `n`, with
 * the retries a noisy shared machine needs. A quadratic shape costs four times as much at every
 * try; noise only ever adds work, so the least work of each size is kept.
 */

/** The bound on work at `2n` over work at `n` (linear is 2; quadratic is 4). */
export const bound = 2.5

/**
 * Work at `2n` over work at `n` (sizes measured in turn, up to six times each, the least work of
 * each kept), for `make` and `work` (CPU ms of one run). Shapes too cheap to measure (under 5 ms
 * at `2n`) give 0.
 */
export function ratioAt(make: (n: number) => string, work: (input: string) => number, n: number) {
  const small = make(n)
  const large = make(2 * n)
  let one = Number.POSITIVE_INFINITY
  let two = Number.POSITIVE_INFINITY
  let ratio = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < 6 && ratio > bound; attempt++) {
    one = Math.min(one, work(small))
    two = Math.min(two, work(large))
    if (attempt > 0) ratio = two < 5 ? 0 : two / Math.max(one, 0.5)
  }
  return { ratio, work: two }
}

/**
 * The growth ratio from `n` up: at small sizes warm-up and collections can outweigh the work, so a
 * ratio over the bound is measured again at twice the size (a quadratic shape keeps its ratio of
 * about 4 there), but only while the work is small: a shape already slow has shown what it is.
 * Over the bound on a loaded machine (one shape measured 2.54 once; a 4 MB shape read by the light
 * tree measured over 3 once while the whole suite ran), it is measured again at the same size, twice
 * at most, and the least ratio kept: a quadratic shape stays near 4 at every try.
 */
export function growth(make: (n: number) => string, work: (input: string) => number, n: number): number {
  let size = n
  let { ratio, work: spent } = ratioAt(make, work, size)
  for (let retry = 0; retry < 2 && ratio > bound && spent < 250; retry++) {
    size *= 2
    ;({ ratio, work: spent } = ratioAt(make, work, size))
  }
  for (let again = 0; again < 2 && ratio > bound; again++) ratio = Math.min(ratio, ratioAt(make, work, size).ratio)
  return ratio
}
