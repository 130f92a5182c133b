/**
 * papersift: paper-listing HTML or text in, typed and validated `Paper` records out.
 *
 * @packageDocumentation
 */

export type { AuthorField, DocumentInfo, Entry, EntryFields, EntryLink, Located } from './core/entry.js'
export { type ExtractInput, type ExtractOptions, type ExtractResult, extract } from './core/extract.js'
export type { Input } from './core/input.js'
export type { Severity } from './core/messages.js'
export type { ParseOptions } from './core/options.js'
export { parse, parseSync } from './core/parse.js'
export { createParser, type DocumentMeta, type ParseResult, type Parser, type ParserOptions } from './core/parser.js'
export { type Citation, definePlugin, type Plugin, type PluginContext, type PluginSchema } from './core/plugin.js'
export { mergePapers } from './merge/merge.js'
export { type DatasetEntry, DatasetEntrySchema } from './plugins/datasets/gazetteer.js'
export { datasets } from './plugins/datasets/index.js'
export type { DatasetsOptions } from './plugins/datasets/options.js'
export { DatasetsSchema } from './plugins/datasets/schema.js'
export { metadata } from './plugins/metadata/index.js'
export { MetadataSchema } from './plugins/metadata/schema.js'
export { repositories } from './plugins/repositories/index.js'
export { RepositoriesSchema } from './plugins/repositories/schema.js'
export * from './schema/index.js'
export { type ArxivId, parseArxivId } from './util/arxiv-id.js'
