/**
 * The chain trusts the built-in plugins (their output skips the per-field zod pass), so this
 * holds them to their schemas: over every fixture, each built-in plugin's output must parse
 * with its own schema and come back unchanged (no field stripped, defaulted or reordered).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { safeParse } from 'zod/v4/core'
import { type Plugin, schemaShape } from '../../src/core/plugin.js'
import { isTrusted } from '../../src/core/trusted.js'
import { createParser } from '../../src/index.js'
import { builtinPlugins } from '../../src/plugins/index.js'

const root = new URL('../../fixtures/', import.meta.url).pathname
const inputs = readdirSync(root)
  .flatMap((format) => readdirSync(join(root, format)).map((item) => join(root, format, item)))
  .filter((folder) => existsSync(folder) && !folder.endsWith('.md') && !folder.includes('datasets-eval'))
  .flatMap((folder) => {
    const input = readdirSync(folder).find((name) => name.startsWith('input.'))
    return input ? [join(folder, input)] : []
  })

describe('built-in plugins keep to their schemas', () => {
  it('marks exactly the built-in plugins trusted', () => {
    expect(builtinPlugins.every(isTrusted)).toBe(true)
    expect(isTrusted({ ...(builtinPlugins[0] as Plugin) })).toBe(false)
  })

  it('gives, on every fixture, output its schema returns unchanged', () => {
    const outputs: Array<{ plugin: Plugin; output: unknown }> = []
    // Copies of the built-ins are not trusted, and they record what the originals return.
    const spies = builtinPlugins.map(
      (plugin): Plugin => ({
        ...plugin,
        extract(entry, context) {
          const output = plugin.extract(entry, context)
          outputs.push({ plugin, output })
          return output
        },
      }),
    )
    const parser = createParser({ plugins: spies })
    for (const input of inputs) parser.parseSync(readFileSync(input), { referenceDate: '2025-12-08' })
    expect(inputs.length).toBeGreaterThan(30)
    expect(outputs.length).toBeGreaterThan(500)
    let checked = 0
    for (const { plugin, output } of outputs) {
      if (output === undefined) continue
      const parsed = safeParse(plugin.schema, output)
      expect(parsed.error, plugin.name).toBeUndefined()
      // Byte for byte, key order included: what the chain stores is what zod would have given.
      const defined = Object.fromEntries(Object.entries(output as object).filter(([, value]) => value !== undefined))
      const ordered = Object.fromEntries(
        Object.keys(schemaShape(plugin.schema)).flatMap((key) =>
          key in defined ? [[key, defined[key as never]]] : [],
        ),
      )
      expect(JSON.stringify(ordered), plugin.name).toBe(JSON.stringify(parsed.data))
      checked++
    }
    expect(checked).toBeGreaterThan(300)
  }, 120_000)
})
