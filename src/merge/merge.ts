import type { Paper, Provenance, Source } from '../schema/paper.js'
import { paperId } from '../util/paper-id.js'
import { normalizeTitle } from '../util/text.js'
import { rank } from './priority.js'

/** A record and where it came from in the arguments. */
interface Item {
  paper: Paper
  list: number
  index: number
}

// Fields that describe the record rather than the paper: the merge writes them itself.
const ownFields = new Set(['id', 'source', 'sources', 'provenance'])
const listFields = ['authors', 'repositories', 'projectPages', 'links', 'datasets'] as const

/**
 * Combine the records of several sources (e.g. a Hugging Face listing, an arXiv feed and a
 * text copy of the same day) into one record per paper. Records are the same paper when their
 * arXiv ids match, or, when one has no arXiv id, when their normalised titles match.
 *
 * Each field is taken whole from the most trusted source that has it: arXiv sources for the
 * bibliographic fields, Hugging Face sources for upvotes, comments, keywords, summary and links
 * (see the README for the table); among equals, the earlier list wins. `provenance[field].source`
 * says which record won, and `sources` lists every record merged, most trusted first.
 *
 * @example
 * ```ts
 * const merged = mergePapers(hf.papers, arxiv.papers)
 * merged[0]?.provenance.upvotes?.source // { format: 'hf-html', index: 0, … }
 * ```
 */
export function mergePapers(...lists: ReadonlyArray<readonly Paper[]>): Paper[] {
  const items: Item[] = []
  lists.forEach((list, listIndex) => {
    if (!Array.isArray(list)) {
      throw new TypeError(
        `mergePapers expects arrays of Paper records (such as \`parse(input).papers\`), got ${typeof list} as argument ${listIndex + 1}.`,
      )
    }
    list.forEach((paper, index) => {
      items.push({ paper, list: listIndex, index })
    })
  })
  const keys = groupKeys(items)
  const groups = new Map<string, Item[]>()
  items.forEach((item, position) => {
    const key = keys[position] ?? `record:${position}`
    groups.set(key, [...(groups.get(key) ?? []), item])
  })
  return [...groups.values()].map(combine)
}

/**
 * Each record's group: its arXiv id; else the arXiv id of a record with the same normalised
 * title; else the title itself. arXiv-keyed records go first so title-only copies can find them.
 */
function groupKeys(items: readonly Item[]): string[] {
  const byTitle = new Map<string, string>()
  const keys: string[] = []
  items.forEach((item, position) => {
    const { arxivId, title } = item.paper
    if (arxivId === undefined) return
    keys[position] = `arxiv:${arxivId}`
    const normal = normalizeTitle(title)
    if (normal !== '' && !byTitle.has(normal)) byTitle.set(normal, `arxiv:${arxivId}`)
  })
  items.forEach((item, position) => {
    if (item.paper.arxivId !== undefined) return
    const normal = normalizeTitle(item.paper.title)
    // A title of punctuation only says nothing about identity: keep such a record alone.
    keys[position] = normal === '' ? `record:${position}` : (byTitle.get(normal) ?? `title:${normal}`)
  })
  return keys
}

/** The records of one paper, as one record. */
function combine(group: readonly Item[]): Paper {
  const merged: Record<string, unknown> = {}
  const provenance: Record<string, Provenance> = {}
  const fields = new Set(group.flatMap((item) => Object.keys(item.paper)).filter((field) => !ownFields.has(field)))
  for (const field of fields) {
    const winner = ordered(group, field).find((item) => present((item.paper as Record<string, unknown>)[field]))
    if (!winner) continue
    merged[field] = structuredClone((winner.paper as Record<string, unknown>)[field])
    const cited = winner.paper.provenance[field]
    provenance[field] = {
      ...(cited ?? { plugin: 'mergePapers', method: 'merge' }),
      source: cited?.source ?? sourceOf(winner.paper),
    }
  }
  for (const field of listFields) merged[field] ??= []
  const first = ordered(group, 'title')[0]?.paper ?? (group[0] as Item).paper
  const { id, method } = paperId(
    merged.arxivId as string | undefined,
    String(merged.title),
    merged.doi as string | undefined,
  )
  provenance.id = { plugin: 'core', method }
  return {
    ...merged,
    id,
    source: sourceOf(first),
    sources: ordered(group, 'title').flatMap((item) => item.paper.sources ?? [sourceOf(item.paper)]),
    provenance,
  } as Paper
}

/** The group's records, most trusted for `field` first; ties keep argument order. */
function ordered(group: readonly Item[], field: string): Item[] {
  return [...group].sort(
    (a, b) =>
      rank(a.paper.source.format, field) - rank(b.paper.source.format, field) || a.list - b.list || a.index - b.index,
  )
}

function sourceOf(paper: Paper): Source {
  return structuredClone(paper.source)
}

/** An absent value, or an empty list, loses to any present one. */
function present(value: unknown): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0)
}
