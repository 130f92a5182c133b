/**
 * Plugins and readers are objects, made by factories (`metadata()`, `datasets(options)`, a
 * user's `myPlugin()`). Passing the factory itself is the commonest slip; say so, with the fix.
 */

/**
 * Throw a `TypeError` when `value` is a function given where a plugin or reader object belongs.
 * `call` shows the corrected call, with `%` where the function's name goes (e.g. `.use(%)`).
 */
export function assertNotFactory(value: unknown, expected: string, call: string): void {
  if (typeof value !== 'function') return
  const name = /^[A-Za-z_$][\w$]*$/.test(value.name) ? value.name : 'plugin'
  throw new TypeError(
    `Unexpected function \`${name}\` where a ${expected} object was expected: did you mean to call it? \`${call.replace('%', `${name}()`)}\``,
  )
}
