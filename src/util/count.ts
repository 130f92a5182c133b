// Digits, an optional decimal part and a thousand/million unit, as listings print counts.
const countPattern = /^(\d{1,9})(?:\.(\d{1,3}))?(k|m)?$/

/** `12`, `1,234`, `1.2k` → a whole number; anything else → `undefined`. */
export function parseCount(raw: string): number | undefined {
  const value = raw.trim().toLowerCase().replace(/,/g, '')
  const match = countPattern.exec(value)
  if (!match) return undefined
  const [, whole, fraction = '', unit] = match
  if (!unit) return fraction ? undefined : Number(whole)
  const scale = unit === 'k' ? 1e3 : 1e6
  return Math.round(Number(`${whole}.${fraction || '0'}`) * scale)
}
