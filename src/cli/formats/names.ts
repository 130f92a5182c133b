import { parse as parseName } from '@citation-js/name'

/** A name split as BibTeX splits `First von Last` (what a citation manager would do with the listed name). */
export interface SplitName {
  given?: string
  family?: string
  'non-dropping-particle'?: string
  suffix?: string
  literal?: string
}

/** A name with `and` or a comma is a group or already in another order: BibTeX would mis-split it. */
export const unsplittable = /\sand\s|,/i

/**
 * Split a listed author name for CSL-JSON and RIS. One word (an organisation, a mononym) or an
 * unsplittable name stays a `literal`.
 */
export function splitName(name: string): SplitName {
  if (unsplittable.test(name)) return { literal: name }
  const parts = parseName(name) as SplitName | undefined
  if (!parts?.family || !parts.given) return { literal: name }
  const split: SplitName = { family: parts.family, given: parts.given }
  if (parts['non-dropping-particle']) split['non-dropping-particle'] = parts['non-dropping-particle']
  if (parts.suffix) split.suffix = parts.suffix
  return split
}
