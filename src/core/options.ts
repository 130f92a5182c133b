import { z } from 'zod'
import { IsoDateSchema } from '../schema/paper.js'
import { type BudgetOptions, budgetOptionsShape } from './budgets.js'
import type { Plugin } from './plugin.js'

/** Options of `parse` and `parseSync`. */
export interface ParseOptions extends BudgetOptions {
  /** Reader to use, or `'auto'` to detect it from the input (default: `'auto'`). */
  format?: string | undefined
  /**
   * The day year-less dates (`Apr 25`) resolve against: the latest such day not after it,
   * as `YYYY-MM-DD` or a `Date` (UTC day). Default: the page's own date line if it has one, else today.
   */
  referenceDate?: string | Date | undefined
  /** Extra plugins for this call, placed like `parser.use(plugin)` (default: none). */
  plugins?: readonly Plugin[] | undefined
}

/** Options after checking. */
export interface ResolvedOptions {
  format: string
  referenceDate: string | undefined
  plugins: readonly Plugin[]
  budgets: BudgetOptions
}

let cached: { formats: readonly string[]; schema: ReturnType<typeof buildSchema> } | undefined

// The reader list is fixed per parser, so the schema is built once, not per call.
function schemaFor(formats: readonly string[]) {
  if (cached?.formats !== formats) cached = { formats, schema: buildSchema(formats) }
  return cached.schema
}

function buildSchema(formats: readonly string[]) {
  return z.object({
    format: z.enum(['auto', ...formats]).optional(),
    referenceDate: z.union([IsoDateSchema, z.date()]).optional(),
    plugins: z.array(z.unknown()).readonly().optional(),
    ...budgetOptionsShape,
  })
}

/** Check options once, up front; a mistake is API misuse and throws with the valid values. */
export function resolveOptions(
  options: Readonly<ParseOptions> | null | undefined,
  formats: readonly string[],
): ResolvedOptions {
  const result = schemaFor(formats).safeParse(options ?? {})
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `\`${issue.path.join('.')}\`: ${issue.message}`).join('; ')
    throw new TypeError(
      `Unexpected papersift options (${problems}). Expected \`format\` to be one of ${['auto', ...formats].map((name) => `'${name}'`).join(', ')} and \`referenceDate\` a \`YYYY-MM-DD\` string or a valid Date.`,
    )
  }
  const { format = 'auto', referenceDate, plugins = [], ...budgets } = result.data
  return {
    budgets,
    format,
    referenceDate: referenceDate instanceof Date ? referenceDate.toISOString().slice(0, 10) : referenceDate,
    plugins: plugins as readonly Plugin[],
  }
}
