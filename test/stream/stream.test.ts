/**
 * `parseStream` gives `parse`'s papers, whatever the chunking: on every fixture at random chunk
 * boundaries, on a small listing at every byte boundary, and on a listing large enough to be read
 * in several segments. (The datasets plugin is left out to keep the runs short; it sees one entry
 * at a time either way.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createParser, defineReader, parseStream } from '../../src/index.js'
import { chunked, collect, random } from './helpers.js'

const root = new URL('../../fixtures/', import.meta.url).pathname
const parser = createParser().disable('datasets')

const cases = readdirSync(root).flatMap((reader) =>
  readdirSync(join(root, reader), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(root, reader, entry.name)
      const input = readdirSync(dir).find((name) => name.startsWith('input.'))
      return input ? [{ name: `${reader}/${entry.name}`, dir, input }] : []
    }),
)

function optionsOf(dir: string): Record<string, string> {
  const path = join(dir, 'options.json')
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { referenceDate: '2025-12-08' }
}

describe('parseStream equals parse', () => {
  it('has fixtures to compare', () => {
    expect(cases.length).toBeGreaterThan(30)
  })
  for (const { name, dir, input } of cases) {
    it(`${name}, random chunks`, async () => {
      const bytes = readFileSync(join(dir, input))
      const options = optionsOf(dir)
      const whole = await parser.parse(bytes, options)
      const stream = parser.parseStream(chunked(bytes, random(name.length), 4096), options)
      const papers = await collect(stream)
      expect(stream.reader).toBe(whole.reader)
      expect(papers).toEqual(whole.papers)
      expect(stream.document).toEqual(whole.reader === undefined ? undefined : whole.document)
    })
  }
})

// Two entries with multi-byte characters, so some cuts fall inside a character.
const small = `Daily Papers

Dec 8

Über große Sprachmodelle — ein Überblick

Wir untersuchen, wie große Sprachmodelle „denken“, und zeigen 3× bessere Ergebnisse.

• 4 authors
·
Dec 5

Scaling laws for 🤖 agents

Agents scale predictably when the environment is fixed; we fit laws across 12 orders.

• 2 authors
·
Dec 6
`

describe('parseStream at every byte boundary', () => {
  it('gives the same papers wherever a small listing is cut in two', async () => {
    const bytes = new TextEncoder().encode(small)
    const whole = await parser.parse(bytes)
    expect(whole.papers.map((paper) => paper.title)).toEqual([
      'Über große Sprachmodelle — ein Überblick',
      'Scaling laws for 🤖 agents',
    ])
    for (let at = 0; at <= bytes.length; at++) {
      const stream = parser.parseStream(
        (async function* () {
          yield bytes.subarray(0, at)
          yield bytes.subarray(at)
        })(),
      )
      expect(await collect(stream), `cut at byte ${at}`).toEqual(whole.papers)
    }
  })

  it('gives the same papers one byte at a time', async () => {
    const bytes = new TextEncoder().encode(small)
    const whole = await parser.parse(bytes)
    expect(await collect(parser.parseStream(chunked(bytes, () => 0, 1)))).toEqual(whole.papers)
  })
})

describe('parseStream on a large listing', () => {
  // Over a megabyte, so the text is read in several segments, each cut at an entry.
  const seed = readFileSync(join(root, 'hf-text/seed/input.txt'), 'utf8')
  const large = new TextEncoder().encode(Array.from({ length: 18 }, () => seed).join('\n\n'))
  const options = { referenceDate: '2025-12-08' }

  it('gives parse’s papers, positions and indexes across segments', async () => {
    expect(large.length).toBeGreaterThan(1 << 20)
    const whole = await parser.parse(large, options)
    expect(whole.papers.length).toBe(18 * 39)
    const stream = parser.parseStream(chunked(large, random(7), 65536), options)
    const papers = await collect(stream)
    expect(papers.length).toBe(whole.papers.length)
    expect(papers).toEqual(whole.papers)
    expect(stream.messages.map(String)).toEqual(whole.messages.map(String))
  }, 60_000)

  it('yields papers before the stream has ended', async () => {
    let sent = 0
    const source = (async function* () {
      for (let at = 0; at < large.length; at += 65536) {
        sent = at + 65536
        yield large.subarray(at, at + 65536)
      }
    })()
    const stream = parser.parseStream(source, options)
    for await (const paper of stream) {
      expect(paper.source.index).toBe(0)
      break
    }
    // The first segment is a megabyte; the listing is larger.
    expect(sent).toBeLessThanOrEqual((1 << 20) + 65536)
    expect(sent).toBeLessThan(large.length)
  })
})

describe('parseStream sources', () => {
  const bytes = readFileSync(join(root, 'arxiv-atom/atom-new-2entries/input.xml'))

  it('reads a Node Readable, a web ReadableStream and strings', async () => {
    const whole = await parser.parse(bytes)
    expect(whole.papers.length).toBe(2)
    expect(await collect(parser.parseStream(Readable.from([bytes.subarray(0, 100), bytes.subarray(100)])))).toEqual(
      whole.papers,
    )
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 333) controller.enqueue(bytes.subarray(at, at + 333))
        controller.close()
      },
    })
    expect(await collect(parser.parseStream(web))).toEqual(whole.papers)
    const text = bytes.toString('utf8')
    const strings = (async function* () {
      yield text.slice(0, 1000)
      yield text.slice(1000)
    })()
    expect(await collect(parseStream(strings))).toEqual((await createParser().parse(bytes)).papers)
  })

  it('refuses what is not a stream, and a second iteration', async () => {
    expect(() => parser.parseStream('text' as never)).toThrow(/Expected a Node Readable/)
    const stream = parser.parseStream(Readable.from([bytes]))
    await collect(stream)
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/second iteration/)
  })

  it('says an empty stream is empty', async () => {
    const stream = parser.parseStream(Readable.from([]))
    expect(await collect(stream)).toEqual([])
    expect(stream.messages.map((message) => message.ruleId)).toEqual(['core:empty'])
  })

  it('uses a third-party reader’s resumeAt to read in segments', async () => {
    const windows: number[] = []
    // One paper per line: `title|abstract`.
    const lines = defineReader({
      name: 'lines',
      sniff: (sample) => (sample.startsWith('#lines') ? 1 : 0),
      read(file) {
        const text = String(file.value)
        windows.push(text.length)
        const entries = []
        let offset = 0
        let line = 1
        for (const row of text.split('\n')) {
          const [title, abstract] = row.split('|')
          if (title && abstract && !row.startsWith('#')) {
            const start = { line, column: 1, offset }
            const end = { line, column: row.length + 1, offset: offset + row.length }
            entries.push({
              position: { start, end },
              fields: { title: { value: title, position: { start, end } }, abstract: { value: abstract } },
            })
          }
          offset += row.length + 1
          line++
        }
        return { entries }
      },
      resumeAt: (_text, entries) => entries[entries.length - 1]?.position?.start.offset,
    })
    const filler = 'A long abstract that says little. '.repeat(12)
    const rows = Array.from({ length: 3000 }, (_, index) => `Paper number ${index}|${filler}(paper ${index}).`)
    const text = `#lines\n${rows.join('\n')}\n`
    const custom = createParser({ readers: [lines], plugins: [] }).use((await import('../../src/index.js')).metadata())
    const whole = await custom.parse(text)
    expect(whole.papers.length).toBe(3000)
    windows.length = 0
    const papers = await collect(custom.parseStream(Readable.from([Buffer.from(text)])))
    expect(windows.length).toBeGreaterThan(1)
    expect(papers).toEqual(whole.papers)
  }, 60_000)
})
