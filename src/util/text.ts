// The record id depends on these, so they live with the schema (which imports nothing else).
export { collapseWhitespace, normalizeTitle, normalizeWhitespace } from '../schema/text.js'

import { normalizeWhitespace } from '../schema/text.js'

/** A value short enough to quote in a message: whitespace collapsed, at most 60 characters. */
export function clip(text: string): string {
  const line = normalizeWhitespace(text)
  return line.length > 60 ? `${line.slice(0, 57)}…` : line
}
