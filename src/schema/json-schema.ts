import { z } from 'zod'
import { PaperSchema } from './paper.js'
import { SCHEMA_VERSION } from './version.js'

/**
 * The JSON Schema (draft 2020-12) of one `Paper` record, as shipped in `papersift/schema.json`.
 * zod writes `additionalProperties: false` on every object of an output schema, so it matches
 * `validatePapers(…, { strict: true })`.
 */
export function paperJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PaperSchema, { target: 'draft-2020-12' })
  const { $schema, ...rest } = schema
  return { $schema, title: 'Paper', $comment: `papersift record schema ${SCHEMA_VERSION}`, ...rest }
}
