import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Paper, validatePapers } from '../../src/index.js'
import { paperJsonSchema } from '../../src/schema/json-schema.js'
import { cli } from './run.js'

const seed = 'fixtures/hf-text/seed/input.txt'
const dir = mkdtempSync(join(tmpdir(), 'papersift-merge-'))
// A second text copy of the same day: CodeT5+ has 4 comments by now, and one paper was added.
const copy = join(dir, 'later.txt')
writeFileSync(
  copy,
  `${readFileSync(seed, 'utf8').replace('May 13, 2023 2\n', 'May 13, 2023 4\n')}\n\nA paper only the later copy lists\n\nAn abstract that is long enough to be one, with a full stop at its end.\n\n• 2 authors\n·\nJan 2, 2024\n`,
)

describe('papersift parse --merge', () => {
  it('gives one record per paper across inputs, naming each input in the sources', async () => {
    const { code, stdout, stderr } = await cli(['parse', seed, copy, '--merge', '--reference-date', '2025-12-08'])
    expect([code, stderr]).toEqual([0, ''])
    const papers = JSON.parse(stdout) as Paper[]
    expect(papers).toHaveLength(40)
    expect(validatePapers(papers, { strict: true }).valid).toBe(true)
    const codeT5 = papers.find((paper) => paper.title.startsWith('CodeT5+'))
    // Both copies are hf-text: the earlier input wins.
    expect(codeT5?.comments).toBe(2)
    expect(codeT5?.provenance.comments?.source).toMatchObject({ format: 'hf-text', index: 9, input: seed })
    expect(codeT5?.sources?.map((source) => source.input)).toEqual([seed, copy])
    expect(papers[39]).toMatchObject({ title: 'A paper only the later copy lists', source: { input: copy } })
    const swapped = JSON.parse((await cli(['parse', copy, seed, '--merge', '--reference-date', '2025-12-08'])).stdout)
    expect(swapped.find((paper: Paper) => paper.title.startsWith('CodeT5+'))?.comments).toBe(4)
  })

  it('writes merged records in any output format', async () => {
    const { code, stdout } = await cli([
      'parse',
      seed,
      copy,
      '--merge',
      '--reference-date',
      '2025-12-08',
      '--format',
      'csv',
    ])
    expect(code).toBe(0)
    expect(stdout.trimEnd().split('\r\n')).toHaveLength(41)
  })

  it('exits 1 when an input cannot be read, and 2 on usage errors', async () => {
    const missing = await cli(['parse', seed, join(dir, 'nope.txt'), '--merge'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/nope\.txt: error Cannot read input: ENOENT/)
    for (const args of [
      ['parse', seed, copy, '--format', 'table'],
      ['parse', '-', '-', '--merge'],
    ]) {
      const { code, stderr } = await cli(args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).toMatch(/^papersift: [^\n]+\nRun `papersift (parse )?--help` for usage\.\n$/)
    }
  })
})

describe('papersift schema', () => {
  it('prints the JSON Schema', async () => {
    const { code, stdout } = await cli(['schema'])
    expect(code).toBe(0)
    const schema = JSON.parse(stdout)
    expect(schema).toEqual(paperJsonSchema())
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'source']))
    // Since schema 1.2.0 a record may leave provenance out (--no-provenance).
    expect(schema.required).not.toContain('provenance')
  })
})
