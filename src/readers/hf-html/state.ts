import type { DocumentInfo, Entry } from '../../core/entry.js'
import type { ReaderReport } from '../../core/reader.js'
import { paperEntry } from '../hf-api/entry.js'
import { recoverItems } from '../hf-api/resync.js'
import { findPaperLists, isHfPaper, isObject } from '../hf-api/shape.js'
import { parseUntrusted } from '../hf-api/spans.js'
import { cutPaperList } from './cut-state.js'
import type { HydrationState } from './scan.js'

/** What the embedded state gave: the entries, and which component each came from. */
export interface StateRead {
  entries: Entry[]
  /** The components that held a paper list, with the ids of their papers. */
  sources: Array<{ state: HydrationState; ids: string[] }>
  /** Whether some component's state could not be read (broken JSON). */
  broken: boolean
  /** Whether the page ends inside a component's state (already reported as `hf-html:truncated`). */
  cut: boolean
}

const paperish = /paper/i

/**
 * Read the papers from the hydration components' `data-props` (the same JSON as the papers
 * API; see hf-api), in document order, each paper once.
 */
export function readStates(states: HydrationState[], report: ReaderReport, document: DocumentInfo): StateRead {
  const read: StateRead = { entries: [], sources: [], broken: false, cut: false }
  const seen = new Set<string>()
  for (const state of states) {
    const name = state.target ?? 'a hydration component'
    let props: unknown
    let lists: unknown[][]
    try {
      props = parseUntrusted(state.props)
      lists = findPaperLists(props)
    } catch (error) {
      if (state.truncated) {
        // The page ends inside this state: its complete papers are still good.
        const items = cutPaperList(state.props)
        read.cut = true
        report(
          `Unexpected end of file inside the \`data-props\` of \`${name}\`, expected the complete page; read the ${items.length} complete papers before the cut`,
          'hf-html:truncated',
          state.position,
        )
        lists = items.length > 0 ? [items] : []
      } else {
        // Only a component that holds papers matters; a broken banner does not.
        if (!paperish.test(state.target ?? '') && !state.props.includes('"discussionId"')) continue
        // Damage in the middle (a flipped quote or bracket): every intact paper is still good.
        const recovered = recoverItems(state.props)
        const papers = recovered?.items.map((item) => item.value).filter(isHfPaper) ?? []
        if (recovered && papers.length > 0) {
          report(
            `Unexpected invalid JSON in \`data-props\` of \`${name}\` (${error instanceof Error ? error.message : String(error)}), expected the page’s paper list; read the ${papers.length} intact papers, skipped ${recovered.damaged.length} damaged`,
            'hf-html:invalid-state',
            state.position,
          )
          lists = [papers]
          props = undefined
        } else {
          read.broken = true
          report(
            `Unexpected invalid JSON in \`data-props\` of \`${name}\` (${error instanceof Error ? error.message : String(error)}), expected the page’s paper list; reading the rendered cards instead`,
            'hf-html:invalid-state',
            state.position,
          )
          continue
        }
      }
    }
    if (lists.length === 0) continue
    if (!document.date && isObject(props) && typeof props.date === 'string') {
      document.date = { value: props.date, position: state.position }
    }
    const ids: string[] = []
    for (const list of lists) {
      for (const [index, item] of list.entries()) {
        const label = `item ${index} of \`${name}\``
        if (!isHfPaper(item)) {
          report(
            `Unexpected ${item === null ? 'null' : typeof item} as ${label}, expected a Hugging Face paper; it was skipped`,
            'hf-html:invalid-item',
            state.position,
          )
          continue
        }
        const id = paperId(item)
        if (id !== undefined) {
          if (seen.has(id)) continue
          seen.add(id)
          ids.push(id)
        }
        const position = (id !== undefined && state.cards.get(id)) || state.position
        const place = { format: 'hf-html', index: read.entries.length, label, position, valuePosition: state.position }
        read.entries.push(paperEntry(item, { ...place, report }))
      }
    }
    read.sources.push({ state, ids })
  }
  return read
}

/**
 * The embedded list and the rendered cards should show the same papers; when they do not, the
 * page changed under us and one of the two is incomplete. Say so rather than return fewer papers
 * silently. Components rendered without cards (client-side only) are not compared.
 */
export function compareWithCards(read: StateRead, report: ReaderReport): void {
  for (const { state, ids } of read.sources) {
    if (state.cards.size === 0) continue
    const inState = new Set(ids)
    const onlyState = ids.filter((id) => !state.cards.has(id))
    const onlyCards = [...state.cards.keys()].filter((id) => !inState.has(id))
    if (onlyState.length === 0 && onlyCards.length === 0) continue
    const details = [
      onlyState.length > 0 ? `only in the JSON: ${list(onlyState)}` : '',
      onlyCards.length > 0 ? `only in the cards: ${list(onlyCards)}` : '',
    ].filter(Boolean)
    report(
      `Unexpected page layout: ${state.cards.size} paper cards but ${ids.length} papers in the \`data-props\` of \`${state.target ?? 'a hydration component'}\`, expected the same papers in both (${details.join('; ')})`,
      'hf-html:mismatch',
      state.position,
    )
  }
}

function paperId(item: Record<string, unknown>): string | undefined {
  const paper = isObject(item.paper) ? item.paper : item
  return typeof paper.id === 'string' ? paper.id : undefined
}

function list(ids: string[]): string {
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ')
}
