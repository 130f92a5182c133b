// Run after `npm run build`: `papersift/schema` loads through the exports map in both module
// systems and its built files (followed through shared chunks) import nothing but zod, so the
// light entry never pulls in the parsers (parse5, unified, hast, vfile); the library entry never
// pulls in what only the CLI's output formats and validate command need.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = fileURLToPath(new URL('../../dist/', import.meta.url))
const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm

/** Every bare module a built file reaches, following its relative imports. */
function bareImports(file, seen = new Set()) {
  if (seen.has(file)) return []
  seen.add(file)
  const found = []
  for (const [, name] of readFileSync(file, 'utf8').matchAll(specifier)) {
    if (name.startsWith('.')) found.push(...bareImports(join(dirname(file), name), seen))
    else found.push(name)
  }
  return found
}

for (const file of ['schema.js', 'schema.cjs', 'schema.d.ts', 'schema.d.cts']) {
  const modules = new Set(bareImports(join(dist, file)))
  assert.deepEqual([...modules], ['zod'], `dist/${file} imports ${[...modules].join(', ')}`)
}

const cliOnly = ['unicode2latex', '@citation-js/name', '@humanwhocodes/momoa']
for (const file of ['index.js', 'index.cjs']) {
  const modules = bareImports(join(dist, file))
  assert.deepEqual(
    modules.filter((name) => cliOnly.includes(name)),
    [],
    `dist/${file} imports a CLI-only module`,
  )
  assert.ok(modules.includes('zod'), `dist/${file}: the walk found its imports`)
}
const cli = new Set(bareImports(join(dist, 'cli.js')))
assert.ok(
  cliOnly.every((name) => cli.has(name)),
  'dist/cli.js: the walk found the CLI-only modules',
)

const esm = await import('papersift/schema')
const cjs = createRequire(import.meta.url)('papersift/schema')
for (const entry of [esm, cjs]) {
  assert.equal(typeof entry.validatePapers, 'function')
  assert.equal(entry.isPaper({ title: 'no id' }), false)
  assert.match(entry.SCHEMA_VERSION, /^\d+\.\d+\.\d+$/)
  assert.equal('parse' in entry, false)
}
const jsonSchema = createRequire(import.meta.url)('papersift/schema.json')
assert.equal(jsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema')
assert.equal(jsonSchema.$comment, `papersift record schema ${esm.SCHEMA_VERSION}`)
console.log('entries ok: papersift/schema imports only zod, papersift no CLI-only module; schema.json resolves')
