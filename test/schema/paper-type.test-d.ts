/** `Paper` is written out as an interface for readable hovers; `PaperSchema` stays its source of truth. */
import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type { Paper, PaperSchema } from '../../src/schema/index.js'

type Inferred = z.infer<typeof PaperSchema>

describe('Paper', () => {
  it('is exactly what PaperSchema infers, both ways', () => {
    expectTypeOf<Paper>().toEqualTypeOf<Inferred>()
    expectTypeOf<Inferred>().toEqualTypeOf<Paper>()
    expectTypeOf<Paper>().toExtend<Inferred>()
    expectTypeOf<Inferred>().toExtend<Paper>()
    // Same keys, and the same optional ones.
    expectTypeOf<keyof Paper>().toEqualTypeOf<keyof Inferred>()
    expectTypeOf<{ [K in keyof Paper]-?: undefined extends Paper[K] ? K : never }[keyof Paper]>().toEqualTypeOf<
      { [K in keyof Inferred]-?: undefined extends Inferred[K] ? K : never }[keyof Inferred]
    >()
  })

  it('is an interface (named in hovers), not an alias of an inferred object type', () => {
    interface Probe extends Paper {}
    expectTypeOf<Probe['title']>().toEqualTypeOf<string>()
  })
})
