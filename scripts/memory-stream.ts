/**
 * Memory of streaming: generate a text listing of about 500 MB on disk (the hf-text seed's
 * papers, repeated), stream it through `parseStream` in this process and through the built CLI
 * (`dist/cli.js parse FILE --out /dev/null`) in a child, and report peak RSS of each (target:
 * under 300 MB). Not part of the unit suite: `npx tsx scripts/memory-stream.ts [MB]`.
 */
import { spawnSync } from 'node:child_process'
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseStream } from '../src/index.js'

const megabytes = Number(process.argv[2] ?? 500)
const seed = readFileSync(new URL('../fixtures/hf-text/seed/input.txt', import.meta.url), 'utf8')
const path = join(tmpdir(), `papersift-memory-${process.pid}.txt`)
// Budgets sized for the file: the defaults cap a document at 64 MiB, 100k entries and 60 s.
const options = { referenceDate: '2025-12-08', maxEntries: 10_000_000, timeBudget: 3_600_000 }

async function generate(): Promise<number> {
  const out = createWriteStream(path)
  let bytes = 0
  while (bytes < megabytes * 1e6) {
    const chunk = `${seed}\n\n`
    bytes += Buffer.byteLength(chunk)
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve) => out.end(() => resolve()))
  return bytes
}

const bytes = await generate()
console.log(`generated ${(bytes / 1e6).toFixed(0)} MB at ${path}`)
try {
  let peak = process.memoryUsage.rss()
  const watch = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 20)
  const started = performance.now()
  let papers = 0
  const stream = parseStream(createReadStream(path, { highWaterMark: 1 << 16 }), options)
  for await (const _paper of stream) {
    papers++
    if (papers % 1000 === 0) peak = Math.max(peak, process.memoryUsage.rss())
  }
  clearInterval(watch)
  const seconds = (performance.now() - started) / 1000
  console.log(
    `parseStream: ${papers} papers, ${stream.messages.length} messages, ${seconds.toFixed(0)} s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s, peak RSS ${(peak / 1e6).toFixed(0)} MB`,
  )
  const cli = new URL('../dist/cli.js', import.meta.url).pathname
  if (existsSync(cli)) {
    // GNU time's %M is the child's peak RSS in KB.
    const child = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        '%M %e',
        process.execPath,
        cli,
        'parse',
        path,
        '--out',
        '/dev/null',
        '--reference-date',
        '2025-12-08',
        '--quiet',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 },
    )
    const report = child.stderr.trim().split('\n').pop()
    const [kb, elapsed] = (report ?? '').split(' ')
    console.log(`CLI: peak RSS ${(Number(kb) / 1000).toFixed(0)} MB, ${elapsed} s`)
  } else {
    console.log('CLI: dist/cli.js missing, run `npm run build` first')
  }
} finally {
  rmSync(path, { force: true })
}
