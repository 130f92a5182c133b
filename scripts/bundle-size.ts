/**
 * Print the browser bundle sizes of docs/browser.md: `tsx scripts/bundle-size.ts` measures the
 * sources; `--dist` measures the built package (`npm run build` first), as a user bundles it.
 */
import { bundleCases, measureBundle } from './lib/bundle-size.js'

const from = process.argv.includes('--dist') ? 'dist' : 'src'
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
console.log(`Bundled from ${from}/ by esbuild (platform browser, ESM, minified), gzip level 9.\n`)
console.log('| bundle | min | min+gzip | min+gzip, zod included |')
console.log('|---|---:|---:|---:|')
for (const item of bundleCases) {
  const own = await measureBundle(item, from, 'external')
  const whole = await measureBundle(item, from, 'bundled')
  console.log(`| ${item.name} | ${kb(own.minified)} | ${kb(own.gzip)} | ${kb(whole.gzip)} |`)
}
