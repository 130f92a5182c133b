/**
 * Tag and attribute names as the HTML tokenizer gives them (ASCII letters lower-cased), each kept
 * once per page: a name seen before is the same string again, not a new copy of the input. A page
 * repeats a few dozen names thousands of times (`div`, `class`, `href`), and each copy was an
 * allocation per tag or attribute.
 */
import { ownCopy } from '../../util/text.js'

/** At most this many names are kept per table (a page has two: names, and short values; a hostile page may have millions of distinct ones). */
const capacity = 4096

/** Slots a table starts with (a power of two; it grows fourfold when half full). */
const initialSlots = 64
/** At most this many slots are tried for a name (beyond them, it is not kept). */
const maxProbes = 16

/**
 * The names of one page, keyed by a hash of their lower-cased characters (or, for short attribute
 * values such as class names, `exact`: of their characters as they are). An open-addressing table
 * in arrays (a `Map` lookup by number was most of what finding a known name cost), with each tag
 * name's parse5 tag id beside it once asked.
 */
export class NameTable {
  // (Plain arrays: a typed array this size has its store outside the heap, an allocation and a
  // finalisation per page.)
  private hashes: number[] = new Array<number>(initialSlots).fill(0)
  private names: Array<string | undefined> = new Array<string | undefined>(initialSlots).fill(undefined)
  // A tag id plus one per slot (0: not asked yet).
  private ids: number[] = new Array<number>(initialSlots).fill(0)
  private size = 0
  // The slots holding a name, so a page that used a few of a large table's slots clears only
  // those (clearing all of a kept 1,024-slot table made each tiny page after a large one 1.5×
  // slower; found by review).
  private used: number[] = []
  /** Whether names are kept as written (values), not lower-cased (tag and attribute names). */
  readonly exact: boolean
  /** The slot of the name {@link name} last gave, or -1 when it is not kept. */
  slot = -1

  constructor(exact = false) {
    this.exact = exact
  }

  /**
   * The name at [from, to) of `source` (lower-cased unless `exact`), whose characters hash to
   * `hash` (see {@link nameHash}: the scanner computes it as it looks for the name's end).
   */
  name(source: string, from: number, to: number, hash: number): string {
    const { names, hashes } = this
    const mask = names.length - 1
    let slot = hash & mask
    let probes = 0
    for (let known = names[slot]; known !== undefined; known = names[slot]) {
      if (hashes[slot] === hash) {
        this.slot = this.same(source, from, to, known) ? slot : -1
        // (Another name of the same hash is not kept: the first one met keeps its slot.)
        return this.slot === -1 ? this.copy(source, from, to) : known
      }
      slot = (slot + 1) & mask
      // (A page of names made to share slots gets no more than this many steps a name.)
      if (++probes === maxProbes) break
    }
    const name = this.copy(source, from, to)
    if (this.size >= capacity || probes === maxProbes) {
      this.slot = -1
      return name
    }
    names[slot] = name
    hashes[slot] = hash
    this.used.push(slot)
    this.slot = slot
    if (++this.size * 2 > names.length) this.grow()
    return name
  }

  /** parse5's tag id for `name`, the name {@link name} last gave (kept in its slot once known). */
  tagId(name: string, idOf: (name: string) => number): number {
    const { slot } = this
    if (slot === -1) return idOf(name)
    const known = this.ids[slot] as number
    if (known !== 0) return known - 1
    const id = idOf(name)
    this.ids[slot] = id + 1
    return id
  }

  /** The number of slots (a power of two). */
  get slots(): number {
    return this.names.length
  }

  /** How many slots hold a name. */
  get held(): number {
    let count = 0
    for (const name of this.names) if (name !== undefined) count++
    return count
  }

  /** Forget every name (the slots stay), for another page. */
  clear(): void {
    const { names, ids, used } = this
    for (const slot of used) {
      names[slot] = undefined
      ids[slot] = 0
    }
    used.length = 0
    this.size = 0
    this.slot = -1
  }

  private copy(source: string, from: number, to: number): string {
    const slice = source.slice(from, to)
    return ownCopy(this.exact ? slice : lowerAscii(slice))
  }

  /** The same names in four times the slots. */
  private grow(): void {
    const { names, hashes, ids } = this
    const slots = names.length * 4
    this.names = new Array<string | undefined>(slots).fill(undefined)
    this.hashes = new Array<number>(slots).fill(0)
    this.ids = new Array<number>(slots).fill(0)
    const mask = slots - 1
    this.used = []
    for (let old = 0; old < names.length; old++) {
      const name = names[old]
      if (name === undefined) continue
      const hash = hashes[old] as number
      let slot = hash & mask
      let probes = 0
      // (As far as `name` looks: a name placed further on would never be found again.)
      while (this.names[slot] !== undefined && ++probes < maxProbes) slot = (slot + 1) & mask
      if (this.names[slot] !== undefined) continue
      this.names[slot] = name
      this.hashes[slot] = hash
      this.ids[slot] = ids[old] as number
      this.used.push(slot)
    }
    this.slot = -1
  }

  /** Whether [from, to) of `source` (lower-cased unless `exact`) is `name`. */
  private same(source: string, from: number, to: number, name: string): boolean {
    if (to - from !== name.length) return false
    if (this.exact) return source.startsWith(name, from)
    for (let index = 0; index < name.length; index++) {
      let code = source.charCodeAt(from + index)
      if (code >= 65 && code <= 90) code += 32
      if (code !== name.charCodeAt(index)) return false
    }
    return true
  }
}

/** Tables of this many slots or fewer are kept for the next page (three arrays of 1,024: 24 KB each). */
const keptSlots = 1024

// One emptied table of each kind, left by the last page: a page's table grew from 64 slots
// (fourfold at 33, 129 and 513 names: twice on a page of a few hundred names, a tenth of what
// its tree allocated).
let freeNames: NameTable | undefined
let freeValues: NameTable | undefined

/** A table for a page: the one the last page gave back (empty), or a new one. */
export function takeTable(exact: boolean): NameTable {
  const table = exact ? freeValues : freeNames
  if (!table) return new NameTable(exact)
  if (exact) freeValues = undefined
  else freeNames = undefined
  return table
}

/**
 * Give `table` back once its page is read: emptied (no page's text is kept past its parse) and
 * kept for the next page when small; a large one (a hostile page's) is left to the collector.
 */
export function releaseTable(table: NameTable): void {
  if (table.slots > keptSlots) return
  table.clear()
  if (table.exact) freeValues = table
  else freeNames = table
}

/** The hash after one more character `code` of a name, ASCII case-blind (start from 0). */
export function nameHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0
}

/** ASCII letters lower-cased, nothing else (as the tokenizer does: `İ` stays). */
export function lowerAscii(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) return text.replace(/[A-Z]+/g, (run) => run.toLowerCase())
  }
  return text
}
