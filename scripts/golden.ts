/**
 * `npx tsx scripts/golden.ts`: write `test/golden/<reader>__<case>.json`, the whole `parseSync`
 * result of every site-reader fixture, from the code as it is now.
 *
 * These files are a regression guard ("output byte-identical to what the code gave when they
 * were written"), NOT expectations read from the page: those are the fixtures' `expected.json`.
 * Rewrite them only for a change that means to alter output, and review the diff.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { goldenCases, goldenOutput, goldenRoot } from './lib/golden.js'

mkdirSync(goldenRoot, { recursive: true })
for (const item of goldenCases()) {
  writeFileSync(join(goldenRoot, `${item.name}.json`), goldenOutput(item))
  console.log(`wrote ${item.name}.json`)
}
