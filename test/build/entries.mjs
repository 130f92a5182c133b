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

/** In a declaration file, `./x.js` names `./x.d.ts` (and `./x.cjs` or `./x.js` in a `.d.cts`, `./x.d.cts`). */
function declarationOf(file, name) {
  if (file.endsWith('.d.cts')) return name.replace(/\.c?js$/, '.d.cts')
  if (file.endsWith('.d.ts')) return name.replace(/\.js$/, '.d.ts')
  return name
}

/** Every bare module a built file reaches, following its relative imports. */
function bareImports(file, seen = new Set()) {
  if (seen.has(file)) return []
  seen.add(file)
  const found = []
  for (const [, name] of readFileSync(file, 'utf8').matchAll(specifier)) {
    if (name.startsWith('.')) found.push(...bareImports(join(dirname(file), declarationOf(file, name)), seen))
    else found.push(name)
  }
  return found
}

/** The package a bare specifier names: `zod/v4/core` is `zod`, `@scope/name/x` is `@scope/name`. */
const packageOf = (name) =>
  name
    .split('/')
    .slice(0, name.startsWith('@') ? 2 : 1)
    .join('/')

for (const file of ['schema.js', 'schema.cjs', 'schema.d.ts', 'schema.d.cts']) {
  const modules = new Set(bareImports(join(dist, file)).map(packageOf))
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
for (const entry of [await import('papersift/schema'), createRequire(import.meta.url)('papersift/schema')]) {
  for (const name of [
    'MetadataSchema',
    'RepositoriesSchema',
    'DatasetsSchema',
    'DatasetEntrySchema',
    'createPaper',
    'paperId',
  ]) {
    assert.ok(entry[name], `papersift/schema exports ${name}`)
  }
}

// papersift/testing: both module systems, the kit's functions, no CLI-only module; fast-check only when fuzzing.
const testingEsm = await import('papersift/testing')
const testingCjs = createRequire(import.meta.url)('papersift/testing')
for (const entry of [testingEsm, testingCjs]) {
  for (const name of ['createEntry', 'runPlugin', 'runPluginSync', 'readEntries', 'runFixtures', 'checkHostile']) {
    assert.equal(typeof entry[name], 'function', `papersift/testing exports ${name}`)
  }
  const { output } = entry.runPluginSync(
    (await import('papersift')).repositories(),
    entry.createEntry({ title: 'T', abstract: 'Code: https://github.com/o/r' }),
  )
  assert.equal(output.repositories[0].url, 'https://github.com/o/r')
}
for (const file of ['testing.js', 'testing.cjs']) {
  const modules = bareImports(join(dist, file))
  assert.deepEqual(
    modules.filter((name) => cliOnly.includes(name)),
    [],
    `dist/${file} imports a CLI-only module`,
  )
}
console.log('entries ok: papersift/testing in ESM and CommonJS')

const jsonSchema = createRequire(import.meta.url)('papersift/schema.json')
assert.equal(jsonSchema.$id, `urn:papersift:schema:paper:${esm.SCHEMA_VERSION}`)
assert.equal(jsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema')
assert.equal(jsonSchema.$comment, `papersift record schema ${esm.SCHEMA_VERSION}`)
console.log('entries ok: papersift/schema imports only zod, papersift no CLI-only module; schema.json resolves')
