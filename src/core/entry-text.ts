/**
 * Each entry field's text with whitespace normalised, computed once and shared by the plugins
 * that read it (metadata makes the record's title and abstract from it; a plugin that scans the
 * abstract can read the same string instead of normalising again or going through
 * `context.paper`). Entries are frozen before plugins see them, so a field's text cannot change
 * under the cache; a field that is not frozen (an entry built by hand in a test) is normalised
 * each time. Not public API: built-in plugins import it.
 */
import { normalizeWhitespace } from '../util/text.js'
import type { Entry, Located } from './entry.js'

const cache = new WeakMap<Located, string>()

/** `field.value` with whitespace runs collapsed and the ends trimmed, from the cache when it is there. */
export function normalizedText(field: Located): string {
  const known = cache.get(field)
  if (known !== undefined) return known
  const text = normalizeWhitespace(field.value)
  if (Object.isFrozen(field)) cache.set(field, text)
  return text
}

/** The normalised text of `entry`'s field `name` (a single located value), or `undefined` without one. */
export function fieldText(entry: Entry, name: string): string | undefined {
  const field = entry.fields[name]
  return field !== undefined && !Array.isArray(field) && typeof field.value === 'string'
    ? normalizedText(field)
    : undefined
}
