/**
 * papersift/core: `papersift` without the default preset. Its `createParser` starts with no
 * plugins and no readers, so a bundle holds only those the options name: a browser bundle of
 * `createParser({ plugins: [metadata()], readers: [hfText] })` leaves out the datasets plugin's
 * gazetteer and the HTML and XML parsers. `parse`, `parseSync`, `parseStream`, `extract` and the
 * `readers` list, which use the preset, are in `papersift` only.
 *
 * @packageDocumentation
 */

export { mergePapers } from '../merge/merge.js'
export { datasets } from '../plugins/datasets/index.js'
export type { DatasetsOptions } from '../plugins/datasets/options.js'
export { metadata } from '../plugins/metadata/index.js'
export { repositories } from '../plugins/repositories/index.js'
export { arxivAtom } from '../readers/arxiv-atom/index.js'
export { arxivList } from '../readers/arxiv-list/index.js'
export { arxivSearch } from '../readers/arxiv-search/index.js'
export { dblpXml } from '../readers/dblp-xml/index.js'
export { genericHtml } from '../readers/generic-html/index.js'
export { genericJson } from '../readers/generic-json/index.js'
export { hfApi } from '../readers/hf-api/index.js'
export { hfHtml } from '../readers/hf-html/index.js'
export { hfMarkdown } from '../readers/hf-markdown/index.js'
export { hfText } from '../readers/hf-text/index.js'
export type {
  Document as HtmlDocument,
  Element as HtmlElement,
  Node as HtmlNode,
  Offsets as HtmlOffsets,
} from '../readers/html/light-tree.js'
export { decodeEntities, type HtmlPage, parseHtml, resolveUrl } from '../readers/html/page.js'
export * from '../schema/index.js'
export { type ArxivId, parseArxivId } from '../util/arxiv-id.js'
export type { AuthorField, DocumentInfo, Entry, EntryFields, EntryLink, Located } from './entry.js'
export type { Input } from './input.js'
export type { MessageOptions, Severity } from './messages.js'
export type { ParseOptions, WithoutProvenance } from './options.js'
export type {
  DocumentMeta,
  ParseOptionsArgument,
  ParseResult,
  Parser,
  ParserOptions,
  RecordsOf,
} from './parser.js'
export { createCoreParser as createParser } from './parser.js'
export {
  type Citation,
  definePlugin,
  type Plugin,
  type PluginContext,
  type PluginSchema,
  type PrepareContext,
} from './plugin.js'
export {
  defineReader,
  type EntryInit,
  type Reader,
  type ReaderContext,
  type ReaderMessageOptions,
  type ReadResult,
} from './reader.js'
export type { PaperStream, StreamSource } from './stream.js'
