import { idRule } from './id.js'
import type { Paper, Provenance, Source } from './paper.js'
import { checkPaper } from './validate.js'

/**
 * What {@link createPaper} takes: a `Paper` whose lists, `id`, `source` and `provenance` may be
 * left out (`source` may be partial), plus any fields of your own (plugin fields).
 */
export type PaperInit = Omit<
  Paper,
  'id' | 'authors' | 'repositories' | 'projectPages' | 'links' | 'datasets' | 'source' | 'provenance'
> &
  Partial<Pick<Paper, 'id' | 'authors' | 'repositories' | 'projectPages' | 'links' | 'datasets' | 'provenance'>> & {
    /** Which reader (or pipeline) and entry the record came from (default: `{ reader: 'record', index: 0 }`). */
    source?: Partial<Source> | undefined
  }

/**
 * Build a valid `Paper` from the fields you have: the lists (`authors`, `repositories`,
 * `projectPages`, `links`, `datasets`) default to empty, `source` to `{ reader: 'record',
 * format: 'record', index: 0 }` (a partial `source` is completed), `provenance` to none but
 * the id's, and the `id` is made as `parse` makes it (see {@link paperId}). The record is then
 * checked as `validatePapers` checks it; a mistake throws a `TypeError` listing the problems.
 * Fields of your own (plugin fields) are kept as given.
 *
 * @example
 * ```ts
 * const paper = createPaper({ title: 'Attention Is All You Need', arxivId: '1706.03762' })
 * paper.id // 'arxiv:1706.03762'
 * ```
 */
export function createPaper<const Init extends PaperInit>(init: Init): Paper & Omit<Init, keyof PaperInit> {
  if (typeof init !== 'object' || init === null || Array.isArray(init)) {
    throw new TypeError(
      `Expected createPaper() to get an object of fields with at least a \`title\`, got ${init === null ? 'null' : typeof init}.`,
    )
  }
  const { id, source, provenance, ...fields } = init as PaperInit & Record<string, unknown>
  const rule =
    typeof fields.title === 'string'
      ? idRule(fields.arxivId, fields.title, fields.doi)
      : { id: undefined, method: undefined }
  const reader = source?.reader ?? source?.format ?? 'record'
  const record: Record<string, unknown> = {
    id: id ?? rule.id,
    authors: [],
    repositories: [],
    projectPages: [],
    links: [],
    datasets: [],
    ...fields,
    source: { reader, format: source?.format ?? reader, index: source?.index ?? 0, ...rest(source) },
    provenance: {
      ...(id === undefined && rule.method ? { id: { plugin: 'core', method: rule.method } satisfies Provenance } : {}),
      ...provenance,
    },
  }
  const { problems } = checkPaper(record, false)
  if (problems.length > 0) {
    throw new TypeError(
      `Invalid paper for createPaper(): ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}.`,
    )
  }
  return record as Paper & Omit<Init, keyof PaperInit>
}

/** A source's fields other than the three `createPaper` fills (`position`, `input`). */
function rest(source: Partial<Source> | undefined): Partial<Source> {
  const { reader: _reader, format: _format, index: _index, ...others } = source ?? {}
  return others
}
