/** `papersift/schema` exports the plugin schemas too, the same objects as `papersift`. */
import { describe, expect, it } from 'vitest'
import * as papersift from '../../src/index.js'
import * as schema from '../../src/schema/index.js'

describe('papersift/schema', () => {
  it('exports the schemas of the built-in plugins, the dataset entry, createPaper and paperId', () => {
    const pairs: Array<[unknown, unknown]> = [
      [schema.MetadataSchema, papersift.MetadataSchema],
      [schema.RepositoriesSchema, papersift.RepositoriesSchema],
      [schema.DatasetsSchema, papersift.DatasetsSchema],
      [schema.DatasetEntrySchema, papersift.DatasetEntrySchema],
      [schema.createPaper, papersift.createPaper],
      [schema.paperId, papersift.paperId],
    ]
    for (const [fromSchema, fromMain] of pairs) {
      expect(fromSchema).toBeDefined()
      expect(fromSchema).toBe(fromMain)
    }
  })

  it('the plugins validate against the exported schemas', () => {
    expect(papersift.metadata().schema).toBe(schema.MetadataSchema)
    expect(papersift.repositories().schema).toBe(schema.RepositoriesSchema)
    expect(papersift.datasets().schema).toBe(schema.DatasetsSchema)
    expect(schema.DatasetEntrySchema.safeParse({ id: 'x', name: 'X' }).success).toBe(true)
    expect(schema.MetadataSchema.safeParse({ upvotes: -1 }).success).toBe(false)
  })
})
