/**
 * `npx tsx bench/json-readers.ts`: the generic-json and dblp-xml readers against the bare parse of
 * the same bytes (`JSON.parse`; saxes with no handlers), on the fixtures and on two larger
 * synthetic lists. Prints MB/s and the ratio to the bare parse, for the reader alone and for the
 * whole default chain.
 */
import { readFileSync } from 'node:fs'
import { SaxesParser } from 'saxes'
import { Bench } from 'tinybench'
import { VFile } from 'vfile'
import { parseSync, type Reader } from '../src/index.js'
import { dblpXml } from '../src/readers/dblp-xml/index.js'
import { genericJson } from '../src/readers/generic-json/index.js'

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')
const paper = (index: number) => ({
  paperId: `p${index}`,
  title: `A synthetic paper number ${index} on a topic`,
  authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }],
  year: 2000 + (index % 25),
  venue: 'Journal of Benchmarks',
  externalIds: { DOI: `10.1000/bench.${index}` },
  citationCount: index,
  abstract: 'An abstract of a few sentences. '.repeat(8),
})

const inputs: Array<{ name: string; text: string; reader: Reader; bare: (text: string) => void }> = []
const json = (name: string, text: string) =>
  inputs.push({ name, text, reader: genericJson, bare: (value) => void JSON.parse(value) })
for (const name of [
  'semanticscholar-author-papers',
  'openalex-works-search',
  'crossref-works-orcid',
  'zbmath-api-author',
]) {
  json(name, fixture(`generic-json/${name}/input.json`))
}
json(
  'synthetic S2-like, 5000 papers',
  JSON.stringify({ data: Array.from({ length: 5000 }, (_, index) => paper(index)) }),
)
json(
  'synthetic, 5000 papers, pretty-printed',
  JSON.stringify({ data: Array.from({ length: 5000 }, (_, index) => paper(index)) }, null, 2),
)
inputs.push({
  name: 'dblp dump excerpt',
  text: fixture('dblp-xml/dump-excerpt-acta-inf/input.xml'),
  reader: dblpXml,
  bare: (value) => {
    const parser = new SaxesParser({ xmlns: false, position: true })
    parser.ENTITIES = new Proxy({} as Record<string, string>, { get: () => '?' })
    parser.write(value).close()
  },
})

const context = { url: undefined, message: () => ({}) as never }
const rows: Array<Record<string, string | number>> = []
for (const { name, text, reader, bare } of inputs) {
  const bench = new Bench({ time: 500, warmup: true })
  bench
    .add('bare', () => bare(text))
    .add('reader', () => reader.read(new VFile({ value: text }), context))
    .add('chain', () => parseSync(text, { reader: reader.name }))
  await bench.run()
  const mean = (task: string) => {
    const result = bench.getTask(task)?.result
    return result && 'latency' in result ? result.latency.mean : Number.NaN
  }
  const megabytes = Buffer.byteLength(text) / 1e6
  rows.push({
    input: name,
    KiB: Math.round((megabytes * 1e6) / 1024),
    papers: parseSync(text, { reader: reader.name }).papers.length,
    'bare MB/s': Math.round(megabytes / (mean('bare') / 1000)),
    'reader MB/s': Math.round(megabytes / (mean('reader') / 1000)),
    'reader × bare': +(mean('reader') / mean('bare')).toFixed(2),
    'chain ms': +mean('chain').toFixed(1),
    'chain × bare': +(mean('chain') / mean('bare')).toFixed(1),
  })
}
console.table(rows)
