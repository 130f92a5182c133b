import { html, type Token, Tokenizer, TokenizerMode } from 'parse5'
import type { Position } from '../../schema/position.js'

/** A start or end tag as parse5's tokenizer emits it: lower-case name, decoded attribute values, location. */
export type Tag = Token.TagToken

/** What {@link scanTags} calls for each token, in document order; only `startTag` is required. */
export interface TagVisitor {
  startTag(tag: Tag): void
  endTag?(tag: Tag): void
  /** A run of text (entities decoded, whitespace runs and other text may come as separate calls). */
  text?(token: Token.CharacterToken): void
  /** A NUL character in text. */
  nullCharacter?(token: Token.CharacterToken): void
  comment?(token: Token.CommentToken): void
  /** The end of the input. */
  end?(): void
}

const $ = html.TAG_ID

// Elements whose content the tree builder tells the tokenizer to read as text, not markup.
const textModes = new Map<number, (typeof TokenizerMode)[keyof typeof TokenizerMode]>([
  [$.TITLE, TokenizerMode.RCDATA],
  [$.TEXTAREA, TokenizerMode.RCDATA],
  [$.SCRIPT, TokenizerMode.SCRIPT_DATA],
  [$.STYLE, TokenizerMode.RAWTEXT],
  [$.IFRAME, TokenizerMode.RAWTEXT],
  [$.XMP, TokenizerMode.RAWTEXT],
  [$.NOEMBED, TokenizerMode.RAWTEXT],
  [$.NOFRAMES, TokenizerMode.RAWTEXT],
  [$.NOSCRIPT, TokenizerMode.RAWTEXT],
  [$.PLAINTEXT, TokenizerMode.PLAINTEXT],
])

const ignore = () => {}

/**
 * Walk the tags of an HTML document with parse5's own tokenizer, without building a tree:
 * the cheapest spec-exact way to read attributes (entities decoded, locations on). It costs
 * about what `parse5.parse` costs; a tree (parse5's or hast) costs more.
 *
 * Like parse5-sax-parser, it plays the tree builder's part of switching the tokenizer to text
 * for `script`, `style`, `title`… and to foreign content inside `svg`/`math`, so markup-like
 * text in those never shows up as tags. (parse5-sax-parser itself wraps this in a Node stream
 * and buffers every text run, which cost a fifth of a parse more on a 220 KB page.)
 * HTML integration points inside SVG/MathML (`foreignObject`) are treated as foreign: harmless
 * for reading attributes.
 */
export function scanTags(source: string, visitor: TagVisitor): void {
  let foreign = 0
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag(tag) {
        if (tag.tagID === $.SVG || tag.tagID === $.MATH) {
          if (!tag.selfClosing) foreign++
        } else if (foreign === 0) {
          const mode = textModes.get(tag.tagID)
          if (mode !== undefined) tokenizer.state = mode
        }
        tokenizer.inForeignNode = foreign > 0
        visitor.startTag(tag)
      },
      onEndTag(tag) {
        if ((tag.tagID === $.SVG || tag.tagID === $.MATH) && foreign > 0) foreign--
        tokenizer.inForeignNode = foreign > 0
        visitor.endTag?.(tag)
      },
      onComment: visitor.comment ? (token) => visitor.comment?.(token) : ignore,
      onDoctype: ignore,
      onEof: visitor.end ? () => visitor.end?.() : ignore,
      onCharacter: visitor.text ? (token) => visitor.text?.(token) : ignore,
      onNullCharacter: visitor.nullCharacter ? (token) => visitor.nullCharacter?.(token) : ignore,
      onWhitespaceCharacter: visitor.text ? (token) => visitor.text?.(token) : ignore,
    },
  )
  tokenizer.write(source, true)
}

/** An attribute's decoded value, or `undefined`. */
export function attributeOf(tag: Tag, name: string): string | undefined {
  for (const attribute of tag.attrs) if (attribute.name === name) return attribute.value
  return undefined
}

/** Where an attribute (name, `=` and quoted value) is, as a `Paper` position. */
export function attributePosition(tag: Tag, name: string): Position | undefined {
  const place = tag.location?.attrs?.[name]
  return place && toPosition(place)
}

/** Where a tag is, as a `Paper` position. */
export function tagPosition(tag: Tag): Position | undefined {
  return tag.location ? toPosition(tag.location) : undefined
}

/** A parse5 location as a `Paper` position. */
export function toPosition(place: Token.Location): Position {
  return {
    start: { line: place.startLine, column: place.startCol, offset: place.startOffset },
    end: { line: place.endLine, column: place.endCol, offset: place.endOffset },
  }
}
