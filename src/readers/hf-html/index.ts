import type { VFile } from 'vfile'
import type { DocumentInfo, Entry } from '../../core/entry.js'
import { defineReader, type Reader, type ReaderReport, type ReadResult, reporter } from '../../core/reader.js'
import { readCards } from './cards.js'
import { scanPage } from './scan.js'
import { sniffHfHtml } from './sniff.js'
import { compareWithCards, readStates } from './state.js'

/**
 * Hugging Face papers pages as served (daily, week, month, trending, search). The page embeds
 * its data as JSON in the `data-props` of hydration components (`data-target="DailyPapers"`, …):
 * that is read first, from one pass over the tags (no tree). Only when it is missing or broken
 * are the rendered cards read, from a parse5 tree.
 */
export const hfHtml: Reader = defineReader({
  name: 'hf-html',
  sniff: sniffHfHtml,
  read: (file, context) => readHfHtml(file, reporter(context)),
})

function readHfHtml(file: VFile, report: ReaderReport): ReadResult<Entry> {
  const scan = scanPage(String(file.value))
  const document: DocumentInfo = {}
  if (scan.url) document.url = scan.url
  const state = readStates(scan.states, report, document)
  if (state.entries.length > 0) {
    compareWithCards(state, report)
    return { entries: state.entries, document }
  }

  const entries = readCards(file, report)
  if (entries.length === 0) {
    // A cut page has said why it has no papers.
    if (state.cut) return { entries, document }
    report(
      'Unexpected page layout, expected paper cards linking to `/papers/<id>` or a `data-props` state with a paper list; no papers found',
      'hf-html:layout',
      scan.states.find((item) => item.target === 'DailyPapers')?.position,
    )
  } else if (!state.broken) {
    report(
      `Unexpected page without a paper list in its \`data-props\`, expected the embedded state; read ${entries.length} rendered cards instead (they carry no abstracts or author names)`,
      'hf-html:no-state',
      undefined,
      'info',
    )
  }
  return { entries, document }
}
