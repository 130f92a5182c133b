/**
 * What `parse` makes of its input before reading it, so that no input makes it throw. A vfile is
 * recognised by its shape, as unified does, not by `instanceof`: the CommonJS build inlines its
 * own copy of vfile, and a project may hold several versions. Bytes may come as any binary view.
 * Anything else is not an input: `parse` answers it with a `core:input` message.
 */
import { VFile } from 'vfile'
import type { Input } from './input.js'

/** A file-like object from elsewhere, whose `messages` list gets this parse's messages too. */
export interface ForeignFile {
  messages: unknown[]
}

/** An input `toFile` can read, or why there is none. */
export type ShapedInput = { input: Input; foreign?: ForeignFile | undefined } | { problem: string }

const expected = 'expected a string, bytes (a Uint8Array) or a VFile'

/** Check `input` by shape: a readable input (a foreign vfile copied into ours), or a problem to report. */
export function shapeInput(input: unknown): ShapedInput {
  if (typeof input === 'string') return { input }
  try {
    if (input instanceof Uint8Array || input instanceof VFile) return { input }
    const bytes = asBytes(input)
    if (bytes) return { input: bytes }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { problem: `Unexpected ${kind(input)} as input, ${expected}` }
    }
    return fromFileLike(input as Record<string, unknown>)
  } catch {
    // A getter that throws, a revoked proxy: not a file we can read.
    return { problem: `Unexpected object whose fields cannot be read as input, ${expected}` }
  }
}

/** A vfile of another copy or version, or the options of `new VFile({ value, path })`. */
function fromFileLike(like: Record<string, unknown>): ShapedInput {
  if (!('value' in like)) {
    return { problem: `Unexpected object without a \`value\` as input, ${expected}` }
  }
  const value = like.value
  const content = typeof value === 'string' ? value : value === undefined || value === null ? '' : asBytes(value)
  if (content === undefined) {
    return { problem: `Unexpected ${kind(value)} as the \`value\` of a file-like input, ${expected}` }
  }
  const path = typeof like.path === 'string' && like.path !== '' ? like.path : undefined
  const file = new VFile(path === undefined ? { value: content } : { value: content, path })
  const messages = Array.isArray(like.messages) ? (like.messages as unknown[]) : undefined
  return { input: file, foreign: messages ? { messages } : undefined }
}

/** Bytes from a Uint8Array of another realm, a Buffer, an ArrayBuffer or any other binary view. */
function asBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value
  if (value instanceof ArrayBuffer) return new Uint8Array(value)
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
  // From another realm (an iframe, a vm context), `instanceof` fails; the tag does not.
  if (Object.prototype.toString.call(value) === '[object Uint8Array]') return value as Uint8Array
  return undefined
}

function kind(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${typeof value} \`${String(value)}\``
  }
  return typeof value
}
