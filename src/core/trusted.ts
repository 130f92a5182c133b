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

/**
 * A mark on reader objects, kept with the `read` each had when marked: a reader whose `read` was
 * replaced since (or a copy of one) is not marked.
 */
function readerMark() {
  const marks = new WeakMap<object, unknown>()
  return {
    add<R extends Reader>(reader: R): R {
      marks.set(reader, reader.read)
      return reader
    },
    has(reader: Reader): boolean {
      const read = marks.get(reader)
      return read !== undefined && read === reader.read
    },
  }
}

const trustedReaders = readerMark()

/**
 * Mark a built-in reader as trusted; returns it. Its entries are plain data made by its own
 * code (plain objects and arrays, data properties only, nothing frozen), so the core freezes
 * them without first settling getters (see `freezeEntry`).
 */
export function trustReader<R extends Reader>(reader: R): R {
  return trustedReaders.add(reader)
}

/** Whether `reader` is a built-in reader marked by {@link trustReader}, its `read` unchanged. */
export function isTrustedReader(reader: Reader): boolean {
  return trustedReaders.has(reader)
}

// Readers whose entries hold values, never getters or closures that read the file later.
const eagerReaders = readerMark()

/**
 * Mark a built-in reader whose entries are made of values read during `read` (no getter reads
 * the file afterwards), so the core may let the decoded text go before the plugins run.
 */
export function eagerReader<R extends Reader>(reader: R): R {
  return eagerReaders.add(reader)
}

/** Whether `reader` is marked by {@link eagerReader} (or trusted), its `read` unchanged. */
export function isEagerReader(reader: Reader): boolean {
  return eagerReaders.has(reader) || trustedReaders.has(reader)
}
