/**
 * Do two versions of the datasets plugin find the same mentions? A guard for changes meant
 * to keep every output (speed work): `npx tsx scripts/compare-dataset-mentions.ts
 * <other checkout>/src/plugins/datasets` runs this checkout's plugin and the other's, with
 * default options, over every fixture abstract, the train and dev sentences (never the test
 * part) and hostile texts ({@link hostileInputs}), and prints each input where they differ. `--write <file>`
 * instead writes this checkout's mentions of the fixture abstracts, one line each, for
 * `test/plugins/datasets/identical.test.ts`.
 */
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { DatasetMention, datasets } from '../src/index.js'
import gazetteer from '../src/plugins/datasets/data/gazetteer.json' with { type: 'json' }
import { collapse, fixtureAbstracts, readSentences, runPlugin } from './eval-datasets.js'

type Datasets = ReturnType<typeof datasets>

/** One input and where it comes from. */
export interface Input {
  source: string
  title: string
  text: string
}

/** Every fixture abstract, then (unless `fixturesOnly`) every train and dev sentence as the eval gives it. */
export function inputs(fixturesOnly = false): Input[] {
  const all: Input[] = fixtureAbstracts().map(({ source, title, abstract }) => ({
    source,
    title: title ?? '',
    text: abstract,
  }))
  if (fixturesOnly) return all
  for (const part of ['train', 'dev'] as const)
    for (const sentence of readSentences(part))
      all.push({ source: sentence.id, title: '', text: collapse(sentence.text).text })
  return all
}

// The units of `test/plugins/datasets/pathological.test.ts`, each repeated to 20,000 characters here (the
// test takes them to 1 MB for time; here they are compared, so a size that runs in a moment).
const hostileUnits = [
  'a',
  'A',
  ' ',
  'A ',
  'A-',
  'A-a',
  '1',
  '1.',
  '. ',
  'COCO ',
  'COCO/',
  'COCO/+',
  'ImageNet-',
  'ImageNet 2017 ',
  'PASS ',
  'We introduce X, a ',
  'we introduce the ',
  'a new dataset, ',
  'dataset X ',
  'the X Y Z ',
  'X, Y and Z ',
  'datasets such as X, ',
  'Experiments on X and ',
  'on X, ',
  '1% on ',
  'On X, Y ',
  'XBench',
  'X-Bench-',
  'X Y Benchmark ',
  'Aa.Bb',
  'aA',
  '(A), ',
  'the Pile ',
  'RefCOCO/+/g ',
  'X, a 1,0',
  'we introduce X, a 2,500-sample ',
  'the dataset ',
  'ÉÉ ',
]
// Cues the discovery patterns read, and what the made-up texts join words with.
const cues = ['dataset', 'datasets', 'benchmark', 'Benchmark', 'corpus', 'we introduce', 'experiments on', 'such as']
const pieces = [
  ' ',
  ' ',
  ' ',
  ', ',
  ' and ',
  ' or ',
  '. ',
  '-',
  '/',
  ' (',
  ') ',
  ': ',
  ' the ',
  ' a ',
  ' on ',
  '2017',
  'v2',
  '%',
  'é',
]

/**
 * Hostile texts: the pathological units above, and 1,000 texts made up (from a fixed seed) of
 * fixture words, gazetteer spellings and cue words in random case, with separators, list words,
 * versions and units beyond ASCII.
 */
export function hostileInputs(abstracts: readonly Input[]): Input[] {
  const out: Input[] = hostileUnits.map((unit, index) => ({
    source: `hostile#${index}`,
    title: '',
    text: unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000),
  }))
  const spellings = (gazetteer as { datasets: Array<{ name: string; aliases?: string[] }> }).datasets.flatMap(
    (entry) => [entry.name, ...(entry.aliases ?? [])],
  )
  const words = abstracts
    .flatMap(({ text }) => text.split(/\s+/))
    .filter((word) => word !== '')
    .slice(0, 20_000)
    .concat(spellings, spellings, cues, cues, cues)
  let seed = 12
  const next = (below: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return (seed >>> 8) % below
  }
  for (let index = 0; index < 1000; index++) {
    let text = ''
    for (let count = 10 + next(80); count > 0; count--) {
      const word = words[next(words.length)] as string
      const casing = next(4)
      const cased =
        casing === 0
          ? word
          : casing === 1
            ? word.toUpperCase()
            : casing === 2
              ? word.toLowerCase()
              : word.charAt(0).toUpperCase() + word.slice(1)
      text += cased + (pieces[next(pieces.length)] as string)
    }
    out.push({ source: `made-up#${index}`, title: '', text })
  }
  return out
}

/** One line per input: its source and its mentions, as JSON. */
export function dump(plugin: Datasets, all: readonly Input[]): string[] {
  return all.map(({ source, title, text }) => {
    const mentions: DatasetMention[] = runPlugin(plugin, title, text)
    return `${source}\t${JSON.stringify(mentions)}`
  })
}

async function main(): Promise<void> {
  const { datasets: ours } = (await import('../src/plugins/datasets/index.js')) as { datasets: () => Datasets }
  const write = process.argv.indexOf('--write')
  if (write >= 0) {
    const file = process.argv[write + 1]
    if (!file) throw new Error('--write needs a file')
    writeFileSync(file, `${dump(ours(), inputs(true)).join('\n')}\n`)
    return
  }
  const other = process.argv[2]
  if (!other) throw new Error('Give the other checkout’s src/plugins/datasets folder.')
  const { datasets: theirs } = (await import(join(resolve(other), 'index.ts'))) as { datasets: () => Datasets }
  const all = inputs()
  const hostile = hostileInputs(inputs(true))
  all.push(...hostile)
  const mine = dump(ours(), all)
  const before = dump(theirs(), all)
  let differ = 0
  mine.forEach((line, index) => {
    if (line === before[index]) return
    differ++
    if (differ <= 20) console.log(`- ${before[index]}\n+ ${line}`)
  })
  const fixtures = inputs(true).length
  console.log(
    `${all.length} inputs (${fixtures} fixture abstracts, ${all.length - fixtures - hostile.length} train and dev sentences, ${hostile.length} hostile): ${differ} differ`,
  )
  if (differ > 0) process.exitCode = 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
