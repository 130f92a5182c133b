/**
 * The recipe of docs/scale.md, end to end: a Redis server on a free port, a BullMQ producer
 * enqueuing file paths, a worker running `parseStream` per job and appending JSON Lines. Skipped,
 * with a message, when `redis-server` is not installed (`apt-get install -y redis-server`).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createReadStream, mkdtempSync } from 'node:fs'
import { appendFile, readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseStream } from '../../src/index.js'

function hasRedis(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const available = hasRedis()
if (!available)
  console.warn('test/scale/bullmq.test.ts skipped: redis-server is not installed (apt-get install -y redis-server)')

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

// CI installs redis-server (.ci/run): there the recipe must run, not skip.
const required = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0'
it.runIf(required && !available)('BullMQ recipe: redis-server is installed in CI', () => {
  expect.fail('redis-server is not installed: .ci/run installs it (apt-get install -y redis-server)')
})

describe.skipIf(!available)('BullMQ recipe', () => {
  let redis: ChildProcess | undefined
  let port = 0
  beforeAll(async () => {
    port = await freePort()
    redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
    // Wait until it answers.
    const { Redis } = await import('ioredis')
    for (let attempt = 0; attempt < 50; attempt++) {
      const client = new Redis({ port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
      const ok = await client.connect().then(
        () => client.ping().then(() => true),
        () => false,
      )
      client.disconnect()
      if (ok) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error('redis-server did not start')
  }, 30_000)
  afterAll(() => {
    redis?.kill()
  })

  it('fans pages out to a worker that appends each page’s papers as JSON Lines', async () => {
    const { Queue, Worker, QueueEvents } = await import('bullmq')
    const connection = { host: '127.0.0.1', port }
    const out = join(mkdtempSync(join(tmpdir(), 'papersift-bullmq-')), 'papers.jsonl')
    const paths = [
      fileURLToPath(new URL('../../fixtures/arxiv-atom/atom-new-2entries/input.xml', import.meta.url)),
      fileURLToPath(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url)),
    ]
    const queue = new Queue('pages', { connection })
    const events = new QueueEvents('pages', { connection })
    const worker = new Worker(
      'pages',
      async (job) => {
        const stream = parseStream(createReadStream(job.data.path as string), { referenceDate: '2025-12-08' })
        let lines = ''
        for await (const paper of stream) {
          lines += `${JSON.stringify({ ...paper, source: { ...paper.source, input: job.data.path } })}\n`
        }
        await appendFile(out, lines)
        return { papers: lines.split('\n').length - 1 }
      },
      { connection, concurrency: 2 },
    )
    try {
      await events.waitUntilReady()
      const jobs = await Promise.all(paths.map((path) => queue.add('page', { path })))
      const results = await Promise.all(jobs.map((job) => job.waitUntilFinished(events, 60_000)))
      expect(results).toEqual([{ papers: 2 }, { papers: 39 }])
      const papers = (await readFile(out, 'utf8'))
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { source: { input: string } })
      expect(papers.length).toBe(41)
      expect(papers.filter((paper) => paper.source.input === paths[1]).length).toBe(39)
    } finally {
      await worker.close()
      await events.close()
      await queue.close()
    }
  }, 90_000)
})
