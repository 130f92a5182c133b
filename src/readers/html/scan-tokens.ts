/**
 * A tokenizer for parse5's own tree construction (its `Parser`), for the light tree: it jumps
 * through the input with `indexOf` and character-code loops and gives tokens their offsets
 * directly, where parse5's tokenizer runs a state machine per character and counts lines and
 * columns (positions are computed later from offsets, by vfile-location). The tokens are the
 * ones parse5's tokenizer makes in its location mode (same kinds, same text, same offsets), except
 * that runs of whitespace and other characters are one token where the parser treats them alike
 * (see `mergeable`); so the tree is the tree browsers build: insertion modes, foster parenting
 * and the adoption agency are parse5's.
 *
 * It reads only the common shapes: tags with quoted and unquoted attributes (and tags cut by the
 * end of input), text with character references, comments, bogus comments (`<?xml ...?>`), plain
 * and PUBLIC/SYSTEM doctypes, the text of script, style, title, textarea and the like. On anything
 * rarer (NUL, CDATA, a doctype the pattern does not read, a comment closed by `--!>` or cut by the
 * end of input, an attribute name with a quote or `<`, a `</>`, a script that may hold a
 * double-escaped `<script`) it throws {@link stepAside}, and the page is parsed again with
 * parse5's tokenizer. Spec: https://html.spec.whatwg.org/multipage/parsing.html#tokenization
 */
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode'
import { html, Parser, Token, type TokenHandler, TokenizerMode } from 'parse5'
import { isAsciiLetter as isLetter, ownCopy as own } from '../../util/text.js'
import { lowerAscii, nameHash, releaseTable, takeTable } from './name-table.js'

/** Thrown where the scanner is not certain to tokenize as parse5 would: the page is parsed again. */
export const stepAside: Error = new Error('light tree: the fast tokenizer steps aside')

/**
 * A token that is its own location (parse5 reads only `location.startOffset` and `.endOffset`
 * here, through the light tree's adapter and parser): one object per token, not two.
 */
interface Place {
  startOffset: number
  endOffset: number
}

const { CHARACTER, WHITESPACE_CHARACTER, START_TAG, END_TAG, COMMENT, DOCTYPE, EOF } = Token.TokenType
const { DATA, RCDATA, RAWTEXT, SCRIPT_DATA, PLAINTEXT } = TokenizerMode
/** What {@link ScanTokenizer.mergeable} reads of parse5's parser (its internal fields). */
interface ParserState {
  insertionMode: number
  skipNextNewLine: boolean
}
// parse5's insertion modes (its `InsertionMode`, not exported) in which text runs merge; the
// equality tests (test/readers/html/scan-tokens.test.ts) would show a change of their numbers.
const IN_BODY = 6
const TEXT = 7
const IN_CAPTION = 10
const IN_CELL = 14
const IN_SELECT = 15
const IN_SELECT_IN_TABLE = 16
const IN_TEMPLATE = 17

/**
 * Whether this parse5 numbers its insertion modes as above and keeps `skipNextNewLine` (both
 * internal): asked once, by feeding a parser each mode's opening tags. If a parse5 release
 * renumbers them, runs are never merged (parse5's own token split, the same tree, a little slower)
 * instead of merging where the parser would treat whitespace and characters apart.
 */
let modesKnown: boolean | undefined
export function knowsModes(): boolean {
  modesKnown ??= (
    [
      ['<body>', IN_BODY, false],
      ['<pre>', IN_BODY, true],
      ['<textarea>', TEXT, true],
      ['<table><caption>', IN_CAPTION, false],
      ['<table><tr><td>', IN_CELL, false],
      ['<select>', IN_SELECT, false],
      ['<table><tr><td><select>', IN_SELECT_IN_TABLE, false],
      ['<template>', IN_TEMPLATE, false],
    ] as const
  ).every(([tags, mode, skip]) => {
    try {
      const parser = new Parser()
      parser.tokenizer.write(tags, false)
      const state = parser as unknown as Partial<ParserState>
      return state.insertionMode === mode && state.skipNextNewLine === skip
    } catch {
      return false
    }
  })
  return modesKnown
}

/** No character token pending. */
const NONE = -1

/** HTML's ASCII whitespace: space, tab, LF, FF, CR (CR, which the input stream reads as LF, included). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 12 || code === 13
}

/** The attributes of every end tag. */
const noAttributes: Token.Attribute[] = Object.freeze([]) as unknown as Token.Attribute[]

/** `token`, made its own location. */
function selfLocated<T extends Place & { location: Token.Location | null }>(token: T): T {
  token.location = token as unknown as Token.Location
  return token
}

/**
 * A copy of a tag token the scanner made, for parse5 to keep: the scanner refills it for the next
 * tag. Other tokens, and those of parse5's own tokenizer, come back as they are.
 */
export function keptToken<T extends Token.Token>(token: T): T {
  const place = token as T & Place
  return (token.location as unknown) === token ? selfLocated({ ...place }) : token
}

/** An `indexOf` result, with `none` for not found. */
function found(at: number, none: number): number {
  return at === -1 ? none : at
}

/** Whether the first `count` attributes hold one named `name`. */
function has(attrs: readonly Token.Attribute[], count: number, name: string): boolean {
  for (let index = 0; index < count; index++) if ((attrs[index] as Token.Attribute).name === name) return true
  return false
}

/** A doctype's public or system identifier, or `null` when it has none. */
function identifier(text: string | undefined): string | null {
  return text === undefined ? null : own(newlines(text))
}

/** CR and CRLF read as LF, as the input stream reads them. */
function newlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n')
}

// A doctype as most pages write it: a name, then nothing, a public id (and a system id), or a
// system id, each quoted. Each part's class excludes what ends it, so no backtracking can grow.
const doctypePattern =
  /<!doctype[\t\n\f\r ]+([^\t\n\f\r >\0]+)(?:[\t\n\f\r ]*>|[\t\n\f\r ]+(public|system)[\t\n\f\r ]+(?:"([^"\0>]*)"|'([^'\0>]*)')(?:[\t\n\f\r ]*>|[\t\n\f\r ]+(?:"([^"\0>]*)"|'([^'\0>]*)')[\t\n\f\r ]*>))/iy

/**
 * The tokenizer parse5's `Parser` drives: it reads `state` (set by the parser after `<title>`,
 * `<script>`, ...) and `inForeignNode`, and calls `write` once with the whole input.
 */
export class ScanTokenizer {
  /** Set by the parser: the content model of the element just opened (RCDATA, RAWTEXT, ...). */
  state: number = DATA
  /** Set by the parser (read by parse5's tokenizer for CDATA, which this one steps aside from). */
  inForeignNode = false

  private source = ''
  private readonly handler: TokenHandler
  private lastStartTag = ''
  // (Taken for the page, given back when `write` ends.)
  private readonly names = takeTable(false)
  private readonly values = takeTable(true)
  private readonly scratch: Token.Attribute[] = []
  // The character token being built: its kind (or NONE), start, text so far, and the input
  // range [runStart, runEnd) still to append (text used as is is appended as one slice).
  private pending = NONE
  private pendingStart = 0
  private chars = ''
  private runStart = 0
  private runEnd = 0
  // The next `&`, CR and NUL (see `special`).
  private nextAmpersand = -1
  private nextReturn = -1
  private nextNul = -1
  // What the entity decoder last gave: its text and how many characters it consumed.
  private decoded = ''
  private consumed = 0
  private readonly decoder = new HtmlEntityDecoder((code, consumed) => {
    this.decoded += String.fromCodePoint(code)
    this.consumed = consumed
  })

  // One tag token for the whole page, refilled for each tag (each was an object per tag): parse5
  // reads a tag token while it handles it, and keeps one longer only in its list of active
  // formatting elements, which takes a copy (see {@link keptToken}; the light tree puts it there).
  // (Character tokens stay one object each: table text keeps them, and a copy there per token
  // cost more than it saved on a page of tables.)
  private readonly tagToken: Token.TagToken & Place = selfLocated({
    type: START_TAG,
    tagName: '',
    tagID: html.TAG_ID.UNKNOWN,
    selfClosing: false,
    ackSelfClosing: false,
    attrs: [],
    location: null,
    startOffset: 0,
    endOffset: 0,
  })

  constructor(handler: TokenHandler) {
    this.handler = handler
  }

  /** Tokenize `source`, the whole input, to its end. Throws {@link stepAside}. */
  write(source: string, _isLast: boolean): void {
    try {
      this.scan(source)
    } finally {
      releaseTable(this.names)
      releaseTable(this.values)
    }
  }

  private scan(source: string): void {
    this.source = source
    this.nextAmpersand = this.nextReturn = this.nextNul = -1
    const { length } = source
    let at = 0
    while (at < length) {
      const state = this.state
      if (state === DATA) at = this.data(at)
      else if (state === RCDATA || state === RAWTEXT || state === SCRIPT_DATA) at = this.rawText(at, state)
      else if (state === PLAINTEXT) {
        this.text(at, length, false)
        at = length
      } else throw stepAside
    }
    this.flush(length)
    const eof: Token.EOFToken & Place = {
      type: EOF,
      location: null,
      startOffset: length,
      endOffset: length,
    }
    eof.location = eof as unknown as Token.Location
    this.handler.onEof(eof)
  }

  /** Data up to and including the next tag, comment or doctype; returns where to go on. */
  private data(from: number): number {
    const { source } = this
    const { length } = source
    let search = from
    for (;;) {
      const open = source.indexOf('<', search)
      if (open === -1) {
        this.text(from, length, true)
        return length
      }
      const next = source.charCodeAt(open + 1)
      if (isLetter(next)) {
        this.text(from, open, true)
        return this.tag(open, open + 1, false)
      }
      if (next === 47 /* / */) {
        const after = source.charCodeAt(open + 2)
        if (isLetter(after)) {
          this.text(from, open, true)
          return this.tag(open, open + 2, true)
        }
        // `</` at the end of input is text, `</>` nothing, `</` before anything else a bogus comment.
        if (open + 2 >= length) {
          search = open + 2
          continue
        }
        if (after === 62) throw stepAside
        this.text(from, open, true)
        return this.bogusComment(open, open + 2)
      }
      if (next === 33 /* ! */) {
        this.text(from, open, true)
        return this.declaration(open)
      }
      // `<?` starts a bogus comment (an XML declaration); `<` before anything else (or the end) is text.
      if (next === 63 /* ? */) {
        this.text(from, open, true)
        return this.bogusComment(open, open + 1)
      }
      search = open + 1
    }
  }

  /**
   * Text in data or RCDATA (`references`) or raw text: runs of whitespace and of other
   * characters, each a token of its own as parse5 makes them (or one, see {@link begin}), CR read
   * as LF. Stretches without `&`, CR or NUL are read by {@link plain}.
   */
  private text(from: number, to: number, references: boolean): void {
    const { source } = this
    let at = from
    while (at < to) {
      const stop = Math.min(this.special(at, references), to)
      if (stop > at) {
        this.plain(at, stop)
        at = stop
        continue
      }
      const code = source.charCodeAt(at)
      if (code === 38 /* & */) at = this.reference(at)
      else if (code === 0) throw stepAside
      else {
        // A CR: the whitespace run from it, CR and CRLF read as LF.
        if (this.pending !== WHITESPACE_CHARACTER) this.begin(WHITESPACE_CHARACTER, at)
        let end = at + 1
        while (end < to && isSpace(source.charCodeAt(end))) end++
        this.append(newlines(source.slice(at, end)))
        at = end
      }
    }
  }

  /**
   * Where the next `&` (when `references`), CR or NUL is at or after `at` (the input's length when
   * there is none). Each is found once by `indexOf` and kept until passed, so no stretch of the
   * input is searched twice (a search bounded by the text's end would need a slice per text).
   */
  private special(at: number, references: boolean): number {
    const { source } = this
    if (this.nextReturn < at) this.nextReturn = found(source.indexOf('\r', at), source.length)
    if (this.nextNul < at) this.nextNul = found(source.indexOf('\0', at), source.length)
    const stop = Math.min(this.nextReturn, this.nextNul)
    if (!references) return stop
    if (this.nextAmpersand < at) this.nextAmpersand = found(source.indexOf('&', at), source.length)
    return Math.min(this.nextAmpersand, stop)
  }

  /**
   * Text in [from, to) with no `&` to decode, CR or NUL. Where the parser treats whitespace and
   * other characters alike (see {@link mergeable}) the stretch joins the pending token at once,
   * which the run-by-run loop below would do too (it emits nothing, so the parser's state it asks
   * at each change of run stays as it is now): most of a page's text is read without a loop over
   * its characters.
   */
  private plain(from: number, to: number): void {
    const { source } = this
    if (this.mergeable()) {
      if (this.pending !== CHARACTER) {
        let at = from
        while (at < to && isSpace(source.charCodeAt(at))) at++
        if (this.pending === NONE) this.pendingStart = from
        this.pending = at < to ? CHARACTER : WHITESPACE_CHARACTER
      }
      this.extend(from, to)
      return
    }
    for (let at = from; at < to; ) {
      const space = isSpace(source.charCodeAt(at))
      let end = at + 1
      while (end < to && isSpace(source.charCodeAt(end)) === space) end++
      const kind = space ? WHITESPACE_CHARACTER : CHARACTER
      if (this.pending !== kind) this.begin(kind, at)
      this.extend(at, end)
      at = end
    }
  }

  /** A character reference in text at `at` (an `&`); returns where the text goes on. */
  private reference(at: number): number {
    const decoded = this.decode(at, DecodingMode.Legacy)
    if (decoded === undefined) {
      // Not a reference: the `&` is text.
      if (this.pending !== CHARACTER) this.begin(CHARACTER, at)
      this.extend(at, at + 1)
      return at + 1
    }
    const end = at + this.consumed
    // A reference that changes the token's kind starts the new token at its last character
    // (where parse5's tokenizer stands when it knows the kind).
    for (let index = 0; index < decoded.length; index++) {
      const code = decoded.charCodeAt(index)
      if (code === 0) throw stepAside
      const kind = isSpace(code) ? WHITESPACE_CHARACTER : CHARACTER
      // (A token that starts with the reference starts at its `&`, where the text starts.)
      if (this.pending !== kind) this.begin(kind, this.pending === NONE ? at : end - 1)
      this.append(decoded[index] as string)
    }
    return end
  }

  /** The reference at `at` decoded, or `undefined` when there is none; sets `consumed`. */
  private decode(at: number, mode: DecodingMode): string | undefined {
    this.decoded = ''
    this.consumed = 0
    this.decoder.startEntity(mode)
    let length = this.decoder.write(this.source, at + 1)
    if (length < 0) length = this.decoder.end()
    return length === 0 || this.decoded === '' ? undefined : this.decoded
  }

  /**
   * Start a character token of `kind` at `at`, emitting the pending one (it ends there); or,
   * where the parser would treat the two tokens as one (see {@link mergeable}), go on with the
   * pending token as one of characters.
   */
  private begin(kind: number, at: number): void {
    if (this.pending !== NONE) {
      if (this.mergeable()) {
        this.pending = CHARACTER
        return
      }
      this.flush(at)
    }
    this.pending = kind
    this.pendingStart = at
  }

  /**
   * Whether the parser, as it stands, would do with a run of whitespace followed by one of other
   * characters (or the reverse) exactly what it does with one character token holding both: in
   * body, cell, caption and template (each inserts the text; characters also clear `framesetOk`,
   * which one of them clears either way), in text, select and foreign content (each inserts the
   * text), unless a newline after `<pre>` or `<textarea>` is still to be dropped (a whitespace
   * token's first newline is). One token instead of one per word is most of what the parser saves.
   */
  private mergeable(): boolean {
    const parser = this.handler as TokenHandler & ParserState
    if (parser.skipNextNewLine || !knowsModes()) return false
    if (this.inForeignNode) return true
    const mode = parser.insertionMode
    return (
      mode === IN_BODY ||
      mode === IN_CELL ||
      mode === IN_CAPTION ||
      mode === IN_TEMPLATE ||
      mode === TEXT ||
      mode === IN_SELECT ||
      mode === IN_SELECT_IN_TABLE
    )
  }

  /** Append the input range [from, to) to the pending token. */
  private extend(from: number, to: number): void {
    if (from !== this.runEnd) {
      if (this.runEnd !== this.runStart) this.chars += this.source.slice(this.runStart, this.runEnd)
      this.runStart = from
    }
    this.runEnd = to
  }

  /** Append text that is not the input as is (a decoded reference, a normalized newline). */
  private append(text: string): void {
    if (this.runEnd !== this.runStart) this.chars += this.source.slice(this.runStart, this.runEnd)
    this.chars += text
    this.runStart = this.runEnd = -1
  }

  /** Emit the pending character token, ending at `end`. */
  private flush(end: number): void {
    if (this.pending === NONE) return
    let chars = this.chars
    if (this.runEnd !== this.runStart) chars += this.source.slice(this.runStart, this.runEnd)
    const token: Token.CharacterToken & Place = selfLocated({
      type: this.pending as Token.CharacterToken['type'],
      chars: own(chars),
      location: null,
      startOffset: this.pendingStart,
      endOffset: end,
    })
    this.pending = NONE
    this.chars = ''
    this.runStart = this.runEnd = -1
    if (token.type === CHARACTER) this.handler.onCharacter(token)
    else this.handler.onWhitespaceCharacter(token)
  }

  /**
   * The tag whose `<` is at `open` and whose name starts at `name`; emits it and returns the
   * offset past its `>`. An end tag in raw text has its name already (`known`).
   */
  private tag(open: number, name: number, end: boolean, known?: string): number {
    const { source } = this
    const { length } = source
    let at = name
    let hash = 0
    for (; at < length; at++) {
      const code = source.charCodeAt(at)
      if (isSpace(code) || code === 47 || code === 62) break
      if (code === 0) throw stepAside
      hash = nameHash(hash, code)
    }
    const tagName = known ?? this.names.name(source, name, at, hash)
    const tagID = known === undefined ? this.names.tagId(tagName, html.getTagID) : html.getTagID(tagName)
    // Attributes are collected in one array for every tag and copied to an array of their own
    // size (an array grown by `push` reserves 17 slots: most of what a tag allocated).
    const { scratch } = this
    let count = 0
    let names: Set<string> | undefined
    let selfClosing = false
    for (;;) {
      if (at >= length) return this.cut(open)
      const code = source.charCodeAt(at)
      if (isSpace(code)) {
        at++
        continue
      }
      if (code === 62 /* > */) {
        at++
        break
      }
      if (code === 47 /* / */) {
        // `/>` closes the tag self-closing; a `/` before anything else is dropped.
        if (source.charCodeAt(at + 1) === 62) {
          selfClosing = true
          at += 2
          break
        }
        at++
        continue
      }
      // An attribute: its name up to a space, `/`, `>` or `=`.
      if (code === 61 /* = */) throw stepAside
      const start = at
      hash = 0
      for (; at < length; at++) {
        const next = source.charCodeAt(at)
        if (isSpace(next) || next === 47 || next === 61 || next === 62) break
        if (next === 34 || next === 39 || next === 60 || next === 0) throw stepAside
        hash = nameHash(hash, next)
      }
      const attrName = this.names.name(source, start, at, hash)
      while (at < length && isSpace(source.charCodeAt(at))) at++
      let value = ''
      if (source.charCodeAt(at) === 61 /* = */) {
        at++
        while (at < length && isSpace(source.charCodeAt(at))) at++
        const quote = source.charCodeAt(at)
        if (quote === 34 || quote === 39) {
          const close = source.indexOf(quote === 34 ? '"' : "'", at + 1)
          if (close === -1) return this.cut(open)
          value = this.value(at + 1, close)
          at = close + 1
        } else if (quote !== 62) {
          const start = at
          for (; at < length; at++) {
            const next = source.charCodeAt(at)
            if (isSpace(next) || next === 62) break
          }
          if (at >= length) return this.cut(open)
          value = this.value(start, at)
        }
      }
      // The first of two attributes of one name wins (a Set once there are many, as parse5 does).
      if (names === undefined && count >= 32) names = new Set(scratch.slice(0, count).map((attr) => attr.name))
      if (names ? !names.has(attrName) : !has(scratch, count, attrName)) {
        scratch[count++] = { name: attrName, value }
        names?.add(attrName)
      }
    }
    // (An end tag's attributes are read past, never kept: parse5 makes no element of them.)
    const attrs = end ? noAttributes : count === 0 ? [] : scratch.slice(0, count)
    this.flush(open)
    const token = this.tagToken
    ;(token as { type: Token.TokenType }).type = end ? END_TAG : START_TAG
    token.tagName = tagName
    token.tagID = tagID
    token.selfClosing = selfClosing
    token.ackSelfClosing = false
    token.attrs = attrs
    token.startOffset = open
    token.endOffset = at
    if (end) {
      this.state = DATA
      this.handler.onEndTag(token)
    } else {
      this.lastStartTag = tagName
      this.handler.onStartTag(token)
    }
    return at
  }

  /**
   * The input ends inside the tag at `open`: the tag is dropped, and the text before it ends
   * where it starts. Returns the end of input.
   */
  private cut(open: number): number {
    this.flush(open)
    return this.source.length
  }

  /** An attribute value in [from, to): references decoded (attribute rules), CR read as LF. */
  private value(from: number, to: number): string {
    // A short value is looked up first: class names and the like repeat all through a page.
    return to - from <= 32 ? this.shortValue(from, to) : this.longValue(from, to)
  }

  /** An attribute value of at most 32 characters in [from, to), kept once per page when it has no `&`, CR or NUL. */
  private shortValue(from: number, to: number): string {
    const { source } = this
    let hash = 0
    for (let at = from; at < to; at++) {
      const code = source.charCodeAt(at)
      if (code === 38 || code === 13 || code === 0) return this.longValue(from, to)
      hash = (Math.imul(hash, 31) + code) | 0
    }
    return this.values.name(source, from, to, hash)
  }

  /** An attribute value in [from, to), as {@link value} but never looked up. */
  private longValue(from: number, to: number): string {
    // (Searched in a slice of the value: a search of the input could run to its end each time.)
    const raw = this.source.slice(from, to)
    if (raw.indexOf('\0') !== -1) throw stepAside
    let ampersand = raw.indexOf('&')
    if (ampersand === -1) return own(newlines(raw))
    let value = ''
    let at = 0
    while (ampersand !== -1) {
      value += newlines(raw.slice(at, ampersand))
      const decoded = this.decode(from + ampersand, DecodingMode.Attribute)
      if (decoded === undefined) {
        value += '&'
        at = ampersand + 1
      } else {
        if (ampersand + this.consumed > raw.length) throw stepAside
        value += decoded
        at = ampersand + this.consumed
      }
      ampersand = raw.indexOf('&', at)
    }
    return own(value + newlines(raw.slice(at)))
  }

  /** `<!` at `open`: a comment or a doctype (anything else steps aside). */
  private declaration(open: number): number {
    const { source } = this
    if (source.startsWith('--', open + 2)) return this.comment(open)
    // (CDATA, and doctypes the pattern does not read, step aside; anything else is a bogus comment.)
    if (source.charCodeAt(open + 2) === 91 /* [ */) throw stepAside
    if (!this.named(open + 2, 'doctype')) return this.bogusComment(open, open + 2)
    doctypePattern.lastIndex = open
    const match = doctypePattern.exec(source)
    if (!match) throw stepAside
    const [, name = '', keyword, public1, public2, system1, system2] = match
    const isPublic = keyword !== undefined && (keyword.charCodeAt(0) | 0x20) === 112 /* p */
    const first = public1 ?? public2
    const second = system1 ?? system2
    // A SYSTEM keyword takes one id only.
    if (keyword !== undefined && !isPublic && second !== undefined) throw stepAside
    const end = open + match[0].length
    this.flush(open)
    const token: Token.DoctypeToken & Place = {
      type: DOCTYPE,
      name: own(lowerAscii(name)),
      forceQuirks: false,
      publicId: isPublic ? identifier(first) : null,
      systemId: identifier(isPublic ? second : first),
      location: null,
      startOffset: open,
      endOffset: end,
    }
    token.location = token as unknown as Token.Location
    this.handler.onDoctype(token)
    return end
  }

  /**
   * `<!--` at `open`: the comment runs to the first `-->` (its `--!>` and `<!-->` forms, and
   * `<!--!>` inside, step aside); `<!-->` and `<!--->` are empty comments.
   */
  private comment(open: number): number {
    const { source } = this
    const start = open + 4
    let dataEnd: number
    let end: number
    if (source.charCodeAt(start) === 62) {
      dataEnd = start
      end = start + 1
    } else if (source.startsWith('->', start)) {
      dataEnd = start
      end = start + 2
    } else {
      const close = source.indexOf('-->', start)
      if (close === -1) throw stepAside
      const data = source.slice(start, close)
      if (data.indexOf('--!>') !== -1 || data.indexOf('\0') !== -1) throw stepAside
      dataEnd = close
      end = close + 3
    }
    this.emitComment(open, own(newlines(source.slice(start, dataEnd))), end)
    return end
  }

  /** Emit a comment token from `<` at `open` to `end`. */
  private emitComment(open: number, data: string, end: number): void {
    this.flush(open)
    const token: Token.CommentToken & Place = {
      type: COMMENT,
      data,
      location: null,
      startOffset: open,
      endOffset: end,
    }
    token.location = token as unknown as Token.Location
    this.handler.onComment(token)
  }

  /** A bogus comment (`<?xml ...>`, `<!x>`, `</ x>`) from `<` at `open`: its data from `start` to the first `>`. */
  private bogusComment(open: number, start: number): number {
    const { source } = this
    const close = source.indexOf('>', start)
    if (close === -1) throw stepAside
    const data = source.slice(start, close)
    if (data.indexOf('\0') !== -1) throw stepAside
    this.emitComment(open, own(newlines(data)), close + 1)
    return close + 1
  }

  /**
   * The text of a title or textarea (RCDATA: references decoded), a style, xmp, iframe, ...
   * (RAWTEXT) or a script, up to the end tag of the element that opened it.
   */
  private rawText(from: number, state: number): number {
    const { source, lastStartTag } = this
    const { length } = source
    if (lastStartTag === '') throw stepAside
    let search = from
    for (;;) {
      const open = source.indexOf('</', search)
      if (open === -1) break
      const name = open + 2
      const after = name + lastStartTag.length
      if (after < length && this.named(name, lastStartTag)) {
        const code = source.charCodeAt(after)
        if (isSpace(code) || code === 47 || code === 62) {
          if (state === SCRIPT_DATA && this.mayEscape(from, open)) throw stepAside
          this.text(from, open, state === RCDATA)
          return this.tag(open, after, true, lastStartTag)
        }
      }
      search = name
    }
    if (state === SCRIPT_DATA && this.mayEscape(from, length)) throw stepAside
    this.text(from, length, state === RCDATA)
    return length
  }

  /** Whether the input at `at` is `name`, ASCII case-insensitively (`name` is lower-case). */
  private named(at: number, name: string): boolean {
    const { source } = this
    for (let index = 0; index < name.length; index++) {
      if ((source.charCodeAt(at + index) | 0x20) !== name.charCodeAt(index)) return false
    }
    return true
  }

  /**
   * Whether script text in [from, to) has `<!--` and then `<script`: the escaped states, where
   * a `</script>` may not end the script. (A NUL in it steps aside where the text is read.)
   */
  private mayEscape(from: number, to: number): boolean {
    // (Searched in a slice of the text: a search of the input could run to its end for each script.)
    const text = this.source.slice(from, to)
    const opened = text.indexOf('<!--')
    return opened !== -1 && /<script/i.test(text.slice(opened + 4))
  }
}
