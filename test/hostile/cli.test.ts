/**
 * The CLI on hostile input: terminal escape sequences from a page are escaped in every
 * human-readable writer and in diagnostics; output is written record by record; `validate`
 * locates problems in a value nested 10,000 deep.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatPapers } from '../../src/cli/format.js'
import { main } from '../../src/cli/main.js'
import type { Paper } from '../../src/index.js'
import { cli } from '../cli/run.js'
import { arxivRecord } from '../schema/records.js'

const dir = mkdtempSync(join(tmpdir(), 'papersift-hostile-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

// An HF API item whose title, author and abstract carry a clear-screen, a window-title OSC, a C1 CSI
// and a right-to-left override, as JSON escapes (the text itself stays valid JSON).
const evil = '\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202e'
const api = `[{"paper":{"id":"2605.00001","title":"Title ${evil} end","summary":"Abstract ${evil} end.","authors":[{"name":"Ann ${evil}"}],"publishedAt":"2026-05-07T00:00:00.000Z","upvotes":1,"discussionId":"x"},"title":"Title ${evil} end","numComments":0}]`
// Raw escapes in a text page (a NUL too): replaced at input, and never printed raw.
const text = `Daily Papers\n\nDec 8\n\nTitle \u001b[31mred\u009b0m\u0000 end\n\nAn abstract that is long enough to be read as prose by the reader here.\n\n  • 4 authors\n\n·\n\nJun 26, 2023\n`

// What a terminal would act on: ESC, BEL, C1 controls, bidirectional overrides.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const raw = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('terminal escapes in the output', () => {
  for (const format of ['table', 'csv', 'bibtex', 'ris', 'json', 'jsonl', 'csl-json']) {
    it(`${format}: no raw control character reaches stdout or stderr`, async () => {
      for (const input of [file('api.json', api), file('page.txt', text)]) {
        const { code, stdout, stderr } = await cli([
          'parse',
          input,
          '--format',
          format,
          '--reference-date',
          '2025-12-08',
        ])
        expect(code, `${format} ${input}`).toBeLessThanOrEqual(1)
        expect(stdout).toMatch(/Title/)
        expect(raw.test(stdout), stdout).toBe(false)
        expect(raw.test(stderr), stderr).toBe(false)
      }
    })
  }

  it('the escaped characters stay readable as their codes', async () => {
    const { stdout } = await cli(['parse', file('api2.json', api), '--format', 'table'])
    expect(stdout).toContain('\\u001b[2J')
    const json = await cli(['parse', file('api3.json', api), '--format', 'json'])
    // Still the same value once parsed: only the way it is written changed.
    expect(JSON.parse(json.stdout)[0].title).toBe(`Title ${JSON.parse(`"${evil}"`)} end`)
  })

  it('a diagnostic quoting the input escapes it too', async () => {
    const bad = file('bad-field.json', api.replace('"upvotes":1', `"upvotes":"${evil}"`))
    const { stderr } = await cli(['parse', bad, '--reference-date', '2025-12-08'])
    expect(stderr).toMatch(/\[hf-api:invalid-field\]/)
    expect(stderr).toContain('\\u001b[2J')
    expect(raw.test(stderr)).toBe(false)
  })
})

describe('streamed output', () => {
  it('writes one chunk per record, not one string for the whole output', async () => {
    const items = Array.from(
      { length: 50 },
      (_, index) =>
        `{"paper":{"id":"2605.${String(index + 10000).slice(1)}","title":"Paper ${index}","summary":"S","authors":[],"upvotes":1,"discussionId":"x"},"title":"T","numComments":0}`,
    )
    const input = file('many.json', `[${items.join(',')}]`)
    for (const format of ['json', 'jsonl', 'table', 'csv', 'ris', 'bibtex', 'csl-json']) {
      const chunks: string[] = []
      const code = await main(['parse', input, '--format', format], {
        stdout: (chunk) => chunks.push(chunk),
        stderr: () => {},
        readStdin: async () => new Uint8Array(),
      })
      expect(code).toBe(0)
      expect(chunks.length, format).toBeGreaterThanOrEqual(50)
      if (format === 'json' || format === 'csl-json') expect(JSON.parse(chunks.join(''))).toHaveLength(50)
    }
  })
})

describe('validate on deep input', () => {
  it('locates a problem next to a value nested 10,000 deep, with the counts', async () => {
    const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`
    const bad = { ...structuredClone(arxivRecord), upvotes: -1 }
    const text = `[\n${JSON.stringify(arxivRecord)},\n${JSON.stringify({ ...bad, extra: 0 }).replace('"extra":0', `"extra":${deep}`)}\n]\n`
    const { code, stdout, stderr } = await cli(['validate', file('deep.json', text)])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(stdout).toContain('deep.json:3: $[1].upvotes:')
    expect(stdout).toMatch(/1 valid, 1 invalid\n$/)
  })
})

describe('writers on long runs', { timeout: 30_000 }, () => {
  // A record as a user plugin may leave it: whitespace runs with no line break in them.
  const record = (n: number) =>
    ({ ...structuredClone(arxivRecord), abstract: `a${' '.repeat(n)}b`, title: `T${'\t '.repeat(n / 2)}x` }) as Paper
  const work = async (paper: Paper, format: 'bibtex' | 'ris' | 'csv' | 'table') => {
    const before = process.cpuUsage()
    await formatPapers([paper], format)
    const used = process.cpuUsage(before)
    return (used.user + used.system) / 1000
  }

  for (const format of ['bibtex', 'ris', 'csv', 'table'] as const) {
    it(`${format}: linear in a whitespace run (BibTeX's line-break regex was quadratic: 40,000 spaces took 8 s)`, async () => {
      await formatPapers([record(1000)], format) // warm up
      let one = Number.POSITIVE_INFINITY
      let two = Number.POSITIVE_INFINITY
      for (let run = 0; run < 3; run++) {
        one = Math.min(one, await work(record(20_000), format))
        two = Math.min(two, await work(record(40_000), format))
      }
      expect(two < 5 ? 0 : two / Math.max(one, 0.5)).toBeLessThanOrEqual(2.5)
      expect(two).toBeLessThan(2000)
    })
  }
})
