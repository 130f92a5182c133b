import type { Input } from './input.js'
import type { ParseOptions } from './options.js'
import { createParser, type ParseResult } from './parser.js'

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
export function parse(input: Input, options?: Readonly<ParseOptions> | null): Promise<ParseResult> {
  parser ??= createParser()
  return parser.parse(input, options)
}

/** Like {@link parse}, synchronously. */
export function parseSync(input: Input, options?: Readonly<ParseOptions> | null): ParseResult {
  parser ??= createParser()
  return parser.parseSync(input, options)
}
