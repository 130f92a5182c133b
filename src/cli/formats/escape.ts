/**
 * Control characters from the input, made visible before they reach a terminal or a file a
 * person reads: an ESC from a page must not move the cursor, recolour the screen or retitle the
 * window (`\x1b]0;…`), a C1 CSI (U+009B) neither, and bidirectional overrides must not reorder
 * what is shown. Tab, LF and CR are left to each writer (they have their own rules for them).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** `text` with every control character written as `\u001b` (its code, visible). */
export function escapeControls(text: string): string {
  controls.lastIndex = 0
  if (!controls.test(text)) return text
  return text.replace(controls, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

// The C1 controls and the line and paragraph separators, which JSON.stringify leaves raw.
const rawInJson = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** JSON text with the characters `JSON.stringify` leaves raw written as `\u` escapes: the same value, safe to print. */
export function escapeJson(json: string): string {
  rawInJson.lastIndex = 0
  if (!rawInJson.test(json)) return json
  return json.replace(rawInJson, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
