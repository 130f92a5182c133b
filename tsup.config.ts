import { defineConfig } from 'tsup'

const common = { sourcemap: true, target: 'node20' as const, treeshake: true }

// The unified/vfile/parse5 family is ESM-only. The CJS build inlines it: esbuild's interop
// wrapper breaks default imports of ESM modules required from CJS.
const esmOnly =
  /^(unified|rehype-parse|hast-util-|hast-|unist-util-|vfile|parse5|entities|bail|devlop|extend|is-plain-obj|trough|property-information|space-separated-tokens|comma-separated-tokens|web-namespaces|zwitch|html-void-elements)/

export default defineConfig([
  // ESM library and CLI share chunks, so the CLI adds only its own code.
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      testing: 'src/testing/index.ts',
      cli: 'src/cli/bin.ts',
      'cli-worker': 'src/cli/worker.ts',
    },
    format: ['esm'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', testing: 'src/testing/index.ts' } },
    clean: true,
  },
  {
    ...common,
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', testing: 'src/testing/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', testing: 'src/testing/index.ts' } },
    noExternal: [esmOnly],
  },
])
