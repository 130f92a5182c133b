import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Position } from '../schema/position.js'
import { describe } from './describe.js'
import type { DocumentInfo, Entry } from './entry.js'

/**
 * An entry as a reader returns it: the core fills in what is left out (`reader`: the reader's
 * name, or the deprecated `format` when only that is given; `index`: its place in `entries`;
 * `text`: the title and abstract; `links`: none).
 */
export type EntryInit = Omit<Entry, 'reader' | 'format' | 'index' | 'text' | 'links'> &
  Partial<Pick<Entry, 'reader' | 'format' | 'index' | 'text' | 'links'>>

import {
  type MessageDetails,
  type MessageOptions,
  ruleUrl,
  type Severity,
  speakerDetails,
  speakerRule,
} from './messages.js'

/** What a reader returns: the entries, in document order, and what it knows of the document. */
export interface ReadResult<E extends EntryInit = EntryInit> {
  /** One entry per paper, in document order (empty when the document lists none). */
  entries: E[]
  /** What the document says about itself: its URL, capture time, date line. */
  document?: DocumentInfo | undefined
  /**
   * `'expected'` when the document itself says it lists nothing (an arXiv listing with
   * "No updates for this time period", a feed with no results) and the reader has said so
   * with a message: the core then adds no `<reader>:no-entries` warning.
   */
  empty?: 'expected' | undefined
}

/**
 * Options of {@link ReaderContext.message}: {@link MessageOptions}. A reader's rules are
 * `<reader>:<rule>`, e.g. `acl:layout` (a bare `layout` is put under the reader's name; default:
 * `<reader>:drift`); the place defaults to the whole document.
 */
export type ReaderMessageOptions = MessageOptions

/** What a reader gets besides the file. */
export interface ReaderContext {
  /**
   * The page's URL when the caller gave one (the `url` option), to resolve relative links
   * against when the page states no `<base>` or canonical URL (see `resolveUrl`).
   */
  readonly url: string | undefined
  /**
   * Report a problem with the document, e.g. layout drift ("Unexpected page without …,
   * expected …"). The message's `source` is the reader's name. Messages never stop the parse;
   * the entries read so far are kept.
   */
  message(reason: string, options?: ReaderMessageOptions): VFileMessage
}

/**
 * A reader: recognises one kind of listing and splits it into entries (the raw pieces of each
 * paper, with positions) for the plugin chain. Create one with {@link defineReader}; the
 * built-in readers (`hfHtml`, `arxivSearch`, …) are made the same way.
 */
export interface Reader {
  /** Unique name, e.g. `hf-html`: the `reader` option, `ParseResult.reader`, and the prefix of its rule ids. */
  readonly name: string
  /**
   * How sure (0 to 1) the reader is that `sample` is its format. Called on every input, so it
   * must be cheap: look for a few strings, do not parse. The most sure reader at or above 0.5
   * reads the input. `sample` is the input's first 8 KiB first; when no reader scores 0.9 or more
   * on that, it is called again with the first 64 KiB.
   */
  sniff(sample: string): number
  /**
   * Parse the whole document once and split it into entries. Should not throw: a reader that
   * throws costs the document its entries, with a `<reader>:error` message.
   */
  read(file: VFile, context: ReaderContext): ReadResult
  /**
   * Optional, for `parseStream`: where reading may start over. Given a window of the document
   * (its start, or the text from an earlier answer on) and the entries `read` found in it, the
   * offset of a line start such that reading the text before it and the text from it apart gives
   * the same entries; usually the start of the last complete entry, since the last one may still
   * grow. `undefined` when there is no such place yet. Without it, `parseStream` buffers the
   * whole document and calls `read` once.
   */
  resumeAt?(text: string, entries: readonly EntryInit[]): number | undefined
  /**
   * `true` for a reader of any page of its kind (such as `generic-html`): it is asked only when
   * no other reader claims the input (default: `false`).
   */
  readonly generic?: boolean | undefined
}

/**
 * Define a reader. Checks its shape now, so a mistake fails at registration with a message
 * that says how to fix it.
 *
 * @example
 * ```ts
 * const jmlr = defineReader({
 *   name: 'jmlr',
 *   sniff: (sample) => (sample.includes('jmlr.org') ? 0.9 : 0),
 *   read(file, context) {
 *     const page = parseHtml(file, context)
 *     return { entries: page.findAll(page.document, (el) => page.hasClass(el, 'paper')).map(...) }
 *   },
 * })
 * const { papers } = await createParser().use(jmlr).parse(html)
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function defineReader<R extends Reader>(reader: R): R {
  assertReader(reader)
  return reader
}

/** Whether `value` is meant as a reader (`read`, `sniff`) rather than a plugin (`extract`, `schema`). */
export function looksLikeReader(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    ('read' in value || 'sniff' in value) &&
    !('extract' in value || 'schema' in value)
  )
}

/** Throw a `TypeError` that says how to fix `value` unless it is a well-formed reader. */
export function assertReader(value: unknown): asserts value is Reader {
  const hint =
    'Create readers with defineReader({ name, sniff(sample) { return 0..1 }, read(file, context) { return { entries } } }).'
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(`Expected a reader object, got ${describe(value)}. ${hint}`)
  }
  const reader = value as Record<string, unknown>
  const name = reader.name
  if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/i.test(name)) {
    throw new TypeError(
      `Expected a reader \`name\` (letters, digits, \`.\`, \`_\` or \`-\`, e.g. "acl-anthology"), got ${describe(name)}. ${hint}`,
    )
  }
  if (name === 'auto') throw new TypeError(`Unexpected reader name "auto": it means "detect the reader". Rename it.`)
  if (typeof reader.sniff !== 'function') {
    throw new TypeError(
      `Expected reader "${name}" to have a \`sniff(sample)\` function returning 0..1 (return 0 if it should only be chosen by name). ${hint}`,
    )
  }
  if (typeof reader.read !== 'function') {
    throw new TypeError(`Expected reader "${name}" to have a \`read(file, context)\` function. ${hint}`)
  }
  if (reader.resumeAt !== undefined && typeof reader.resumeAt !== 'function') {
    throw new TypeError(
      `Expected \`resumeAt\` of reader "${name}" to be a function or absent, got ${describe(reader.resumeAt)}.`,
    )
  }
  if (reader.generic !== undefined && typeof reader.generic !== 'boolean') {
    throw new TypeError(
      `Expected \`generic\` of reader "${name}" to be a boolean or absent, got ${describe(reader.generic)}.`,
    )
  }
}

/** The positional report the built-in readers pass around internally (not part of the public API). */
export type ReaderReport = (reason: string, ruleId: string, place?: Position, severity?: Severity) => void

/**
 * A positional report on top of `context.message`, for the built-in readers, which pass it down
 * to their helpers. Their rules are documented in docs/messages.md, so each message links its entry.
 */
export function reporter(context: ReaderContext): ReaderReport {
  return (reason, ruleId, place, severity) => {
    context.message(reason, { ruleId, place, severity, url: ruleUrl(ruleId) })
  }
}

/**
 * What a reader's `context.message(reason, options)` reports, checked (a reader may pass
 * anything): the severity, the rule (see {@link speakerRule}), the place, and the details with
 * the reader as `source`. Shared by `parse` and `parseStream`.
 */
export function readerMessage(
  reader: string,
  options: unknown,
): { severity: Severity; ruleId: string; place: unknown; details: MessageDetails } {
  let severity: unknown
  let ruleId: unknown
  let place: unknown
  try {
    const given = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>
    severity = given.severity
    ruleId = given.ruleId
    place = given.place
  } catch {}
  const fallback = `${reader}:drift`
  const rule = speakerRule(reader, ruleId, fallback)
  const details = speakerDetails(reader, options)
  // A message that names no rule links the entry that says so.
  if (rule === fallback && details.url === undefined) details.url = ruleUrl('reader:drift')
  return { severity: severity === 'info' ? 'info' : 'warning', ruleId: rule, place, details }
}
