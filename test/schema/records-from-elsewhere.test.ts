/**
 * Validating other pipelines' records: createPaper fills the boilerplate, the checks across
 * fields have their own codes, and `extend` validates (and types) plugin fields.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import * as zm from 'zod/mini'
import { createPaper, isPaper, type Paper, paperId, SCHEMA_VERSION, validatePapers } from '../../src/schema/index.js'
import { paperJsonSchema } from '../../src/schema/json-schema.js'
import { arxivRecord } from './records.js'

describe('createPaper', () => {
  it('fills the lists, source, provenance and id of a bare title', () => {
    const paper = createPaper({ title: 'A paper from my own scraper' })
    expect(paper).toEqual({
      id: paperId({ title: 'A paper from my own scraper' }),
      title: 'A paper from my own scraper',
      authors: [],
      repositories: [],
      projectPages: [],
      links: [],
      datasets: [],
      source: { reader: 'record', format: 'record', index: 0 },
      provenance: { id: { plugin: 'core', method: 'title-hash' } },
    })
    expect(Object.keys(paper)[0]).toBe('id')
    expect(validatePapers(paper, { strict: true }).valid).toBe(true)
  })

  it('takes the id from the arXiv id or DOI, completes a partial source, keeps given fields', () => {
    const paper = createPaper({
      title: 'Attention Is All You Need',
      arxivId: '1706.03762',
      authors: [{ name: 'Ashish Vaswani' }],
      source: { reader: 'my-scraper', index: 7 },
      provenance: { title: { plugin: 'my-scraper', method: 'html:h1' } },
    })
    expect(paper.id).toBe('arxiv:1706.03762')
    expect(paper.source).toEqual({ reader: 'my-scraper', format: 'my-scraper', index: 7 })
    expect(paper.provenance).toEqual({
      id: { plugin: 'core', method: 'arxiv-id' },
      title: { plugin: 'my-scraper', method: 'html:h1' },
    })
    expect(createPaper({ title: 'T', doi: '10.1000/XYZ' }).id).toBe('doi:10.1000/xyz')
    expect(createPaper({ title: 'T', source: { format: 'old-name' } }).source.reader).toBe('old-name')
  })

  it('keeps plugin fields, typed', () => {
    const paper = createPaper({ title: 'T', venue: 'ICML', stars: 3 })
    expect(paper.stars).toBe(3)
    expectTypeOf(paper.stars).toEqualTypeOf<3>()
    expectTypeOf(paper.title).toEqualTypeOf<string>()
  })

  it('throws a TypeError listing every problem', () => {
    expect(() => createPaper({ title: '' })).toThrow(
      new TypeError(
        'Invalid paper for createPaper(): $.title: Unexpected empty string, expected text (leave the field out instead).',
      ),
    )
    expect(() => createPaper({ title: 'T', publishedAt: '2024-13-01', id: 'title:0000000000000000' })).toThrow(
      /\$\.publishedAt: Unexpected `2024-13-01`, expected a calendar date as `YYYY-MM-DD`; \$\.id: Unexpected id `title:0000000000000000`, expected `title:[0-9a-f]{16}` \(from the hash of its `title`\)\.$/,
    )
    expect(() => createPaper(null as never)).toThrow(/Expected createPaper\(\) to get an object/)
  })
})

describe('checks across fields', () => {
  const problems = (edit: Record<string, unknown>) =>
    validatePapers({ ...structuredClone(arxivRecord), ...edit }).records[0]?.problems.map(
      ({ path, code, message }) => ({ path, code, message }),
    )

  it('id_mismatch: the id is the one the arXiv id, DOI or title gives', () => {
    expect(problems({ id: 'arxiv:2306.99999' })).toEqual([
      {
        path: '$.id',
        code: 'id_mismatch',
        message: 'Unexpected id `arxiv:2306.99999`, expected `arxiv:2306.15063` (from its `arxivId`)',
      },
    ])
    expect(problems({ id: 'doi:10.1000/y', arxivId: undefined, doi: '10.1000/X' })?.map((p) => p.code)).toEqual([
      'id_mismatch',
    ])
    // An id that is not an id at all is reported once, by its own check.
    expect(problems({ id: 'paper-1' })?.map((problem) => problem.code)).toEqual(['invalid_format'])
    expect(problems({ id: 'doi:10.1000/x', arxivId: undefined, doi: '10.1000/X' })).toEqual([])
    const titled = { arxivId: undefined, doi: undefined }
    expect(problems({ ...titled, id: paperId({ title: arxivRecord.title }) })).toEqual([])
    expect(problems({ ...titled, id: 'title:0123456789abcdef' })?.[0]?.message).toMatch(
      /^Unexpected id `title:0123456789abcdef`, expected `title:[0-9a-f]{16}` \(from the hash of its `title`\)$/,
    )
    // An invalid arXiv id is reported by its own check, once.
    expect(problems({ arxivId: '2306.15063v2' })?.map((problem) => problem.code)).toEqual(['invalid_format'])
  })

  it('date_order: updatedAt not before publishedAt', () => {
    expect(problems({ publishedAt: '2024-05-02', updatedAt: '2024-05-01' })).toEqual([
      {
        path: '$.updatedAt',
        code: 'date_order',
        message:
          'Unexpected `updatedAt` `2024-05-01` before `publishedAt` `2024-05-02`, expected the latest version on or after the first',
      },
    ])
    expect(problems({ publishedAt: '2024-05-01', updatedAt: '2024-05-01' })).toEqual([])
  })

  it('author_count: not below the listed authors', () => {
    expect(problems({ authorCount: 1 })).toEqual([
      {
        path: '$.authorCount',
        code: 'author_count',
        message: 'Unexpected `authorCount` 1 below the 2 listed authors, expected at least 2',
      },
    ])
    expect(problems({ authorCount: 9 })).toEqual([]) // a listing may show only the first authors
  })

  it('blank_string: no whitespace-only text, at any depth', () => {
    expect(problems({ abstract: ' \n\u00a0', authors: [{ name: 'A', affiliations: ['\t'] }], authorCount: 1 })).toEqual(
      [
        {
          path: '$.abstract',
          code: 'blank_string',
          message: 'Unexpected whitespace-only string, expected text (leave the field out instead)',
        },
        {
          path: '$.authors[0].affiliations[0]',
          code: 'blank_string',
          message: 'Unexpected whitespace-only string, expected text (leave the field out instead)',
        },
      ],
    )
  })

  it('reader_mismatch: the reader’s two names agree', () => {
    expect(problems({ source: { reader: 'hf-html', format: 'hf-text', index: 0 } })?.map((p) => p.code)).toEqual([
      'reader_mismatch',
    ])
    expect(problems({ source: { reader: 'hf-html', format: 'hf-html', index: 0 } })).toEqual([])
    expect(problems({ source: { format: 'hf-html', index: 0 } })).toEqual([]) // a 1.0.0 record
  })

  it('isPaper agrees', () => {
    expect(isPaper({ ...structuredClone(arxivRecord), authorCount: 1 })).toBe(false)
    expect(isPaper(structuredClone(arxivRecord))).toBe(true)
  })
})

describe('validatePapers with extend', () => {
  const record = { ...createPaper({ title: 'T' }), venue: 'ICML', stars: 4 }

  it('checks and keeps plugin fields, typed', () => {
    const result = validatePapers([record], { extend: { stars: z.number().int(), venue: z.string() } })
    expect(result.valid).toBe(true)
    expect(result.papers[0]?.stars).toBe(4)
    expectTypeOf(result.papers).toEqualTypeOf<Array<Paper & { stars: number; venue: string }>>()
    const bad = validatePapers([{ ...record, stars: 'many' }], { extend: { stars: z.number() } })
    expect(bad.records[0]?.problems).toEqual([
      { path: '$[0].stars', keys: [0, 'stars'], message: 'Unexpected `many`, expected a number', code: 'invalid_type' },
    ])
    // A Paper field in `extend` must pass both schemas.
    const venue = validatePapers({ ...record, venue: 'ICML' }, { extend: { venue: z.enum(['NeurIPS']) } })
    expect(venue.records[0]?.problems.map((problem) => problem.path)).toEqual(['$.venue'])
  })

  it('with zod/mini schemas too', () => {
    const result = validatePapers(record, { extend: { stars: zm.optional(zm.number()) } })
    expect(result.valid).toBe(true)
    expectTypeOf(result.papers[0]?.stars).toEqualTypeOf<number | undefined>()
    expect(validatePapers({ ...record, stars: '4' }, { extend: { stars: zm.number() } }).valid).toBe(false)
  })

  it('counts extension fields as known in strict mode', () => {
    expect(validatePapers(record, { strict: true, extend: { stars: z.number(), venue: z.string() } }).valid).toBe(true)
    const strict = validatePapers(record, { strict: true, extend: { stars: z.number() } })
    expect(strict.records[0]?.problems).toEqual([]) // venue is a Paper field
    const unknown = validatePapers({ ...record, likes: 1 }, { strict: true, extend: { stars: z.number() } })
    expect(unknown.records[0]?.problems.map((problem) => problem.path)).toEqual(['$.likes'])
  })

  it('rejects options it does not know, naming the key and the accepted ones', () => {
    expect(() => validatePapers([], { strcit: true } as never)).toThrow(
      new TypeError('Unexpected option `strcit` of validatePapers(), expected only `strict`, `extend`.'),
    )
    expect(() => validatePapers([], { strict: 'yes' } as never)).toThrow(
      /`strict` of validatePapers\(\) to be a boolean/,
    )
    expect(() => validatePapers([], { extend: { venue: 'string' } } as never)).toThrow(
      /`extend\.venue` of validatePapers\(\) to be a zod schema/,
    )
    expect(() => validatePapers([], { extend: [] } as never)).toThrow(/`extend` of validatePapers\(\) to be an object/)
  })
})

describe('the JSON Schema', () => {
  it('has an $id that names the record version', () => {
    expect(paperJsonSchema().$id).toBe(`urn:papersift:schema:paper:${SCHEMA_VERSION}`)
  })

  it('describes source.reader, and keeps source.format required for 1.0.0 consumers', () => {
    const source = (paperJsonSchema().properties as Record<string, { required?: string[]; properties?: object }>).source
    expect(Object.keys(source?.properties ?? {}).slice(0, 2)).toEqual(['reader', 'format'])
    expect(source?.required).toEqual(['format', 'index'])
  })
})
