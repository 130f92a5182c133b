/**
 * The items of a damaged JSON paper list, resynchronised item by item: one damaged byte costs the
 * item it is in, not every item after it. The list is the first array of objects at the lowest
 * nesting; its items are told apart from the objects inside them by their first key and their
 * indentation (those of the list's first item). Inside a JSON string a quote is escaped, so
 * `{"key"` matches only where an object starts, even in damaged text. Linear: a forward scan, and
 * the item scans together read at most about twice the input (a hostile input stops early).
 */
import { parseOrUndefined, type Span } from '../hf-api/spans.js'
import { isSpace, skipSpace, stringEnd } from '../json/scan.js'
import { isObject, readRecord } from './record.js'

/** What survives of a damaged list: the items that parse, and the spans of those that do not. */
export interface Recovered {
  items: Array<{ value: Record<string, unknown>; span: Span }>
  /** Items that start but do not parse (a flipped quote or bracket inside them). */
  damaged: Span[]
  /** Whether the last item runs to the end of the text unclosed (a cut, not damage). */
  cut: boolean
}

// Item scans may read at most twice the input and this much more in all.
const slack = 65536

/** The items of the main list of damaged JSON, or `undefined` when no array of objects is found. */
export function recoverList(text: string): Recovered | undefined {
  const open = mainArray(text)
  const found = open === -1 ? undefined : recoverFrom(text, open)
  if (found?.items.some(isPaperItem)) return found
  // Damage before the list (a quote in a header flipped) pairs every later quote the wrong way, so
  // the scan that tells strings from structure misses the list. Unescaped quotes are delimiters
  // all the same, so try the first few places where `[` opens an array of objects as plain text,
  // and keep the one whose items read most as papers (not the header's rows, not a paper's
  // authors). Each try reads at most about twice the input: linear.
  let best = found
  let bestScore = found ? found.items.filter(isPaperItem).length : 0
  let tries = 0
  for (let at = text.indexOf('['); at !== -1 && tries < retries; at = text.indexOf('[', at + 1)) {
    if (at === open || text.charCodeAt(skipSpace(text, at + 1)) !== 0x7b /* { */) continue
    tries++
    const candidate = recoverFrom(text, at)
    const score = candidate ? candidate.items.filter(isPaperItem).length : 0
    if (candidate && score > bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

// How many other array openings `recoverList` tries when the scan's own misses.
const retries = 8

/** Whether an item reads as a paper (as `findPapers` counts them). */
function isPaperItem(item: Recovered['items'][number]): boolean {
  return readRecord(item.value).paperLike
}

/** The items of the list whose `[` is at `open`. */
function recoverFrom(text: string, open: number): Recovered | undefined {
  const first = skipSpace(text, open + 1)
  const signature = itemSignature(text, open, first)
  if (!signature) return undefined
  const recovered: Recovered = { items: [], damaged: [], cut: false }
  let budget = 2 * text.length + slack
  let at = first
  // How many items were read before the first resynchronisation (those are surely the list's).
  let certain = -1
  while (at < text.length && at !== -1) {
    if (text.charCodeAt(at) === 0x5d /* ] */) {
      // The list's end, unless items follow (a stray bracket between items).
      const next = nextItem(text, at + 1, signature)
      if (next === -1) break
      if (certain === -1) certain = recovered.items.length
      recovered.damaged.push({ start: at, end: next })
      at = next
      continue
    }
    // Pretty-printed JSON (items on lines of their own) may end a damaged string at its line's end;
    // in one-line JSON a raw line break is damage inside the string, not its end.
    const end = text.charCodeAt(at) === 0x7b /* { */ ? valueEnd(text, at, signature.indent !== undefined) : -1
    budget -= (end === -1 ? text.length : end) - at
    const value = end === -1 ? undefined : parseOrUndefined(text.slice(at, end))
    if (end !== -1 && isObject(value)) {
      recovered.items.push({ value, span: { start: at, end } })
      const after = skipSpace(text, end)
      if (text.charCodeAt(after) === 0x2c /* , */) {
        at = skipSpace(text, after + 1)
        continue
      }
      if (after >= text.length) break
      if (text.charCodeAt(after) === 0x5d) {
        at = after
        continue
      }
    }
    // Unclosed to the end: a cut (the objects inside it are its own, not items) — unless an item
    // starts after it: a quote flipped to a bracket turns every later string inside out, so the
    // damaged item never closes, but the items after it still start `}, {"key":` (49 of 60
    // Semantic Scholar papers were lost to one flipped quote).
    if (end === -1) {
      const next = budget > 0 ? nextItem(text, at + 1, signature) : -1
      if (next === -1) {
        recovered.cut = true
        break
      }
      recovered.damaged.push({ start: at, end: next })
      if (certain === -1) certain = recovered.items.length
      at = next
      continue
    }
    // Damage: resume at the first item start after this one's. Not right after where its brackets
    // close: a flipped quote can make them close items later (8 Semantic Scholar papers lost); the
    // objects inside the damaged item that match the items' first key are dropped by `likeItems`.
    const boundary = skipSpace(text, end)
    // The last item, closed where the list closes: go on at the list's end, not at the next object
    // with the items' first key, which is inside this one (in one-line JSON, its nested objects
    // were read as items, and outnumbered the real ones).
    if (text.charCodeAt(boundary) === 0x5d) {
      if (!isObject(value)) recovered.damaged.push({ start: at, end })
      at = boundary
      continue
    }
    const next = budget > 0 ? nextItem(text, at + 1, signature) : -1
    if (!isObject(value)) recovered.damaged.push({ start: at, end: next === -1 ? text.length : next })
    if (certain === -1) certain = recovered.items.length
    at = next
  }
  if (certain !== -1) recovered.items = likeItems(recovered.items, certain)
  return recovered
}

/**
 * Drop the objects read after a resynchronisation that are not like the list's items. In one-line
 * JSON the items' first key also starts objects nested in an item (OpenAlex works and their
 * funders all start `{"id"`); after damage those were read as items, outnumbered the real ones,
 * and the list no longer looked like papers. An item shares a quarter or more of the keys of the
 * richest item read before the damage (or of all, when the first item was damaged); a nested
 * record of two or three keys does not. Linear: one set of keys, each item's keys looked up once.
 */
function likeItems(items: Recovered['items'], certain: number): Recovered['items'] {
  const pool = certain > 0 ? items.slice(0, certain) : items
  let reference: string[] = []
  for (const item of pool) {
    const keys = Object.keys(item.value)
    if (keys.length > reference.length) reference = keys
  }
  const known = new Set(reference)
  const needed = Math.max(1, Math.ceil(known.size / 4))
  return items.filter((item, index) => {
    if (index < certain) return true
    let shared = 0
    for (const key of Object.keys(item.value)) if (known.has(key) && ++shared >= needed) return true
    return false
  })
}

/** How the list's items start: their first key (with its quotes) and their indentation. */
interface Signature {
  key: string
  /** The spaces after the last line break before an item's `{`; `undefined` for one-line JSON. */
  indent: string | undefined
}

function itemSignature(text: string, open: number, first: number): Signature | undefined {
  if (text.charCodeAt(first) !== 0x7b) return undefined
  const keyStart = skipSpace(text, first + 1)
  if (text.charCodeAt(keyStart) !== 0x22) return undefined
  const keyEnd = text.indexOf('"', keyStart + 1)
  // A short plain key: one with escapes or a long one is not a signature worth trusting.
  if (keyEnd === -1 || keyEnd - keyStart > 64 || text.slice(keyStart, keyEnd).includes('\\')) return undefined
  const space = text.slice(open + 1, first)
  const line = space.lastIndexOf('\n')
  return { key: text.slice(keyStart, keyEnd + 1), indent: line === -1 ? undefined : space.slice(line + 1) }
}

/** The next `{` at or after `from` that opens an item: its first key and indentation match the signature. */
function nextItem(text: string, from: number, signature: Signature): number {
  for (let at = text.indexOf(signature.key, from); at !== -1; at = text.indexOf(signature.key, at + 1)) {
    let brace = at - 1
    while (brace >= from && isSpace(text.charCodeAt(brace))) brace--
    if (brace < from || text.charCodeAt(brace) !== 0x7b) continue
    // An item follows an item (`}, {`); an object after a colon is a field's value.
    let comma = brace - 1
    while (comma >= from && isSpace(text.charCodeAt(comma))) comma--
    if (text.charCodeAt(comma) !== 0x2c) continue
    let close = comma - 1
    while (close >= from && isSpace(text.charCodeAt(close))) close--
    if (text.charCodeAt(close) !== 0x7d) continue
    const colon = skipSpace(text, at + signature.key.length)
    if (text.charCodeAt(colon) !== 0x3a /* : */) continue
    const indent = signature.indent
    if (indent !== undefined) {
      const line = brace - indent.length - 1
      if (text.charCodeAt(line) !== 0x0a || text.slice(line + 1, brace) !== indent) continue
    }
    return brace
  }
  return -1
}

/**
 * Where the list is: the first `[` that opens an array whose first item is an object, at the
 * lowest nesting met (strings and nesting tracked; after damage the nesting may be off, which
 * only matters if the damage comes before the list).
 */
function mainArray(text: string): number {
  let depth = 0
  let best = -1
  let bestDepth = Number.POSITIVE_INFINITY
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x22) {
      index = stringEnd(text, index)
      if (index === -1) break
    } else if (code === 0x5b || code === 0x7b) {
      if (code === 0x5b && depth < bestDepth && text.charCodeAt(skipSpace(text, index + 1)) === 0x7b) {
        best = index
        bestDepth = depth
      }
      depth++
    } else if (code === 0x5d || code === 0x7d) depth--
  }
  return best
}

/**
 * The end (exclusive) of the object or array that opens at `start`, tracking strings and nesting; -1
 * if it does not close. In pretty-printed JSON (`lines`) a string also ends at a raw line break,
 * which JSON strings never hold: a flipped quote then costs its line, not the rest of the text (every zbMATH
 * item after it was lost, the damaged one read as a cut).
 */
function valueEnd(text: string, start: number, lines: boolean): number {
  let depth = 0
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x22) {
      index = lines ? stringEndInLine(text, index) : stringEnd(text, index)
      if (index === -1) return -1
    } else if (code === 0x7b || code === 0x5b) depth++
    else if (code === 0x7d || code === 0x5d) {
      depth--
      if (depth === 0) return index + 1
    }
  }
  return -1
}

/** Like `stringEnd`, but a raw line feed ends the string too (damage: JSON writes it escaped). */
function stringEndInLine(text: string, open: number): number {
  for (let index = open + 1; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x5c /* \ */) index++
    else if (code === 0x22 || code === 0x0a) return index
  }
  return -1
}
