import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { outputFormats } from '../../src/cli/format.js'
import { builtinReaderNames, outputFormatNames, reportFormatNames } from '../../src/cli/names.js'
import { progressBar } from '../../src/cli/progress.js'
import { reportFormats } from '../../src/cli/validate/command.js'
import { readers } from '../../src/readers/index.js'
import { cli } from './run.js'

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url))
const seed = fixture('hf-text/seed/input.txt')
const atom = fixture('arxiv-atom/atom-new-2entries/input.xml')
const dir = mkdtempSync(join(tmpdir(), 'papersift-batch-'))
mkdirSync(join(dir, 'listings/nested'), { recursive: true })
copyFileSync(seed, join(dir, 'listings/a.txt'))
copyFileSync(atom, join(dir, 'listings/nested/b.xml'))
writeFileSync(join(dir, 'bad.txt'), 'nothing to see here\n')
const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { title: string; source: { input?: string; index: number } })

describe('papersift parse, many inputs', () => {
  it('streams JSONL from files, directories and globs, naming each paper’s input', async () => {
    const { code, stdout, stderr } = await cli([
      'parse',
      join(dir, 'listings'),
      join(dir, 'listings/nested/*.xml'),
      '--reference-date',
      '2025-12-08',
    ])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const papers = lines(stdout)
    expect(papers.length).toBe(39 + 2 + 2)
    expect(papers[0]?.source.input).toBe(join(dir, 'listings/a.txt'))
    expect(papers[39]?.source.input).toBe(join(dir, 'listings/nested/b.xml'))
    expect(papers[42]?.source).toMatchObject({ input: join(dir, 'listings/nested/b.xml'), index: 1 })
  }, 30_000)

  it('keeps going past a bad or missing input and fails at the end', async () => {
    const { code, stdout, stderr } = await cli(['parse', join(dir, 'bad.txt'), join(dir, 'missing.txt'), atom])
    expect(code).toBe(1)
    expect(lines(stdout).map((paper) => paper.source.input)).toEqual([atom, atom])
    expect(stderr).toContain(`${join(dir, 'missing.txt')}: error Cannot read input`)
    expect(stderr).toContain(`${join(dir, 'bad.txt')}:1:1: warning Unexpected input`)
  })

  it('reads - as stdin among files', async () => {
    const { code, stdout } = await cli(['parse', '-', atom], readFileSync(atom, 'utf8'))
    expect(code).toBe(0)
    expect(lines(stdout).map((paper) => paper.source.input)).toEqual(['<stdin>', '<stdin>', atom, atom])
  })

  it('writes to --out, nothing to stdout', async () => {
    const out = join(dir, 'out.jsonl')
    const { code, stdout } = await cli(['parse', seed, atom, '--out', out, '--reference-date', '2025-12-08'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(lines(readFileSync(out, 'utf8')).length).toBe(41)
  })

  it('--quiet leaves out info, --silent warnings too; --frail and --max-warnings fail on warnings', async () => {
    const bad = join(dir, 'bad.txt')
    const noisy = await cli(['parse', bad, atom])
    expect(noisy.stderr).toContain('warning')
    expect((await cli(['parse', bad, atom, '--silent'])).stderr).toBe('')
    const quiet = await cli(['parse', seed, atom, '--quiet', '--reference-date', '2025-12-08'])
    expect(quiet.stderr).not.toMatch(/: info /)
    expect(quiet.code).toBe(0)
    // The seed parses with warnings? Count them with a lenient and a strict run on a clean feed.
    expect((await cli(['parse', atom, atom, '--frail'])).code).toBe(0)
    const frail = await cli(['parse', atom, bad, '--frail'])
    expect(frail.code).toBe(1)
    expect(frail.stderr).toContain('more than --max-warnings 0')
    const many = await cli(['parse', atom, bad, '--max-warnings', '5'])
    expect(many.stderr).not.toContain('more than --max-warnings')
    expect((await cli(['parse', atom, '--max-warnings', 'x'])).code).toBe(2)
    expect((await cli(['parse', atom, '--quiet', '--silent'])).code).toBe(2)
  })

  it('refuses a whole-output format for several inputs without --merge', async () => {
    const { code, stderr } = await cli(['parse', seed, atom, '--format', 'csv'])
    expect(code).toBe(2)
    expect(stderr).toContain('several inputs are written as jsonl')
  })

  it('draws a progress bar with files, papers, MB/s and ETA', () => {
    let text = ''
    const bar = progressBar(2, 2_000_000, { stderr: (chunk) => (text += chunk) })
    bar.file(39, 1_000_000)
    bar.file(2, 1_000_000)
    bar.done()
    expect(text).toMatch(/files 2\/2 {2}papers 41 {2}[\d.]+ MB\/s {2}ETA 0s\n$/)
  })

  it('keeps the light name lists of --help equal to the readers and formats', () => {
    expect([...builtinReaderNames]).toEqual(readers.map((reader) => reader.name))
    expect([...outputFormatNames]).toEqual([...outputFormats])
    expect([...reportFormatNames]).toEqual([...reportFormats])
  })
})

const built = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const run = promisify(execFile)

describe('lazy loading', () => {
  it('imports only what --help and --version need up front; commands load their code when run', () => {
    const source = readFileSync(new URL('../../src/cli/main.ts', import.meta.url), 'utf8')
    const eager = [...source.matchAll(/^import (?!type )[^'\n]*'([^']+)'/gm)].map((match) => match[1])
    expect(eager).toEqual(['node:util', '../../package.json', './help.js', './io.js', './names.js', './suggest.js'])
  })
})

describe.skipIf(!existsSync(built))('papersift parse, built CLI in a child process', () => {
  it('gives the same lines, in input order, with --jobs 2 as with --jobs 1', async () => {
    const args = [built, 'parse', seed, atom, seed, atom, '--reference-date', '2025-12-08']
    const one = await run(process.execPath, [...args, '--jobs', '1'])
    const two = await run(process.execPath, [...args, '--jobs', '2'])
    expect(lines(two.stdout).length).toBe(82)
    expect(two.stdout).toBe(one.stdout)
  }, 60_000)

  it('shows no progress bar when stderr is not a terminal', async () => {
    const { stderr } = await run(process.execPath, [built, 'parse', atom, atom])
    expect(stderr).toBe('')
  }, 30_000)

  it('answers --version', async () => {
    const version = await run(process.execPath, [built, '--version'])
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  }, 30_000)
})
