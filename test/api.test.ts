import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names (a change here is a semver decision)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ArxivIdSchema',
      'AuthorSchema',
      'DatasetEntrySchema',
      'DatasetMentionSchema',
      'DatasetsSchema',
      'IsoDateSchema',
      'LinkSchema',
      'MetadataSchema',
      'PaperSchema',
      'PointSchema',
      'PositionSchema',
      'ProvenanceSchema',
      'RepositoriesSchema',
      'RepositorySchema',
      'SCHEMA_VERSION',
      'SourceSchema',
      'TextSpanSchema',
      'arxivAtom',
      'arxivList',
      'arxivSearch',
      'createPaper',
      'createParser',
      'datasets',
      'dblpXml',
      'decodeEntities',
      'definePlugin',
      'defineReader',
      'extract',
      'genericHtml',
      'genericJson',
      'hfApi',
      'hfHtml',
      'hfMarkdown',
      'hfText',
      'isPaper',
      'mergePapers',
      'metadata',
      'paperId',
      'parse',
      'parseArxivId',
      'parseHtml',
      'parseStream',
      'parseSync',
      'readers',
      'repositories',
      'resolveUrl',
      'validatePapers',
    ])
  })

  it('describes every Paper field for JSON Schema consumers', async () => {
    const { z } = await import('zod')
    const schema = z.toJSONSchema(api.PaperSchema) as { properties: Record<string, { description?: string }> }
    for (const [key, value] of Object.entries(schema.properties)) {
      expect(value.description, key).toBeTruthy()
    }
  })
})
