/**
 * `target[key] = value` as an own, enumerable data property. Assignment is much cheaper than
 * `defineProperty`, which only a `__proto__` key needs: assigned, it would set the prototype
 * instead of staying a key.
 */
export function setOwn(target: Record<PropertyKey, unknown>, key: PropertyKey, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}
