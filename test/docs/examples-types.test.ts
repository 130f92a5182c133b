/**
 * The runnable examples also type-check, as a reader's editor would check them: each block is
 * compiled as its own module with `papersift` resolved to the source, under the project's
 * tsconfig (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { codeBlocks } from './markdown.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const documents = ['README.md', 'docs/plugins.md', 'docs/readers.md']

describe('runnable examples', () => {
  it('type-check', { timeout: 60_000 }, () => {
    const blocks = new Map<string, string>()
    const origin = new Map<string, { path: string; line: number }>()
    for (const path of documents) {
      for (const block of codeBlocks(readFileSync(`${root}${path}`, 'utf8'))) {
        if (block.info !== 'ts test') continue
        // `export {}` makes each block a module (imports already do; this keeps a block without them one too).
        const file = `${root}test/docs/.example-${origin.size}.ts`
        blocks.set(file, `${block.code}\nexport {}\n`)
        origin.set(file, { path, line: block.line })
      }
    }
    const config = ts.getParsedCommandLineOfConfigFile(
      `${root}tsconfig.json`,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    )
    if (!config) throw new Error('Cannot read tsconfig.json')
    const options: ts.CompilerOptions = {
      ...config.options,
      noEmit: true,
      baseUrl: root,
      paths: {
        papersift: ['src/index.ts'],
        'papersift/core': ['src/core/index.ts'],
        'papersift/schema': ['src/schema/index.ts'],
        'papersift/testing': ['src/testing/index.ts'],
      },
    }
    const host = ts.createCompilerHost(options)
    const { fileExists, readFile, getSourceFile } = host
    host.fileExists = (file) => blocks.has(file) || fileExists(file)
    host.readFile = (file) => blocks.get(file) ?? readFile(file)
    host.getSourceFile = (file, language, ...rest) => {
      const text = blocks.get(file)
      return text === undefined
        ? getSourceFile(file, language, ...rest)
        : ts.createSourceFile(file, text, language, true)
    }
    const program = ts.createProgram([...blocks.keys()], options, host)
    const problems = [...blocks.keys()].flatMap((file) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((diagnostic) => {
        const where =
          diagnostic.file && diagnostic.start !== undefined
            ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
            : undefined
        const from = origin.get(diagnostic.file?.fileName ?? '')
        const place = from ? `${from.path}:${from.line + (where?.line ?? 0)}` : (diagnostic.file?.fileName ?? 'options')
        return `${place}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
      }),
    )
    expect(blocks.size).toBeGreaterThan(8)
    expect(problems).toEqual([])
  })
})
