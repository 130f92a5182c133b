import type { Reader } from '../core/reader.js'
import { hfMarkdown } from './hf-markdown/index.js'
import { hfText } from './hf-text/index.js'

/** The readers `parse` chooses from, in order of preference on a tie. */
export const readers: readonly Reader[] = [hfMarkdown, hfText]
