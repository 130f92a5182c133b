/**
 * Write the `Paper` JSON Schema to dist/paper.schema.json (shipped as `papersift/schema.json`).
 * Run by `npm run build` after tsup, which empties dist/.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { paperJsonSchema } from '../src/schema/json-schema.js'

const target = new URL('../dist/paper.schema.json', import.meta.url)
mkdirSync(new URL('.', target), { recursive: true })
writeFileSync(target, `${JSON.stringify(paperJsonSchema(), null, 2)}\n`)
console.log(`wrote ${target.pathname}`)
