import type { EntryFields, Located } from '../../core/entry.js'
import { type Element, isElement, type LightTree, textOf } from '../html/light-tree.js'

/**
 * The dates line of a search result: `<b>Submitted</b> 11 December, 2025; <b>v1</b> submitted
 * 8 December, 2025; <b>originally announced</b> December 2025.` Each label is a `span`, the
 * value the text after it. "Submitted" is the latest version's date, so it is `updatedAt` (as in
 * arxiv-atom; `submittedAt` means the day a listing took the paper). arXiv prints "v1 submitted"
 * only when there are later versions, so for a result known to be at v1 (`atFirstVersion`) the
 * "Submitted" date is the first version's too.
 */
export function readDates(page: LightTree, line: Element, atFirstVersion: boolean): EntryFields {
  const fields: EntryFields = {}
  let label: string | undefined
  for (const child of line.childNodes) {
    if (isElement(child)) {
      label = textOf(child).toLowerCase()
      continue
    }
    if (!('value' in child) || child.nodeName !== '#text' || label === undefined) continue
    const value = clean(child.value)
    if (value === '') continue
    const at: Located = { value, position: page.positionOf(child) }
    if (label === 'submitted') fields.updatedAt = at
    else if (label === 'v1' && value.toLowerCase().startsWith('submitted ')) {
      fields.publishedAt = { value: value.slice('submitted '.length).trim(), position: at.position }
    } else if (label === 'originally announced') fields.announcedAt = at
    label = undefined
  }
  if (atFirstVersion && !fields.publishedAt && fields.updatedAt) fields.publishedAt = fields.updatedAt
  return fields
}

/** A value between labels, without the `;` or `.` that closes it. */
function clean(text: string): string {
  const value = text.trim()
  return value.endsWith(';') || value.endsWith('.') ? value.slice(0, -1).trim() : value
}
