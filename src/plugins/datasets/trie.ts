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
  private readonly cells: readonly number[]
  private readonly ascii: readonly number[]
  private readonly symbols: ReadonlyMap<number, number>
  private readonly found: ReadonlyArray<T[] | undefined>

  /** Use {@link buildTrie}. */
  constructor(
    cells: readonly number[],
    ascii: readonly number[],
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

/** The trie holding each `[key, value]`. */
export function buildTrie<T>(entries: Iterable<readonly [string, T]>): Trie<T> {
  const draft = new Draft<T>()
  for (const [key, value] of entries) draft.add(key, value)
  const { cells, values } = layOut(draft)
  return new Trie(cells, draft.ascii, draft.symbols, values)
}

/** The trie while keys are added: nodes numbered as they come, edges in one map. */
class Draft<T> {
  /** Symbols number the distinct units of the keys from 1, so a node's children sit close together. */
  readonly symbols = new Map<number, number>()
  /** The symbols of ASCII units (0: in no key), read without hashing. */
  readonly ascii: number[] = new Array(128).fill(0)
  /** `parent * 0x10000 + symbol` → child. */
  readonly edges = new Map<number, number>()
  /** Per node, the symbols of its children, in the order they came. */
  readonly children: number[][] = [[]]
  readonly values: Array<T[] | undefined> = [undefined]

  add(key: string, value: T): void {
    let node = 0
    for (let index = 0; index < key.length; index++) {
      const symbol = this.symbolOf(key.charCodeAt(index))
      let child = this.edges.get(node * 0x10000 + symbol)
      if (child === undefined) {
        child = this.children.length
        this.children.push([])
        this.values.push(undefined)
        this.edges.set(node * 0x10000 + symbol, child)
        this.children[node]?.push(symbol)
      }
      node = child
    }
    const values = this.values[node]
    if (values) values.push(value)
    else this.values[node] = [value]
  }

  symbolOf(code: number): number {
    let symbol = this.symbols.get(code)
    if (symbol === undefined) {
      symbol = this.symbols.size + 1
      this.symbols.set(code, symbol)
      if (code < 128) this.ascii[code] = symbol
    }
    return symbol
  }
}

/**
 * Give every node a cell, parents before children: a node's children sit at its `base`
 * plus their symbols, and `check` names the parent that owns each cell. Both live in
 * `cells`, a cell's base beside its check, so a step reads one cache line, not two; the
 * base is shifted left one bit to make room for whether a key ends there.
 */
function layOut<T>(draft: Draft<T>): { cells: number[]; values: Array<T[] | undefined> } {
  // Kept dense (no holes, small integers), which is what makes reading them fast; `free` marks an unused cell.
  const free = noNode - 1
  const cells = [draft.values[0] ? 1 : 0, noNode] // the root's cell, owned by no node
  const values: Array<T[] | undefined> = [draft.values[0]]
  const width = draft.symbols.size
  const queue: Array<[draft: number, cell: number]> = [[0, 0]]
  // Searched forward from the last placement only: a few cells stay empty, and laying out stays linear.
  let searchFrom = 1
  for (let head = 0; head < queue.length; head++) {
    const [node, at] = queue[head] as [number, number]
    const symbols = draft.children[node] ?? []
    if (symbols.length === 0) continue
    const lowest = Math.min(...symbols)
    let cell = Math.max(searchFrom, lowest)
    while (!symbols.every((symbol) => (cells[(cell - lowest + symbol) * 2 + 1] ?? free) === free)) cell++
    searchFrom = cell
    const start = cell - lowest
    // Every cell a step from here can reach must exist, so `base + symbol` never reads past the end.
    while (cells.length <= (start + width) * 2 + 1) {
      cells.push(0, free)
      values.push(undefined)
    }
    cells[at * 2] = (start << 1) | (cells[at * 2] as number)
    for (const symbol of symbols) {
      const child = draft.edges.get(node * 0x10000 + symbol) ?? 0
      const cell = start + symbol
      cells[cell * 2] = draft.values[child] ? 1 : 0
      cells[cell * 2 + 1] = at
      values[cell] = draft.values[child]
      queue.push([child, cell])
    }
  }
  return { cells, values }
}
