import { z } from 'zod'

/** A place in the input: 1-indexed line and column, 0-indexed offset (unist `Point`). */
export const PointSchema = z.object({
  line: z.number().int().min(1).meta({ description: 'Line in the input, 1-indexed.' }),
  column: z.number().int().min(1).meta({ description: 'Column in the input, 1-indexed.' }),
  offset: z.number().int().min(0).optional().meta({ description: 'Character offset in the input, 0-indexed.' }),
})
export type Point = z.infer<typeof PointSchema>

/** A span of the input (unist `Position`). */
export const PositionSchema = z
  .object({
    start: PointSchema.meta({ description: 'Where the span starts.' }),
    end: PointSchema.meta({ description: 'Where the span ends (exclusive).' }),
  })
  .meta({ description: 'A span of the input, as unist positions.' })
export type Position = z.infer<typeof PositionSchema>
