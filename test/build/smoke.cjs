// Run after `npm run build`: the CommonJS entry loads and parses (require of the dual build).
const assert = require('node:assert/strict')
const { readFileSync } = require('node:fs')
const { parseSync } = require('../../dist/index.cjs')
const text = readFileSync(`${__dirname}/../../fixtures/hf-text/seed/input.txt`)
const { papers } = parseSync(text, { referenceDate: '2025-12-08' })
assert.equal(papers.length, 39)
assert.equal(papers[9].comments, 2)
assert.equal(papers[0].repositories[0].url, 'https://github.com/mansheej/icl-task-diversity')
console.log('cjs ok: 39 papers')
// The arXiv readers bring saxes (CJS) and vfile-location and parse5 (ESM-only, inlined in this build).
const feed = parseSync(readFileSync(`${__dirname}/../../fixtures/arxiv-atom/atom-old-idlist/input.xml`))
assert.equal(feed.papers[0].arxivId, '1601.00001')
const listing = parseSync(readFileSync(`${__dirname}/../../fixtures/arxiv-list/list-cs-2301/input.html`))
assert.equal(listing.papers.length, 3)
console.log('cjs ok: arxiv-atom, arxiv-list')
// papersift/core: the parser without the default preset reads with what it is given.
{
  const core = require('../../dist/core.cjs')
  assert.deepEqual(core.createParser().plugins, [])
  const parser = core.createParser({ plugins: [core.metadata()], readers: [core.hfText] })
  assert.equal(parser.parseSync(text, { referenceDate: '2025-12-08' }).papers.length, 39)
  console.log('cjs ok: papersift/core')
}
