import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/cli/batch.js'
import { workerFlags, workerV8Flags } from '../../src/cli/workers.js'
import { createParser } from '../../src/index.js'
import { cli } from './run.js'

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url))
const seed = fixture('hf-text/seed/input.txt')
const atom = fixture('arxiv-atom/atom-new-2entries/input.xml')
// A page whose state was cut: papers and a warning.
const cut = fixture('hf-html/drift-truncated-state/input.html')
const dir = mkdtempSync(join(tmpdir(), 'papersift-jobs-'))
const bad = join(dir, 'bad.txt')
writeFileSync(bad, 'nothing to see here\n')
const missing = join(dir, 'missing.txt')
const tinyModule = fileURLToPath(new URL('./modules/tiny-reader.mjs', import.meta.url))
const tinyA = join(dir, 'a.tiny')
const tinyB = join(dir, 'b.tiny')
writeFileSync(tinyA, 'TINY LIST\n* Sifting Papers (2024)\n* Typed Listings (2019)\n')
writeFileSync(tinyB, 'TINY LIST\n* Parallel Pages (2021)\n')
copyFileSync(atom, join(dir, 'atom copy.xml'))

const built = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

/** Run the built CLI in a child process, `stdin` piped in. */
function runBuilt(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [built, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

const inputsOf = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { source: { input: string } }).source.input)

describe.skipIf(!existsSync(built))('papersift parse --jobs 2, built CLI', () => {
  it('writes what --jobs 1 writes, byte for byte, with the same messages and exit code', async () => {
    const args = ['parse', seed, bad, atom, missing, '-', cut, join(dir, 'atom copy.xml'), seed]
    const stdin = readFileSync(atom, 'utf8')
    const one = await runBuilt([...args, '--jobs', '1', '--reference-date', '2025-12-08'], stdin)
    const two = await runBuilt([...args, '--jobs', '2', '--reference-date', '2025-12-08'], stdin)
    expect(one.code).toBe(1) // the bad and the missing input
    expect(two.code).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(one.stderr)
    // Input order, stdin in its place: 39 + 2 + 2 (stdin) + the cut page + 2 + 39.
    const inputs = inputsOf(two.stdout)
    expect(inputs.slice(0, 39).every((input) => input === seed)).toBe(true)
    expect(inputs.slice(39, 43)).toEqual([atom, atom, '<stdin>', '<stdin>'])
    expect(inputs.at(-40)).toBe(join(dir, 'atom copy.xml'))
    expect(inputs.at(-1)).toBe(seed)
    expect(two.stderr).toContain(`${missing}: error Cannot read input`)
    expect(two.stderr).toContain(`${bad}:1:1: warning Unexpected input`)
  }, 60_000)

  it('an --out that cannot be opened, or fills up, fails the run with one message, as --jobs 1 does', async () => {
    const nowhere = join(dir, 'no such folder', 'out.jsonl')
    const outs = existsSync('/dev/full') ? [nowhere, '/dev/full'] : [nowhere]
    for (const out of outs) {
      for (const jobs of ['1', '2']) {
        const { code, stderr } = await runBuilt(['parse', seed, atom, seed, '--jobs', jobs, '--out', out])
        expect(code, `${out} --jobs ${jobs}`).toBe(1)
        expect(stderr, `${out} --jobs ${jobs}`).toContain(`papersift: cannot write --out ${out}:`)
        expect(stderr, `${out} --jobs ${jobs}`).not.toMatch(/\n\s+at /)
      }
    }
  })

  it('writes --out as --jobs 1 does, and fails on warnings past --max-warnings', async () => {
    const out = join(dir, 'out.jsonl')
    const one = await runBuilt(['parse', cut, atom, '--jobs', '1'])
    const two = await runBuilt(['parse', cut, atom, '--jobs', '2', '--out', out, '--max-warnings', '0'])
    expect(one.code).toBe(0)
    expect(two.code).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe(one.stdout)
    expect(two.stderr).toMatch(/more than --max-warnings 0: failing the run\n$/)
    const silent = await runBuilt(['parse', cut, atom, '--jobs', '2', '--silent'])
    expect(silent.stderr).toBe('')
    expect(silent.stdout).toBe(one.stdout)
  }, 60_000)

  it('loads --use modules in the workers', async () => {
    const { code, stdout, stderr } = await runBuilt(['parse', tinyA, tinyB, '--use', tinyModule, '--jobs', '2'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const papers = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { title: string; source: { input: string; format: string } })
    expect(papers.map((paper) => [paper.title, paper.source.input, paper.source.format])).toEqual([
      ['Sifting Papers', tinyA, 'tiny-list'],
      ['Typed Listings', tinyA, 'tiny-list'],
      ['Parallel Pages', tinyB, 'tiny-list'],
    ])
  }, 60_000)

  it('parses a single file, or stdin alone, without workers and without waiting for them', async () => {
    const one = await runBuilt(['parse', atom, '--jobs', '1'])
    const two = await runBuilt(['parse', atom, '--jobs', '4'])
    expect(two).toEqual(one)
    const stdin = await runBuilt(['parse', '-', '--jobs', '2'], readFileSync(atom, 'utf8'))
    expect(inputsOf(stdin.stdout)).toEqual(['<stdin>', '<stdin>'])
  }, 60_000)
})

describe.skipIf(!existsSync(built))('papersift parse --jobs 2, a slow file first', () => {
  it('hands out only a few files past the one being written, and keeps their order', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'papersift-jobs-slow-'))
    const log = join(folder, 'log.txt')
    writeFileSync(log, '')
    const names: string[] = []
    for (let index = 0; index < 30; index++) {
      const name = join(folder, `${String(index).padStart(2, '0')}.slow`)
      const slow = index === 0 ? ' slow' : ''
      writeFileSync(name, `SLOW LIST\n# ${index}${slow}\n* Paper ${index} (2020)\n`)
      names.push(name)
    }
    const module = fileURLToPath(new URL('./modules/jobs-slow-reader.mjs', import.meta.url))
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [built, 'parse', ...names, '--use', module, '--jobs', '2'], {
        env: { ...process.env, PAPERSIFT_TEST_LOG: log },
      })
      let out = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk
      })
      child.on('error', reject)
      child.on('close', (exit) => resolve({ code: exit, stdout: out }))
    })
    expect(code).toBe(0)
    expect(inputsOf(stdout)).toEqual(names)
    const events = readFileSync(log, 'utf8').trim().split('\n')
    const slowEnds = events.indexOf('end 0')
    const startedMeanwhile = events.slice(0, slowEnds).filter((event) => event.startsWith('start ')).length
    // File 0 and at most 4 per worker past it (the look-ahead), not all 30.
    expect(startedMeanwhile).toBeGreaterThan(1)
    expect(startedMeanwhile).toBeLessThanOrEqual(8)
  }, 60_000)
})

describe('papersift parse --jobs 2, from source', () => {
  it('runs the TypeScript worker (through tsx) and keeps input order', async () => {
    const one = await cli(['parse', atom, seed, bad, atom, '--jobs', '1', '--reference-date', '2025-12-08'])
    const two = await cli(['parse', atom, seed, bad, atom, '--jobs', '2', '--reference-date', '2025-12-08'])
    expect(two).toEqual(one)
    expect(two.code).toBe(1)
    expect(inputsOf(two.stdout)).toEqual([atom, atom, ...Array<string>(39).fill(seed), atom, atom])
  }, 60_000)
})

describe('the worker', () => {
  it('hands back a file’s JSON Lines as one UTF-8 buffer, as --jobs 1 writes them', async () => {
    const { default: parseFile } = await import('../../src/cli/worker.js')
    const task = { file: seed, reader: undefined, url: undefined, referenceDate: '2025-12-08', provenance: false }
    const result = await parseFile(task)
    const lines: string[] = []
    await parseInput(seed, { ...task, parser: createParser() }, undefined, (line) => {
      lines.push(line)
    })
    expect(lines.length).toBe(39)
    expect(new TextDecoder().decode(result.output)).toBe(lines.join(''))
    expect(result).toMatchObject({ name: seed, papers: 39, ok: true, warnings: 0 })
    expect(result.bytes).toBe(readFileSync(seed).byteLength)
    expect('lines' in result).toBe(false)
  }, 30_000)
})

describe('the workers’ V8 flags', () => {
  const saved = process.env.PAPERSIFT_WORKER_V8_FLAGS
  afterEach(() => {
    if (saved === undefined) delete process.env.PAPERSIFT_WORKER_V8_FLAGS
    else process.env.PAPERSIFT_WORKER_V8_FLAGS = saved
  })

  it('are the measured pair on V8 11 (Node 20) only, unless PAPERSIFT_WORKER_V8_FLAGS says otherwise', () => {
    delete process.env.PAPERSIFT_WORKER_V8_FLAGS
    expect(workerV8Flags).toEqual(['--interrupt-budget=300000', '--max-inlined-bytecode-size-cumulative=200'])
    expect(workerFlags()).toEqual(process.versions.v8.startsWith('11.') ? workerV8Flags : [])
    process.env.PAPERSIFT_WORKER_V8_FLAGS = ''
    expect(workerFlags()).toEqual([])
    process.env.PAPERSIFT_WORKER_V8_FLAGS = ' --single-threaded  --interrupt-budget=1000 '
    expect(workerFlags()).toEqual(['--single-threaded', '--interrupt-budget=1000'])
  })
})
