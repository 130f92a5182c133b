/**
 * What plugins may see of the core's data: entries frozen in place, the record as a frozen copy,
 * and thrown values described without running anything the plugin controls twice.
 */

import { setOwn } from '../util/own.js'
import type { Entry, Located } from './entry.js'

/** Whether `value` is an array or an object made by `{}`/`JSON.parse` (not a class instance). */
function isPlain(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false
  if (Array.isArray(value)) return true
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * The plain objects and arrays under `value` (itself included), each once however often it is
 * shared or however it loops back; iterative, so depth cannot overflow the stack. Accessor
 * properties become data properties holding what their getter gives once (`undefined` if it
 * throws): a plugin must read the same value the one before it checked, not a getter's next
 * answer. An accessor that cannot be replaced (on a sealed or frozen object, or not
 * configurable) throws, and so may a proxy's trap: the caller drops that entry.
 */
function settle(value: unknown): object[] {
  const seen = new Set<object>()
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (typeof current !== 'object' || current === null || seen.has(current) || !isPlain(current)) continue
    seen.add(current)
    // Own names, not keys: a non-enumerable getter is read as well (`entry.fields.url.value`).
    const names = Object.getOwnPropertyNames(current)
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string
      const descriptor = Object.getOwnPropertyDescriptor(current, name)
      if (descriptor === undefined) continue
      let item: unknown = descriptor.value
      if (!('value' in descriptor)) {
        try {
          item = descriptor.get === undefined ? undefined : Reflect.apply(descriptor.get, current, [])
        } catch {
          item = undefined
        }
        Object.defineProperty(current, name, {
          value: item,
          enumerable: descriptor.enumerable === true,
          writable: true,
        })
      }
      if (typeof item === 'object' && item !== null) stack.push(item)
    }
  }
  return [...seen]
}

/** A deep copy of `value` (plain objects and arrays; other objects shared), frozen throughout. */
export function frozenCopy<T>(value: T): T {
  if (!isPlain(value)) return value
  const root: unknown = Array.isArray(value) ? new Array(value.length) : {}
  const stack: Array<[source: Record<string, unknown> | unknown[], target: Record<string, unknown>]> = [
    [value, root as Record<string, unknown>],
  ]
  const done: object[] = []
  while (stack.length > 0) {
    const [source, target] = stack.pop() as [Record<string, unknown>, Record<string, unknown>]
    done.push(target)
    for (const key of Object.keys(source)) {
      const item = source[key]
      let value = item
      if (isPlain(item)) {
        value = Array.isArray(item) ? new Array(item.length) : {}
        stack.push([item, value as Record<string, unknown>])
      }
      setOwn(target, key, value)
    }
  }
  for (const target of done) Object.freeze(target)
  return root as T
}

// The copy of every empty list (the record starts with five): one frozen empty array serves them all.
const frozenEmpty: readonly unknown[] = Object.freeze([])

/**
 * A view of `record` for plugins: a frozen object whose values are frozen copies. The record's
 * values are replaced, never changed in place, so a value's copy is made once and reused by the
 * views after it (`cache`, per entry).
 */
export function frozenView<T extends Record<string, unknown>>(record: T, cache: Map<string, [unknown, unknown]>): T {
  const view: Record<string, unknown> = {}
  for (const key of Object.keys(record)) {
    const value = record[key]
    let copy: unknown = value
    if (Array.isArray(value) && value.length === 0) copy = frozenEmpty
    else if (isPlain(value)) {
      // Only objects are copied, so only they are cached (strings and numbers are their own copy).
      const cached = cache.get(key)
      if (cached && cached[0] === value) copy = cached[1]
      else {
        copy = frozenCopy(value)
        cache.set(key, [value, copy])
      }
    }
    setOwn(view, key, copy)
  }
  return Object.freeze(view) as T
}

// Entries this module froze (a reader may hand over an entry it froze itself, getters and all).
const frozenEntries = new WeakSet<Entry>()

/**
 * Freeze an entry before plugins see it, first dropping field values longer than
 * `maxFieldLength` (`onLong` says which). A plugin then cannot change what the next one reads,
 * nor the position the core reports with. `plain`: the entry is a trusted built-in reader's
 * (plain data, no getters, nothing frozen inside), so the walk that settles getters is skipped.
 */
export function freezeEntry(
  entry: Entry,
  maxFieldLength: number,
  onLong: (field: string, length: number) => void,
  plain = false,
): Entry {
  if (plain) {
    // A trusted reader's entry, fresh from `completeEntry`: frozen at the top only by this function.
    if (Object.isFrozen(entry)) return entry
    dropLong(entry, maxFieldLength, onLong)
    freezeAll(entry)
    return entry
  }
  if (frozenEntries.has(entry)) return entry
  const objects = settle(entry)
  for (const kept of dropLong(entry, maxFieldLength, onLong)) objects.push(kept)
  for (const object of objects) Object.freeze(object)
  frozenEntries.add(entry)
  return entry
}

/** Drop the entry's field values longer than `maxFieldLength`; returns the lists made in their place. */
function dropLong(entry: Entry, maxFieldLength: number, onLong: (field: string, length: number) => void): object[] {
  const made: object[] = []
  const fields = entry.fields
  for (const name of Object.keys(fields)) {
    const field = fields[name]
    if (Array.isArray(field)) {
      const items = field as Located[]
      const longest = items.reduce((most, item) => Math.max(most, lengthOf(item)), 0)
      if (longest > maxFieldLength) {
        onLong(name, longest)
        const kept = items.filter((item) => lengthOf(item) <= maxFieldLength)
        fields[name] = kept as Located[]
        made.push(kept)
      }
    } else if (field && lengthOf(field) > maxFieldLength) {
      onLong(name, lengthOf(field))
      delete fields[name]
    }
  }
  return made
}

/**
 * Freeze `root` and every object under it, for plain data without getters (a trusted
 * reader's entry). Iterative; an object already frozen is not walked again, so shared objects
 * cost once and a loop ends.
 */
function freezeAll(root: object): void {
  const stack: object[] = [root]
  while (stack.length > 0) {
    const current = stack.pop() as Record<string, unknown>
    if (Object.isFrozen(current)) continue
    Object.freeze(current)
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++) {
        const item: unknown = current[index]
        if (typeof item === 'object' && item !== null) stack.push(item)
      }
      continue
    }
    // `for…in` walks the object's cached keys without making an array of them; own keys only.
    for (const key in current) {
      if (!Object.hasOwn(current, key)) continue
      const item = current[key]
      if (typeof item === 'object' && item !== null) stack.push(item)
    }
  }
}

function lengthOf(item: Located | undefined): number {
  return typeof item?.value === 'string' ? item.value.length : 0
}

/**
 * A thrown value as text, at most 500 characters. Anything may be thrown: a null-prototype
 * object, an object whose `toString` throws, an `Error` whose `message` getter throws, a
 * revoked proxy. None of that may escape.
 */
export function describeThrown(error: unknown): string {
  let text: string | undefined
  try {
    if (error instanceof Error) text = String(error.message)
  } catch {}
  if (text === undefined) {
    try {
      text = typeof error === 'object' && error !== null ? objectText(error) : String(error)
    } catch {
      text = undefined
    }
  }
  if (text === undefined) text = `a value that cannot be turned into text (${typeof error})`
  return text.length > 500 ? `${text.slice(0, 499)}…` : text
}

function objectText(error: object): string {
  const text = String(error)
  return typeof text === 'string' ? text : 'an object'
}
