/**
 * A record's text joined once, and the texts of its runs, lines and links as slices of it: what
 * {@link joinPieces} gives for a range of the record's pieces, without a string built and
 * flattened per range (a record's rules join most of its pieces two or three times over).
 *
 * The joined text is built as `joinPieces` builds its text: each piece's collapsed text, less
 * its leading space where the text so far ends with one. Over a range that starts at a piece
 * `a`, `joinPieces` differs from that only by starting as if after a space, so its text is the
 * joined text's slice for the range less at most one space at the start, and (its trim) one at
 * the end. `record-text.test` checks this against `joinPieces` on random pieces and ranges.
 */
import { joinPieces, type Piece } from './pieces.js'

// The record being read (its pieces, as numbered by `Piece.at`), its joined text, and where each
// piece's part of it starts and ends. Module state, reused by every record (no arrays per
// record); `releaseRecord` drops the references so that nothing here keeps a page alive.
let current: readonly Piece[] | undefined
let joined = ''
let starts = new Int32Array(64)
let ends = new Int32Array(64)

/** Join the record's pieces (numbered `0…n-1` by `Piece.at`) once, for {@link joinText}. */
export function joinRecord(pieces: readonly Piece[]): void {
  if (pieces.length > starts.length) {
    starts = new Int32Array(pieces.length * 2)
    ends = new Int32Array(pieces.length * 2)
  }
  // (The parts joined by `join`, one flat string, not a concatenation per piece flattened later.)
  let length = 0
  let space = true
  for (let index = 0; index < pieces.length; index++) {
    const flat = (pieces[index] as Piece).flat
    // (A leading space after a space is skipped by starting the piece's part one later.)
    const skip = space && flat.charCodeAt(0) === 32 ? 1 : 0
    starts[index] = length
    if (flat.length > skip) {
      parts.push(skip === 0 ? flat : flat.slice(1))
      length += flat.length - skip
      space = flat.charCodeAt(flat.length - 1) === 32
    }
    ends[index] = length
  }
  current = pieces
  joined = parts.join('')
  parts.length = 0
}

const parts: string[] = []

/** Forget the record (its pieces and text), so that the module keeps no page alive between reads. */
export function releaseRecord(): void {
  current = undefined
  joined = ''
}

/**
 * {@link joinPieces} of `run`: a slice of the record's text when `run` is a range of the record's
 * pieces (every piece in place, in order), else joined as `joinPieces` joins it.
 */
export function joinText(run: readonly Piece[]): string {
  const first = run[0]
  if (current === undefined || first === undefined || current[first.at] !== first) return joinPieces(run)
  const from = first.at
  if (from + run.length > current.length) return joinPieces(run)
  for (let index = 1; index < run.length; index++) if (current[from + index] !== run[index]) return joinPieces(run)
  return sliceOf(from, from + run.length)
}

/** {@link joinPieces} of the record's pieces `start…end-1` (the record joined by {@link joinRecord}). */
export function joinRange(start: number, end: number): string {
  return start < end ? sliceOf(start, end) : ''
}

/** The joined text of pieces `start…end-1` less one space at each end. */
function sliceOf(start: number, end: number): string {
  let from = starts[start] as number
  let to = ends[end - 1] as number
  if (from < to && joined.charCodeAt(from) === 32) from++
  if (from < to && joined.charCodeAt(to - 1) === 32) to--
  return from === 0 && to === joined.length ? joined : joined.slice(from, to)
}
