/**
 * A byte array kept from one use to the next, for marks a walk sets and drops when it ends: a
 * typed array of its own per use is a store outside the heap, allocated and freed apart, several
 * times a read. Reads are synchronous; a use that never gives its array back (a throw) only
 * leaves a new one to the next, and a use that starts inside another takes a new one too.
 */
export class SpareBytes {
  private held: Uint8Array | undefined
  /** The largest array kept (a huge page's is left to the collector). */
  private readonly limit: number

  constructor(limit: number) {
    this.limit = limit
  }

  /** At least `length` bytes, the first `length` of them zero: the kept array, or a new one. */
  take(length: number): Uint8Array {
    const held = this.held
    if (held === undefined || held.length < length) return new Uint8Array(length)
    this.held = undefined
    return held.fill(0, 0, length)
  }

  /** Give `bytes` back once nothing reads them; the larger of the kept array and this one is kept. */
  give(bytes: Uint8Array): void {
    if (bytes.length <= this.limit && (this.held === undefined || this.held.length < bytes.length)) this.held = bytes
  }
}
