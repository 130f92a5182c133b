import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { type PaperCheck, type PaperExtension, paperCheck } from '../schema/validate.js'
import { UsageError } from './io.js'

/**
 * `papersift validate --schema plugin-fields.json`: the JSON Schema of the fields records carry
 * besides `Paper`'s — an object schema whose `properties` are those fields (`required` ones must
 * be there) — as the check `validatePapers({ extend })` makes. A file that is not such a schema
 * is a usage error.
 */
export async function pluginFieldsCheck(path: string, strict: boolean): Promise<PaperCheck> {
  let schema: unknown
  try {
    schema = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new UsageError(`--schema ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const { properties, required } = (typeof schema === 'object' && schema !== null ? schema : {}) as {
    properties?: unknown
    required?: unknown
  }
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    throw new UsageError(
      `--schema ${path}: expected a JSON Schema of an object whose \`properties\` are the plugin fields, e.g. {"type": "object", "properties": {"venue": {"type": "string"}}}`,
    )
  }
  const needed = new Set(Array.isArray(required) ? required : [])
  const extend: Record<string, z.ZodType> = {}
  for (const [field, fieldSchema] of Object.entries(properties)) {
    let zodSchema: z.ZodType
    try {
      zodSchema = z.fromJSONSchema(fieldSchema as Parameters<typeof z.fromJSONSchema>[0])
    } catch (error) {
      throw new UsageError(
        `--schema ${path}: the schema of \`${field}\` cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    extend[field] = needed.has(field) ? zodSchema : zodSchema.optional()
  }
  return paperCheck({ strict, extend: extend as PaperExtension })
}
