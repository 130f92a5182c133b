import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import data from '../../../src/plugins/datasets/data/gazetteer.json' with { type: 'json' }
import { conflicts, GazetteerSchema } from '../../../src/plugins/datasets/gazetteer.js'

describe('the bundled gazetteer', () => {
  it('validates against its schema: sources exist, no id or spelling belongs to two datasets', () => {
    const result = GazetteerSchema.safeParse(data)
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([])
  })

  it('holds at least 1,500 datasets across the fields the issue lists', () => {
    const gazetteer = GazetteerSchema.parse(data)
    expect(gazetteer.datasets.length).toBeGreaterThanOrEqual(1500)
    const domains = new Set(gazetteer.datasets.map((entry) => entry.domain))
    for (const domain of [
      'vision',
      'nlp',
      'speech',
      'video',
      'multimodal',
      'rl-robotics',
      'graphs',
      'code',
      'biomedical',
    ])
      expect(domains, domain).toContain(domain)
    // The examples the issue names: one id for the spellings of COCO, distinct ImageNet versions.
    const ids = (spelling: string) =>
      gazetteer.datasets.filter((entry) => [entry.name, ...entry.aliases].includes(spelling)).map((entry) => entry.id)
    expect([...ids('MS COCO'), ...ids('MSCOCO'), ...ids('COCO')]).toEqual(['coco', 'coco', 'coco'])
    expect(ids('ImageNet-1K')).not.toEqual(ids('ImageNet-22k'))
    for (const word of ['PASS', 'MATH', 'SWAG', 'ALE'])
      expect(gazetteer.datasets.find((entry) => entry.name === word)?.ambiguous, word).toBe(true)
  })

  it('documents where its names came from', () => {
    const sources = readFileSync(new URL('../../../src/plugins/datasets/data/SOURCES.md', import.meta.url), 'utf8')
    for (const source of GazetteerSchema.parse(data).sources) expect(sources, source.id).toContain(source.id)
  })

  it('reports spellings two ids claim, ignoring case and separators', () => {
    expect(
      conflicts([
        { id: 'a', name: 'MS COCO', aliases: [] },
        { id: 'b', name: 'ms-coco' },
        { id: 'a', name: 'Other' },
      ]).map((problem) => problem.message),
    ).toEqual(['Unexpected spelling `ms-coco` of `b`, already a spelling of `a`', 'Unexpected duplicate id `a`'])
  })
})
