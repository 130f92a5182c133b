/**
 * Do two versions of the datasets plugin find the same mentions? A guard for changes meant
 * to keep every output (speed work): `npx tsx scripts/compare-dataset-mentions.ts
 * <other checkout>/src/plugins/datasets` runs this checkout's plugin and the other's, with
 * default options, over every fixture abstract and the train and dev sentences (never the
 * test part), and prints each abstract or sentence where they differ. `--write <file>`
 * instead writes this checkout's mentions of the fixture abstracts, one line each, for
 * `test/plugins/datasets/identical.test.ts`.
 */
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { DatasetMention, datasets } from '../src/index.js'
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
    `${all.length} inputs (${fixtures} fixture abstracts, ${all.length - fixtures} train and dev sentences): ${differ} differ`,
  )
  if (differ > 0) process.exitCode = 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
