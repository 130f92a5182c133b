import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createParser, parse, parseStream, parseSync, validatePapers } from '../../src/index.js'

const seed = readFileSync(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url))
const options = { referenceDate: '2025-12-08' } as const

async function* chunks() {
  yield seed
}

describe('the provenance option', () => {
  it('`provenance: false` gives the same records without provenance, in parse, parseSync and parseStream', async () => {
    const full = parseSync(seed, options)
    expect(full.papers).toHaveLength(39)
    expect(full.papers[0]?.provenance.title?.plugin).toBe('metadata')
    const want = full.papers.map(({ provenance: _, ...rest }) => rest)
    const lean = parseSync(seed, { ...options, provenance: false })
    expect(lean.papers).toEqual(want)
    for (const paper of lean.papers) expect(paper).not.toHaveProperty('provenance')
    expect((await parse(seed, { ...options, provenance: false })).papers).toEqual(want)
    const streamed = []
    for await (const paper of parseStream(chunks(), { ...options, provenance: false })) streamed.push(paper)
    expect(streamed).toEqual(want)
    expect((await createParser().parse(seed, { ...options, provenance: false })).papers).toEqual(want)
    // The messages and document are the same as with provenance.
    expect(lean.messages.map(String)).toEqual(full.messages.map(String))
    expect(lean.document).toEqual(full.document)
    // `true` is the default.
    expect(parseSync(seed, { ...options, provenance: true }).papers).toEqual(full.papers)
  })

  it('records without provenance pass validatePapers', () => {
    const lean = parseSync(seed, { ...options, provenance: false }).papers
    const checked = validatePapers(lean)
    expect(checked.valid).toBe(true)
    expect(checked.papers.every((paper) => Object.keys(paper.provenance).length === 0)).toBe(true)
  })

  it('rejects a provenance option that is not a boolean, naming it', () => {
    expect(() => parseSync(seed, { provenance: 'no' } as never)).toThrow(TypeError)
    expect(() => parseSync(seed, { provenance: 'no' } as never)).toThrow(/`provenance`/)
  })
})
