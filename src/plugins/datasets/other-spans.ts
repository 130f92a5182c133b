/**
 * Whether a span overlaps a place of another name: asked once per long form of every name, so a
 * text of thousands of names with long forms would compare each against every name's places.
 * Past a few names the places are indexed once, sorted by start with a running maximum of ends,
 * and a question reads only the places that can reach the span.
 */
import type { TextSpan } from '../../schema/paper.js'

/** A name's places, and whether the name is still in the running. */
export interface Named {
  spans: readonly TextSpan[]
  confidence: number
}

/** Names compared one by one. */
const comparedAlone = 8

/** `overlaps(name, span)`: a place of another name (confidence ≥ 0) overlaps `span`. */
export function otherSpans(names: Iterable<Named>): (name: Named, span: TextSpan) => boolean {
  const all = [...names].filter((other) => other.confidence >= 0)
  if (all.length <= comparedAlone) {
    return (name, span) =>
      all.some((other) => other !== name && other.spans.some((item) => item.start < span.end && span.start < item.end))
  }
  const places: Array<{ start: number; end: number; owner: Named }> = []
  for (const owner of all) for (const { start, end } of owner.spans) places.push({ start, end, owner })
  places.sort((a, b) => a.start - b.start)
  // reach[i]: the farthest end of places 0..i.
  const reach = new Float64Array(places.length)
  let farthest = Number.NEGATIVE_INFINITY
  places.forEach((place, index) => {
    farthest = Math.max(farthest, place.end)
    reach[index] = farthest
  })
  return (name, span) => {
    // The last place that starts before the span ends.
    let low = 0
    let high = places.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      if ((places[middle] as { start: number }).start < span.end) low = middle + 1
      else high = middle - 1
    }
    for (let index = high; index >= 0 && (reach[index] as number) > span.start; index--) {
      const place = places[index] as { end: number; owner: Named }
      if (place.end > span.start && place.owner !== name) return true
    }
    return false
  }
}
