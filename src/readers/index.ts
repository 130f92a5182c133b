import type { Reader } from '../core/reader.js'
import { arxivAtom } from './arxiv-atom/index.js'
import { arxivList } from './arxiv-list/index.js'
import { arxivSearch } from './arxiv-search/index.js'
import { hfText } from './hf-text/index.js'

/** The readers `parse` chooses from, in order of preference on a tie. */
export const readers: readonly Reader[] = [hfText, arxivList, arxivSearch, arxivAtom]
