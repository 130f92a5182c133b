/**
 * A character trie laid out as a double array (Aoe, 1989). The matcher steps through it
 * at every word of every abstract; a step here is two reads from one dense array,
 * `check[base[node] + symbol] === node`, where a `Map` per node costs a hash lookup and
 * a pointer chase into scattered memory. Small tries (the names one abstract introduces)
 * are built per abstract, so building allocates little.
 */

/** Where a walk is: a node index; the root is 0. */
export type TrieNode = number

/** No such child. */
export const noNode = -1

/**
 * A trie over UTF-16 units with values where keys end; built by {@link buildTrie}. A class,
 * so every trie (the bundled one, and the small ones built per abstract) shares the same
 * methods, and the matcher's calls to them stay monomorphic and inlined.
 */
export class Trie<T> {
  private readonly cells: Int32Array
  private readonly ascii: Int32Array
  private readonly symbols: ReadonlyMap<number, number>
  private readonly found: ReadonlyArray<T[] | undefined>

  /** Use {@link buildTrie}. */
  constructor(
    cells: Int32Array,
    ascii: Int32Array,
    symbols: ReadonlyMap<number, number>,
    found: ReadonlyArray<T[] | undefined>,
  ) {
    this.cells = cells
    this.ascii = ascii
    this.symbols = symbols
    this.found = found
  }

  /** The child of `node` along the UTF-16 unit `code`, or {@link noNode}. */
  child(node: TrieNode, code: number): TrieNode {
    const symbol = code < 128 ? (this.ascii[code] as number) : (this.symbols.get(code) ?? 0)
    if (symbol === 0) return noNode
    const cell = ((this.cells[node * 2] as number) >> 1) + symbol
    return this.cells[cell * 2 + 1] === node ? cell : noNode
  }

  /** Does a key end at `node`? (Cheaper than {@link Trie.values}: it reads the cell the step just read.) */
  isEnd(node: TrieNode): boolean {
    return ((this.cells[node * 2] as number) & 1) === 1
  }

  /** The values of the keys that end at `node`, in the order they were given. */
  values(node: TrieNode): readonly T[] | undefined {
    return this.found[node]
  }
}

/** The trie holding each `[key, value]`; the values of one key keep their order. */
export function buildTrie<T>(entries: Iterable<readonly [string, T]>): Trie<T> {
  // Sorted (stably), a node's keys are one run, and a key ends before those it is a prefix of.
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const { symbols, ascii } = numberUnits(sorted)
  const { cells, values } = layOut(sorted, symbols)
  // Typed arrays: a step reads raw integers, with no check of what kind of elements an array holds.
  return new Trie(Int32Array.from(cells), Int32Array.from(ascii), symbols, values)
}

/** Symbols for the distinct units of the keys, from 1, so a node's children sit close together. */
function numberUnits(sorted: ReadonlyArray<readonly [string, unknown]>) {
  const symbols = new Map<number, number>()
  // The symbols of ASCII units (0: in no key), read without hashing.
  const ascii: number[] = new Array(128).fill(0)
  for (const [key] of sorted)
    for (let index = 0; index < key.length; index++) {
      const code = key.charCodeAt(index)
      if (symbols.has(code)) continue
      symbols.set(code, symbols.size + 1)
      if (code < 128) ascii[code] = symbols.size
    }
  return { symbols, ascii }
}

/**
 * Give every node a cell, parents before children: a node's children sit at its `base`
 * plus their symbols, and `check` names the parent that owns each cell. Both live in
 * `cells`, a cell's base beside its check, so a step reads one cache line, not two; the
 * base is shifted left one bit to make room for whether a key ends there. A node is the
 * run `sorted[from, to)` of keys that share its first `depth` units.
 */
function layOut<T>(sorted: ReadonlyArray<readonly [string, T]>, symbols: ReadonlyMap<number, number>) {
  // Kept dense (no holes, small integers), which is what makes reading them fast; `free` marks an unused cell.
  const free = noNode - 1
  const cells = [0, noNode] // the root's cell, owned by no node
  const values: Array<T[] | undefined> = [undefined]
  // Nodes waiting for their children to be placed, four numbers each: from, to, depth, cell.
  const queue = [0, sorted.length, 0, 0]
  // Searched forward from the last placement only: a few cells stay empty, and laying out stays linear.
  let searchFrom = 1
  while (queue.length > 0) {
    const at = queue.pop() as number
    const depth = queue.pop() as number
    const to = queue.pop() as number
    let from = queue.pop() as number
    // Keys that end here come first.
    const first = from
    while (from < to && (sorted[from] as readonly [string, T])[0].length === depth) from++
    if (from > first) {
      values[at] = sorted.slice(first, from).map(([, value]) => value)
      cells[at * 2] = (cells[at * 2] as number) | 1
    }
    if (from === to) continue
    const runs = childRuns(sorted, from, to, depth, symbols)
    let lowest = Number.POSITIVE_INFINITY
    for (let run = 0; run < runs.length; run += 2) lowest = Math.min(lowest, runs[run] as number)
    const start = freeBase(cells, runs, Math.max(searchFrom, lowest) - lowest, free)
    searchFrom = start + lowest
    // Every cell a step from here can reach must exist, so `base + symbol` never reads past the end.
    while (cells.length <= (start + symbols.size) * 2 + 1) {
      cells.push(0, free)
      values.push(undefined)
    }
    cells[at * 2] = (start << 1) | (cells[at * 2] as number)
    for (let run = 0; run < runs.length; run += 2) cells[(start + (runs[run] as number)) * 2 + 1] = at
    // Depth first, the first child on top: a walk down one key reads cells laid out one after another.
    for (let run = runs.length - 2; run >= 0; run -= 2)
      queue.push(
        runs[run + 1] as number,
        (runs[run + 3] as number | undefined) ?? to,
        depth + 1,
        start + (runs[run] as number),
      )
  }
  return { cells, values }
}

/** The children of the node `sorted[from, to)` at `depth`, in key order: its symbol, then where its run of keys starts. */
function childRuns(
  sorted: ReadonlyArray<readonly [string, unknown]>,
  from: number,
  to: number,
  depth: number,
  symbols: ReadonlyMap<number, number>,
): number[] {
  const runs: number[] = []
  let previous = -1
  for (let index = from; index < to; index++) {
    const code = (sorted[index] as readonly [string, unknown])[0].charCodeAt(depth)
    if (code === previous) continue
    previous = code
    runs.push(symbols.get(code) as number, index)
  }
  return runs
}

/** The first base from `from` at which every cell for the symbols of `runs` is free. */
function freeBase(cells: readonly number[], runs: readonly number[], from: number, free: number): number {
  for (let start = from; ; start++) {
    let fits = true
    for (let run = 0; run < runs.length && fits; run += 2) {
      // Past the end is free too (tested without reading there: out-of-bounds reads are slow).
      const check = (start + (runs[run] as number)) * 2 + 1
      fits = check >= cells.length || cells[check] === free
    }
    if (fits) return start
  }
}
