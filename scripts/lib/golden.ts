/**
 * The golden output of one site-reader fixture: the whole `parseSync` result (papers, and each
 * message's rule, reason and place) under fixed options. Shared by `scripts/golden.ts`, which
 * writes it, and `test/golden.test.ts`, which compares it byte for byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '../../src/index.js'

const root = new URL('../../fixtures/', import.meta.url).pathname

/** Site readers whose fixtures are guarded (the generic readers and dblp are not). */
export const goldenReaders = ['arxiv-atom', 'arxiv-list', 'arxiv-search', 'hf-api', 'hf-html', 'hf-markdown', 'hf-text']

/** Where the golden files live. */
export const goldenRoot = new URL('../../test/golden/', import.meta.url).pathname

/** One fixture: `reader__case`, and the folder holding its `input.*`. */
export interface GoldenCase {
  name: string
  folder: string
  input: string
}

/** Every `fixtures/<site reader>/<case>/` with an `input.*`, in a fixed order. */
export function goldenCases(): GoldenCase[] {
  const cases: GoldenCase[] = []
  for (const reader of goldenReaders) {
    const dir = join(root, reader)
    if (!existsSync(dir)) continue
    for (const item of readdirSync(dir).sort()) {
      const folder = join(dir, item)
      const input = existsSync(folder) ? readdirSync(folder).find((name) => name.startsWith('input.')) : undefined
      if (input) cases.push({ name: `${reader}__${item}`, folder, input: join(folder, input) })
    }
  }
  return cases
}

/** The result of `parseSync` on one case, as the JSON text the golden file holds. */
export function goldenOutput(item: GoldenCase): string {
  const optionsPath = join(item.folder, 'options.json')
  const options = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {}
  const result = parseSync(readFileSync(item.input), { referenceDate: '2025-12-08', ...options })
  const messages = result.messages.map((message) => ({
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    reason: message.reason,
    place: message.place,
  }))
  const out = {
    note: 'Regression guard generated from the code (scripts/golden.ts), not read from the page.',
    reader: result.reader,
    document: result.document,
    papers: result.papers,
    messages,
  }
  return `${JSON.stringify(out, null, 1)}\n`
}
