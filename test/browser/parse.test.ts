/**
 * The core runs in a browser: `papersift` bundled for the browser by esbuild (platform `browser`,
 * so a Node built-in anywhere in the core fails the build) runs in headless Chromium, parses one
 * fixture of every reader there, and gives the same records as on Node, computed here.
 *
 * Needs a Chromium (see ./chromium.ts). Without one the test is skipped with a note, except on CI
 * (`CI` set), where it fails: `.ci/run` installs Debian's `chromium`.
 */
import { readFileSync } from 'node:fs'
import { build } from 'esbuild'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { readers } from '../../src/readers/index.js'
import { browserRequired, findChromium } from './chromium.js'

const root = new URL('../../', import.meta.url)

// One fixture per reader (a page that gives several records), keyed by the reader that must read it.
const fixtures: Record<string, string> = {
  'hf-html': 'hf-html/daily-2024-08-01/input.html',
  'hf-text': 'hf-text/seed/input.txt',
  'hf-markdown': 'hf-markdown/daily-inline/input.md',
  'hf-api': 'hf-api/daily-papers-2026-05-08/input.json',
  'arxiv-list': 'arxiv-list/list-cs-2301/input.html',
  'arxiv-search': 'arxiv-search/search-200/input.html',
  'arxiv-atom': 'arxiv-atom/atom-new-2entries/input.xml',
  'dblp-xml': 'dblp-xml/dump-excerpt-acta-inf/input.xml',
  'generic-json': 'generic-json/openalex-works-search/input.json',
  'generic-html': 'generic-html/acl-anthology-author-2021/input.html',
}

interface Case {
  reader: string
  /** The input's bytes, base64: the page decodes them as `parse` would a file's. */
  base64: string
  options: Record<string, unknown>
  /** How many records the fixture's hand-written expected.json says the page holds. */
  count: number
}

/** What is compared: the records and messages as JSON, so both sides drop `undefined` alike. */
interface Outcome {
  reader: string | undefined
  papers: unknown
  messages: unknown
}

function loadCase(reader: string, input: string): Case {
  const folder = new URL(`fixtures/${input.slice(0, input.lastIndexOf('/') + 1)}`, root)
  const read = (name: string) => readFileSync(new URL(name, folder), 'utf8')
  let options: Record<string, unknown> = {}
  try {
    options = JSON.parse(read('options.json'))
  } catch {
    // no options.json: the defaults
  }
  // A fixed day, so a page read near midnight cannot resolve dates differently on each side.
  options.referenceDate ??= '2025-12-08'
  const expected = JSON.parse(read('expected.json')) as unknown[] | { count: number }
  return {
    reader,
    base64: readFileSync(new URL(`fixtures/${input}`, root)).toString('base64'),
    options,
    count: Array.isArray(expected) ? expected.length : expected.count,
  }
}

/** `papersift` as one script for a page: `globalThis.papersift` holds its exports. */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('src/index.ts', root).pathname],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'papersift',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

const executable = findChromium()
const cases = Object.entries(fixtures).map(([reader, input]) => loadCase(reader, input))

describe('papersift in a browser', { timeout: 120_000 }, () => {
  it('has a fixture for every built-in reader', () => {
    expect(Object.keys(fixtures).sort()).toEqual(readers.map((reader) => reader.name).sort())
  })

  if (executable === undefined && !browserRequired) {
    it.skip('parses one fixture of every reader in Chromium (skipped: no Chromium on PATH; `apt-get install chromium` or set CHROMIUM_PATH)', () => {})
    return
  }

  let browser: Browser | undefined
  let inBrowser: Outcome[] = []

  beforeAll(async () => {
    if (executable === undefined) {
      throw new Error('No Chromium found (CI is set, so the browser test may not skip): `apt-get install -y chromium`.')
    }
    const [script, launched] = await Promise.all([
      bundle(),
      // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
      chromium.launch({ executablePath: executable, args: ['--no-sandbox'] }),
    ])
    browser = launched
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.setContent('<!doctype html><title>papersift</title>')
    await page.addScriptTag({ content: script })
    expect(errors).toEqual([])
    inBrowser = await page.evaluate(async (list: Case[]) => {
      // Runs in the page: a real browser global, no Node.
      const api = (globalThis as unknown as { papersift: { parse: typeof parse } }).papersift
      const outcomes = []
      for (const item of list) {
        const binary = atob(item.base64)
        const bytes = new Uint8Array(binary.length)
        for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
        const result = await api.parse(bytes, item.options)
        outcomes.push(
          JSON.parse(
            JSON.stringify({
              reader: result.reader,
              papers: result.papers,
              messages: result.messages.map((message) => ({
                reason: message.reason,
                ruleId: message.ruleId,
                source: message.source,
                place: message.place,
              })),
            }),
          ) as Outcome,
        )
      }
      return outcomes
    }, cases)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('runs in a page with no Node globals', async () => {
    const page = await (browser as Browser).newPage()
    expect(await page.evaluate(() => [typeof process, typeof Buffer, typeof require])).toEqual([
      'undefined',
      'undefined',
      'undefined',
    ])
  })

  cases.forEach((item, index) => {
    it(`${item.reader}: the same records as on Node`, async () => {
      const result = await parse(Buffer.from(item.base64, 'base64'), item.options)
      const onNode: Outcome = JSON.parse(
        JSON.stringify({
          reader: result.reader,
          papers: result.papers,
          messages: result.messages.map((message) => ({
            reason: message.reason,
            ruleId: message.ruleId,
            source: message.source,
            place: message.place,
          })),
        }),
      )
      const there = inBrowser[index]
      expect(there?.reader).toBe(item.reader)
      expect(there?.papers).toHaveLength(item.count)
      expect(there).toEqual(onNode)
    })
  })
})
