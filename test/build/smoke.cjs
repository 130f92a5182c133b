// Run after `npm run build`: the CommonJS entry loads and parses (require of the dual build).
const assert = require('node:assert/strict')
const { readFileSync } = require('node:fs')
const { parseSync } = require('../../dist/index.cjs')
const text = readFileSync(`${__dirname}/../../fixtures/hf-text/seed/input.txt`)
const { papers } = parseSync(text, { referenceDate: '2025-12-08' })
assert.equal(papers.length, 39)
assert.equal(papers[9].comments, 2)
console.log('cjs ok: 39 papers')
