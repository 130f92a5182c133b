/**
 * Which read structures to keep: drop a structure whose items each hold several records of
 * another (sections around a list), and one whose items sit one-to-one inside another's (the
 * title block of a card); of what is left, keep the best and the ones nearly as good, and say
 * when a weaker candidate was dropped.
 */
import type { Group } from './groups.js'

/** The structures taken for papers, and the plausible ones that were not. */
export interface Selection {
  kept: Group[]
  dropped: Group[]
}

/** Choose among scored groups (best first). */
export function selectGroups(groups: readonly Group[]): Selection {
  const accepted = groups.filter((group) => group.score > 0)
  const removed = new Set<Group>()
  for (const outer of accepted) {
    for (const inner of accepted) {
      if (outer === inner || removed.has(outer) || removed.has(inner)) continue
      const { inside, holders } = countInside(outer, inner)
      if (inside === 0) continue
      if (inside >= inner.records.length * 0.8) {
        // Several records per outer item that holds any, or that reads as a paper itself: the outer
        // items are sections. One each: the inner are parts. (A page column holding every record
        // beside a sidebar that holds none is one section, however few records are left; a list of
        // papers some of which nest versions or talks is not a list of sections.)
        if (inside >= Math.max(holders, outer.valid) * 1.5) removed.add(outer)
        else removed.add(inner)
      } else if (outer.score >= inner.score) removed.add(inner)
    }
  }
  const left = accepted.filter((group) => !removed.has(group))
  const best = left[0]
  if (!best) return { kept: [], dropped: [] }
  const average = (group: Group) => group.score / Math.max(1, group.valid)
  const kept: Group[] = [best]
  const dropped: Group[] = []
  for (const group of left.slice(1)) {
    if (average(group) >= average(best) * 0.75 && group.valid >= 2) kept.push(group)
    else dropped.push(group)
  }
  return { kept, dropped }
}

/** How many of `inner`'s records lie inside one of `outer`'s, and in how many of `outer`'s. */
function countInside(outer: Group, inner: Group): { inside: number; holders: number } {
  const outers = [...outer.records].sort((a, b) => a.start - b.start)
  const inners = [...inner.records].sort((a, b) => a.start - b.start)
  let count = 0
  let holders = 0
  let last = -1
  let at = 0
  for (const record of inners) {
    while (at < outers.length && (outers[at]?.end ?? 0) <= record.start) at++
    const candidate = outers[at]
    if (candidate && candidate.start <= record.start && record.end <= candidate.end && candidate !== record) {
      if (!(candidate.start === record.start && candidate.end === record.end)) {
        count++
        if (at !== last) holders++
        last = at
      }
    }
  }
  return { inside: count, holders }
}
