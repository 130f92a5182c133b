import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../src/index.js'
import { arxivRecord } from '../schema/records.js'
import { cli } from './run.js'

const dir = mkdtempSync(join(tmpdir(), 'papersift-validate-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
/** A copy of the arXiv record with some fields changed (`undefined` deletes one). */
const edit = (fields: Record<string, unknown>) =>
  JSON.parse(JSON.stringify({ ...structuredClone(arxivRecord), ...fields })) as Record<string, unknown>
const seed = JSON.parse(
  (await cli(['parse', 'fixtures/hf-text/seed/input.txt', '--reference-date', '2025-12-08'])).stdout,
) as object[]

// One bad thing per line, in the order the issue lists them, then a good record.
const mixedLines = [
  JSON.stringify(edit({ title: undefined })),
  JSON.stringify(edit({ publishedAt: '2024-13-45' })),
  JSON.stringify(edit({ upvotes: -1 })),
  JSON.stringify(edit({ repositories: [{ url: 'not a url', host: 'github.com', official: true }] })),
  JSON.stringify(edit({ conference: 'NeurIPS' })),
  '{"title": "a line that is not JSON",',
  JSON.stringify(arxivRecord),
]
const mixed = file('mixed.jsonl', `${mixedLines.join('\n')}\n`)

describe('papersift validate', () => {
  it('accepts valid JSON Lines, a JSON array and one pretty-printed object, printing only the summary', async () => {
    const jsonl = file('seed.jsonl', seed.map((paper) => JSON.stringify(paper)).join('\n'))
    const array = file('seed.json', JSON.stringify(seed, null, 2))
    const single = file('one.json', JSON.stringify(arxivRecord, null, 2))
    for (const [path, count] of [
      [jsonl, 39],
      [array, 39],
      [single, 1],
    ] as const) {
      const { code, stdout, stderr } = await cli(['validate', path, '--strict'])
      expect([code, stdout, stderr], path).toEqual([0, `${count} valid, 0 invalid\n`, ''])
    }
  })

  it('prints file:line: path: message for each problem of a mixed JSONL file, and exits 1', async () => {
    const { code, stdout } = await cli(['validate', mixed])
    expect(code).toBe(1)
    expect(stdout).toBe(
      [
        `${mixed}:1: $.title: Missing field, expected a string`,
        `${mixed}:2: $.publishedAt: Unexpected \`2024-13-45\`, expected a calendar date as \`YYYY-MM-DD\``,
        `${mixed}:3: $.upvotes: Unexpected \`-1\`, expected a number >= 0`,
        `${mixed}:4: $.repositories[0].url: Unexpected \`not a url\`, expected an http(s) URL`,
        `${mixed}:6: $: Unexpected \`{"title": "a line that is not JSON",\`, expected a JSON object on this line`,
        // Line 5 (an unknown field) is valid without --strict.
        '2 valid, 5 invalid',
        '',
      ].join('\n'),
    )
  })

  it('reports unknown fields with --strict', async () => {
    const { code, stdout } = await cli(['validate', mixed, '--strict'])
    expect(code).toBe(1)
    expect(stdout).toContain(
      `${mixed}:5: $.conference: Unexpected field \`conference\`, expected only known fields (strict mode)\n`,
    )
    expect(stdout.endsWith('1 valid, 6 invalid\n')).toBe(true)
    const extra = file('extra.jsonl', JSON.stringify(edit({ conference: 'NeurIPS' })))
    expect((await cli(['validate', extra])).code).toBe(0)
    expect((await cli(['validate', extra, '--strict'])).code).toBe(1)
  })

  it('points at the line of the value in a pretty-printed JSON array', async () => {
    const records = [
      arxivRecord,
      edit({ upvotes: -1 }),
      edit({ title: undefined, authors: [{ name: 'A', orcid: 'x' }] }),
    ]
    const text = JSON.stringify(records, null, 2)
    const path = file('array.json', text)
    const lines = text.split('\n')
    // Found by reading the input: where each value (or, for a missing field, its record) starts.
    const upvotes = lines.indexOf('    "upvotes": -1,') + 1
    const thirdRecord = lines.findIndex((line, index) => line === '  {' && index > upvotes) + 1
    const orcid = lines.indexOf('        "orcid": "x"') + 1
    expect([upvotes, thirdRecord, orcid].every((line) => line > 1)).toBe(true)
    const { code, stdout } = await cli(['validate', path, '--strict'])
    expect(code).toBe(1)
    expect(stdout).toBe(
      [
        `${path}:${upvotes}: $[1].upvotes: Unexpected \`-1\`, expected a number >= 0`,
        `${path}:${thirdRecord}: $[2].title: Missing field, expected a string`,
        `${path}:${orcid}: $[2].authors[0].orcid: Unexpected field \`orcid\`, expected only known fields (strict mode)`,
        '1 valid, 2 invalid',
        '',
      ].join('\n'),
    )
  })

  it('gives a machine-readable report with --format json', async () => {
    const { code, stdout } = await cli(['validate', mixed, '--format', 'json', '--strict'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({
      file: mixed,
      shape: 'jsonl',
      strict: true,
      schemaVersion: SCHEMA_VERSION,
      valid: 1,
      invalid: 6,
    })
    expect(report.problems).toHaveLength(6)
    expect(report.problems[2]).toEqual({
      record: 2,
      line: 3,
      path: '$.upvotes',
      message: 'Unexpected `-1`, expected a number >= 0',
      code: 'too_small',
    })
    const clean = JSON.parse(
      (await cli(['validate', file('ok.jsonl', JSON.stringify(arxivRecord)), '--format=json'])).stdout,
    )
    expect(clean).toMatchObject({ problems: [], valid: 1, invalid: 0 })
  })

  it('reads stdin with -, CRLF line ends and a BOM', async () => {
    const text = `\ufeff${JSON.stringify(arxivRecord)}\r\n\r\n${JSON.stringify(edit({ upvotes: -2 }))}\r\n`
    const { code, stdout } = await cli(['validate', '-'], text)
    expect(code).toBe(1)
    expect(stdout).toBe('<stdin>:3: $.upvotes: Unexpected `-2`, expected a number >= 0\n1 valid, 1 invalid\n')
  })

  it('reads JSON Lines whose first line is broken as JSON Lines', async () => {
    const path = file('broken-first.jsonl', `{"title": oops}\n${JSON.stringify(arxivRecord)}\n`)
    const { stdout } = await cli(['validate', path])
    expect(stdout).toBe(
      `${path}:1: $: Unexpected \`{"title": oops}\`, expected a JSON object on this line\n1 valid, 1 invalid\n`,
    )
  })

  it('reports a broken JSON document at the line of the error, and empty input', async () => {
    const path = file('broken.json', '{\n  "title": "x",\n  "authors": [\n}\n')
    const broken = await cli(['validate', path])
    expect(broken.code).toBe(1)
    expect(broken.stdout).toBe(
      `${path}:4: $: Unexpected text that is not JSON, expected a JSON array, JSON Lines or one JSON object\n0 valid, 1 invalid\n`,
    )
    const empty = await cli(['validate', '-'], '\n  \n')
    expect(empty.code).toBe(1)
    expect(empty.stdout).toMatch(/^<stdin>:1: \$: Unexpected empty input, expected a JSON array/)
    const none = await cli(['validate', file('empty.json', '[]')])
    expect([none.code, none.stdout]).toEqual([0, '0 valid, 0 invalid\n'])
  })

  it('exits 1 on a file it cannot read, and 2 on usage errors', async () => {
    const missing = await cli(['validate', join(dir, 'nope.jsonl')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/nope\.jsonl: error Cannot read input: ENOENT/)
    for (const args of [
      ['validate'],
      ['validate', 'a', 'b'],
      ['validate', mixed, '--format', 'csv'],
      ['validate', mixed, '--merge'],
      ['parse', mixed, '--strict'],
      ['schema', 'extra'],
      ['schema', '--strict'],
    ]) {
      const { code, stderr } = await cli(args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).toMatch(/^papersift: [^\n]+\nRun `papersift ((validate|parse|schema) )?--help` for usage\.\n$/)
    }
  })
})
