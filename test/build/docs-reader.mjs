// Run after `npm run build`: the worked example of docs/readers.md, taken from the document as a
// user would copy it, runs against the built package (`papersift` resolves to dist/ by the
// package's own name), and every `expression // => value` line holds.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const root = new URL('../../', import.meta.url)
const markdown = readFileSync(new URL('docs/readers.md', root), 'utf8')
const section = markdown.split('## Worked example')[1] ?? ''
const code = /```ts test\n([\s\S]*?)```/.exec(section)?.[1]
assert.ok(code, 'docs/readers.md has a worked example')

let checks = 0
const checked = code
  .split('\n')
  .map((line) => {
    const at = line.indexOf(' // => ')
    if (at === -1) return line
    checks++
    return `__check(${line.slice(0, at).trim()}, ${line.slice(at + 7)})`
  })
  .join('\n')
const { outputText } = ts.transpileModule(
  `import { deepStrictEqual as __check } from 'node:assert/strict'\n${checked}`,
  { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } },
)
// Inside the package folder, so that `import 'papersift'` is the package itself (its dist/).
const folder = mkdtempSync(join(new URL('.', import.meta.url).pathname, '.docs-reader-'))
try {
  const file = join(folder, 'example.mjs')
  writeFileSync(file, outputText)
  process.chdir(new URL('.', root).pathname)
  await import(file)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
assert.ok(checks >= 5)
console.log(`docs/readers.md worked example ok against dist/: ${checks} checks`)
