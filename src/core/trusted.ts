/**
 * Built-in plugins the chain trusts: their output is stored as returned, without a zod pass
 * per field. They are held to their schemas by types and by a test over every fixture
 * (`test/plugins/builtin-output.test.ts`, `test/core/vouched-check.test.ts`); the finished
 * record's check skips the fields they vouched for, so each must check exactly the value it
 * stores (entries are frozen, getters settled, before any plugin sees them). A user's plugin is
 * never in here: its output is always checked. Not public API.
 */
import type { Plugin } from './plugin.js'
import type { Reader } from './reader.js'

const trusted = new WeakSet<object>()

/** Mark a built-in plugin object as trusted; returns it. */
export function trust<P extends object>(plugin: P): P {
  trusted.add(plugin)
  return plugin
}

/** Whether `plugin` is a built-in plugin object marked by {@link trust}. */
export function isTrusted(plugin: Plugin): boolean {
  return trusted.has(plugin)
}

// Built-in readers and the `read` each had when trusted: a reader whose `read` was replaced since is not trusted.
const trustedReaders = new WeakMap<object, unknown>()

/**
 * Mark a built-in reader as trusted; returns it. Its entries are plain data made by its own
 * code (plain objects and arrays, data properties only, nothing frozen), so the core freezes
 * them without first settling getters (see `freezeEntry`).
 */
export function trustReader<R extends Reader>(reader: R): R {
  trustedReaders.set(reader, reader.read)
  return reader
}

/** Whether `reader` is a built-in reader marked by {@link trustReader}, its `read` unchanged. */
export function isTrustedReader(reader: Reader): boolean {
  const read = trustedReaders.get(reader)
  return read !== undefined && read === reader.read
}

// Readers whose entries hold values, never getters or closures that read the file later.
const eagerReaders = new WeakMap<object, unknown>()

/**
 * Mark a built-in reader whose entries are made of values read during `read` (no getter reads
 * the file afterwards), so the core may let the decoded text go before the plugins run.
 */
export function eagerReader<R extends Reader>(reader: R): R {
  eagerReaders.set(reader, reader.read)
  return reader
}

/** Whether `reader` is marked by {@link eagerReader} (or trusted), its `read` unchanged. */
export function isEagerReader(reader: Reader): boolean {
  const read = eagerReaders.get(reader)
  return (read !== undefined && read === reader.read) || isTrustedReader(reader)
}
