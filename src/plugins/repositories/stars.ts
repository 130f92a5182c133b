/**
 * Star counts as listings print them beside a repository link: `GitHub 11.3k`, `★ 1,234`,
 * `842 stars`. Only a link text that names GitHub or stars counts, so a footnote link `[1]`
 * is not read as one star.
 */
import { parseCount } from '../../util/count.js'

const starWord = /github|\bstars?\b|[★⭐]/i
const starSigns = /[★⭐]/g

/** The star count in a repository link's text, or `undefined`. */
export function starsIn(text: string | undefined): number | undefined {
  if (text === undefined || text.length > 100 || !starWord.test(text)) return undefined
  const words = text.replace(starSigns, ' ').split(/\s+/)
  for (let index = words.length - 1; index >= 0; index--) {
    const count = parseCount(words[index] ?? '')
    if (count !== undefined) return count
  }
  return undefined
}
