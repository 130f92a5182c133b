/**
 * The README cannot drift: its ```ts test blocks (and docs/plugins.md's) run against the bundled
 * fixtures and every `expression // => value` line must hold; its Contents, exports and Formats
 * are checked against the headings and the source.
 */

import * as fs from 'node:fs'
import { readFileSync } from 'node:fs'
import * as fsPromises from 'node:fs/promises'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import * as zod from 'zod'
import * as core from '../../src/core/index.js'
import * as papersift from '../../src/index.js'
import { readers } from '../../src/readers/index.js'
import * as schema from '../../src/schema/index.js'
import * as testing from '../../src/testing/index.js'
import { publicExports } from './exports.js'
import { codeBlocks, codeSpans, proseLines, slug, tables } from './markdown.js'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const readme = read('README.md')
// Documents whose ```ts test blocks run here.
const runnableDocuments = ['README.md', 'docs/plugins.md', 'docs/readers.md']
const modules: Record<string, unknown> = {
  papersift,
  'papersift/core': core,
  'papersift/schema': schema,
  'papersift/testing': testing,
  zod,
  'node:fs': fs,
  'node:fs/promises': fsPromises,
}

type Check = (actual: unknown, expected: unknown, line: number) => void
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>

/**
 * Turn each `expression // => value` line into a check, then strip the types (the block is
 * TypeScript) and run it as a CommonJS body with the modules above.
 */
function compile(code: string, firstLine: number): (check: Check) => Promise<void> {
  const checked = code
    .split('\n')
    .map((line, index) => {
      const at = line.indexOf(' // => ')
      if (at === -1) return line
      const left = line.slice(0, at).trim()
      const expression = /^console\.log\((.*)\)$/.exec(left)?.[1] ?? left
      return `__check((${expression}), (${line.slice(at + 7)}), ${firstLine + index})`
    })
    .join('\n')
  const { outputText } = ts.transpileModule(checked, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false },
  })
  const run = new AsyncFunction('require', 'exports', '__check', 'console', outputText)
  const require = (name: string) => {
    if (!(name in modules))
      throw new Error(`README example imports \`${name}\`, which the README test does not provide`)
    return modules[name]
  }
  const quiet = { log() {}, warn() {}, error() {} }
  return (check) => run(require, {}, check, quiet)
}

describe('runnable examples', () => {
  const runnable = runnableDocuments.flatMap((path) =>
    codeBlocks(read(path))
      .filter((block) => block.info === 'ts test')
      .map((block) => ({ ...block, path })),
  )

  it('has runnable examples in each document, each with at least one checked result', () => {
    for (const path of runnableDocuments)
      expect(runnable.filter((block) => block.path === path).length).toBeGreaterThan(1)
    for (const block of runnable) expect(block.code, `${block.path}:${block.line}`).toContain(' // => ')
  })

  for (const block of runnable) {
    // Some examples run a whole check (checkHostile times its plugin): more than vitest's 5 s default.
    it(`runs the example at ${block.path}:${block.line}`, { timeout: 60_000 }, async () => {
      let checks = 0
      await compile(
        block.code,
        block.line,
      )((actual, expected, line) => {
        checks++
        expect(actual, `${block.path}:${line}`).toStrictEqual(expected)
      })
      expect(checks).toBe(block.code.split(' // => ').length - 1)
    })
  }

  it('fails an example whose documented result is wrong (the harness itself)', async () => {
    const wrong = compile(
      "import { parseArxivId } from 'papersift'\nparseArxivId('2306.15063v2') // => { id: '2306.15063' }",
      1,
    )
    await expect(wrong((actual, expected) => expect(actual).toStrictEqual(expected))).rejects.toThrow()
  })
})

describe('README structure', () => {
  const headings = proseLines(readme)
    .filter((item) => item.text.startsWith('## '))
    .map((item) => item.text.slice(3))

  it('lists every section in Contents, in order, with working anchors', () => {
    const contents = readme.split('## Contents\n')[1]?.split('\n## ')[0] ?? ''
    const entries = [...contents.matchAll(/^\* \[(.+)\]\(#(.+)\)$/gm)].map((match) => ({
      name: match[1],
      anchor: match[2],
    }))
    const sections = headings.filter((heading) => heading !== 'Contents')
    expect(entries.map((entry) => entry.name)).toEqual(sections)
    for (const entry of entries) expect(entry.anchor).toBe(slug(entry.name ?? ''))
  })

  it('keeps the unified order of sections', () => {
    const order = [
      'What is this?',
      'When should I use this?',
      'Install',
      'Use',
      'API',
      'CLI',
      'Formats',
      'Plugins',
      'Types',
      'Compatibility',
      'Security',
      'Contribute',
      'License',
    ]
    expect(headings.filter((heading) => order.includes(heading))).toEqual(order)
  })

  it('keeps the Quick start commands that CI and the demo test rely on', () => {
    expect(readme).toContain(
      '```sh\nnpm ci && npm run demo   # parse the bundled Hugging Face listing (fixtures/hf-text/seed) and print its 39 papers\nnpm test                 # run the test suite\n```',
    )
  })

  it('links only to headings that exist', () => {
    const anchors = new Set(
      proseLines(readme).flatMap((item) => (/^#+ (.+)$/.exec(item.text) ? [slug(item.text.replace(/^#+ /, ''))] : [])),
    )
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1])
    expect(links.length).toBeGreaterThan(10)
    for (const link of links) expect(anchors, `#${link}`).toContain(link)
  })
})

describe('README API reference', () => {
  // A definition is a heading's first code span, or the first cell of a `type`, `schema` or `export` table.
  const definitions = [
    ...proseLines(readme).flatMap((item) => {
      const heading = /^#{3,4} (.+)$/.exec(item.text)?.[1]
      const first = heading && codeSpans(heading)[0]
      return first ? [first.replace(/[(<].*$/, '')] : []
    }),
    ...tables(readme)
      .filter((table) => ['type', 'schema', 'export'].includes(table.header[0] ?? ''))
      .flatMap((table) => table.rows.flatMap((row) => codeSpans(row[0] ?? ''))),
  ]
  const exported = publicExports(new URL('../../src/index.ts', import.meta.url))

  it('finds the public exports (the collector itself)', () => {
    expect(exported.values).toEqual(Object.keys(papersift).sort())
    expect(exported.types).toContain('Paper')
    expect(exported.types).toContain('ParseResult')
  })

  it('documents every public export exactly once', () => {
    for (const name of [...exported.values, ...exported.types]) {
      expect(definitions.filter((item) => item === name).length, name).toBe(1)
    }
  })

  it('gives each exported function its signature under its heading', () => {
    const lines = proseLines(readme).map((item) => item.text)
    const functions = exported.values.filter(
      (name) => typeof (papersift as Record<string, unknown>)[name] === 'function',
    )
    for (const name of functions) {
      const at = lines.findIndex((line) => /^#{3,4} /.test(line) && codeSpans(line)[0]?.replace(/[(<].*$/, '') === name)
      const signature = lines.slice(at + 1).find((line) => line.trim() !== '')
      expect(signature, name).toMatch(new RegExp(`^\`${name}(<[^>]+>)?\\(`))
    }
  })

  it('lists every reader in Formats, and no other', () => {
    const formats = tables(readme).find((table) => table.header[0] === 'reader')
    expect(formats?.rows.map((row) => codeSpans(row[0] ?? '')[0])).toEqual(readers.map((reader) => reader.name))
  })

  it('states the default chain in its order', () => {
    expect(readme).toContain(
      papersift
        .createParser()
        .plugins.map((name) => `\`${name}\``)
        .join(' → '),
    )
  })
})
