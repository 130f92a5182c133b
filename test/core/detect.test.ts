/**
 * Detection sniffs the first 8 KiB first and widens to 64 KiB only when no reader is sure there.
 * It must choose what sniffing the 64 KiB sample alone chooses, on every fixture.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detect, sniffLength, sniffPrefixLength } from '../../src/core/detect.js'
import type { Reader } from '../../src/core/reader.js'
import { defineReader } from '../../src/index.js'
import { readers } from '../../src/readers/index.js'

const root = new URL('../../fixtures/', import.meta.url)
const inputs = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((path) => /(?:^|\/)input\.[a-z]+$/.test(path))
  .sort()
  .map((path) => ({ path, text: readFileSync(new URL(path, root), 'utf8') }))

/** The rule before the prefix: every reader over the 64 KiB sample, specific ones first. */
function detectOnSample(text: string, list: readonly Reader[]): Reader | undefined {
  const sample = text.slice(0, sniffLength)
  for (const generic of [false, true]) {
    let chosen: Reader | undefined
    let score = 0.5
    for (const reader of list) {
      if ((reader.generic === true) !== generic) continue
      const value = reader.sniff(sample)
      if (value >= score && (chosen === undefined || value > score)) {
        chosen = reader
        score = value
      }
    }
    if (chosen) return chosen
  }
  return undefined
}

describe('detection', () => {
  it('finds the fixtures', () => {
    expect(inputs.length).toBeGreaterThan(40)
  })

  for (const { path, text } of inputs) {
    it(`${path}: the reader the 64 KiB sample chooses`, () => {
      expect(detect(text, readers)?.name).toBe(detectOnSample(text, readers)?.name)
    })
  }

  /** A reader that is never sure and records the length of each sample it is asked about. */
  const sampleSpy = () => {
    const lengths: number[] = []
    const spy = defineReader({
      name: 'spy',
      sniff: (sample) => {
        lengths.push(sample.length)
        return 0
      },
      read: () => ({ entries: [] }),
    })
    return { lengths, spy }
  }

  it('decides on the prefix when a reader is sure there, without the wider sample', () => {
    const text = readFileSync(new URL('hf-html/daily-2024-08-01/input.html', root), 'utf8')
    const { lengths, spy } = sampleSpy()
    expect(detect(text, [spy, ...readers])?.name).toBe('hf-html')
    expect(lengths).toEqual([sniffPrefixLength])
  })

  it('widens when the marker is beyond the prefix', () => {
    // The search page with 20 KB of head before any result: its only sure marker
    // (`arxiv-result`) is past the first 8 KiB.
    const page = readFileSync(new URL('arxiv-search/search-200/input.html', root), 'utf8')
    const at = page.indexOf('<body')
    const padded = `${page.slice(0, at)}<!--${'x'.repeat(20_000)}-->${page.slice(at)}`
    expect(padded.indexOf('arxiv-result')).toBeGreaterThan(sniffPrefixLength)
    expect(page.slice(0, sniffPrefixLength)).toContain('arxiv')
    const { lengths, spy } = sampleSpy()
    expect(detect(padded, [spy, ...readers])?.name).toBe('arxiv-search')
    expect(lengths).toEqual([sniffPrefixLength, sniffLength])
  })

  it('reports a sniff that throws once, from the sample that decided', () => {
    const text = readFileSync(new URL('hf-html/daily-2024-08-01/input.html', root), 'utf8')
    const broken = defineReader({
      name: 'broken',
      sniff: () => {
        throw new Error('boom')
      },
      read: () => ({ entries: [] }),
    })
    const failures: Array<{ reader: Reader; error: unknown }> = []
    expect(detect(text, [broken, ...readers], failures)?.name).toBe('hf-html')
    expect(failures.map((item) => item.reader.name)).toEqual(['broken'])
    const unsure = `<html><body>${'<p>nothing here</p>'.repeat(1000)}</body></html>`
    const widened: Array<{ reader: Reader; error: unknown }> = []
    expect(detect(unsure, [broken, ...readers], widened)?.name).toBe('generic-html')
    expect(widened.map((item) => item.reader.name)).toEqual(['broken'])
  })
})
