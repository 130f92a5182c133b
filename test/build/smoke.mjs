// Run after `npm run build`: the ESM entry and the CLI binary work from dist/.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parse } from '../../dist/index.js'

const seed = new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url)
const { papers } = await parse(readFileSync(seed), { referenceDate: '2025-12-08' })
assert.equal(papers.length, 39)
assert.equal(papers[22].repositories[0].url, 'https://hf.mirrork.net/enalis/scold')
const out = execFileSync(process.execPath, [
  new URL('../../dist/cli.js', import.meta.url).pathname,
  'parse',
  seed.pathname,
  '--reference-date',
  '2025-12-08',
  '--format',
  'jsonl',
])
assert.equal(out.toString().trimEnd().split('\n').length, 39)
console.log('esm ok: 39 papers; cli ok')
