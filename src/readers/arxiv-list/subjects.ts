import type { Element } from 'hast'
import { select } from 'hast-util-select'
import type { Located } from '../../core/entry.js'
import { hasClass, textWithout } from '../html/fields.js'
import { positionOf, textOf } from '../html/tree.js'

// An arXiv category code: `cs.CL`, `quant-ph`, `math.GT`, `cond-mat.mes-hall`.
const category = /^[a-z][a-z-]*(?:\.[A-Za-z][A-Za-z-]*)?$/

/**
 * The categories of a `Subjects:` line, primary first: `Human-Computer Interaction (cs.HC);
 * Graphics (cs.GR)`. The primary is the `span.primary-subject`; the others follow in page order.
 */
export function readSubjects(subjects: Element): Located[] {
  const found: Located[] = []
  const primary = select('.primary-subject', subjects)
  const primaryCode = primary && codeOf(textOf(primary))
  if (primary && primaryCode) found.push({ value: primaryCode, position: positionOf(primary) })
  const rest = textWithout(subjects, (child) => hasClass(child, 'descriptor') || hasClass(child, 'primary-subject'))
  for (const part of rest.split(';')) {
    const code = codeOf(part)
    if (code) found.push({ value: code, position: positionOf(subjects) })
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
