import { z } from 'zod'
import { type DatasetEntry, type GazetteerEntry, GazetteerEntrySchema } from '../../schema/dataset-entry.js'
import { keyOf } from './chars.js'

// Defined with the record schemas, so `papersift/schema` exports them without the plugin.
export {
  type DatasetEntry,
  DatasetEntrySchema,
  type GazetteerEntry,
  GazetteerEntrySchema,
} from '../../schema/dataset-entry.js'

const SourceSchema = z.object({
  id: z.string().min(1),
  description: z.string().min(1),
  license: z.string().min(1),
  // Names compiled by the maintainers have no outside reference.
  reference: z.string().min(1).optional(),
})

/** The bundled data file: where the names came from, and the names. */
export const GazetteerSchema = z
  .object({
    version: z.union([z.string().min(1), z.number()]),
    sources: z.array(SourceSchema),
    datasets: z.array(GazetteerEntrySchema),
  })
  .superRefine((gazetteer, context) => {
    const sources = new Set(gazetteer.sources.map((source) => source.id))
    gazetteer.datasets.forEach((entry, index) => {
      if (!sources.has(entry.source))
        context.addIssue({
          code: 'custom',
          path: ['datasets', index, 'source'],
          message: `Unexpected source \`${entry.source}\`, expected one of the \`sources\` ids`,
        })
    })
    for (const problem of conflicts(gazetteer.datasets))
      context.addIssue({ code: 'custom', path: ['datasets', problem.index], message: problem.message })
  })
export type Gazetteer = z.infer<typeof GazetteerSchema>

/** A dataset as the matcher uses it: every spelling, the name first. */
export interface KnownDataset {
  id: string
  name: string
  spellings: readonly string[]
  ambiguous: boolean
  /** From a generated name list (not curated): its spellings get no variants beyond case, spaces and hyphens. */
  generated?: boolean
}

/**
 * Duplicate ids, and spellings (compared by key: case, spaces and hyphens ignored)
 * that two ids claim — the matcher could not tell those apart.
 */
export function conflicts(
  entries: ReadonlyArray<Pick<GazetteerEntry, 'id' | 'name'> & { aliases?: readonly string[] | undefined }>,
): Array<{ index: number; message: string }> {
  const problems: Array<{ index: number; message: string }> = []
  const ids = new Set<string>()
  const owners = new Map<string, string>()
  entries.forEach((entry, index) => {
    if (ids.has(entry.id)) problems.push({ index, message: `Unexpected duplicate id \`${entry.id}\`` })
    ids.add(entry.id)
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
      const key = keyOf(spelling)
      if (key === '') {
        problems.push({ index, message: `Unexpected spelling \`${spelling}\` with no letters or digits` })
        continue
      }
      const owner = owners.get(key)
      if (owner !== undefined && owner !== entry.id)
        problems.push({
          index,
          message: `Unexpected spelling \`${spelling}\` of \`${entry.id}\`, already a spelling of \`${owner}\``,
        })
      owners.set(key, entry.id)
    }
  })
  return problems
}

/**
 * The datasets to match: the bundled ones (unless `replace`) with `extra` added. An extra
 * entry with a bundled id extends that entry: its name becomes the name, and its aliases
 * join the bundled ones, which stay. Then the generated `lists`' entries (unless `replace`),
 * each without the spellings an earlier entry owns.
 */
export function mergeDatasets(
  bundled: readonly GazetteerEntry[],
  extra: readonly DatasetEntry[],
  replace: boolean,
  lists: readonly KnownDataset[] = [],
): KnownDataset[] {
  const byId = new Map<string, KnownDataset>()
  const add = (entry: DatasetEntry) =>
    byId.set(entry.id, {
      id: entry.id,
      name: entry.name,
      spellings: [...new Set([entry.name, ...(entry.aliases ?? [])])],
      ambiguous: entry.ambiguous === true,
    })
  if (!replace) for (const entry of bundled) add(entry)
  for (const entry of extra) {
    const known = byId.get(entry.id)
    if (known && !replace) {
      const spellings = [...new Set([entry.name, ...(entry.aliases ?? []), ...known.spellings])]
      byId.set(entry.id, { id: entry.id, name: entry.name, spellings, ambiguous: entry.ambiguous ?? known.ambiguous })
    } else add(entry)
  }
  const merged = [...byId.values()]
  if (replace || lists.length === 0) return merged
  const owned = new Set<string>()
  for (const dataset of merged) for (const spelling of dataset.spellings) owned.add(keyOf(spelling))
  for (const dataset of lists) {
    if (byId.has(dataset.id)) continue
    const spellings = dataset.spellings.filter((spelling) => !owned.has(keyOf(spelling)))
    if (spellings.length === 0) continue
    for (const spelling of spellings) owned.add(keyOf(spelling))
    merged.push(spellings.length === dataset.spellings.length ? dataset : { ...dataset, spellings })
  }
  return merged
}
