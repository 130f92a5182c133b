/**
 * Names the usage text and option checks need, kept here so `--help` and `--version` load no
 * parser code (a test checks they match the readers and formats).
 */
export const builtinReaderNames = [
  'hf-markdown',
  'hf-text',
  'hf-html',
  'hf-api',
  'arxiv-list',
  'arxiv-search',
  'arxiv-atom',
  'dblp-xml',
  'generic-json',
  'generic-html',
] as const

/** Output formats of `papersift parse`. */
export const outputFormatNames = ['json', 'jsonl', 'table', 'csv', 'bibtex', 'csl-json', 'ris'] as const

/** Report formats of `papersift validate`. */
export const reportFormatNames = ['text', 'json'] as const
