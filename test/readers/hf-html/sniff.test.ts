import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { hfHtml } from '../../../src/readers/hf-html/index.js'

const text = readFileSync(new URL('../../../fixtures/hf-html/daily-2024-08-01/input.html', import.meta.url), 'utf8')
const sample = (page: string) => page.slice(0, 64 * 1024)

describe('hf-html: detection', () => {
  it('the daily page with its component renamed is still detected and read, from its state', () => {
    // The ~130 KB data-props (from byte ~15,050) puts the first `href="/papers/` beyond the sniff window.
    expect(text.indexOf('href="/papers/')).toBeGreaterThan(64 * 1024)
    const renamed = text.replace('data-target="DailyPapers"', 'data-target="PaperFeed"')
    expect(renamed).not.toContain('DailyPapers"')
    const { format, papers, messages } = parseSync(renamed)
    expect(format).toBe('hf-html')
    expect(papers).toHaveLength(13)
    expect(papers[0]).toMatchObject({ arxivId: '2407.21783', title: 'The Llama 3 Herd of Models', upvotes: 94 })
    expect(messages.map(String)).toEqual([])
  })

  it('knows the page by entity-encoded Hugging Face state keys', () => {
    const keys = ['&quot;discussionId&quot;', '&quot;paper&quot;:{&quot;id&quot;', '&quot;submittedOnDailyAt&quot;']
    for (const key of keys) {
      const page = `<html><body><div data-target="X" data-props="{${key}:1}"></div></body></html>`
      expect(hfHtml.sniff(page)).toBeGreaterThan(0.5)
      // The same keys outside a data-props say nothing.
      expect(hfHtml.sniff(`<html><body><p>${key}</p></body></html>`)).toBe(0)
    }
  })

  it('knows the page by its og:url or canonical address, in either attribute order', () => {
    const pages = [
      '<html><head><meta property="og:url" content="https://huggingface.co/papers" /></head></html>',
      '<html><head><meta content="https://huggingface.co/papers/trending" property="og:url"></head></html>',
      '<html><head><link rel="canonical" href="https://huggingface.co/papers?date=2024-08-01"></head></html>',
    ]
    for (const page of pages) expect(hfHtml.sniff(page)).toBeGreaterThan(0.5)
    const elsewhere = [
      '<html><head><meta property="og:url" content="https://example.org/papers" /></head></html>',
      '<html><head><link rel="canonical" href="https://huggingface.co/models"></head></html>',
      `<html><head><link rel="canonical" href="https://example.org/"></head><body>${' '.repeat(400)}huggingface.co/papers</body></html>`,
    ]
    for (const page of elsewhere) expect(hfHtml.sniff(page)).toBe(0)
  })

  it('stays cheap on a sample full of markers', () => {
    const hostile = sample(`<${'og:url canonical '.repeat(10_000)}`)
    const started = performance.now()
    expect(hfHtml.sniff(hostile)).toBe(0)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
