/**
 * `npm run bench:datasets -- --parts`: where this checkout's datasets plugin spends its time,
 * each part timed in the same interleaved rounds over every fixture abstract (CPU time; best,
 * quartiles). `plugin` is the whole plugin; `scan free` the same with the gazetteer scan's
 * hits computed beforehand, so it is what everything but the scan costs (a bound for any
 * matcher, however fast); `flat + words` the flat copy and the one pass over the characters
 * that the scan and discovery share; `... + scan` those and the gazetteer scan after them, as
 * the plugin runs it (the scan takes the difference: it runs its gates where the word pass
 * left the starts, so it is not timed alone); `... + discover` those, the dataset nouns, and the
 * candidates found from context (`discover` and `listedWithKnown`), so the plugin less it is
 * what grouping, features, scoring and spans cost.
 */
import { fixtureAbstracts, runPlugin } from '../scripts/eval-datasets.js'
import { analyse } from '../src/plugins/datasets/context.js'
import { discover } from '../src/plugins/datasets/discovery.js'
import { flatAscii } from '../src/plugins/datasets/flat.js'
import { datasets, matcherFor } from '../src/plugins/datasets/index.js'
import type { Hit, Matcher } from '../src/plugins/datasets/matcher.js'
import { findMentions } from '../src/plugins/datasets/mentions.js'
import { listedWithKnown } from '../src/plugins/datasets/neighbours.js'
import { readOptions } from '../src/plugins/datasets/options.js'
import { readWords } from '../src/plugins/datasets/words.js'

const rounds = Number(process.env.ROUNDS ?? 40)
const warmUp = 5

const all = fixtureAbstracts()
const megabytes = all.reduce((sum, record) => sum + Buffer.byteLength(record.abstract), 0) / 1024 / 1024
const plugin = datasets()
const settings = readOptions(undefined)
const matcher = matcherFor(settings)
// Each abstract's hits, computed once, outside the timed rounds.
const flats = all.map(({ abstract }) => flatAscii(abstract))
const hits = new Map<string, Hit[]>(flats.map((text) => [text, matcher.scan(text, readWords(text))]))
const scanFree: Matcher = { scan: (text) => hits.get(text) ?? matcher.scan(text) }

const parts: Record<string, () => number> = {
  plugin: () => all.reduce((sum, { title, abstract }) => sum + runPlugin(plugin, title ?? '', abstract).length, 0),
  'scan free': () =>
    all.reduce((sum, { title, abstract }) => sum + findMentions(abstract, title, scanFree, settings).length, 0),
  'flat + words': () => all.reduce((sum, { abstract }) => sum + readWords(flatAscii(abstract)).starts.length, 0),
  '... + scan': () =>
    all.reduce((sum, { abstract }) => {
      const text = flatAscii(abstract)
      return sum + matcher.scan(text, readWords(text)).length
    }, 0),
  '... + discover': () =>
    all.reduce((sum, { abstract }) => {
      const analysis = analyse(flatAscii(abstract))
      const found = matcher.scan(analysis.text, analysis.words)
      return sum + discover(analysis, true).length + listedWithKnown(analysis.text, found).length
    }, 0),
}
const names = Object.keys(parts)
const times: number[][] = names.map(() => [])
let sink = 0
for (let round = 0; round < rounds + warmUp; round++)
  for (let turn = 0; turn < names.length; turn++) {
    const index = (turn + round) % names.length
    const before = process.cpuUsage()
    sink += (parts[names[index] as string] as () => number)()
    const used = process.cpuUsage(before)
    if (round >= warmUp) times[index]?.push((used.user + used.system) / 1000)
  }

const at = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
console.log(`${all.length} abstracts, ${megabytes.toFixed(2)} MB, ${rounds} rounds (${sink > 0 ? 'checked' : 'empty'})`)
names.forEach((name, index) => {
  const sorted = [...(times[index] as number[])].sort((a, b) => a - b)
  const best = sorted[0] as number
  console.log(
    `${name.padEnd(15)} best ${best.toFixed(2)} ms (${(megabytes / (best / 1000)).toFixed(1)} MB/s), quartiles ${at(sorted, 0.25).toFixed(2)}–${at(sorted, 0.5).toFixed(2)}–${at(sorted, 0.75).toFixed(2)} ms`,
  )
})
