import type { DocumentInfo } from '../../core/entry.js'
import { parseListingMonth } from '../../util/date.js'
import { childElements, type Element, find, hasClass, isElement, type LightTree, textOf } from '../html/light-tree.js'

// arxiv-browse `list/list.html`: `Total of 5649 entries : <span>1-3</span> <a>4-6</a> …`.
const total = /Total of (\d[\d,]{0,19}) entries/
const range = /^\d[\d,]{0,15}\s?[-\u2013]\s?\d[\d,]{0,15}$/
const monthHeading = 'Authors and titles for '

/**
 * What a listing page states about the whole listing: the total from its paging line, the
 * range this page shows (the paging line's one unlinked `<span>`), and for a monthly listing
 * (`/list/cs/2301`) the month in its heading.
 */
export function readListingFacts(page: LightTree): DocumentInfo {
  const info: DocumentInfo = {}
  // One walk for both: it stops once it has the first of each.
  let paging: Element | undefined
  let heading: Element | undefined
  find(page.document, (element) => {
    if (!paging && element.tagName === 'div' && hasClass(element, 'paging')) paging = element
    else if (!heading && element.tagName === 'h2' && textOf(element).startsWith(monthHeading)) heading = element
    return paging !== undefined && heading !== undefined
  })
  if (paging) {
    for (const child of paging.childNodes) {
      const match = !isElement(child) && 'value' in child ? total.exec(child.value) : null
      if (match?.[1]) {
        info.total = { value: match[1], position: page.positionOf(child) }
        break
      }
    }
    const shown = childElements(paging).find(
      (element) => element.tagName === 'span' && range.test(textOf(element).trim()),
    )
    if (shown) info.range = { value: textOf(shown).trim(), position: page.positionOf(shown) }
  }
  const month = heading && textOf(heading).slice(monthHeading.length).trim()
  if (heading && month && parseListingMonth(month)) info.month = { value: month, position: page.positionOf(heading) }
  return info
}
