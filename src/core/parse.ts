import { createParser } from '../preset.js'
import type { Paper } from '../schema/paper.js'
import type { Input } from './input.js'
import type { ParseOptionsArgument, ParseResult, RecordsOf } from './parser.js'
import type { PaperStream, StreamSource } from './stream.js'

let parser: ReturnType<typeof createParser> | undefined

/**
 * Parse a paper listing (HTML, text, JSON or XML; detected) into validated `Paper`
 * records with the built-in plugins. Never throws on any input: what could not be read
 * is described in `messages`. Invalid options throw a `TypeError`.
 *
 * @example
 * ```ts
 * import { parse } from 'papersift'
 * const { papers, messages } = await parse(text, { referenceDate: '2025-12-08' })
 * ```
 */
export function parse<const O extends ParseOptionsArgument = undefined>(
  input: Input,
  options?: O,
): Promise<ParseResult<RecordsOf<O, Paper>>> {
  parser ??= createParser()
  return parser.parse(input, options)
}

/** Like {@link parse}, synchronously. */
export function parseSync<const O extends ParseOptionsArgument = undefined>(
  input: Input,
  options?: O,
): ParseResult<RecordsOf<O, Paper>> {
  parser ??= createParser()
  return parser.parseSync(input, options)
}

/**
 * Parse a listing as it streams in (a Node `Readable`, a web `ReadableStream` or an async
 * iterable of text or UTF-8 byte chunks), giving papers as its entries complete. The papers are
 * `parse`'s. Text listings are read a segment at a time, so memory holds a segment, not the
 * document; other formats are buffered whole and read once. `messages`, `reader` and `document`
 * fill in as it goes.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs'
 * const stream = parseStream(createReadStream('listing.txt'))
 * for await (const paper of stream) console.log(paper.title)
 * console.log(stream.messages.length)
 * ```
 */
export function parseStream<const O extends ParseOptionsArgument = undefined>(
  source: StreamSource,
  options?: O,
): PaperStream<RecordsOf<O, Paper>> {
  parser ??= createParser()
  return parser.parseStream(source, options)
}
