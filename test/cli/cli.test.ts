import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { cli } from './run.js'

const seed = fileURLToPath(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url))
const expected = JSON.parse(
  readFileSync(new URL('../../fixtures/hf-text/seed/expected.json', import.meta.url), 'utf8'),
) as Array<Record<string, unknown>>

describe('papersift parse', () => {
  it('prints the seed’s 39 papers as JSON, equal to the hand-written expectation', async () => {
    const { code, stdout, stderr } = await cli(['parse', seed, '--reference-date', '2025-12-08', '--format', 'json'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const papers = JSON.parse(stdout) as Array<Record<string, unknown>>
    expect(papers).toHaveLength(39)
    papers.forEach((paper, index) => {
      const want = expected[index] ?? {}
      for (const key of ['title', 'abstract', 'authorCount', 'publishedAt', 'comments']) {
        expect(paper[key], `${index}.${key}`).toEqual(want[key])
      }
    })
  })

  it('prints one JSON object per line with --format jsonl', async () => {
    const { code, stdout } = await cli(['parse', seed, '--reference-date=2025-12-08', '--format', 'jsonl'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(39)
    expect(JSON.parse(lines[27] ?? '').title).toMatch(/^Derm1M/)
  })

  it('prints a readable table that fits the width', async () => {
    const { code, stdout } = await cli(['parse', seed, '--reference-date', '2025-12-08', '--format', 'table'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^ #\s+date\s+authors\s+comments\s+code\s+title$/)
    expect(lines).toHaveLength(2 + 39 + 1)
    // The first paper's abstract gives its code (fixtures/hf-text/seed/repositories.expected.json).
    expect(lines[2]).toMatch(/^ 1\s+2023-06-26\s+4\s+-\s+mansheej\/icl-task-diversity\s+Pretraining/)
    expect(lines[11]).toMatch(/^10\s+2023-05-13\s+6\s+2\s+-\s+CodeT5\+/)
    expect(lines[29]).toMatch(/^28\s+-\s+-\s+-\s+-\s+Derm1M/)
    expect(lines.at(-1)).toBe('39 papers')
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100)
  })

  it('reads stdin with -, and reports diagnostics as file:line:col on stderr', async () => {
    const text = readFileSync(seed, 'utf8').replace('Jun 26, 2023', 'Jun 31, 2023')
    const { code, stdout, stderr } = await cli(['parse', '-', '--reference-date', '2025-12-08'], text)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toHaveLength(39)
    expect(stderr).toBe(
      '<stdin>:19:1: warning Unexpected date `Jun 31, 2023`, expected a day such as `Jun 26, 2023` [metadata]\n',
    )
  })

  it('exits 1 on input without a listing or that cannot be read', async () => {
    const none = await cli(['parse', '-'], 'hello world')
    expect(none.code).toBe(1)
    expect(none.stdout).toBe('[]\n')
    expect(none.stderr).toMatch(
      /^<stdin>:1:1: warning Unexpected input, expected a paper listing.*\[core:unknown-format\]\n$/,
    )
    const missing = await cli(['parse', '/nonexistent/file.txt'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^\/nonexistent\/file\.txt: error Cannot read input: ENOENT/)
  })

  it('exits 2 on usage errors: one line, then where the help is', async () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['parse'],
      ['parse', seed, '--format', 'xml'],
      ['parse', seed, '--reference-date', '2025-02-30'],
      ['parse', seed, '--source', 'nope'],
      ['parse', seed, '--bogus'],
      ['parse', 'a', 'b', '--format', 'csv'],
    ]) {
      const { code, stderr } = await cli(args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).toMatch(/^papersift: [^\n]+\nRun `papersift (parse )?--help` for usage\.\n$/)
    }
  })

  it('forces a reader with --source', async () => {
    const { code, stdout } = await cli(
      ['parse', '-', '--source', 'hf-text', '--format', 'jsonl'],
      'A title\n\nAn abstract that is long enough to be one.\n\n• 2 authors\n·\nJan 2, 2024',
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ title: 'A title', authorCount: 2, publishedAt: '2024-01-02' })
  })

  it('forces a reader with --reader, and loads readers with --use', async () => {
    const tiny = 'TINY LIST\n* Sifting Papers (2024)\n* Typed Listings (2019)\n'
    const module = new URL('./modules/tiny-reader.mjs', import.meta.url).pathname
    const unknown = await cli(['parse', '-', '--format', 'jsonl'], tiny)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('core:unknown-format')
    const { code, stdout, stderr } = await cli(['parse', '-', '--use', module, '--format', 'jsonl'], tiny)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toMatchObject([
      { title: 'Sifting Papers', year: 2024, source: { format: 'tiny-list' } },
      { title: 'Typed Listings', year: 2019 },
    ])
    const forced = await cli(
      ['parse', '-', '--use', module, '--reader', 'tiny-list', '--format', 'jsonl'],
      '* A (2020)\n',
    )
    expect(JSON.parse(forced.stdout)).toMatchObject({ title: 'A', year: 2020 })
    const hfText = await cli(
      ['parse', '-', '--reader', 'hf-text', '--format', 'jsonl'],
      'A title\n\nAn abstract that is long enough to be one.',
    )
    expect(JSON.parse(hfText.stdout)).toMatchObject({ title: 'A title' })
  })

  it('--use reports a module it cannot load, or one whose reader is malformed', async () => {
    const missing = await cli(['parse', '-', '--use', './no-such-module.mjs'], 'x')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/no-such-module\.mjs: error Cannot load module/)
    const broken = await cli(
      ['parse', '-', '--use', new URL('./modules/broken-reader.mjs', import.meta.url).pathname],
      'x',
    )
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(
      /^papersift: --use .*broken-reader\.mjs: Expected reader "broken" to have a `read\(file, context\)` function/,
    )
  })

  it('--help and --version', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Usage: papersift <command>/)
    const version = await cli(['--version'])
    expect(version.stdout).toBe(
      `${JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version}\n`,
    )
  })
})

describe('README quick start', () => {
  it('`npm run demo` prints the seed’s papers as a table', { timeout: 60_000 }, async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url))
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'demo'], { cwd: root })
    expect(stdout).toMatch(/^ #\s+date\s+authors\s+comments\s+code\s+title\n/)
    expect(stdout).toMatch(/\n39 papers\n$/)
    expect(stdout).toContain('Pretraining task diversity and the emergence')
  })
})

describe('papersift parse on an empty listing', () => {
  it('exits 0 with an empty array and the info message: an empty listing is an answer', async () => {
    const empty = fileURLToPath(new URL('../../fixtures/arxiv-list/list-cs-9101-empty/input.html', import.meta.url))
    const { code, stdout, stderr } = await cli(['parse', empty])
    expect(code).toBe(0)
    expect(stdout).toBe('[]\n')
    expect(stderr).toMatch(/: info .*No updates for this time period.*\[arxiv-list:/)
  })
})
