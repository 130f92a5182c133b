/**
 * Checks shared by every function that takes an options object: the keys it accepts, and
 * nothing else. A mistake is API misuse, so it throws a `TypeError` naming the key and the
 * accepted ones (no imports: `papersift/schema` uses it too).
 */

/** Throw unless `options` is absent or an object whose keys are all in `accepted`. */
export function checkOptionKeys(call: string, options: unknown, accepted: readonly string[]): void {
  if (options === undefined || options === null) return
  const expected = accepted.length === 0 ? 'no options' : `only ${accepted.map((key) => `\`${key}\``).join(', ')}`
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(
      `Expected the options of ${call} to be an object, got ${Array.isArray(options) ? 'an array' : typeof options}; it takes ${expected}.`,
    )
  }
  const unknown = Object.keys(options).filter((key) => !accepted.includes(key))
  if (unknown.length > 0) {
    throw new TypeError(
      `Unexpected option${unknown.length > 1 ? 's' : ''} ${unknown.map((key) => `\`${key}\``).join(', ')} of ${call}, expected ${expected}.`,
    )
  }
}
