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

// papersift/core: the parser without the default preset reads with what it is given.
{
  const core = await import('../../dist/core.js')
  assert.deepEqual(core.createParser().plugins, [])
  const parser = core.createParser({ plugins: [core.metadata()], readers: [core.hfText] })
  const result = await parser.parse(readFileSync(seed), { referenceDate: '2025-12-08' })
  assert.equal(result.papers.length, 39)
  assert.equal(result.papers[22].repositories.length, 0, 'no repositories plugin in this chain')
  console.log('esm ok: papersift/core')
}

// A reader that closes the pipe early (`| head`) ends the CLI quietly, not with an EPIPE stack.
{
  const { spawn } = await import('node:child_process')
  const child = spawn(process.execPath, [
    new URL('../../dist/cli.js', import.meta.url).pathname,
    'parse',
    seed.pathname,
    '--format',
    'jsonl',
  ])
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  child.stdout.destroy()
  const code = await new Promise((resolve) => child.on('close', resolve))
  assert.equal(code, 0, `exit code after a closed pipe: ${code}`)
  assert.doesNotMatch(stderr, /EPIPE/)
  console.log('cli ok on a closed pipe')
}
