import { z } from 'zod'
import { IsoDateSchema } from '../schema/paper.js'
import { type BudgetOptions, budgetOptionsShape } from './budgets.js'
import type { Plugin } from './plugin.js'

/** Options of `parse` and `parseSync`. */
export interface ParseOptions extends BudgetOptions {
  /**
   * The reader to use, by name (any reader registered on the parser, e.g. `'arxiv-search'`,
   * `'generic-html'`), or `'auto'` to detect it from the input (default: `'auto'`).
   */
  reader?: string | undefined
  /** @deprecated Use `reader`: the same option under its old name. */
  format?: string | undefined
  /**
   * The page's URL, to resolve relative links against when the page states no `<base>` or
   * canonical URL of its own (default: none; relative links are then dropped with a message).
   */
  url?: string | undefined
  /**
   * The day year-less dates (`Apr 25`) resolve against: the latest such day not after it,
   * as `YYYY-MM-DD` or a `Date` (UTC day). Default: the page's own date line if it has one, else today.
   */
  referenceDate?: string | Date | undefined
  /** Extra plugins for this call, placed like `parser.use(plugin)` (default: none). */
  plugins?: readonly Plugin[] | undefined
  /**
   * How many entries go through the plugin chain at once under `parse` and `parseStream`, for
   * async plugins that wait on I/O; papers keep document order (default: `1`). `parseSync`
   * ignores it.
   */
  concurrency?: number | undefined
  /**
   * `false` to leave each record's `provenance` out (smaller output, when nobody asks where a
   * value came from). Such records still pass `validatePapers` and the JSON Schema, which read a
   * missing `provenance` as none known (default: `true`).
   */
  provenance?: boolean | undefined
}

/** Records as `parse` returns them with `{ provenance: false }`: without the field. */
export type WithoutProvenance<P> = Omit<P, 'provenance'>

/** Options after checking. */
export interface ResolvedOptions {
  reader: string
  url: string | undefined
  referenceDate: string | undefined
  plugins: readonly Plugin[]
  concurrency: number
  provenance: boolean
  budgets: BudgetOptions
}

const absoluteUrl = z.string().refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
  message: 'Expected an absolute http(s) URL',
})

let cached: { names: readonly string[]; schema: ReturnType<typeof buildSchema> } | undefined

// A parser's reader list is fixed, so its schema is built once per parser, not per call.
function schemaFor(names: readonly string[]) {
  if (cached?.names !== names) cached = { names, schema: buildSchema(names) }
  return cached.schema
}

function buildSchema(names: readonly string[]) {
  const reader = z.enum(['auto', ...names]).optional()
  return z.strictObject({
    reader,
    format: reader,
    url: absoluteUrl.optional(),
    referenceDate: z.union([IsoDateSchema, z.date()]).optional(),
    plugins: z.array(z.unknown()).readonly().optional(),
    concurrency: z.number().int().min(1).max(1024).optional(),
    provenance: z.boolean().optional(),
    ...budgetOptionsShape,
  })
}

const accepted =
  '`reader`, `url`, `referenceDate`, `plugins`, `concurrency`, `provenance`, the budgets (and `format`, the old name of `reader`)'

/** Check options once, up front; a mistake is API misuse and throws with the valid values. */
export function resolveOptions(
  options: Readonly<ParseOptions> | null | undefined,
  names: readonly string[],
): ResolvedOptions {
  const result = schemaFor(names).safeParse(options ?? {})
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown ${issue.keys.map((key) => `\`${key}\``).join(', ')}`
          : `\`${issue.path.join('.')}\`: ${issue.message}`,
      )
      .join('; ')
    throw new TypeError(
      `Unexpected papersift options (${problems}). Expected only ${accepted}: \`reader\` one of ${['auto', ...names].map((name) => `'${name}'`).join(', ')}, \`url\` an absolute http(s) URL, \`referenceDate\` a \`YYYY-MM-DD\` string or a valid Date.`,
    )
  }
  const {
    reader,
    format,
    url,
    referenceDate,
    plugins = [],
    concurrency = 1,
    provenance = true,
    ...budgets
  } = result.data
  if (reader !== undefined && format !== undefined && reader !== format) {
    throw new TypeError(
      `Unexpected papersift options: \`reader\` is '${reader}' but \`format\` (its deprecated name) is '${format}'. Give only \`reader\`.`,
    )
  }
  return {
    budgets,
    reader: reader ?? format ?? 'auto',
    url,
    referenceDate: referenceDate instanceof Date ? referenceDate.toISOString().slice(0, 10) : referenceDate,
    plugins: plugins as readonly Plugin[],
    concurrency,
    provenance,
  }
}
