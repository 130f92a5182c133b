import { isAbsolute, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Parser } from '../core/parser.js'
import type { Plugin } from '../core/plugin.js'
import { looksLikeReader, type Reader } from '../core/reader.js'
import { createParser } from '../preset.js'
import type { CliIo } from './io.js'
import { UsageError } from './io.js'

/**
 * The default parser with the readers and plugins of each `--use` module added, in order.
 * A module's default export (a reader, a plugin or an array of them) is used when it has one,
 * else every named export that is a reader or a plugin. `undefined` (after a message) when a
 * module cannot be loaded; a malformed reader or plugin is a usage error that says how to fix it.
 */
export async function loadParser(modules: readonly string[], io: CliIo): Promise<Parser | undefined> {
  let parser: Parser = createParser()
  for (const specifier of modules) {
    let loaded: Record<string, unknown>
    try {
      loaded = (await import(toImportable(specifier))) as Record<string, unknown>
    } catch (error) {
      io.stderr(`${specifier}: error Cannot load module: ${error instanceof Error ? error.message : String(error)}\n`)
      return undefined
    }
    const items = extensionsOf(loaded)
    if (items.length === 0) {
      throw new UsageError(
        `--use ${specifier}: the module exports no reader or plugin (export one made with defineReader or definePlugin)`,
      )
    }
    try {
      parser = parser.use(items) as Parser
    } catch (error) {
      throw new UsageError(`--use ${specifier}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return parser
}

/** A path (`./x.js`, `/abs/x.mjs`, `x.js`) as a file URL; a bare package name as it is. */
function toImportable(specifier: string): string {
  const looksLikePath = specifier.startsWith('.') || isAbsolute(specifier) || /\.[cm]?js$/.test(specifier)
  return looksLikePath ? pathToFileURL(resolve(specifier)).href : specifier
}

function extensionsOf(loaded: Record<string, unknown>): Array<Plugin | Reader> {
  const fallback = loaded.default
  if (fallback !== undefined) return (Array.isArray(fallback) ? fallback : [fallback]) as Array<Plugin | Reader>
  return Object.values(loaded).filter(
    (value): value is Plugin | Reader => looksLikeReader(value) || isPluginLike(value),
  )
}

function isPluginLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'extract' in value && 'schema' in value
}
