import { z } from 'zod'
import { PaperSchema } from './paper.js'
import { SCHEMA_VERSION } from './version.js'

/** The `$id` of the JSON Schema of a record: a URN that names the record version, as no URL is canonical for it. */
export const paperJsonSchemaId = `urn:papersift:schema:paper:${SCHEMA_VERSION}`

/**
 * The JSON Schema (draft 2020-12) of one `Paper` record, as shipped in `papersift/schema.json`.
 * zod writes `additionalProperties: false` on every object of an output schema, so it matches
 * `validatePapers(…, { strict: true })` field by field (the checks across fields, such as the id
 * hash, are beyond JSON Schema).
 */
export function paperJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PaperSchema, { target: 'draft-2020-12' })
  // An output schema lists a field with a default as required; a record may leave `provenance`
  // out (validatePapers then reads it as `{}`), so the JSON Schema accepts that too.
  if (Array.isArray(schema.required)) schema.required = schema.required.filter((key) => key !== 'provenance')
  const { $schema, ...rest } = schema
  return {
    $schema,
    $id: paperJsonSchemaId,
    title: 'Paper',
    $comment: `papersift record schema ${SCHEMA_VERSION}`,
    ...rest,
  }
}
