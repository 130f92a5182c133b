import { location } from 'vfile-location'
import type { Located } from '../core/entry.js'
import type { Point, Position } from '../schema/position.js'

/**
 * Positions inside a located value: returns a function from characters `[from, to)` of
 * `located.value` to their position in the input, the value's own position advanced by
 * the offsets across the line breaks inside it. Build it once per value: its line index is
 * shared by all calls, so any number of spans cost one pass over the value.
 *
 * That is exact only when the value is the raw slice of the input its position spans (the
 * text readers' fields are). For a value a reader rewrote (collapsed whitespace, decoded
 * entities) the lengths differ, and the whole value's position is the best that can be
 * said. `undefined` when the value has no position.
 */
export function positionsIn(located: Located): (from: number, to: number) => Position | undefined {
  const { position, value } = located
  const base = position?.start
  if (!position || !base || base.offset === undefined || position.end.offset === undefined) return () => position
  if (position.end.offset - base.offset !== value.length) return () => position
  const points = location(value)
  const shift = (offset: number): Point | undefined => {
    const point = points.toPoint(offset)
    if (!point) return undefined
    const column = point.line === 1 ? base.column + point.column - 1 : point.column
    return { line: base.line + point.line - 1, column, offset: (base.offset ?? 0) + offset }
  }
  return (from, to) => {
    const start = shift(from)
    const end = shift(to)
    return start && end ? { start, end } : position
  }
}
