/**
 * `parseStream`: papers as a stream's entries complete. A reader that knows where its document
 * may be cut (`resumeAt`) is read a segment at a time, so memory holds one segment, not the
 * document; any other reader gets the whole document buffered and read once, as `parse` does.
 */
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { hfText } from '../readers/hf-text/index.js'
import type { Paper } from '../schema/paper.js'
import type { Position } from '../schema/position.js'
import { today } from '../util/date.js'
import { type Budgets, cutToBytes, resolveBudgets, setBudgets, startClock } from './budgets.js'
import { type ChainEnvironment, runAll } from './chain.js'
import { chooseReader } from './choose.js'
import { completeEntries, documentMeta, errorText, unreadableEntry, withoutProvenance } from './complete.js'
import { sniffLength } from './detect.js'
import type { Entry } from './entry.js'
import { cleanText, looksBinary } from './input.js'
import {
  detailsOf,
  finishMessages,
  type MessageDetails,
  report,
  ruleUrl,
  type Severity,
  startMessages,
} from './messages.js'
import type { ResolvedOptions } from './options.js'
import type { DocumentMeta } from './parser.js'
import type { Plugin } from './plugin.js'
import { type EntryInit, type Reader, type ReaderContext, readerMessage } from './reader.js'
import { resumeAtEntryAfterBlankLine } from './resume.js'
import { describeThrown } from './views.js'

/** What `parseStream` reads: a Node `Readable`, a web `ReadableStream`, or an async iterable of text or UTF-8 byte chunks. */
export type StreamSource = AsyncIterable<string | Uint8Array> | ReadableStream<string | Uint8Array>

/**
 * The papers of a stream, in document order, as its entries complete; and what the parse says,
 * filled in as it goes (complete once iteration ends).
 */
export interface PaperStream<P = Paper> extends AsyncIterable<P> {
  /** Positioned messages, positions in the whole input (complete once iteration ends). */
  readonly messages: VFileMessage[]
  /** The reader used, once detected; `undefined` before, or when the input was not recognised. */
  readonly reader: string | undefined
  /** What the document says about itself, once its start is read. */
  readonly document: DocumentMeta | undefined
}

/** What the parser gives a stream: its chain, readers and checked options. */
export interface StreamSetup {
  plugins: readonly Plugin[]
  readers: readonly Reader[]
  resolved: ResolvedOptions
}

// A reader with an incremental path is read again once this many more characters have come.
const segmentLength = 1 << 20

/** The incremental path of built-in readers that do not (yet) declare `resumeAt` themselves. */
const builtinResume = new Map<Reader, NonNullable<Reader['resumeAt']>>([[hfText, resumeAtEntryAfterBlankLine]])

/** Create the stream; reading starts when it is iterated, and a second iteration is refused. */
export function createPaperStream(setup: StreamSetup, source: StreamSource): PaperStream {
  const state: { messages: VFileMessage[]; reader: string | undefined; document: DocumentMeta | undefined } = {
    messages: [],
    reader: undefined,
    document: undefined,
  }
  let started = false
  return {
    get messages() {
      return state.messages
    },
    get reader() {
      return state.reader
    },
    get document() {
      return state.document
    },
    [Symbol.asyncIterator]() {
      if (started) throw new Error('Unexpected second iteration of a paper stream, expected to read a stream once')
      started = true
      return papersOf(setup, source, state)[Symbol.asyncIterator]()
    },
  }
}

/**
 * Chunks of `source` as strings, decoded across chunk boundaries, BOM dropped: UTF-8, or UTF-16
 * when the bytes start with its byte order mark (as `parse` reads whole inputs).
 */
async function* textChunks(source: StreamSource): AsyncGenerator<string> {
  let decoder: InstanceType<typeof TextDecoder> | undefined
  // The first byte, while a byte order mark is still possible (a first chunk of one byte).
  let held: Uint8Array | undefined
  let first = true
  const decode = (chunk: string | Uint8Array, last = false): string => {
    if (typeof chunk !== 'string' && decoder === undefined) {
      const bytes = held ? concatBytes(held, chunk) : chunk
      held = undefined
      if (bytes.length < 2 && !last) {
        held = bytes
        return ''
      }
      decoder = new TextDecoder(byteOrderEncoding(bytes))
      chunk = bytes
    }
    let text =
      typeof chunk === 'string' ? chunk : (decoder as InstanceType<typeof TextDecoder>).decode(chunk, { stream: !last })
    if (first && text !== '') {
      first = false
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    }
    return text
  }
  if (isWebStream(source)) {
    const reader = source.getReader()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        yield decode(value)
      }
    } finally {
      reader.releaseLock()
    }
  } else {
    for await (const chunk of source) yield decode(chunk)
  }
  const rest = decode(new Uint8Array(0), true)
  if (rest !== '') yield rest
}

/** `utf-16le` or `utf-16be` when `bytes` start with that byte order mark, else `utf-8`. */
function byteOrderEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(a.length + b.length)
  bytes.set(a)
  bytes.set(b, a.length)
  return bytes
}

function isWebStream(source: StreamSource): source is ReadableStream<string | Uint8Array> {
  return typeof (source as { getReader?: unknown }).getReader === 'function'
}

async function* papersOf(
  setup: StreamSetup,
  source: StreamSource,
  state: { messages: VFileMessage[]; reader: string | undefined; document: DocumentMeta | undefined },
): AsyncGenerator<Paper> {
  const { resolved, readers } = setup
  const budgets = resolveBudgets(resolved.budgets)
  const main = new VFile()
  setBudgets(main, budgets)
  startMessages(main)
  state.messages = main.messages
  const env: ChainEnvironment = {
    file: main,
    referenceDate: resolved.referenceDate ?? today(),
    referenceSource: resolved.referenceDate ? 'option' : 'today',
    budgets,
    concurrency: resolved.concurrency,
    clock: startClock(budgets),
  }
  const chunks = textChunks(source)
  let text = ''
  let ended = false
  const pull = async (): Promise<boolean> => {
    const next = await chunks.next()
    if (next.done) {
      ended = true
      return false
    }
    text += next.value
    return true
  }
  try {
    // Detection sees what `parse` would: the first 64 KiB.
    while (text.length < sniffLength && (await pull()));
    const sample = cleanSample(text.slice(0, sniffLength))
    const start = { offset: 0, line: 1 }
    if (!/\S/.test(sample) && ended) {
      report(main, 'warning', 'Unexpected empty input, expected a paper listing', 'core:empty')
      return
    }
    if (looksBinary(sample)) {
      report(
        main,
        'warning',
        'Unexpected binary data, expected a paper listing as text, HTML, XML or JSON',
        'core:binary',
      )
      return
    }
    const reader = chooseReader(main, sample, readers, resolved.reader, undefined)
    if (!reader) {
      return
    }
    state.reader = reader.name
    const resume = typeof reader.resumeAt === 'function' ? reader.resumeAt.bind(reader) : builtinResume.get(reader)
    let entryCount = 0
    let emptyExpected = false
    let firstSegment = true
    let cutShown = false
    let wanted = segmentLength
    for (;;) {
      const why = env.clock?.stop()
      if (why) {
        // `runAll` says so when it skips an entry; else it is said here, once.
        const last = main.messages[main.messages.length - 1]
        if (!last?.reason.includes('were skipped')) {
          report(
            main,
            'warning',
            why === 'aborted'
              ? 'Unexpected abort (the `signal` fired), expected to read the whole stream; it was read no further'
              : `Unexpected time over \`timeBudget\` (${budgets.timeBudget} ms), expected the stream to fit; it was read no further`,
            why === 'aborted' ? 'core:aborted' : 'core:budget',
          )
        }
        return
      }
      // Without an incremental path the whole document is buffered, within `maxInputBytes`.
      while (!ended && (!resume || text.length < wanted) && text.length <= budgets.maxInputBytes && (await pull()));
      let final = ended
      const cut = cutToBytes(text, budgets.maxInputBytes)
      if (cut !== undefined) {
        if (!cutShown) {
          cutShown = true
          report(
            main,
            'warning',
            resume
              ? `Unexpected stretch of more than \`maxInputBytes\` (${budgets.maxInputBytes} bytes) without a place to cut, expected less; it was read as a whole`
              : `Unexpected input of more than \`maxInputBytes\` (${budgets.maxInputBytes} bytes), expected less; it was cut there and only what is before the cut was read`,
            'core:budget',
          )
        }
        if (!resume) text = cut
        final = true
      }
      const segment = readSegment(reader, text, final, resolved, budgets, resume)
      if (firstSegment) {
        firstSegment = false
        const meta = documentMeta(segment.document, resolved.referenceDate === undefined)
        if (meta.referenceDate) Object.assign(env, { referenceDate: meta.referenceDate, referenceSource: 'page' })
        state.document = {
          referenceDate: env.referenceDate,
          referenceSource: env.referenceSource,
          ...(meta.url ? { url: meta.url } : {}),
          ...(meta.capturedAt ? { capturedAt: meta.capturedAt } : {}),
          ...meta.facts,
        }
      }
      emptyExpected ||= segment.emptyExpected
      for (const message of segment.messages) {
        const place = shiftedPosition(message.place, start)
        const copy = report(main, message.severity, message.reason, message.ruleId, place, message.details)
        if (message.cause !== undefined) copy.cause = message.cause
      }
      const batch = completeEntries(segment.entries, reader.name, (index, error) =>
        report(main, 'warning', unreadableEntry(entryCount + index, error), 'core:invalid-entry'),
      )
      for (const complete of batch) {
        shiftPositions(complete, start)
        complete.index += entryCount
      }
      entryCount += segment.entries.length
      if (batch.length > 0) {
        for (const paper of await runAll(setup.plugins, batch, env))
          yield resolved.provenance ? paper : withoutProvenance(paper)
      }
      if (env.clock?.stop()) return
      // Move the window past the cut; a final read ends the document unless the budget forced it.
      advance(start, text, segment.cut)
      text = text.slice(segment.cut)
      if (final && (ended || !resume)) break
      if (final) cutShown = false
      // No place to cut yet (one long entry): read again once the window has doubled.
      wanted = segment.cut === 0 ? text.length * 2 : segmentLength
    }
    if (entryCount === 0 && !emptyExpected) {
      report(
        main,
        'warning',
        `Unexpected ${reader.name} input without paper entries, expected at least one paper`,
        `${reader.name}:no-entries`,
        undefined,
        { url: ruleUrl('reader:no-entries') },
      )
    }
  } finally {
    // Stop the source when the consumer stops early or the parse ends before the stream does.
    if (!ended) await chunks.return(undefined)
    finishMessages(main)
    state.messages = main.messages
  }
}

/** A reader's message, kept until it is moved into the stream's file with its place shifted. */
interface HeldMessage {
  severity: Severity
  reason: string
  ruleId: string
  place: Position | undefined
  details: MessageDetails
  cause: unknown
}

/** One read of the window: the entries before the cut and their messages. */
interface Segment {
  entries: EntryInit[]
  messages: HeldMessage[]
  document: Parameters<typeof documentMeta>[0]
  emptyExpected: boolean
  /** Where the next window starts (the whole text when final). */
  cut: number
}

function readSegment(
  reader: Reader,
  text: string,
  final: boolean,
  resolved: ResolvedOptions,
  budgets: Budgets,
  resume: Reader['resumeAt'],
): Segment {
  const file = new VFile({ value: text })
  setBudgets(file, budgets)
  const messages: HeldMessage[] = []
  const hold = (severity: Severity, reason: string, ruleId: string, place?: Position, details: MessageDetails = {}) => {
    const message = { severity, reason, ruleId, place, details, cause: undefined as unknown }
    messages.push(message)
    return message
  }
  // Stray control characters become U+FFFD, as in `parse`; the message is taken from the file.
  startMessages(file)
  cleanText(file)
  for (const message of file.messages) {
    hold(
      'warning',
      message.reason,
      message.ruleId ?? 'core:control-characters',
      positionOf(message),
      detailsOf(message),
    )
  }
  const context: ReaderContext = {
    url: resolved.url,
    message: (reason, options) => {
      const { severity, ruleId, place, details } = readerMessage(reader.name, options)
      const text = typeof reason === 'string' ? reason : describeThrown(reason)
      const message = report(file, severity, text, ruleId, undefined, details)
      hold(severity, text, ruleId, place as Position | undefined, details)
      return message
    },
  }
  let entries: EntryInit[] = []
  let document: Segment['document']
  let emptyExpected = false
  try {
    const result = reader.read(file, context)
    if (!result || !Array.isArray(result.entries))
      throw new TypeError('expected `read` to return `{ entries: Entry[] }`')
    entries = result.entries
    document = result.document
    emptyExpected = result.empty === 'expected'
  } catch (error) {
    hold(
      'warning',
      `Unexpected error in reader \`${reader.name}\`: ${errorText(error)}`,
      `${reader.name}:error`,
      undefined,
      { url: ruleUrl('reader:error') },
    ).cause = error
  }
  let cut = text.length
  if (!final && resume) {
    const at = safeCut(text, resume(String(file.value), entries))
    // No place to cut yet: read again when more has come (the caller grows the window).
    cut = at
    entries = entries.filter((entry) => startOffset(entry) < at)
  }
  return {
    entries,
    // Messages about the part after the cut come again when it is read again.
    messages: cut === text.length ? messages : messages.filter((message) => (message.place?.start.offset ?? 0) < cut),
    document,
    emptyExpected,
    cut,
  }
}

/** `at` when it is a line start inside `text`, else 0 (no cut). */
function safeCut(text: string, at: number | undefined): number {
  if (at === undefined || !Number.isInteger(at) || at <= 0 || at >= text.length) return 0
  const before = text.charCodeAt(at - 1)
  return before === 10 || (before === 13 && text.charCodeAt(at) !== 10) ? at : 0
}

function startOffset(entry: EntryInit): number {
  return entry?.position?.start.offset ?? Number.POSITIVE_INFINITY
}

function positionOf(message: VFileMessage): Position | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  return place as Position
}

/** Move `start` (line and offset of the window's first character) past `text.slice(0, cut)`. */
function advance(start: { offset: number; line: number }, text: string, cut: number): void {
  let lines = 0
  for (let index = 0; index < cut; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) lines++
    else if (code === 13 && text.charCodeAt(index + 1) !== 10) lines++
  }
  start.offset += cut
  start.line += lines
}

function shiftedPosition(place: Position | undefined, start: { offset: number; line: number }): Position | undefined {
  if (!place) return undefined
  const shift = (point: Position['start']) => ({
    line: point.line + start.line - 1,
    column: point.column,
    ...(point.offset === undefined ? {} : { offset: point.offset + start.offset }),
  })
  return { start: shift(place.start), end: shift(place.end) }
}

/**
 * Shift every position in `entry` from window to document coordinates. Windows start at a line
 * start, so columns stay. Points shared between positions are shifted once.
 */
function shiftPositions(entry: Entry, start: { offset: number; line: number }): void {
  if (start.offset === 0 && start.line === 1) return
  const seen = new Set<object>()
  const stack: unknown[] = [entry]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value !== 'object' || value === null || seen.has(value)) continue
    seen.add(value)
    if (isPoint(value)) {
      value.line += start.line - 1
      if (typeof value.offset === 'number') value.offset += start.offset
      continue
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof child === 'object' && child !== null) stack.push(child)
    }
  }
}

function isPoint(value: object): value is { line: number; column: number; offset?: number } {
  const point = value as { line?: unknown; column?: unknown }
  return typeof point.line === 'number' && typeof point.column === 'number' && Object.keys(value).length <= 3
}

/** Stray control characters replaced, as `parse` cleans the text before detection. */
function cleanSample(sample: string): string {
  const file = new VFile({ value: sample })
  return cleanText(file)
}
