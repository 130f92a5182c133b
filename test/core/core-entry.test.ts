/**
 * `papersift/core`: the library without the default preset. Its `createParser` starts empty, and
 * with the plugins and readers it is given it reads as `papersift` does.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as core from '../../src/core/index.js'
import * as api from '../../src/index.js'

const seed = readFileSync(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url))
const options = { referenceDate: '2025-12-08' }

describe('papersift/core', () => {
  it('exports what papersift does, less what uses the preset', () => {
    const presetOnly = ['extract', 'parse', 'parseStream', 'parseSync', 'readers']
    expect(Object.keys(core).sort()).toEqual(
      Object.keys(api)
        .filter((name) => !presetOnly.includes(name))
        .sort(),
    )
  })

  it('starts with no plugins and no readers', () => {
    const parser = core.createParser()
    expect(parser.plugins).toEqual([])
    expect(parser.readers).toEqual([])
  })

  it('reads nothing until given a reader, and says so', async () => {
    const result = await core.createParser().parse(seed, options)
    expect(result.papers).toEqual([])
    expect(result.reader).toBeUndefined()
    expect(result.messages.length).toBeGreaterThan(0)
  })

  it('reads as papersift does with the same plugins and readers', async () => {
    const given = { plugins: [core.metadata()], readers: [core.hfText] }
    const parser = core.createParser(given)
    expect(parser.plugins).toEqual(['metadata'])
    expect(parser.readers).toEqual(['hf-text'])
    const ours = await parser.parse(seed, options)
    // The seed's expected.json lists 39 papers, written by hand from the page.
    expect(ours.papers).toHaveLength(39)
    expect(JSON.stringify(ours.papers)).toBe(
      JSON.stringify((await api.createParser(given).parse(seed, options)).papers),
    )
    // No datasets plugin in the chain: no mentions, where the default chain finds some.
    expect(ours.papers.filter((paper) => paper.datasets.length > 0)).toEqual([])
    const preset = await api.parse(seed, options)
    expect(preset.papers.filter((paper) => paper.datasets.length > 0).length).toBeGreaterThan(0)
  })

  it('shares its plugins and readers with papersift (same objects)', () => {
    expect(core.hfText).toBe(api.hfText)
    expect(core.metadata).toBe(api.metadata)
    expect(core.definePlugin).toBe(api.definePlugin)
  })
})
