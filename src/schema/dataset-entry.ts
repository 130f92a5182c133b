import { z } from 'zod'

/** One dataset the gazetteer knows. */
export const GazetteerEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^\S+$/)
      .meta({ description: 'Canonical id, e.g. `coco`; what `DatasetMention.canonical` reports.' }),
    name: z.string().min(1).meta({ description: 'The usual name, e.g. `MS COCO`.' }),
    aliases: z
      .array(z.string().min(1))
      .meta({ description: 'Other spellings that name the same dataset, e.g. `COCO`, `MSCOCO`.' }),
    domain: z.string().min(1).meta({ description: 'Field, e.g. `vision`, `nlp`, `speech`.' }),
    source: z.string().min(1).meta({ description: 'Id of the `sources` item the name was taken from.' }),
    ambiguous: z.boolean().optional().meta({
      description:
        'The name is also an ordinary word or acronym (PASS, GB, MATH): its one-word spellings match only as written and in a dataset context.',
    }),
  })
  .meta({ description: 'One dataset or benchmark of the gazetteer.' })
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>

/** A dataset a user adds with `datasets({ extra })`: `domain` and `source` may be left out. */
export const DatasetEntrySchema = GazetteerEntrySchema.extend({
  aliases: GazetteerEntrySchema.shape.aliases.optional(),
  domain: GazetteerEntrySchema.shape.domain.optional(),
  source: GazetteerEntrySchema.shape.source.optional(),
}).meta({ description: 'A dataset to add to (or replace in) the gazetteer.' })
export type DatasetEntry = z.infer<typeof DatasetEntrySchema>
