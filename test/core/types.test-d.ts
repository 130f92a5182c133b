import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import * as zm from 'zod/mini'
import {
  createParser,
  definePlugin,
  mergePapers,
  type Paper,
  type ParseResult,
  parse,
  validatePapers,
} from '../../src/index.js'

const venue = definePlugin({
  name: 'venue',
  schema: z.object({ venue: z.string(), accepted: z.boolean().optional() }),
  extract: () => ({ venue: 'NeurIPS' }),
})
const stars = definePlugin({
  name: 'stars',
  schema: z.object({ stars: z.number().int() }),
  extract: (_entry, context) => {
    // Later plugins see earlier output, typed as far as Paper goes.
    expectTypeOf(context.paper.title).toEqualTypeOf<string | undefined>()
    context.cite('stars', { method: 'x' })
    // @ts-expect-error: only the plugin's own fields can be cited
    context.cite('venue', { method: 'x' })
    return { stars: 1 }
  },
})

describe('type-level accumulation', () => {
  it('parse returns Paper records', () => {
    expectTypeOf(parse).returns.resolves.toEqualTypeOf<ParseResult<Paper>>()
  })

  it('each use() adds the plugin’s fields, optional because invalid values are dropped', async () => {
    const parser = createParser().use(venue).use(stars)
    const { papers } = await parser.parse('')
    const paper = papers[0]
    if (!paper) return
    expectTypeOf(paper.venue).toEqualTypeOf<string | undefined>()
    expectTypeOf(paper.accepted).toEqualTypeOf<boolean | undefined>()
    expectTypeOf(paper.stars).toEqualTypeOf<number | undefined>()
    expectTypeOf(paper.title).toEqualTypeOf<string>()
    expectTypeOf(paper.repositories).toEqualTypeOf<Paper['repositories']>()
    // @ts-expect-error: a field no plugin declared
    paper.nothing
  })

  it('a plugin’s extract must return its schema’s input', () => {
    definePlugin({
      name: 'typed',
      schema: z.object({ n: z.number() }),
      // @ts-expect-error: a string is not a number
      extract: () => ({ n: 'one' }),
    })
  })

  it('disable keeps the accumulated type; parseSync matches parse', () => {
    const parser = createParser().use(venue).disable('metadata')
    type Papers = Awaited<ReturnType<typeof parser.parse>>['papers']
    expectTypeOf(parser.parseSync('').papers).toEqualTypeOf<Papers>()
    expectTypeOf<Papers[number]['venue']>().toEqualTypeOf<string | undefined>()
  })
})

describe('mergePapers keeps plugin fields', () => {
  it('returns the record type it was given', async () => {
    const parser = createParser().use(venue)
    const { papers } = await parser.parse('')
    const merged = mergePapers(papers, papers)
    expectTypeOf(merged).toEqualTypeOf<typeof papers>()
    expectTypeOf(merged[0]?.venue).toEqualTypeOf<string | undefined>()
    expectTypeOf(mergePapers([] as Paper[])).toEqualTypeOf<Paper[]>()
  })
})

describe('validatePapers({ extend }) types the plugin fields, zod classic or zod/mini', () => {
  it('adds the extension’s output to Paper', () => {
    const classic = validatePapers([], { extend: { venue: z.string(), stars: z.number().optional() } })
    expectTypeOf(classic.papers[0]?.venue).toEqualTypeOf<string | undefined>()
    expectTypeOf<NonNullable<(typeof classic.papers)[number]>['stars']>().toEqualTypeOf<number | undefined>()
    const mini = validatePapers([], { extend: { venue: zm.string() } })
    expectTypeOf<(typeof mini.papers)[number]['venue']>().toEqualTypeOf<string>()
    expectTypeOf(validatePapers([]).papers).toEqualTypeOf<Paper[]>()
  })
})

describe('a plugin with a zod/mini schema', () => {
  const miniVenue = definePlugin({
    name: 'mini-venue',
    schema: zm.object({ venue: zm.string(), rank: zm.optional(zm.number()) }),
    extract: (_entry, context) => {
      context.cite('venue', { method: 'x' })
      // @ts-expect-error: only the plugin's own fields can be cited
      context.cite('stars', { method: 'x' })
      return { venue: 'ICML' }
    },
  })

  it('infers its output type, as a zod classic schema does', async () => {
    const { papers } = await createParser().use(miniVenue).parse('')
    expectTypeOf(papers[0]?.venue).toEqualTypeOf<string | undefined>()
    expectTypeOf<NonNullable<(typeof papers)[number]>['rank']>().toEqualTypeOf<number | undefined>()
  })

  it('holds extract to the schema’s input type', () => {
    definePlugin({
      name: 'mini-wrong',
      schema: zm.object({ venue: zm.string() }),
      // @ts-expect-error: `venue` must be a string
      extract: () => ({ venue: 1 }),
    })
  })
})

describe('public HTML node types', () => {
  it('carry only the offsets, not the light tree’s internal mark', () => {
    expectTypeOf<keyof import('../../src/core/index.js').HtmlOffsets>().toEqualTypeOf<'startOffset' | 'endOffset'>()
  })
})
