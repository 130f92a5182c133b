// Run after `npm run build`: the package as a user gets it. `npm pack` makes the tarball, a fresh
// project in a temp folder installs it (with zod and fast-check, from the npm cache only: the
// lockfile's versions, which `npm ci` put there), and tests a plugin of its own with
// papersift/testing under node:test.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
const version = (name) => lock.packages[`node_modules/${name}`].version
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

const folder = mkdtempSync(join(tmpdir(), 'papersift-consumer-'))
try {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', folder], root))
  const project = join(folder, 'project')
  mkdirSync(join(project, 'fixtures', 'two-papers'), { recursive: true })
  const tarball = `file:../${packed.filename}`
  const wanted = { papersift: tarball, zod: version('zod'), 'fast-check': version('fast-check') }
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: wanted }),
  )
  // The project's lockfile is ours, cut to what a user installs: papersift's dependencies, the
  // peers, and the tarball itself. With every version and integrity known, npm needs only its cache.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const packages = { '': { name: 'consumer', dependencies: wanted } }
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '') continue
    const peer = ['node_modules/zod', 'node_modules/fast-check', 'node_modules/pure-rand'].includes(path)
    if (entry.dev && !peer) continue
    const { dev: _dev, devOptional: _devOptional, ...rest } = entry
    packages[path] = rest
  }
  packages['node_modules/papersift'] = {
    version: pkg.version,
    resolved: tarball,
    integrity: packed.integrity,
    license: pkg.license,
    dependencies: pkg.dependencies,
    bin: pkg.bin,
    engines: pkg.engines,
    peerDependencies: pkg.peerDependencies,
    peerDependenciesMeta: pkg.peerDependenciesMeta,
  }
  writeFileSync(
    join(project, 'package-lock.json'),
    JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }, null, 2),
  )
  npm(['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], project)

  // The user's plugin: a venue from the comment line.
  writeFileSync(
    join(project, 'venue.js'),
    `import { definePlugin } from 'papersift'
import { z } from 'zod'

const pattern = /\\b(?:ICML|NeurIPS|ICLR) 20\\d\\d\\b/

export function venue() {
  return definePlugin({
    name: 'venue',
    after: ['metadata'],
    schema: z.object({ venue: z.string().optional() }),
    extract(entry, context) {
      const comment = entry.fields.comment
      const match = comment && pattern.exec(comment.value)
      if (!match) return undefined
      context.cite('venue', { method: 'venue:comment', position: comment.position })
      return { venue: match[0] }
    },
  })
}
`,
  )
  // A fixture written by hand: a text listing and the venues it states.
  writeFileSync(
    join(project, 'fixtures', 'two-papers', 'input.json'),
    JSON.stringify([
      { paper: { id: '2401.00001', title: 'First', summary: 'An abstract.', publishedAt: '2024-01-01T00:00:00.000Z' } },
      {
        paper: {
          id: '2401.00002',
          title: 'Second',
          summary: 'Another abstract.',
          publishedAt: '2024-01-02T00:00:00.000Z',
        },
      },
    ]),
  )
  writeFileSync(
    join(project, 'fixtures', 'two-papers', 'expected.json'),
    JSON.stringify([{ title: 'First' }, { title: 'Second' }]),
  )
  writeFileSync(
    join(project, 'venue.test.js'),
    `import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createParser, repositories } from 'papersift'
import { checkHostile, createEntry, runFixtures, runPlugin } from 'papersift/testing'
import { venue } from './venue.js'

test('finds the venue in the comment, cited', async () => {
  const entry = createEntry({ title: 'A paper', comment: 'Accepted at ICML 2024, 9 pages' })
  const { output, messages, provenance } = await runPlugin(venue(), entry)
  assert.deepEqual(output, { venue: 'ICML 2024' })
  assert.deepEqual(messages, [])
  assert.equal(provenance.venue.method, 'venue:comment')
  assert.equal(provenance.venue.position.start.line, 3)
})

test('nothing without a venue', async () => {
  assert.deepEqual((await runPlugin(venue(), createEntry({ title: 'T', comment: '9 pages' }))).output, {})
})

test('survives hostile input', async () => {
  const report = await checkHostile(venue(), { runs: 50, seed: 1, fields: ['comment'] })
  assert.deepEqual(report.problems, [])
})

test('scores the fixtures', async () => {
  const report = await runFixtures('fixtures', { parser: createParser().use(venue()), fields: ['title', 'venue'] })
  assert.deepEqual(report.fields.title, { truePositives: 2, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 })
})

test('an uncalled factory is caught', () => {
  assert.throws(() => createParser().use(repositories), /did you mean to call it\\? \`\\.use\\(repositories\\(\\)\\)\`/)
})
`,
  )
  const out = execFileSync(process.execPath, ['--test', 'venue.test.js'], { cwd: project, encoding: 'utf8' })
  assert.match(out, /# pass 5\n/)
  assert.match(out, /# fail 0\n/)
  console.log(
    `consumer ok: ${packed.filename} installed in a fresh project; papersift/testing tested its plugin (5 tests)`,
  )
} finally {
  rmSync(folder, { recursive: true, force: true })
}
