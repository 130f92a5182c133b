// Run after `npm run build`: what a user's bundler makes of the built package. A browser bundle
// of `createParser` + `metadata()` + `hfText` from papersift/core holds neither the datasets
// gazetteer nor parse5 nor saxes (tsup.config.ts splits dist/ into chunks per reader and plugin
// for this), while one of papersift's `parse` holds all three: the check can tell.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('../../', import.meta.url))
const gazetteer = JSON.parse(readFileSync(`${root}src/plugins/datasets/data/gazetteer.json`, 'utf8'))
// Gazetteer ids, as a minifier keeps them (string literals).
const ids = gazetteer.datasets.slice(-50).map((entry) => `"${entry.id}"`)

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'user.js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    external: ['zod'],
    logLevel: 'silent',
  })
  const text = result.outputFiles[0].text
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file)
  return {
    size: result.outputFiles[0].contents.byteLength,
    gazetteer: ids.filter((id) => text.includes(id)).length > 40,
    parse5: inputs.some((file) => file.includes('node_modules/parse5/')),
    saxes: inputs.some((file) => file.includes('node_modules/saxes/')),
  }
}

const core = await bundle(`import { createParser, hfText, metadata } from './dist/core.js'
export const parser = createParser({ plugins: [metadata()], readers: [hfText] })`)
const full = await bundle(`export { parse } from './dist/index.js'`)
assert.deepEqual([full.gazetteer, full.parse5, full.saxes], [true, true, true], 'papersift parse: the check finds them')
assert.deepEqual([core.gazetteer, core.parse5, core.saxes], [false, false, false], 'papersift/core minimal bundle')
console.log(
  `tree-shake: papersift/core minimal ${(core.size / 1024).toFixed(1)} KB min, papersift parse ${(full.size / 1024).toFixed(1)} KB`,
)
