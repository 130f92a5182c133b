import type { EntryInit } from './reader.js'

/**
 * A `resumeAt` for line-based listings whose entries start at a title line after a blank line
 * (hf-text): the start of the last entry that has a blank line before it. Reading the text
 * before it and the text from it apart gives the same entries, since an entry that starts a
 * block is read the same whether a finished entry comes before it or nothing does. The last
 * entry itself may still grow, so it is read again with what comes next.
 */
export function resumeAtEntryAfterBlankLine(text: string, entries: readonly EntryInit[]): number | undefined {
  for (let index = entries.length - 1; index >= 1; index--) {
    const at = entries[index]?.position?.start.offset
    if (at !== undefined && afterBlankLine(text, at)) return at
  }
  return undefined
}

/** Whether `at` starts a line and the line before it is blank (spaces or tabs only). */
function afterBlankLine(text: string, at: number): boolean {
  let index = at - 1
  if (text.charCodeAt(index) !== 10 && text.charCodeAt(index) !== 13) return false
  // One line ending, then a run of spaces or tabs, then another line ending.
  if (text.charCodeAt(index) === 10 && text.charCodeAt(index - 1) === 13) index--
  index--
  while (index >= 0 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index--
  return index >= 0 && (text.charCodeAt(index) === 10 || text.charCodeAt(index) === 13)
}
