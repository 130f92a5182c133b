/**
 * Pieces in page order → cards. A card starts at its title heading; the upvote box just
 * before the title is its own (or, on pages that put it after the title, the box that names
 * the paper); text up to the first metadata line is the abstract or summary.
 */
import type { LogicalLine } from './lines.js'
import type { CardLink, Meta, Piece, Span } from './pieces.js'
import { paperId } from './urls.js'

/** One paper's pieces, with offsets. */
export interface Card {
  title: Span
  url?: string
  /** The title links to a paper (or by a reference whose target is unknown). */
  linked: boolean
  upvoteBox: boolean
  upvotes?: Span
  body: Span[]
  meta: Meta
  metaStarted: boolean
  links: CardLink[]
  start: number
  end: number
}

/** The cards of a page, and what lies around them. */
export interface Assembly {
  cards: Card[]
  /** The page's date line, above the first card. */
  date?: Span
  /** Metadata lines with no card above them. */
  stray: LogicalLine[]
  /** End of the last chrome line: chrome after a card means the page went on. */
  lastChromeEnd: number
}

/**
 * Assemble cards from the classified lines, taken one at a time (a generator upstream), so the
 * lines of a huge capture are never all held at once.
 */
export function assemble(classified: Iterable<readonly [LogicalLine, Piece]>): Assembly {
  const result: Assembly = { cards: [], stray: [], lastChromeEnd: -1 }
  let card: Card | undefined
  let pending: { start: number; paper?: string; upvotes?: Span } | undefined
  // The card's title is all it has so far, and the line before this one was that title.
  let titleOnly = false
  for (const [line, piece] of classified) {
    const continues = titleOnly && card !== undefined && !line.afterBlank
    titleOnly = false
    switch (piece.kind) {
      case 'title': {
        if (continues && card && continuesTitle(card, piece)) {
          joinTitle(card, piece.title, line.end)
          if (!card.url && piece.url) card.url = piece.url
          card.linked ||= piece.linked
          titleOnly = true
          break
        }
        card = {
          title: piece.title,
          linked: piece.linked,
          upvoteBox: false,
          body: [],
          meta: {},
          metaStarted: false,
          links: [],
          start: line.start,
          end: line.end,
        }
        if (piece.url) card.url = piece.url
        const id = paperId(card.url)
        if (pending && (pending.paper === undefined || id === undefined || pending.paper === id)) {
          card.upvoteBox = true
          if (pending.upvotes) card.upvotes = pending.upvotes
          card.start = pending.start
        }
        pending = undefined
        result.cards.push(card)
        titleOnly = true
        break
      }
      case 'upvote':
        if (card && !card.upvoteBox && piece.paper && piece.paper === paperId(card.url)) {
          // The box after the title, naming this paper (trending pages).
          card.upvoteBox = true
          if (piece.upvotes) card.upvotes = piece.upvotes
          card.end = line.end
        } else {
          pending = { start: line.start }
          if (piece.paper) pending.paper = piece.paper
          if (piece.upvotes) pending.upvotes = piece.upvotes
        }
        break
      case 'body':
        if (continues && card && piece.indented) {
          joinTitle(card, piece.text, line.end)
          titleOnly = true
        } else if (card && !card.metaStarted) {
          card.body.push(piece.text)
          card.end = line.end
        }
        break
      case 'meta':
        if (card) {
          // The first value of each kind wins; a repeated line adds nothing.
          card.meta = { ...piece.meta, ...card.meta }
          card.metaStarted = true
          card.end = line.end
        } else if (result.cards.length === 0 && !result.date && onlyDate(piece.meta)) {
          result.date = piece.meta.publishedAt
        } else result.stray.push(line)
        break
      case 'links':
        if (card) {
          // A loop, not `push(...links)`: a spread of 100,000+ arguments overflows the stack.
          for (const link of piece.links) card.links.push(link)
          card.end = line.end
        }
        break
      case 'chrome':
        result.lastChromeEnd = line.end
        break
      default:
        break
    }
  }
  return result
}

/**
 * Whether a heading right below a title (no blank line between) is the rest of a title the
 * capture hard-wrapped: not the same text again, and not a link to another paper.
 */
function continuesTitle(card: Card, piece: Extract<Piece, { kind: 'title' }>): boolean {
  if (piece.title.value.trim() === card.title.value.trim()) return false
  const id = paperId(piece.url)
  return id === undefined || paperId(card.url) === undefined || id === paperId(card.url)
}

function joinTitle(card: Card, rest: Span, lineEnd: number): void {
  card.title = { value: `${card.title.value.trimEnd()} ${rest.value.trim()}`, start: card.title.start, end: rest.end }
  card.end = lineEnd
}

function onlyDate(meta: Meta): meta is Meta & { publishedAt: Span } {
  return meta.publishedAt !== undefined && !meta.authorCount && !meta.organization && !meta.comments
}
