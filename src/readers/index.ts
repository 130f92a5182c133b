import type { Reader } from '../core/reader.js'
import { eagerReader } from '../core/trusted.js'
import { arxivAtom } from './arxiv-atom/index.js'
import { arxivList } from './arxiv-list/index.js'
import { arxivSearch } from './arxiv-search/index.js'
import { dblpXml } from './dblp-xml/index.js'
import { genericHtml } from './generic-html/index.js'
import { genericJson } from './generic-json/index.js'
import { hfApi } from './hf-api/index.js'
import { hfHtml } from './hf-html/index.js'
import { hfMarkdown } from './hf-markdown/index.js'
import { hfText } from './hf-text/index.js'

/**
 * The readers `parse` chooses from, in order of preference on a tie. Their entries are values read
 * during `read`, so the core may let the decoded text go once they are done (`eagerReader`).
 */
export const readers: readonly Reader[] = [
  hfMarkdown,
  hfText,
  hfHtml,
  hfApi,
  arxivList,
  arxivSearch,
  arxivAtom,
  dblpXml,
  genericJson,
  genericHtml,
].map(eagerReader)
