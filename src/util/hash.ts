import { createHash } from 'node:crypto'

/** First 16 hex digits of the SHA-256 of `value`: short, stable across runs and platforms. */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16)
}
