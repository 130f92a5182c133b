import { describe, expectTypeOf, it } from 'vitest'
import { createParser, type Paper, type ParseOptions, parse, parseStream, parseSync } from '../../src/index.js'

describe('the provenance option in the types', () => {
  it('types records without provenance when the option is the literal false', async () => {
    const lean = await parse('', { provenance: false, referenceDate: '2025-12-08' })
    expectTypeOf(lean.papers[0]).toEqualTypeOf<Omit<Paper, 'provenance'> | undefined>()
    expectTypeOf(parseSync('', { provenance: false }).papers).toEqualTypeOf<Array<Omit<Paper, 'provenance'>>>()
    const stream = parseStream((async function* () {})(), { provenance: false })
    for await (const paper of stream) expectTypeOf(paper).not.toHaveProperty('provenance')
    const parsed = await createParser().parse('', { provenance: false })
    expectTypeOf(parsed.papers[0]).not.toEqualTypeOf<Paper | undefined>()
  })

  it('keeps Paper otherwise', async () => {
    expectTypeOf((await parse('')).papers).toEqualTypeOf<Paper[]>()
    expectTypeOf(parseSync('', { provenance: true }).papers).toEqualTypeOf<Paper[]>()
    expectTypeOf(parseSync('', null).papers).toEqualTypeOf<Paper[]>()
    const options: ParseOptions = { referenceDate: '2025-12-08' }
    expectTypeOf(parseSync('', options).papers).toEqualTypeOf<Paper[]>()
    expectTypeOf(parseSync('', { referenceDate: '2025-12-08' }).papers[0]?.provenance).toEqualTypeOf<
      Paper['provenance'] | undefined
    >()
  })
})
