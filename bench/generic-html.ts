/**
 * The generic HTML reader against a bare `parse5.parse` of the same bytes, on every page in
 * fixtures/generic-html (or the pages given): `npx tsx bench/generic-html.ts [page.html …]`
 * (`ROUNDS=20` for more rounds). CPU time, rounds interleaved across pages and cases, each
 * case repeated to ~4 MB of input per round (`SAMPLE_BYTES`); medians and their interquartile
 * range of the per-round ratios, so a busy shared machine moves both sides of a ratio together.
 * Samples are that large so each case pays for its own garbage: with 200 KB samples (until
 * session 8) much of the reader's garbage was collected during the next parse5 sample, and the
 * lab page read 1.9× where 2–4 MB samples, which agree with each other, read 2.7×. The
 * target (issue 11): the reader at most 2× parse5. With `BASELINE=dir` (a checkout's root holding
 * `src/readers/generic-html/index.ts`, e.g. a `git worktree` of main), that checkout's reader is
 * timed in the same rounds too: before and after, same machine, same moment. On a busy machine
 * the medians swing by a third; the `min` columns (fastest round of each case, as a ratio to
 * parse5's fastest) estimate the undisturbed cost and move less. Messages go where `parse` sends
 * them (the core's `report`, into a file per read), so a message costs what it costs in a parse.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'parse5'
import { VFile } from 'vfile'
import { report } from '../src/core/messages.js'
import { type ReaderContext, readerMessage } from '../src/core/reader.js'
import { genericHtml } from '../src/readers/generic-html/index.js'
import { parseHtml } from '../src/readers/html/page.js'

const rounds = Number(process.env.ROUNDS ?? 10)
const sampleBytes = Number(process.env.SAMPLE_BYTES ?? 4_000_000)
const baseline = process.env.BASELINE
  ? (
      (await import(join(resolve(process.env.BASELINE), 'src/readers/generic-html/index.ts'))) as {
        genericHtml: typeof genericHtml
      }
    ).genericHtml
  : undefined
const root = new URL('../fixtures/generic-html/', import.meta.url).pathname
const given = process.argv.slice(2)
const paths =
  given.length > 0
    ? given
    : readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(root, entry.name, 'input.html'))
const pages = paths.map((path) => ({ name: path.split('/').at(-2) ?? path, text: readFileSync(path, 'utf8') }))

/**
 * A reader context as `parse` makes one: each message checked and reported into the read's file
 * by the core (`bench/quiet.ts` makes a bare `VFileMessage`, which captures a stack trace the
 * core's messages do not: on a 1 KB page that was a sixth of the read).
 */
const contextFor = (file: VFile): ReaderContext => ({
  url: undefined,
  message: (reason, options) => {
    const { severity, ruleId, place, details } = readerMessage('generic-html', options)
    return report(file, severity, reason, ruleId, place as Parameters<typeof report>[4], details)
  },
})
const read = (reader: typeof genericHtml, text: string) => {
  const file = new VFile(text)
  return reader.read(file, contextFor(file))
}

const cpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
const at = (values: number[], share: number) => sorted(values)[Math.floor((values.length - 1) * share)] ?? Number.NaN
const spread = (values: number[]) =>
  `${at(values, 0.5).toFixed(2)} [${at(values, 0.25).toFixed(2)}–${at(values, 0.75).toFixed(2)}]`

/** The fastest round of a case as a ratio to parse5's fastest round. */
const fastest = (values: number[] | undefined, parse5: number[] | undefined) =>
  +(Math.min(...(values ?? [])) / Math.min(...(parse5 ?? []))).toFixed(2)

const ratios = pages.map(() => ({
  tree: [] as number[],
  reader: [] as number[],
  baseline: [] as number[],
  parse5: [] as number[],
  // Milliseconds per run, for the fastest-round ratios.
  readerMs: [] as number[],
  baselineMs: [] as number[],
}))
for (let round = -2; round < rounds; round++) {
  pages.forEach(({ text }, index) => {
    const repeat = Math.max(1, Math.round(sampleBytes / text.length))
    const time = (run: () => unknown) => {
      const start = cpu()
      for (let count = 0; count < repeat; count++) run()
      return (cpu() - start) / repeat
    }
    const first = time(() => parse(text))
    const tree = time(() => parseHtml(new VFile(text)))
    // Before and after in turns, so neither always pays for the other's garbage.
    const early = baseline && round % 2 === 0 ? time(() => read(baseline, text)) : undefined
    const reader = time(() => read(genericHtml, text))
    const before = baseline && (early ?? time(() => read(baseline, text)))
    const base = (first + time(() => parse(text))) / 2
    if (round < 0) return
    const row = ratios[index]
    row?.parse5.push(base)
    row?.tree.push(tree / base)
    row?.reader.push(reader / base)
    if (before !== undefined) row?.baseline.push(before / base)
    row?.readerMs.push(reader)
    if (before !== undefined) row?.baselineMs.push(before)
  })
}
console.table(
  pages.map(({ name, text }, index) => ({
    page: name,
    KiB: Math.round(text.length / 1024),
    'parse5 ms': +at(ratios[index]?.parse5 ?? [], 0.5).toFixed(2),
    '× light tree': spread(ratios[index]?.tree ?? []),
    '× generic-html': spread(ratios[index]?.reader ?? []),
    ...(baseline ? { '× baseline': spread(ratios[index]?.baseline ?? []) } : {}),
    'min ×': fastest(ratios[index]?.readerMs, ratios[index]?.parse5),
    ...(baseline ? { 'min × baseline': fastest(ratios[index]?.baselineMs, ratios[index]?.parse5) } : {}),
  })),
)
