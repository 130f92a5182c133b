/**
 * Repeated record structure: elements that share a tag path (the same tags and first classes
 * from the root: the items of a list, the rows of a table, the entries of every section), with
 * the siblings that follow each of them in the same way (`dt` + `dd` + `dd`, an entry and its
 * abstract card), and `<br>`-separated lines inside one block. Each candidate is scored from the
 * scan's counts; the best few are read in full and kept when their records look like papers.
 */
import type { Element, Node } from '../html/light-tree.js'
import type { HtmlPage } from '../html/page.js'
import { type Extent, isBlank, parentOf } from './pieces.js'
import { type ColumnRole, type Record, readRecord } from './record.js'
import { keyName, type Scan, Stat } from './scan.js'
import { SpareBytes } from './spare-bytes.js'

/** A candidate structure and, once read, its records. */
export interface Group {
  /** How the structure reads in a message: `div.row > ul > li` or `lines in p` (made when read). */
  readonly label: string
  /** The elements of a tag-path group, before their extents are known. */
  members: Node[] | undefined
  extents: Extent[]
  /** Cheap score from the counts, to pick which candidates to read. */
  prescore: number
  records: Record[]
  /** Records with a title and at least one sign of a paper. */
  valid: number
  /** The sum of the valid records' evidence (0 when the group is not taken for papers). */
  score: number
  /** Why the group was not taken for papers, when it was not. */
  rejection?: string
  /** Whether the list was still open where the input ends (cut short). */
  cut?: boolean
}

/**
 * A group whose label is made when read, by a getter of the class: with V8, an object literal
 * with a getter kept the page's scan and tree alive past every young-generation collection until
 * the next full one (a loop of lab-page reads: a quarter of each scavenge survived).
 */
class Candidate implements Group {
  members: Node[] | undefined
  extents: Extent[]
  prescore: number
  records: Record[] = []
  valid = 0
  score = 0
  declare rejection?: string
  declare cut?: boolean
  readonly #label: () => string

  constructor(label: () => string, members: Node[] | undefined, extents: Extent[], prescore: number) {
    this.#label = label
    this.members = members
    this.extents = extents
    this.prescore = prescore
  }

  get label(): string {
    return this.#label()
  }
}

const candidatesRead = 8
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
// Blocks that hold a record, or start one that runs over the siblings after it (`dt` + `dd`).
const recordTags = new Set([
  'div',
  'li',
  'dt',
  'dd',
  'p',
  'tr',
  'section',
  'article',
  'td',
  'blockquote',
  'h3',
  'h4',
  'h5',
  'h6',
])

/** Find the candidate structures, read the most promising, and return them scored (best first). */
export function findGroups(scan: Scan, counter: { work: number }): Group[] {
  const { page, nodes, parent, key, stats } = scan
  const byKey = new Map<number, number[]>()
  // The keys in the order they were first seen (the map's own order), walked without entry arrays.
  const keys: number[] = []
  for (let id = 0; id < nodes.length; id++) {
    const keyId = key[id] ?? -1
    if (keyId < 0 || (parent[id] ?? -1) < 0) continue
    if ((stats[id * Stat.count + Stat.words] ?? 0) < 2) continue
    const list = byKey.get(keyId)
    if (list) list.push(id)
    else {
      byKey.set(keyId, [id])
      keys.push(keyId)
    }
  }
  const candidates: Group[] = []
  // Each tag-path candidate's own signature (`dt.ptitle`), by candidate.
  const sigOf = new Map<Group, string>()
  const nested = nestedItems(scan, byKey, keys)
  for (const keyId of keys) {
    const own = byKey.get(keyId) as number[]
    // Items nested in an item of the list (see `nestedItems`) are read with it, not on their own.
    if (nested.into.has(keyId)) continue
    const inside = nested.held.get(keyId)
    const ids = inside ? [...own, ...inside] : own
    if (ids.length < 2) continue
    let prescore = 0
    const sums = new Array<number>(Stat.count)
    // One tag per key (the key is the tag path).
    const block = recordTags.has((nodes[ids[0] as number] as Element).tagName)
    for (const id of ids) {
      // With the next sibling when it is of another shape: a `dt` and its `dd`, an entry and its abstract.
      const following = scan.next[id] ?? -1
      if (!block || following < 0 || key[following] === keyId) prescore += memberScore(stats, id)
      else {
        for (let field = 0; field < Stat.count; field++)
          sums[field] = (stats[id * Stat.count + field] ?? 0) + (stats[following * Stat.count + field] ?? 0)
        prescore += memberScore(sums, 0)
      }
    }
    if (prescore < 2) continue
    const group: Group = new Candidate(
      () => keyName(scan, keyId),
      ids.map((id) => nodes[id] as Node),
      [],
      prescore,
    )
    candidates.push(group)
    sigOf.set(group, scan.keySig[keyId] ?? '')
  }
  for (const block of scan.lineBlocks) {
    const group = lineGroup(scan, block)
    if (group) candidates.push(group)
  }
  candidates.sort((a, b) => b.prescore - a.prescore)
  const top = candidates[0]?.prescore ?? 0
  const read = candidates.slice(0, candidatesRead).filter((group) => group.prescore >= top * 0.2)
  const tables = new Map<Element, ColumnRole[] | undefined>()
  const taken: Group[] = []
  const readGroup = (group: Group): void => {
    // Parts of the items of a structure already taken (one title block per card) are not read:
    // the selection would drop them. Several per item are read: the taken one may be sections.
    if (group.members && taken.some((outer) => partsOf(outer, group))) {
      group.rejection = 'its items are parts of the items of a better structure'
      return
    }
    if (group.members && taken.some((inner) => sectionsOf(scan, group.members as Node[], inner))) {
      group.rejection = 'its items are sections around the items of a better structure'
      return
    }
    if (group.members) {
      // Items of a taken list's signature under another tag path are the rest of it (see below).
      const sig = sigOf.get(group)
      const rest = taken.some((other) => sigOf.get(other) === sig)
      // Inline members (a bold title, a link) are records on their own; blocks take their followers.
      group.extents = recordTags.has((group.members[0] as Element).tagName)
        ? withFollowers(scan, group.members, rest, nested)
        : alone(group.members)
    }
    let tried = 0
    for (const extent of group.extents) {
      const columns = columnsOf(page, extent, tables)
      const record = readRecord(page, extent, columns, counter, scan)
      if (record) group.records.push(record)
      // A structure whose first items are not papers is not read to its end.
      if (++tried === 12 && group.records.filter((item) => item.evidence > 0).length < 4) break
    }
    // A list still open where the input ends was cut: what is left of it is judged as part of a longer list.
    group.cut = group.extents.some((extent) => (extent.parent.endOffset ?? 0) >= page.source.length)
    judge(group, group.cut)
    if (group.score > 0) taken.push(group)
  }
  for (const group of read) readGroup(group)
  // The same items under another tag path are the rest of a taken list (a stray end tag closed
  // the list early, and the parser, as a browser does, put the later items outside it): read them
  // however few they are; the best few, as above (each read costs a walk of its items, and a page
  // can hold a tag path per item).
  const takenSigs = new Set(taken.map((group) => sigOf.get(group)))
  const wasRead = new Set(read)
  let rest = 0
  for (const group of candidates) {
    if (rest === candidatesRead) break
    const sig = sigOf.get(group)
    if (sig === undefined || !takenSigs.has(sig) || wasRead.has(group)) continue
    rest++
    read.push(group)
    readGroup(group)
  }
  return read.sort((a, b) => b.score - a.score)
}

/**
 * Items nested directly in an item of the same signature, in a minority of a list's items: an
 * item whose end tag was damaged (`</div>` made `</xdiv>`, ignored by the parser, as by a browser)
 * stays open, and the later items, their followers with them, hang from it. They are read as
 * items of the list (`held`, by the list's key; `into`, their own keys), the holding item's record
 * stops where the first of them starts (`cuts`: its child index), and the followers under it are
 * taken for the list's own (`alias`: their key to the key of the same signature beside the list's
 * items). Items that each hold one of their own shape (a `div` of `div`s) are parts, not this; nor
 * is a list nested in an item's own list element (versions of a paper: not direct children).
 */
interface Nested {
  held: Map<number, number[]>
  into: Set<number>
  cuts: Map<Node, number>
  alias: Map<number, number>
}

function nestedItems(scan: Scan, byKey: ReadonlyMap<number, number[]>, keys: readonly number[]): Nested {
  const nested: Nested = { held: new Map(), into: new Set(), cuts: new Map(), alias: new Map() }
  for (const keyId of keys) {
    const ids = byKey.get(keyId) as number[]
    const outerKey = scan.keyParent[keyId] ?? -1
    const outers = byKey.get(outerKey)
    if (!outers || outers.length < 2 || scan.keySig[keyId] !== scan.keySig[outerKey]) continue
    // (Nested twice over: the outer items are themselves nested; left as they are.)
    if (
      nested.into.has(outerKey) ||
      (byKey.has(scan.keyParent[outerKey] ?? -1) &&
        scan.keySig[scan.keyParent[outerKey] ?? -1] === scan.keySig[outerKey])
    )
      continue
    const holders = new Set<number>()
    for (const id of ids) holders.add(scan.parent[id] ?? -1)
    // (The damaged item holds every later one: a minority of the list's items hold any.)
    if (holders.size * 2 > outers.length) continue
    nested.into.add(keyId)
    nested.held.set(outerKey, ids)
    for (const id of ids) {
      const holder = scan.nodes[scan.parent[id] ?? -1] as Element | undefined
      if (!holder || nested.cuts.has(holder)) continue
      const index = (holder.childNodes as Node[]).indexOf(scan.nodes[id] as Node)
      if (index >= 0) nested.cuts.set(holder, index)
    }
  }
  if (nested.held.size === 0) return nested
  // The keys beside each list's items, by signature; a key under a holding item of the same
  // signature is one of them.
  const listKeys = new Map<number, number>()
  for (const outerKey of nested.held.keys()) listKeys.set(scan.keyParent[outerKey] ?? -1, outerKey)
  const beside = new Map<string, number>()
  scan.keyParent.forEach((parentKey, keyId) => {
    if (listKeys.has(parentKey)) beside.set(`${parentKey} ${scan.keySig[keyId]}`, keyId)
  })
  scan.keyParent.forEach((parentKey, keyId) => {
    if (!nested.held.has(parentKey)) return
    const listKey = scan.keyParent[parentKey] ?? -1
    const same = beside.get(`${listKey} ${scan.keySig[keyId]}`)
    if (same !== undefined) nested.alias.set(keyId, same)
  })
  return nested
}

/**
 * Whether `members` are sections around `inner`'s records: they hold most of them, several per
 * member that holds any. Members that hold none count against that when they read as citations
 * themselves (person names and a year: papers of a list some of whose items nest versions or
 * talks), not when they are a page's other columns (a sidebar, a top bar, which hold no papers).
 */
function sectionsOf(scan: Scan, members: readonly Node[], inner: Group): boolean {
  const records = inner.records
  let at = 0
  let inside = 0
  let holders = 0
  for (const member of members) {
    const start = member.startOffset ?? -1
    const end = member.endOffset ?? -1
    while (at < records.length && (records[at]?.start ?? 0) < start) at++
    const before = inside
    while (at < records.length && (records[at]?.end ?? 0) <= end) {
      inside++
      at++
    }
    if (inside > before || readsAsCitation(scan, member)) holders++
  }
  return inside >= records.length * 0.8 && inside >= holders * 1.5
}

/** Whether `node`'s subtree holds person names and a year, as a citation does. */
function readsAsCitation(scan: Scan, node: Node): boolean {
  const id = scan.idOf(node)
  if (id === undefined) return false
  const at = id * Stat.count
  return (scan.stats[at + Stat.names] ?? 0) >= 2 && (scan.stats[at + Stat.years] ?? 0) >= 1
}

/**
 * Whether `inner`'s members sit inside `outer`'s records one each, or several each but looking
 * less like papers than the records around them (the bold runs of an entry, not entries of a section).
 */
function partsOf(outer: Group, inner: Group): boolean {
  const members = inner.members ?? []
  const several = members.length >= outer.records.length * 1.5
  if (several && inner.prescore / members.length >= (outer.prescore / outer.extents.length) * 0.6) return false
  const records = outer.records
  let at = 0
  let inside = 0
  for (const member of members) {
    const start = member.startOffset ?? -1
    const end = member.endOffset ?? -1
    while (at < records.length && (records[at]?.end ?? 0) <= start) at++
    const record = records[at]
    if (record && record.start <= start && end <= record.end && !(record.start === start && record.end === end))
      inside++
  }
  return inside >= members.length * 0.8
}

/** How much an element's counts look like one paper's. */
function memberScore(stats: ArrayLike<number>, id: number): number {
  const at = id * Stat.count
  const words = stats[at + Stat.words] ?? 0
  if (words < 3) return 0
  const titled = (stats[at + Stat.titleLinks] ?? 0) > 0 ? 1 : words >= 5 ? 0.5 : 0
  const years = (stats[at + Stat.years] ?? 0) > 0 ? 1 : 0
  const names = stats[at + Stat.names] ?? 0
  const people = names >= 2 ? 1 : names === 1 ? 0.5 : 0
  const links =
    (stats[at + Stat.scholarly] ?? 0) +
      (stats[at + Stat.pdf] ?? 0) +
      (stats[at + Stat.doi] ?? 0) +
      (stats[at + Stat.arxiv] ?? 0) >
    0
      ? 1
      : 0
  return titled + years + people + links + ((stats[at + Stat.labels] ?? 0) > 0 ? 0.5 : 0)
}

/**
 * Each member's extent: the member and the siblings after it that follow members the same way
 * (same tag path, after at least two members, never before the first member of their parent),
 * up to the next member or heading. For the `rest` of a list (its items under another tag path,
 * after damage), what comes before the first member is what is left of the damaged item, not the
 * page's: no shape is ruled out for it.
 */
function withFollowers(scan: Scan, members: readonly Node[], rest = false, nested?: Nested): Extent[] {
  const cuts = nested?.cuts
  // Membership by scan id, not a set of nodes (hashing thousands of nodes cost more than the walk).
  const memberIds = spareMarks.take(scan.nodes.length)
  for (const member of members) memberIds[scan.idOf(member) ?? 0] = 1
  const isMember = (node: Node) => {
    const id = scan.idOf(node)
    return id !== undefined && memberIds[id] === 1
  }
  const parents: Element[] = []
  const seenParents = new Set<Element>()
  for (const member of members) {
    const parent = parentOf(member) as Element
    if (!seenParents.has(parent)) {
      seenParents.add(parent)
      parents.push(parent)
    }
  }
  const followerCount = new Map<number, number>()
  const keyOf = (node: Node) => {
    const keyId = scan.key[scan.idOf(node) ?? -1] ?? -1
    return nested?.alias.get(keyId) ?? keyId
  }
  const isBreak = (node: Node) =>
    scan.page.isElement(node) &&
    (headingTags.has(node.tagName) || (scan.stats[(scan.idOf(node) ?? 0) * Stat.count + Stat.headings] ?? 0) > 0)
  const isText = (node: Node) => 'value' in node && !isBlank(node.value)
  // Each parent's first member's index.
  const firsts: number[] = []
  for (const parent of parents) {
    let first = -1
    let inRun = false
    const children = parent.childNodes as Node[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as Node
      if (isMember(child)) {
        if (first < 0) first = index
        inRun = true
        continue
      }
      if (!scan.page.isElement(child)) {
        if (isText(child)) inRun = false
        continue
      }
      if (first < 0) continue
      if (isBreak(child)) {
        inRun = false
        continue
      }
      const keyId = keyOf(child)
      if (inRun) followerCount.set(keyId, (followerCount.get(keyId) ?? 0) + 1)
    }
    firsts.push(first)
  }
  const needed = Math.max(2, Math.ceil(members.length * 0.3))
  const shaped = (node: Node) => {
    const keyId = keyOf(node)
    return keyId >= 0 && (followerCount.get(keyId) ?? 0) >= needed && !isBreak(node)
  }
  // What comes before a parent's first member is the page's, not the list's (its shapes follow no
  // member), except an item whose own element does not read as a member (its class damaged, say):
  // an element of the members' tag with followers' shapes after it (and perhaps a heading), right
  // before the first member.
  const tag = (members[0] as Element).tagName
  const banned = new Set<number>()
  parents.forEach((parent, at) => {
    const children = parent.childNodes as Node[]
    let first = firsts[at] ?? -1
    let back = first - 1
    let followers = 0
    for (; back >= 0; back--) {
      const child = children[back] as Node
      if (!scan.page.isElement(child)) {
        if (isText(child)) break
        continue
      }
      // (Headings between items are neither the item's nor the page's.)
      if (isBreak(child)) continue
      if (!shaped(child)) break
      followers++
    }
    const item = cuts?.has(parent) ? undefined : (children[back] as Node | undefined)
    const id = item && scan.idOf(item)
    if (item && followers > 0 && id !== undefined && scan.page.isElement(item, tag) && !isBreak(item)) {
      memberIds[id] = 1
      first = back
    }
    // (In an item that later items hang from, what comes before them is that item's record.)
    for (let index = 0; index < first && !rest && !cuts?.has(parent); index++) {
      const child = children[index] as Node
      if (scan.page.isElement(child)) banned.add(keyOf(child))
    }
  })
  const follows = (node: Node) => {
    const keyId = keyOf(node)
    return keyId >= 0 && !banned.has(keyId) && (followerCount.get(keyId) ?? 0) >= needed && !isBreak(node)
  }
  const extents: Extent[] = []
  for (const parent of parents) {
    const children = parent.childNodes as Node[]
    for (let index = 0; index < children.length; index++) {
      const member = children[index] as Node
      if (!isMember(member)) continue
      // An item that later items hang from (see `nestedItems`): its record is what comes before them.
      const cut = cuts?.get(member)
      if (cut !== undefined) {
        if (cut > 0) extents.push({ parent: member as Element, from: 0, to: cut - 1 })
        continue
      }
      let to = index
      for (let next = index + 1; next < children.length; next++) {
        const child = children[next] as Node
        if (isMember(child)) break
        if (!scan.page.isElement(child)) {
          if ('value' in child && !isBlank(child.value)) break
          continue
        }
        if (!follows(child)) break
        to = next
      }
      extents.push({ parent, from: index, to })
    }
  }
  spareMarks.give(memberIds)
  return extents
}

// The marks `withFollowers` sets, kept for its next call (nothing it returns reads them); a page
// past a million nodes gets its own.
const spareMarks = new SpareBytes(1 << 20)

/** Each member as a record of its own (one pass over each parent's children, not a search per member). */
function alone(members: readonly Node[]): Extent[] {
  const wanted = new Set(members)
  const extents: Extent[] = []
  const seen = new Set<Element>()
  for (const member of members) {
    const parent = parentOf(member) as Element
    if (seen.has(parent)) continue
    seen.add(parent)
    const children = parent.childNodes as Node[]
    for (let index = 0; index < children.length; index++) {
      if (wanted.has(children[index] as Node)) extents.push({ parent, from: index, to: index })
    }
  }
  return extents
}

/** Records as lines of one block: separated by blank lines when it has them, else one per line. */
function lineGroup(scan: Scan, block: Element): Group | undefined {
  const children = block.childNodes as Node[]
  // Lines: [from, to] child ranges between <br>s, with whether they hold anything (three parallel
  // arrays, no object per line: a page can hold a block of lines per entry).
  const froms: number[] = []
  const tos: number[] = []
  const empties: boolean[] = []
  let from = 0
  let empty = true
  for (let index = 0; index <= children.length; index++) {
    const child = children[index]
    if (child === undefined || scan.page.isElement(child, 'br')) {
      froms.push(from)
      tos.push(index - 1)
      empties.push(empty)
      from = index + 1
      empty = true
    } else if (!('value' in child && isBlank(child.value))) empty = false
  }
  const count = froms.length
  let paragraphs = false
  for (let index = 1; index < count - 1 && !paragraphs; index++) paragraphs = empties[index] === true
  const extents: Extent[] = []
  // The paragraph being gathered (`-1`: none).
  let currentFrom = -1
  let currentTo = -1
  for (let line = 0; line < count; line++) {
    if (empties[line]) {
      if (paragraphs && currentFrom >= 0) {
        extents.push({ parent: block, from: currentFrom, to: currentTo })
        currentFrom = -1
      }
      continue
    }
    const lineFrom = froms[line] as number
    const lineTo = tos[line] as number
    if (!paragraphs) extents.push({ parent: block, from: lineFrom, to: lineTo })
    else {
      if (currentFrom < 0) currentFrom = lineFrom
      currentTo = lineTo
    }
  }
  if (currentFrom >= 0) extents.push({ parent: block, from: currentFrom, to: currentTo })
  if (extents.length < 2) return undefined
  let prescore = 0
  // Counts of a range: the sum of its nodes' counts (one buffer for every line, not an array each).
  const sums = new Int32Array(Stat.count)
  for (const extent of extents) {
    sums.fill(0)
    for (let index = extent.from; index <= extent.to; index++) {
      const id = scan.idOf(children[index] as Node)
      if (id === undefined) continue
      for (let field = 0; field < Stat.count; field++)
        sums[field] = (sums[field] ?? 0) + (scan.stats[id * Stat.count + field] ?? 0)
    }
    prescore += memberScore(sums, 0)
  }
  // (Most line groups are never named in a message: the name is made only when asked for.)
  return new Candidate(
    () => `lines in ${keyName(scan, scan.key[scan.idOf(block) ?? -1] ?? -1)}`,
    undefined,
    extents,
    prescore,
  )
}

/** What the header row of a record's table says each column holds (rows of a table only). */
function columnsOf(
  page: HtmlPage,
  extent: Extent,
  tables: Map<Element, ColumnRole[] | undefined>,
): ColumnRole[] | undefined {
  if (extent.from !== extent.to) return undefined
  const row = extent.parent.childNodes[extent.from] as Node | undefined
  if (!row || !page.isElement(row, 'tr')) return undefined
  let table: Node | null = extent.parent
  while (table && !page.isElement(table, 'table')) table = parentOf(table) ?? null
  if (!table || !page.isElement(table)) return undefined
  if (tables.has(table)) return tables.get(table)
  let header: Element | undefined
  for (const section of page.children(table)) {
    const rows = section.tagName === 'tr' ? [section] : page.children(section).filter((item) => item.tagName === 'tr')
    for (const candidate of rows) {
      const cells = page.children(candidate)
      if (cells.length > 0 && cells.every((cell) => cell.tagName === 'th') && page.text(candidate) !== '')
        header = candidate
    }
    if (section.tagName === 'tbody') break
  }
  const roles = header?.childNodes && page.children(header).map((cell) => roleOf(page.text(cell)))
  const useful = roles?.some((role) => role !== undefined) ? roles : undefined
  tables.set(table, useful)
  return useful
}

function roleOf(text: string): ColumnRole {
  const head = text.trim().toLowerCase().slice(0, 30)
  if (/^(?:title|paper|publication|article)\b/.test(head)) return 'title'
  if (/^(?:authors?|by)\b/.test(head)) return 'authors'
  if (/^(?:year|published)\b/.test(head)) return 'year'
  if (/^(?:cited by|citations?|cites|# ?cit)/.test(head)) return 'citedBy'
  if (/^(?:venue|journal|conference|source|booktitle|published in)\b/.test(head)) return 'venue'
  if (/^pages?\b/.test(head)) return 'pages'
  return undefined
}

/**
 * Score a read group: papers need a title and a sign of a paper, in most of the structure. Two
 * items must show more each than a longer list's items, unless the list was `cut` short.
 */
function judge(group: Group, cut: boolean): void {
  const total = group.extents.length
  let valid = 0
  let scholarly = 0
  let evidence = 0
  for (const record of group.records) {
    if (record.evidence === 0) continue
    valid++
    evidence += record.evidence
    if (record.scholarly) scholarly++
  }
  group.valid = valid
  if (valid < 2)
    group.rejection = `${valid === 0 ? 'no item has' : 'only one item has'} a title with authors, a year, a venue or a paper link`
  else if (valid < total * 0.5) group.rejection = `only ${valid} of ${total} items read as papers`
  else if (scholarly < valid * 0.5) group.rejection = 'its items name no authors and link to no paper'
  // (One item in twenty may show less: a damaged entry must not cost the whole list.)
  else if (evidence < valid * (valid < 3 && !cut ? 2.5 : 2) - Math.floor(valid / 20))
    group.rejection = 'its items show too little of a paper (a title and one more field)'
  group.score = group.rejection ? 0 : evidence
}
