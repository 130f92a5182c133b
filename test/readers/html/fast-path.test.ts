/**
 * The arXiv readers read their real fixtures on the fast path: results as the tokenizer closes
 * them, never the whole page as a tree. The comparisons with the whole-page read elsewhere would
 * pass as well if the fast path always stepped aside, so here the two steps are counted.
 */
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const calls = vi.hoisted(() => ({ light: 0, strict: 0 }))

vi.mock('../../../src/readers/html/light-tree.js', async (original) => {
  const module = await original<typeof import('../../../src/readers/html/light-tree.js')>()
  return {
    ...module,
    parseLight: (...args: Parameters<typeof module.parseLight>) => {
      calls.light++
      return module.parseLight(...args)
    },
  }
})
vi.mock('../../../src/readers/html/token-tree.js', async (original) => {
  const module = await original<typeof import('../../../src/readers/html/token-tree.js')>()
  return {
    ...module,
    strictSubtrees: (...args: Parameters<typeof module.strictSubtrees>) => {
      calls.strict++
      return module.strictSubtrees(...args)
    },
  }
})

const { arxivSearch } = await import('../../../src/readers/arxiv-search/index.js')
const { arxivList } = await import('../../../src/readers/arxiv-list/index.js')

const context = { message: () => {} } as never
const read = (reader: typeof arxivSearch, path: string) =>
  reader.read(
    new VFile({ value: readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8') }),
    context,
  )

describe('the arXiv readers take the fast path on real pages', () => {
  beforeEach(() => {
    calls.light = 0
    calls.strict = 0
  })

  it('reads the search page as the tokenizer goes (one strict pass, no tree)', () => {
    const result = read(arxivSearch, 'arxiv-search/search-200/input.html') as { entries: unknown[] }
    expect(result.entries).toHaveLength(200)
    expect(calls).toEqual({ light: 0, strict: 1 })
  })

  for (const name of ['list-cs-2301', 'list-cs.CL-recent']) {
    it(`reads the listing ${name} as the tokenizer goes (one strict pass, no tree)`, () => {
      const result = read(arxivList, `arxiv-list/${name}/input.html`) as { entries: unknown[] }
      expect(result.entries.length).toBeGreaterThan(0)
      expect(calls).toEqual({ light: 0, strict: 1 })
    })
  }

  it('steps aside on a page that is not strict (so the count can tell)', () => {
    const text = readFileSync(new URL('../../../fixtures/arxiv-search/search-200/input.html', import.meta.url), 'utf8')
    // A `<p>` left open around a block: the tree builder closes it, so the page is not strict.
    const damaged = text.replace('<ol class="breathe-horizontal"', '<p><div></div><ol class="breathe-horizontal"')
    expect(damaged).not.toBe(text)
    arxivSearch.read(new VFile({ value: damaged }), context)
    expect(calls.light).toBe(1)
  })
})
