/** A seeded generator of numbers in [0, 1), so a failing chunking can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}

/** `bytes` in chunks of 1 to `most` bytes (exactly `most` when `next` always gives 0). */
export async function* chunked(bytes: Uint8Array, next: () => number, most: number): AsyncGenerator<Uint8Array> {
  let at = 0
  while (at < bytes.length) {
    const size = next() === 0 ? most : 1 + Math.floor(next() * most)
    yield bytes.subarray(at, at + size)
    at += size
  }
}

/** Every item of an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}
