import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { Position } from '../schema/position.js'
import { maxMessages } from './budgets.js'

/** The `source` of the core's own messages (rule ids `core:…`); readers and plugins speak under their names. */
export const coreSource = 'core'

/**
 * Where every rule papersift documents is described: `docs/messages.md` in the repository, one
 * heading per rule id. A message's `url` is this plus `#` and {@link ruleAnchor} of its rule.
 */
export const messagesDocs = 'https://github.com/papersift/papersift/blob/main/docs/messages.md'

/** Severity of a message: `info` is worth knowing, `warning` means something was dropped or doubtful. */
export type Severity = 'info' | 'warning'

/**
 * What a message may say beyond its reason, as vfile's `VFileMessage` has it: who spoke, what was
 * expected and found instead, where the rule is documented, and a longer note.
 */
export interface MessageDetails {
  /** Who spoke: a reader's or plugin's name, or `core` (default: the rule id up to its `:`, or the whole id). */
  source?: string | undefined
  /** What was expected, e.g. `['a day such as `Jun 26, 2023`']`. */
  expected?: readonly string[] | undefined
  /** What was found instead, e.g. `` `Jun 31` ``. */
  actual?: string | undefined
  /** Where the rule is documented. */
  url?: string | undefined
  /** A longer explanation, or what to do about it. */
  note?: string | undefined
}

/**
 * Options of `context.message` for readers and plugins: the rule, the place and severity, and
 * what vfile's messages carry besides (`expected`, `actual`, `url`, `note`). The message's
 * `source` is always the reader's or plugin's name.
 */
export interface MessageOptions {
  /**
   * The rule, e.g. `invalid-date` or `venue:invalid-date`: a bare rule is put under the speaker's
   * name (`<name>:<rule>`). Default: a plugin's name; `<reader>:drift` for a reader.
   */
  ruleId?: string | undefined
  /** Where in the input (default: the entry's position for a plugin, the whole document for a reader). */
  place?: Position | undefined
  /** `warning` (default) when something was dropped or doubtful; `info` when it is only worth knowing. */
  severity?: Severity | undefined
  /** What was expected: one value or several (vfile's `expected`). */
  expected?: string | readonly string[] | undefined
  /** What was found instead (vfile's `actual`). */
  actual?: string | undefined
  /** Where the rule is documented (an absolute URL; anything else is left out). */
  url?: string | undefined
  /** A longer explanation, or what to do about it (vfile's `note`). */
  note?: string | undefined
}

// A reason is clipped to this many characters: a message never carries a whole hostile value.
const maxReason = 2000
// So are `actual` and `note`; `expected` keeps this many items of at most `maxDetail` characters.
const maxDetail = 500
const maxExpected = 20

// Messages left out per file after the cap; a file absent here is not capped (outside a parse).
const capped = new WeakMap<VFile, { reported: number; left: number }>()

/** Start capping the messages of `file` (one parse). */
export function startMessages(file: VFile): void {
  capped.set(file, { reported: 0, left: 0 })
}

/** End a parse: say how many messages the cap left out, in one last message. */
export function finishMessages(file: VFile): void {
  const state = capped.get(file)
  capped.delete(file)
  if (!state || state.left === 0) return
  report(
    file,
    'warning',
    `Unexpected ${state.left} more messages, expected at most ${maxMessages} per document; they were left out`,
    'core:messages',
    undefined,
    { actual: `${maxMessages + state.left} messages`, expected: [`at most ${maxMessages}`] },
  )
}

/**
 * The anchor of `ruleId`'s heading in docs/messages.md: the id in lower case with every
 * character other than a letter, digit or `-` made a `-` (`hf-text:stray-meta` → `hf-text-stray-meta`).
 * Generic rules are documented as `reader:no-entries`, `reader:error`, `reader:drift` and `plugin`.
 */
export function ruleAnchor(ruleId: string): string {
  return ruleId.toLowerCase().replace(/[^a-z0-9-]/g, '-')
}

/** The documentation URL of a rule papersift documents (see {@link messagesDocs}). */
export function ruleUrl(ruleId: string): string {
  return `${messagesDocs}#${ruleAnchor(ruleId)}`
}

/** Who speaks for `ruleId` when no one says: the id up to its first `:` (`hf-text`, `core`), or the whole id (a plugin's name). */
export function sourceOf(ruleId: string): string {
  const colon = ruleId.indexOf(':')
  return colon > 0 ? ruleId.slice(0, colon) : ruleId
}

/**
 * Add a positioned message to `file`. `ruleId` names the rule; `details` the rest of what vfile
 * carries (`source` defaults to {@link sourceOf} the rule; a `core:` rule links its entry in
 * docs/messages.md). The reason and details are clipped; past the per-document cap the message
 * is counted, not kept; a place that is not a well-formed position is left out rather than let
 * vfile throw on it.
 */
export function report(
  file: VFile,
  severity: Severity,
  reason: string,
  ruleId: string,
  place?: Position | undefined,
  details?: MessageDetails | undefined,
): VFileMessage {
  const text = clipText(reason, maxReason)
  const at = copyPosition(place)
  const source = details?.source ?? sourceOf(ruleId)
  const options = { ruleId, source, ...(at ? { place: at } : {}) }
  const state = capped.get(file)
  let message: VFileMessage
  // A VFileMessage is an Error whose captured stack vfile-message then replaces with '' (or its
  // cause's): not capturing it saves most of a message's cost.
  // `Reflect.set`, not an assignment: where `Error.stackTraceLimit` is read-only (frozen
  // intrinsics) an assignment throws in strict code, and `parse` must not.
  const limit = (Error as ErrorConstructor & { stackTraceLimit?: number }).stackTraceLimit
  const lowered = limit !== undefined && Reflect.set(Error, 'stackTraceLimit', 0)
  try {
    if (state && state.reported >= maxMessages) {
      state.left++
      // Not added to the file: callers may still set `cause` on it.
      message = new VFileMessage(text, options)
    } else {
      if (state) state.reported++
      message = severity === 'info' ? file.info(text, options) : file.message(text, options)
    }
  } finally {
    if (lowered) Reflect.set(Error, 'stackTraceLimit', limit)
  }
  const url = details?.url ?? (source === coreSource ? ruleUrl(ruleId) : undefined)
  if (url !== undefined) message.url = url
  if (details?.expected?.length) {
    message.expected = details.expected.slice(0, maxExpected).map((item) => clipText(item, maxDetail))
  }
  if (details?.actual !== undefined) message.actual = clipText(details.actual, maxDetail)
  if (details?.note !== undefined) message.note = clipText(details.note, maxReason)
  return message
}

/**
 * The details of `message` (a vfile message papersift made), to report it again in another
 * file (`parseStream` moves a window's messages into the stream's file).
 */
export function detailsOf(message: VFileMessage): MessageDetails {
  return {
    ...(message.source ? { source: message.source } : {}),
    ...(message.expected ? { expected: message.expected } : {}),
    ...(message.actual !== undefined ? { actual: message.actual } : {}),
    ...(message.url !== undefined ? { url: message.url } : {}),
    ...(message.note !== undefined ? { note: message.note } : {}),
  }
}

/**
 * What a reader or plugin passed as the details of `context.message`, checked: only strings are
 * kept (a plugin may pass anything, getters that throw included); `source` is the speaker's.
 */
export function speakerDetails(speaker: string, options: unknown): MessageDetails {
  const details: MessageDetails = { source: speaker }
  if (typeof options !== 'object' || options === null) return details
  try {
    const { expected, actual, url, note } = options as Record<string, unknown>
    if (typeof expected === 'string') details.expected = [expected]
    else if (Array.isArray(expected)) {
      const items = expected.slice(0, maxExpected).filter((item): item is string => typeof item === 'string')
      if (items.length > 0) details.expected = items
    }
    if (typeof actual === 'string') details.actual = actual
    if (typeof url === 'string' && URL.canParse(url)) details.url = url
    if (typeof note === 'string') details.note = note
  } catch {
    // a getter that throws, a revoked proxy: the message goes out without details
  }
  return details
}

/**
 * The rule id of a message a reader or plugin emits: `ruleId` when it names one
 * (`prefix:rule`), a bare rule (`layout`) under the speaker's name (`acl:layout`), else `fallback`.
 */
export function speakerRule(speaker: string, ruleId: unknown, fallback: string): string {
  if (typeof ruleId !== 'string' || !/^[^\s]{1,100}$/.test(ruleId)) return fallback
  return ruleId.includes(':') || ruleId === speaker ? ruleId : `${speaker}:${ruleId}`
}

function clipText(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/**
 * A fresh copy of `value` if it is a position whose points have whole, positive lines and
 * columns, else `undefined`. Copied, so a getter cannot answer differently the second time.
 */
export function copyPosition(value: unknown): Position | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  try {
    const { start, end } = value as { start?: unknown; end?: unknown }
    const from = copyPoint(start)
    const to = copyPoint(end)
    return from && to ? { start: from, end: to } : undefined
  } catch {
    return undefined // a getter that throws, a revoked proxy
  }
}

function copyPoint(value: unknown): Position['start'] | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { line, column, offset } = value as { line?: unknown; column?: unknown; offset?: unknown }
  if (!isCount(line, 1) || !isCount(column, 1)) return undefined
  if (offset === undefined) return { line, column }
  return isCount(offset, 0) ? { line, column, offset } : undefined
}

function isCount(value: unknown, least: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= least
}
