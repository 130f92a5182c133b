/**
 * papersift: paper-listing HTML or text in, typed and validated `Paper` records out.
 *
 * Everything in `papersift/core`, and what uses the default preset: `createParser` with the
 * built-in readers and plugins (it shadows the bare one of `papersift/core`), `parse`,
 * `parseSync`, `parseStream`, `extract` and the `readers` list.
 *
 * @packageDocumentation
 */

export { type ExtractInput, type ExtractOptions, type ExtractResult, extract } from './core/extract.js'
export * from './core/index.js'
export { parse, parseStream, parseSync } from './core/parse.js'
export { createParser } from './preset.js'
export { readers } from './readers/index.js'
