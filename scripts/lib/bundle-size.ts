/**
 * Browser bundle sizes, measured as a user's bundler would make them: esbuild bundles a small
 * module that imports from papersift (platform `browser`, ESM, minified), and zlib gzips the
 * result (level 9). Shared by `scripts/bundle-size.ts`, which prints the table in
 * docs/browser.md, and `test/browser/size.test.ts`, which holds them to a budget.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = new URL('../../', import.meta.url).pathname

/** Where the imports resolve: the TypeScript sources, or the built package (`npm run build` first). */
export type BundleFrom = 'src' | 'dist'

const entries: Record<BundleFrom, Record<'main' | 'core' | 'schema', string>> = {
  src: { main: 'src/index.ts', core: 'src/core/index.ts', schema: 'src/schema/index.ts' },
  dist: { main: 'dist/index.js', core: 'dist/core.js', schema: 'dist/schema.js' },
}

/** One bundle to measure: what a user's module imports. */
export interface BundleCase {
  name: string
  /** The user's module; `@main`, `@core` and `@schema` stand for the entries' paths. */
  module: string
}

/** The bundles docs/browser.md reports and the test budgets. */
export const bundleCases: readonly BundleCase[] = [
  { name: 'papersift (everything)', module: `export * from '@main'` },
  { name: 'papersift: parse', module: `export { parse } from '@main'` },
  { name: 'papersift/schema', module: `export * from '@schema'` },
  {
    name: 'papersift/core: createParser + metadata() + hfText',
    module: `import { createParser, hfText, metadata } from '@core'
export const parser = createParser({ plugins: [metadata()], readers: [hfText] })`,
  },
  {
    name: 'papersift/core: createParser + metadata() + repositories() + hfHtml',
    module: `import { createParser, hfHtml, metadata, repositories } from '@core'
export const parser = createParser({ plugins: [metadata(), repositories()], readers: [hfHtml] })`,
  },
]

/** A bundle's size in bytes and the files it took in (relative to the repository). */
export interface BundleSize {
  minified: number
  gzip: number
  inputs: string[]
}

/**
 * Bundle `item` and measure it.
 *
 * @param zod `'external'` leaves zod (a peer dependency, often shared with the app) out, so the
 *   figure is papersift's own; `'bundled'` counts it, as a page that ships only papersift would.
 */
export async function measureBundle(
  item: BundleCase,
  from: BundleFrom,
  zod: 'external' | 'bundled',
): Promise<BundleSize> {
  const paths = entries[from]
  const contents = item.module
    .replace("'@main'", JSON.stringify(root + paths.main))
    .replace("'@core'", JSON.stringify(root + paths.core))
    .replace("'@schema'", JSON.stringify(root + paths.schema))
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'user.js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    external: zod === 'external' ? ['zod', 'zod/*'] : [],
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  const output = Object.values(result.metafile.outputs)[0]
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file)
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, inputs }
}
