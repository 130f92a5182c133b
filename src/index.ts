/**
 * papersift: paper-listing HTML or text in, typed and validated `Paper` records out.
 *
 * @packageDocumentation
 */

export type { AuthorField, DocumentInfo, Entry, EntryFields, EntryLink, Located } from './core/entry.js'
export { type ExtractInput, type ExtractOptions, type ExtractResult, extract } from './core/extract.js'
export type { Input } from './core/input.js'
export type { Severity } from './core/messages.js'
export type { ParseOptions, WithoutProvenance } from './core/options.js'
export { parse, parseStream, parseSync } from './core/parse.js'
export type {
  DocumentMeta,
  ParseOptionsArgument,
  ParseResult,
  Parser,
  ParserOptions,
  RecordsOf,
} from './core/parser.js'
export {
  type Citation,
  definePlugin,
  type Plugin,
  type PluginContext,
  type PluginSchema,
  type PrepareContext,
} from './core/plugin.js'
export {
  defineReader,
  type EntryInit,
  type Reader,
  type ReaderContext,
  type ReaderMessageOptions,
  type ReadResult,
} from './core/reader.js'
export type { PaperStream, StreamSource } from './core/stream.js'
export { mergePapers } from './merge/merge.js'
export { datasets } from './plugins/datasets/index.js'
export type { DatasetsOptions } from './plugins/datasets/options.js'
export { metadata } from './plugins/metadata/index.js'
export { repositories } from './plugins/repositories/index.js'
export { createParser } from './preset.js'
export { arxivAtom } from './readers/arxiv-atom/index.js'
export { arxivList } from './readers/arxiv-list/index.js'
export { arxivSearch } from './readers/arxiv-search/index.js'
export { dblpXml } from './readers/dblp-xml/index.js'
export { genericHtml } from './readers/generic-html/index.js'
export { genericJson } from './readers/generic-json/index.js'
export { hfApi } from './readers/hf-api/index.js'
export { hfHtml } from './readers/hf-html/index.js'
export { hfMarkdown } from './readers/hf-markdown/index.js'
export { hfText } from './readers/hf-text/index.js'
export type {
  Document as HtmlDocument,
  Element as HtmlElement,
  Node as HtmlNode,
  Offsets as HtmlOffsets,
} from './readers/html/light-tree.js'
export { decodeEntities, type HtmlPage, parseHtml, resolveUrl } from './readers/html/page.js'
export { readers } from './readers/index.js'
export * from './schema/index.js'
export { type ArxivId, parseArxivId } from './util/arxiv-id.js'
