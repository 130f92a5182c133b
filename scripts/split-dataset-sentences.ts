/**
 * Split the labelled sentences of the shared training material
 * (`../shared/data/dataset-mentions/{heddes,tdmsci}-train.jsonl`) into train, dev and test
 * parts, written to `fixtures/datasets-eval/sentences/<part>.jsonl`. Not part of the library.
 *
 *   npx tsx scripts/split-dataset-sentences.ts [folder of the shared files]
 *
 * Deterministic: the part is chosen by a hash of the sentence's text (whitespace collapsed,
 * case folded), so the same text always lands in the same part, whatever its labels and
 * wherever it repeats. 60% train, 20% dev, 20% test. The test part is for the one final
 * report: rules and weights are tuned on train and checked on dev.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** One labelled sentence, as the shared files write it. */
export interface Sentence {
  id: string
  text: string
  datasets: string[]
  spans: Array<[number, number]>
}

/** The parts, and the share of the 100 hash buckets each takes. */
export const parts = { train: 60, dev: 20, test: 20 } as const
export type Part = keyof typeof parts

/** FNV-1a, 32 bits: small, stable across runtimes. */
function fnv1a(value: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** The part `text` belongs to. */
export function partOf(text: string): Part {
  const bucket = fnv1a(text.replace(/\s+/g, ' ').trim().toLowerCase()) % 100
  return bucket < parts.train ? 'train' : bucket < parts.train + parts.dev ? 'dev' : 'test'
}

const corpora = ['heddes-train.jsonl', 'tdmsci-train.jsonl']

function main(): void {
  // The location for the shared material: beside the main checkout.
  const from = process.argv[2] ?? new URL('../../shared/data/dataset-mentions/', import.meta.url).pathname
  const out = new URL('../fixtures/datasets-eval/sentences/', import.meta.url).pathname
  mkdirSync(out, { recursive: true })
  const lines: Record<Part, string[]> = { train: [], dev: [], test: [] }
  for (const corpus of corpora)
    for (const line of readFileSync(join(from, corpus), 'utf8').split('\n')) {
      if (line.trim() === '') continue
      const sentence = JSON.parse(line) as Sentence
      lines[partOf(sentence.text)].push(JSON.stringify(sentence))
    }
  for (const part of Object.keys(parts) as Part[]) {
    writeFileSync(join(out, `${part}.jsonl`), `${lines[part].join('\n')}\n`)
    console.log(`${part}: ${lines[part].length} sentences`)
  }
}

if (process.argv[1]?.endsWith('split-dataset-sentences.ts')) main()
