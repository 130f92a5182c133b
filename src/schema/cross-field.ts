/**
 * Checks that tie fields of a record together, which a schema of each field cannot make: the id
 * is the one its arXiv id, DOI or title gives; the latest version is not older than the first;
 * the stated author count is not below the listed authors; no text is only whitespace; the
 * reader's two names agree. Each reads only values that are valid on their own (the field
 * checks report the others), so a mistake is reported once.
 */
import { idRule } from './id.js'
import { ArxivIdSchema, IsoDateSchema, PaperSchema } from './paper.js'
import { normalizeWhitespace } from './text.js'

/** A problem found by a cross-field check. */
export interface CrossFieldProblem {
  /** The path of the field the problem is reported on, from the record. */
  keys: Array<string | number>
  /** "Unexpected X, expected Y". */
  message: string
  /** `id_mismatch`, `date_order`, `author_count`, `blank_string` or `reader_mismatch`. */
  code: string
}

const doiSchema = PaperSchema.shape.doi
const idSchema = PaperSchema.shape.id

/** Every cross-field problem of `value` (nothing for a value that is not an object). */
export function crossFieldProblems(value: unknown): CrossFieldProblem[] {
  if (!isRecord(value)) return []
  const problems: CrossFieldProblem[] = []
  blankStrings(value, problems)
  const { id, title, arxivId, doi } = value
  const title_ = typeof title === 'string' && normalizeWhitespace(title) !== '' ? title : undefined
  const arxiv = ArxivIdSchema.safeParse(arxivId).success ? (arxivId as string) : undefined
  const doi_ = doiSchema.safeParse(doi).success ? (doi as string | undefined) : undefined
  // An invalid id, arXiv id or DOI is reported by its own check; the id is then not judged.
  const judged = (arxivId === undefined || arxiv !== undefined) && (doi === undefined || doi_ !== undefined)
  if (idSchema.safeParse(id).success && judged && (arxiv !== undefined || doi_ !== undefined || title_ !== undefined)) {
    const expected = idRule(arxiv, title_ ?? '', doi_)
    if (id !== expected.id) {
      const from = arxiv !== undefined ? 'its `arxivId`' : doi_ !== undefined ? 'its `doi`' : 'the hash of its `title`'
      problems.push({
        keys: ['id'],
        message: `Unexpected id \`${id}\`, expected \`${expected.id}\` (from ${from})`,
        code: 'id_mismatch',
      })
    }
  }
  const { publishedAt, updatedAt } = value
  if (isDate(publishedAt) && isDate(updatedAt) && updatedAt < publishedAt) {
    problems.push({
      keys: ['updatedAt'],
      message: `Unexpected \`updatedAt\` \`${updatedAt}\` before \`publishedAt\` \`${publishedAt}\`, expected the latest version on or after the first`,
      code: 'date_order',
    })
  }
  const { authorCount, authors } = value
  if (Number.isInteger(authorCount) && Array.isArray(authors) && (authorCount as number) < authors.length) {
    problems.push({
      keys: ['authorCount'],
      message: `Unexpected \`authorCount\` ${authorCount} below the ${authors.length} listed authors, expected at least ${authors.length}`,
      code: 'author_count',
    })
  }
  const { source } = value
  if (isRecord(source) && typeof source.reader === 'string' && typeof source.format === 'string') {
    if (source.reader !== source.format) {
      problems.push({
        keys: ['source', 'reader'],
        message: `Unexpected \`source.reader\` \`${clip(source.reader)}\` beside \`source.format\` \`${clip(source.format)}\`, expected the same reader (\`format\` is its old name)`,
        code: 'reader_mismatch',
      })
    }
  }
  return problems
}

/**
 * Strings that hold only whitespace, at any depth of the record (`title: ' '`, an author named
 * `'\u00a0'`): empty in all but name. Walked with a stack, so a deep value cannot overflow it.
 */
function blankStrings(record: Record<string, unknown>, problems: CrossFieldProblem[]): void {
  const stack: Array<[unknown, Array<string | number>]> = [[record, []]]
  while (stack.length > 0) {
    const [node, keys] = stack.pop() as [unknown, Array<string | number>]
    if (typeof node === 'string') {
      if (node !== '' && normalizeWhitespace(node) === '') {
        problems.push({
          keys,
          message: 'Unexpected whitespace-only string, expected text (leave the field out instead)',
          code: 'blank_string',
        })
      }
    } else if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push([node[index], [...keys, index]])
    } else if (isRecord(node)) {
      const entries = Object.entries(node)
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, item] = entries[index] as [string, unknown]
        stack.push([item, [...keys, key]])
      }
    }
  }
}

function isDate(value: unknown): value is string {
  return IsoDateSchema.safeParse(value).success
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}
