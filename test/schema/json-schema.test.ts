/**
 * The shipped JSON Schema and zod agree: a record valid for one is valid for the other (strict
 * mode, since the JSON Schema closes every object), on every fixture's records and on variants
 * that each break one rule.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, validatePapers } from '../../src/schema/index.js'
import { paperJsonSchema } from '../../src/schema/json-schema.js'
import { arxivRecord, fixtureRecords, invalidVariants } from './records.js'

const schema = paperJsonSchema()
// What a consumer in another language would do: a 2020-12 validator that asserts formats.
const ajv = new Ajv2020({ allErrors: true, strict: true })
;(formats as unknown as (ajv: Ajv2020) => void)(ajv)
const jsonSchemaValid = ajv.compile(schema)
const zodValid = (record: unknown) => validatePapers(record, { strict: true }).valid

const fixtures = fixtureRecords()

describe('JSON Schema', () => {
  it('is draft 2020-12, names its record version, and describes every field at every depth', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$comment).toBe(`papersift record schema ${SCHEMA_VERSION}`)
    const undescribed: string[] = []
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties
      for (const [key, value] of Object.entries(properties ?? {})) {
        if (!value.description) undescribed.push(`${path}.${key}`)
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`)
    }
    walk(schema, '$')
    expect(undescribed).toEqual([])
    expect(Object.keys(schema.properties as object)).toContain('sources')
  })

  it('has fixture records to check (the seed at least)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(39)
  })

  it.each(fixtures)('accepts %s like zod', (_name, record) => {
    expect(zodValid(record)).toBe(true)
    expect(jsonSchemaValid(record), JSON.stringify(jsonSchemaValid.errors)).toBe(true)
  })

  it('accepts a record with every optional field, like zod', () => {
    expect(zodValid(arxivRecord)).toBe(true)
    expect(jsonSchemaValid(arxivRecord), JSON.stringify(jsonSchemaValid.errors)).toBe(true)
  })

  const variants = [arxivRecord, fixtures[0]?.[1]].flatMap((record) => invalidVariants(record))
  it.each(variants)('rejects a record with %s, like zod', (_name, record) => {
    expect(zodValid(record)).toBe(false)
    expect(jsonSchemaValid(record)).toBe(false)
  })

  it('leaves unknown fields to strict mode: zod without it accepts them', () => {
    const [, extra] = invalidVariants(arxivRecord).find(([name]) => name === 'unknown top-level field') ?? []
    expect(validatePapers(extra).valid).toBe(true)
    expect(jsonSchemaValid(extra)).toBe(false)
  })
})
