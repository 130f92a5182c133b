import { existsSync, readdirSync } from 'node:fs'
import { defineConfig } from 'tsup'

const common = { sourcemap: true, target: 'node20' as const, treeshake: true }

// The unified/vfile/parse5 family is ESM-only. The CJS build inlines it: esbuild's interop
// wrapper breaks default imports of ESM modules required from CJS.
const esmOnly =
  /^(unified|rehype-parse|hast-util-|hast-|unist-util-|vfile|parse5|entities|bail|devlop|extend|is-plain-obj|trough|property-information|space-separated-tokens|comma-separated-tokens|web-namespaces|zwitch|html-void-elements)/

// What package.json exports (the CLI is a bin, not an export).
const libraryEntries = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  schema: 'src/schema/index.ts',
  testing: 'src/testing/index.ts',
}

// One ESM entry per built-in reader and plugin, not exported: esbuild groups modules into chunks by
// the entries that reach them, so each reader and plugin (and the parser only some need, parse5
// or saxes) lands in chunks of its own. A bundler that takes `createParser` + `metadata()` +
// `hfText` from dist/core.js then drops whole chunks it does not use (sideEffects: false), such
// as the datasets gazetteer's; in one shared chunk their module-level code would stay.
// Also the HTML page helpers (exported as `parseHtml`), and the parser core: esbuild splits by
// which entries reach a statement, so without an entry of its own the core shared a chunk with
// parse5's users.
const parts = Object.fromEntries([
  ...['readers', 'plugins'].flatMap((kind) =>
    readdirSync(`src/${kind}`, { withFileTypes: true })
      .filter((item) => item.isDirectory() && existsSync(`src/${kind}/${item.name}/index.ts`))
      .map((item) => [`parts/${kind}-${item.name}`, `src/${kind}/${item.name}/index.ts`]),
  ),
  ['parts/readers-html', 'src/readers/html/page.ts'],
  ['parts/core-parser', 'src/core/parser.ts'],
])

export default defineConfig([
  // ESM library and CLI share chunks, so the CLI adds only its own code.
  {
    ...common,
    entry: { ...libraryEntries, ...parts, cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    splitting: true,
    dts: { entry: libraryEntries },
    clean: true,
  },
  {
    ...common,
    entry: libraryEntries,
    format: ['cjs'],
    dts: { entry: libraryEntries },
    noExternal: [esmOnly],
  },
])
