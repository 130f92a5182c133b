import type { Located } from '../../core/entry.js'
import { type Element, find, hasClass, type LightTree, textOf } from '../html/light-tree.js'

// An arXiv category code: `cs.CL`, `quant-ph`, `math.GT`, `cond-mat.mes-hall`.
const category = /^[a-z][a-z-]*(?:\.[A-Za-z][A-Za-z-]*)?$/

/**
 * The categories of a `Subjects:` line, primary first: `Human-Computer Interaction (cs.HC);
 * Graphics (cs.GR)`. The primary is the `span.primary-subject`; the others follow in page order.
 */
export function readSubjects(page: LightTree, subjects: Element): Located[] {
  const found: Located[] = []
  const primary = find(subjects, (element) => hasClass(element, 'primary-subject'))
  const primaryCode = primary && codeOf(textOf(primary))
  if (primary && primaryCode) found.push({ value: primaryCode, position: page.positionOf(primary) })
  const rest = textOf(subjects, (element) => hasClass(element, 'descriptor') || element === primary)
  for (const part of rest.split(';')) {
    const code = codeOf(part)
    if (code) found.push({ value: code, position: page.positionOf(subjects) })
  }
  return found
}

/** `Graphics (cs.GR)` → `cs.GR`: the last parenthesised word, if it is a category code. */
export function codeOf(subject: string): string | undefined {
  const text = subject.trim()
  if (!text.endsWith(')')) return undefined
  const code = text.slice(text.lastIndexOf('(') + 1, -1).trim()
  return category.test(code) ? code : undefined
}
