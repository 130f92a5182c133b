/**
 * Damage to real fixtures, one byte at a time: flipped, inserted, deleted, or the input cut
 * there. The rule: a damage costs at most the entry it hits. A paper is "affected" when it is
 * missing from the damaged parse or one of its page fields changed; a damage may affect at most
 * two papers (the one it hits, and its neighbour when it hits the boundary between them), and a
 * cut may affect the papers it cuts or that come after it. The documented exceptions
 * (docs/security.md) are listed in {@link exceptionOf}.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { type Paper, parseSync } from '../../src/index.js'
import type { Element } from '../../src/readers/html/light-tree.js'
import { parseHtml } from '../../src/readers/html/page.js'

export interface Fixture {
  name: string
  text: string
  options: Record<string, unknown>
}

/** Every real fixture with an input. */
export function fixtures(): Fixture[] {
  const root = new URL('../../fixtures/', import.meta.url).pathname
  const found: Fixture[] = []
  for (const reader of readdirSync(root)) {
    const folder = join(root, reader)
    if (!statSync(folder).isDirectory() || reader === 'datasets-eval') continue
    for (const item of readdirSync(folder)) {
      const dir = join(folder, item)
      const input = statSync(dir).isDirectory() ? readdirSync(dir).find((file) => file.startsWith('input.')) : undefined
      if (!input) continue
      const options = existsSync(join(dir, 'options.json'))
        ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8'))
        : {}
      found.push({ name: `${reader}/${item}`, text: readFileSync(join(dir, input), 'utf8'), options })
    }
  }
  return found
}

export type Operation = 'flip' | 'insert' | 'delete' | 'cut'

/** The damaged text: one byte (UTF-16 unit) flipped, inserted or deleted at `offset`, or the text cut there. */
export function damage(text: string, operation: Operation, offset: number, character: string): string {
  if (operation === 'cut') return text.slice(0, offset)
  if (operation === 'delete') return text.slice(0, offset) + text.slice(offset + 1)
  if (operation === 'insert') return text.slice(0, offset) + character + text.slice(offset)
  return text.slice(0, offset) + character + text.slice(offset + 1)
}

/** Characters that damage markup most: quotes, brackets, angle brackets, a NUL, a letter. */
export const damaging = ['"', '<', '>', '{', '}', '[', ']', '&', '\\', '\u0000', 'x', '\n']

/** The page fields compared between the parses (positions move with an insert or delete; values do not). */
function view(paper: Paper): string {
  return JSON.stringify([
    paper.title,
    paper.abstract,
    paper.authors.map((author) => author.name),
    paper.publishedAt,
    paper.upvotes,
    paper.comments,
    paper.url,
    paper.authorCount,
  ])
}

export interface Verdict {
  affected: number
  allowed: number
  format: string | undefined
  /** Why the damage may cost more (a documented exception), if it does. */
  exception: string | undefined
}

/** Parse the damaged text and judge it against the baseline papers. Throws only if `parseSync` does. */
export function judge(
  fixture: Fixture,
  baseline: readonly Paper[],
  baseFormat: string | undefined,
  operation: Operation,
  offset: number,
  character: string,
): Verdict {
  const damaged = damage(fixture.text, operation, offset, character)
  const result = parseSync(damaged, { referenceDate: '2025-12-08', ...fixture.options })
  const after = new Map<string, string>()
  for (const paper of result.papers) after.set(paper.id, view(paper))
  let affected = 0
  for (const paper of baseline) if (after.get(paper.id) !== view(paper)) affected++
  const cutOrLater = baseline.filter((paper) => (paper.source.position?.end.offset ?? 0) > offset).length
  const allowed = operation === 'cut' ? cutOrLater + 1 : 2
  const exception =
    affected > allowed
      ? exceptionOf(
          fixture,
          operation,
          offset,
          character,
          result.format,
          baseFormat,
          result.messages.map((message) => message.ruleId),
        )
      : undefined
  return { affected, allowed, format: result.format, exception }
}

/**
 * The documented exceptions: damage that changes what the document is, not one entry.
 * - detection: the damage hit what identifies the format (within the sniffed prefix), so another
 *   reader, or none, took the input;
 * - page state: on a Hugging Face page the embedded JSON is one attribute value; a damaged quote
 *   or `&quot;` that ends the attribute early or a cut inside it leaves the page to the rendered
 *   cards (fewer fields for every paper);
 * - attribute quote: a quote added or removed inside a tag runs the attribute value to the next
 *   such quote, as in a browser;
 * - reference definitions cut: a cut markdown capture with reference-style links loses the
 *   definitions at its end, so every paper its URL (`hf-markdown:missing-definition` says so);
 * - title swallowed: `</title>` damaged into something that is no end tag leaves the title
 *   open, and a title's text runs to its end tag: the whole page becomes the title's text, and a
 *   browser shows an empty page;
 * - hidden by the damage: an end tag damaged into another name is ignored, so an element stays
 *   open; when that element is `display:none`, most of the page (the list included) ends up
 *   inside it, hidden for a browser too, and no reader reads hidden elements.
 */
export function exceptionOf(
  fixture: Fixture,
  operation: Operation,
  offset: number,
  character: string,
  format: string | undefined,
  baseFormat: string | undefined,
  rules: ReadonlyArray<string | undefined>,
): string | undefined {
  if (format !== baseFormat) return 'detection'
  const text = fixture.text
  // A quote added or removed inside a tag: the attribute value runs to the next such quote, as in
  // a browser (arXiv's listing quotes attributes with `'`, so a `"` swallows a long stretch).
  const inTag = text.lastIndexOf('<', offset) > text.lastIndexOf('>', offset - 1)
  const quote = (value: string | undefined) => value === '"' || value === "'"
  if (inTag && operation !== 'cut' && (quote(character) || quote(text[offset]))) return 'attribute quote'
  // Reference-style markdown keeps every link target in definitions at the end: a cut before
  // them leaves every paper without its URL (and arXiv id), and the page says so.
  if (operation === 'cut' && rules.includes('hf-markdown:missing-definition')) return 'reference definitions cut'
  const reader = fixture.name.split('/')[0]
  if (reader === 'hf-html') {
    const start = fixture.text.indexOf('data-props="{&quot;canSubmit')
    const state = start === -1 ? fixture.text.indexOf('dailyPapers&quot;') : start
    const end = state === -1 ? -1 : fixture.text.indexOf('"', state + 12)
    if (state !== -1 && offset >= state - 20 && offset <= end + 1) return 'page state'
  }
  if (/^\s*</.test(text)) {
    const before = shapeOf(text)
    const after = shapeOf(damage(text, operation, offset, character))
    if (after.swallowed && !before.swallowed) return 'title swallowed'
    if (after.hidden > 0.8 && before.hidden < 0.5) return 'hidden by the damage'
  }
  return undefined
}

/**
 * What a browser would show of an HTML page: whether its `<title>` took the page (a long title,
 * an empty body: a title's text runs to its end tag), and the share of the body's text inside
 * `display:none` elements.
 */
function shapeOf(text: string): { swallowed: boolean; hidden: number } {
  const page = parseHtml(new VFile(text))
  const title = page.findAll(page.document, (element) => element.tagName === 'title')[0]
  const body = page.findAll(page.document, (element) => element.tagName === 'body')[0]
  const shown = body ? page.text(body).length : 0
  const swallowed = title !== undefined && page.text(title).length > 1000 && shown === 0
  if (!body || shown === 0) return { swallowed, hidden: 0 }
  // Outermost hidden elements only: `findAll` would count a hidden element inside another twice.
  const isHidden = (element: Element) => /display\s*:\s*none/i.test(page.attribute(element, 'style') ?? '')
  let hidden = 0
  for (const element of page.findAll(body, isHidden)) {
    let outer = true
    for (let node = element.parentNode; node && 'tagName' in node; node = node.parentNode)
      if (isHidden(node as Element)) outer = false
    if (outer) hidden += page.text(element).length
  }
  return { swallowed, hidden: hidden / shown }
}
