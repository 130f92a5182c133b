/**
 * The default preset: the built-in plugins and readers, wired into `createParser` here rather
 * than in core/, so that `papersift/core` (which starts empty) reaches no plugin and no reader.
 */
import { createParserWith, type Parser, type ParserOptions } from './core/parser.js'
import { builtinPlugins } from './plugins/index.js'
import { readers } from './readers/index.js'

const preset = { plugins: builtinPlugins, readers }

/**
 * Create a parser with its own plugin chain: the built-in plugins and readers unless
 * `options` give others.
 *
 * @example
 * ```ts
 * const parser = createParser().use(venuePlugin)
 * const { papers } = await parser.parse(html)
 * papers[0]?.venue // typed: string | undefined
 * ```
 */
export function createParser(options?: Readonly<ParserOptions> | null): Parser {
  return createParserWith(preset, options)
}
