import type { Paper } from '../../schema/paper.js'
import { splitName } from './names.js'

const combining = /[\u0300-\u036f]/g
const nonAlphanumeric = /[^a-z0-9]+/g
const stopWords = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'towards', 'toward'])

/**
 * Citation keys in the style arXiv's own BibTeX export uses: first author's family name, year,
 * first significant title word (`raventos2023pretraining`), ASCII only, unique within the list.
 */
export function citationKeys(papers: readonly Paper[]): string[] {
  const used = new Map<string, number>()
  return papers.map((paper) => {
    const base = baseKey(paper)
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    return count === 1 ? base : `${base}-${count}`
  })
}

function baseKey(paper: Paper): string {
  const first = paper.authors[0]?.name
  const family = first === undefined ? '' : (splitName(first).family ?? first)
  const word =
    paper.title
      .split(/\s+/)
      .map(ascii)
      .find((item) => item !== '' && !stopWords.has(item)) ?? ''
  const key = `${ascii(family)}${paper.publishedAt?.slice(0, 4) ?? ''}${word}`
  return key === '' ? 'paper' : key
}

function ascii(text: string): string {
  return text.normalize('NFKD').replace(combining, '').toLowerCase().replace(nonAlphanumeric, '')
}
