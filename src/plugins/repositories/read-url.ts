/**
 * A URL as written, read by its host: {@link classify} of {@link toUrl}, memoised. A listing
 * links the same pages (its papers, login boxes, organisations, forges) from entry after
 * entry, and parsing and classifying each again was most of the plugin's cost per URL.
 */
import { ownCopy } from '../../util/text.js'
import { classify, type Reading } from './classify.js'
import { toUrl } from './url.js'

// A bounded memo (cleared when full) of URLs up to `memoLength` characters; `null`: not a web URL.
const memoSize = 1024
const memoLength = 512
const memo = new Map<string, Reading | null>()

/**
 * What `raw` points at by its host, or `undefined` when it is not a web URL. The reading is
 * frozen and shared between calls: a caller that keeps a part of it in its output copies it.
 */
export function readUrl(raw: string): Reading | undefined {
  const known = memo.get(raw)
  if (known !== undefined) return known ?? undefined
  const url = toUrl(raw)
  const reading = url ? freeze(classify(url)) : undefined
  if (raw.length > memoLength) return reading
  if (memo.size >= memoSize) memo.clear()
  // The key holds only its own characters: a URL sliced from a page would keep the page alive.
  memo.set(ownCopy(raw), reading ?? null)
  return reading
}

function freeze(reading: Reading): Reading {
  for (const part of Object.values(reading)) if (typeof part === 'object' && part !== null) Object.freeze(part)
  return Object.freeze(reading)
}
