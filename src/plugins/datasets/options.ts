import { z } from 'zod'
import { conflicts, DatasetEntrySchema, type GazetteerEntry, type KnownDataset, mergeDatasets } from './gazetteer.js'

/** Options of {@link datasets}. */
export const DatasetsOptionsSchema = z
  .object({
    extra: z.array(DatasetEntrySchema).optional().meta({
      description:
        'Datasets to add; one with a bundled id extends that entry: its name and aliases are added, the bundled aliases kept (default: `[]`).',
    }),
    replace: z
      .boolean()
      .optional()
      .meta({ description: 'Match only `extra`, not the bundled gazetteer (default: `false`).' }),
    discover: z
      .boolean()
      .optional()
      .meta({ description: 'Also find names the gazetteer lacks, from their context (default: `true`).' }),
    scorer: z.enum(['learned', 'rules']).optional().meta({
      description:
        'How names the gazetteer lacks are judged: `learned`, by a small logistic regression over broader candidates; `rules`, by the pattern that found them (default: `learned`).',
    }),
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .meta({ description: 'Drop mentions with a lower confidence (default: `0.5`).' }),
  })
  .strict()

/** Options of {@link datasets}, as given. */
export type DatasetsOptions = z.input<typeof DatasetsOptionsSchema>

/** The options read once: every default filled in. */
export interface Settings {
  extra: NonNullable<DatasetsOptions['extra']>
  replace: boolean
  discover: boolean
  scorer: 'learned' | 'rules'
  minConfidence: number
}

/** Check `options`; throw a `TypeError` that says what is wrong and what is valid. */
export function readOptions(options: Readonly<DatasetsOptions> | null | undefined): Settings {
  const result = DatasetsOptionsSchema.safeParse(options ?? {})
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `\`${issue.path.join('.') || 'options'}\`: ${issue.message}`)
    throw new TypeError(
      `Invalid options for datasets(): ${problems.join('; ')}. Expected { extra?: [{ id, name, aliases?, domain?, source?, ambiguous? }], replace?: boolean, discover?: boolean, scorer?: 'learned' | 'rules', minConfidence?: number between 0 and 1 }.`,
    )
  }
  const { extra = [], replace = false, discover = true, scorer = 'learned', minConfidence = 0.5 } = result.data
  return { extra, replace, discover, scorer, minConfidence }
}

/** The datasets to match under `settings`; throws when two ids claim one spelling. */
export function knownDatasets(
  bundled: readonly GazetteerEntry[],
  settings: Settings,
  lists: readonly KnownDataset[] = [],
): KnownDataset[] {
  const all = mergeDatasets(bundled, settings.extra, settings.replace, lists)
  if (settings.extra.length === 0) return all // the bundled files are checked by their own tests
  // The generated lists give way to the curated and extra entries, so only those can conflict.
  const own = mergeDatasets(bundled, settings.extra, settings.replace)
  const ids = settings.extra.map((entry) => entry.id)
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index)
  const problems = [
    ...repeated.map((id) => ({ message: `Unexpected duplicate id \`${id}\`` })),
    ...conflicts(own.map((dataset) => ({ id: dataset.id, name: dataset.name, aliases: [...dataset.spellings] }))),
  ]
  if (problems.length > 0)
    throw new TypeError(
      `Invalid \`extra\` datasets for datasets(): ${problems.map((problem) => problem.message).join('; ')}. Give each spelling to one id, or extend the bundled entry by reusing its id.`,
    )
  return all
}
