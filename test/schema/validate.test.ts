import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { isPaper, type Paper, SCHEMA_VERSION, validatePapers } from '../../src/schema/index.js'
import { paperJsonSchema } from '../../src/schema/json-schema.js'
import { arxivRecord, invalidVariants } from './records.js'

const variant = (name: string) => invalidVariants(arxivRecord).find(([label]) => label === name)?.[1]

describe('validatePapers', () => {
  it('returns the valid records typed, and a verdict per record', () => {
    const result = validatePapers([arxivRecord, variant('missing title'), arxivRecord])
    expect(result.valid).toBe(false)
    expect(result.papers).toHaveLength(2)
    expectTypeOf(result.papers).toEqualTypeOf<Paper[]>()
    expect(result.records.map((record) => [record.index, record.problems.length, record.paper !== undefined])).toEqual([
      [0, 0, true],
      [1, 1, false],
      [2, 0, true],
    ])
  })

  it('gives each problem a JSON path from the data root and a readable message', () => {
    const bad = structuredClone(arxivRecord) as Record<string, unknown>
    delete bad.title
    bad.publishedAt = '2024-13-45'
    bad.upvotes = -3
    bad.repositories = [{ url: 'not a url', host: 'github.com', official: true }]
    bad.arxivId = 'abc'
    bad.announcedAt = '2024-13'
    const [record] = validatePapers([bad]).records
    expect(record?.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      '$[0].title: Missing field, expected a string',
      '$[0].publishedAt: Unexpected `2024-13-45`, expected a calendar date as `YYYY-MM-DD`',
      '$[0].announcedAt: Unexpected `2024-13`, expected a month, `YYYY-MM`',
      '$[0].upvotes: Unexpected `-3`, expected a number >= 0',
      '$[0].arxivId: Unexpected `abc`, expected arXiv identifier without version suffix, e.g. `2306.15063` or `hep-th/9901001`',
      // One problem, though the URL fails both the URL check and its pattern.
      '$[0].repositories[0].url: Unexpected `not a url`, expected an http(s) URL',
    ])
    expect(record?.problems[0]).toMatchObject({ keys: [0, 'title'], code: 'invalid_type' })
  })

  it('reads a single object as one record, with paths from `$`', () => {
    const result = validatePapers(variant('negative upvotes'))
    expect(result.records).toHaveLength(1)
    expect(result.records[0]?.problems.map((problem) => problem.path)).toEqual(['$.upvotes'])
  })

  it('reports anything that is not a record, without throwing', () => {
    for (const value of [null, 42, 'text', undefined, [[]], [null]]) {
      const result = validatePapers(value)
      expect(result.valid, String(value)).toBe(false)
      expect(result.records[0]?.problems[0]?.message).toMatch(/^(Unexpected|Missing)/)
    }
    expect(validatePapers([]).valid).toBe(true)
  })

  it('allows unknown fields unless strict, and strips them from the typed records', () => {
    const extra = variant('unknown nested field') as Record<string, unknown>
    const loose = validatePapers({ ...extra, conference: 'NeurIPS' })
    expect(loose.valid).toBe(true)
    expect(loose.papers[0]).not.toHaveProperty('conference')
    expect(loose.papers[0]?.authors[0]).toEqual({ name: 'A' })
    const strict = validatePapers({ ...extra, conference: 'NeurIPS' }, { strict: true })
    expect(strict.valid).toBe(false)
    expect(strict.records[0]?.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      '$.authors[0].orcid: Unexpected field `orcid`, expected only known fields (strict mode)',
      '$.conference: Unexpected field `conference`, expected only known fields (strict mode)',
    ])
  })

  it('quotes odd keys in paths', () => {
    const result = validatePapers(
      { ...arxivRecord, 'odd key': 1, provenance: { 'a.b': { plugin: '' } } },
      { strict: true },
    )
    expect(result.records[0]?.problems.map((problem) => problem.path).sort()).toEqual([
      '$.provenance["a.b"].method',
      '$.provenance["a.b"].plugin',
      '$["odd key"]',
    ])
  })
})

describe('isPaper', () => {
  it('is a type guard that agrees with validatePapers', () => {
    const value: unknown = structuredClone(arxivRecord)
    expect(isPaper(value)).toBe(true)
    if (isPaper(value)) expectTypeOf(value).toEqualTypeOf<Paper>()
    for (const [name, record] of invalidVariants(arxivRecord)) {
      expect(isPaper(record), name).toBe(validatePapers(record).valid)
    }
    expect(isPaper(variant('date 2024-13-45'))).toBe(false)
  })
})

describe('SCHEMA_VERSION', () => {
  // The fingerprint of the JSON Schema each version was released with. If this fails, the record
  // shape changed: bump SCHEMA_VERSION in src/schema/version.ts (major: a field removed, renamed,
  // narrowed or made required; minor: an optional field added or a check relaxed; patch:
  // descriptions only) and add the new fingerprint here. Until a release has shipped 1.0.0, its
  // entry may be updated in place.
  const fingerprints: Record<string, string> = {
    '1.0.0': 'f9cc005cedeb6ad0',
    '1.1.0': '30287da73a021f11',
    // `provenance` may be absent (`--no-provenance`, the `provenance: false` option): a check relaxed.
    '1.2.0': '0a9249aee020ad10',
  }

  it('changes whenever the record shape does (semver)', () => {
    // The version is in `$comment` and `$id`; the fingerprint is of the shape alone.
    const { $comment: _version, $id: _id, ...shape } = paperJsonSchema()
    const fingerprint = createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 16)
    expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
    expect(fingerprint, 'the Paper schema changed: bump SCHEMA_VERSION (see the comment above)').toBe(
      fingerprints[SCHEMA_VERSION],
    )
  })
})

describe('the schema modules', () => {
  it('import only zod and each other, so `papersift/schema` stays light', () => {
    const folder = new URL('../../src/schema/', import.meta.url)
    const imports = readdirSync(folder).flatMap((file) =>
      [...readFileSync(new URL(file, folder), 'utf8').matchAll(/^import .* from '([^']+)'$/gm)].map(
        (match) => match[1],
      ),
    )
    expect(imports.length).toBeGreaterThan(3)
    expect(new Set(imports.filter((name) => !name?.startsWith('./')))).toEqual(new Set(['zod']))
  })
})
