import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classify, normalizeUrl } from '../../../src/plugins/repositories/classify.js'
import { toUrl } from '../../../src/plugins/repositories/url.js'

// Written → canonical, one rule per row.
const table: Array<[written: string, canonical: string | undefined]> = [
  ['github.com/a/b', 'https://github.com/a/b'],
  ['HTTP://GITHUB.COM/Owner/Repo', 'https://github.com/Owner/Repo'],
  ['https://www.github.com/o/r', 'https://github.com/o/r'],
  ['https://github.com/o/r.git', 'https://github.com/o/r'],
  ['https://github.com/o/r.GIT', 'https://github.com/o/r'],
  ['https://github.com/o/r/', 'https://github.com/o/r'],
  ['https://github.com/o/r/tree/main/src', 'https://github.com/o/r'],
  ['https://github.com/o/r/blob/v1/a.py#L10', 'https://github.com/o/r'],
  ['https://github.com/o/r/issues/12', 'https://github.com/o/r'],
  ['https://github.com/o/r/pulls', 'https://github.com/o/r'],
  ['https://github.com/o/r/releases/download/v1/x.zip', 'https://github.com/o/r'],
  ['https://github.com/o/r/wiki/Page', 'https://github.com/o/r'],
  ['https://github.com/o/r?tab=readme', 'https://github.com/o/r'],
  ['git@github.com:o/r.git', 'https://github.com/o/r'],
  ['git+https://github.com/o/r.git', 'https://github.com/o/r'],
  ['git://github.com/o/r', 'https://github.com/o/r'],
  ['https://gist.github.com/u/0123abc', 'https://gist.github.com/u/0123abc'],
  ['https://gitlab.com/g/s/t/p', 'https://gitlab.com/g/s/t/p'],
  ['https://gitlab.com/g/p/-/blob/main/x', 'https://gitlab.com/g/p'],
  ['https://gitlab.com/g/p/issues/3', 'https://gitlab.com/g/p'],
  ['https://gitlab.com/g/p.git', 'https://gitlab.com/g/p'],
  ['https://bitbucket.org/o/r/src/master/', 'https://bitbucket.org/o/r'],
  ['https://www.codeberg.org/o/r/issues', 'https://codeberg.org/o/r'],
  ['https://gitee.com/o/r.git', 'https://gitee.com/o/r'],
  ['https://git.sr.ht/~u/r/log', 'https://git.sr.ht/~u/r'],
  ['https://sourceforge.net/p/tool/code/', 'https://sourceforge.net/projects/tool'],
  ['https://anonymous.4open.science/r/x-1/', 'https://anonymous.4open.science/r/x-1'],
  ['https://huggingface.co/spaces/o/d/tree/main', 'https://huggingface.co/spaces/o/d'],
  ['https://huggingface.co/o/m/resolve/main/w.bin', 'https://huggingface.co/o/m'],
  ['https://huggingface.co/datasets/squad', 'https://huggingface.co/datasets/squad'],
  ['https://hf.co/o/m', 'https://hf.co/o/m'],
  ['https://arxiv.org/pdf/2306.15063v1', 'https://arxiv.org/abs/2306.15063'],
  ['https://x.org/Page#section', 'https://x.org/Page'],
  ['https://x.org/a?b=1', 'https://x.org/a?b=1'],
  ['HTTPS://X.ORG', 'https://x.org/'],
  ['ftp://x.org/a', undefined],
  ['javascript:alert(1)', undefined],
  ['https://localhost/a', undefined],
  ['https://user:pass@x.org/', undefined],
  ['not a url', undefined],
  ['', undefined],
]

describe('normalizeUrl', () => {
  it.each(table)('%s', (written, canonical) => {
    expect(normalizeUrl(written)).toBe(canonical)
  })

  it('keeps owner and name as written, with nested GitLab groups as the owner', () => {
    const read = (raw: string) => {
      const url = toUrl(raw)
      const reading = url && classify(url)
      return reading?.type === 'repository' ? reading.repository : undefined
    }
    expect(read('github.com/OpenAI/GPT-2')).toEqual({
      url: 'https://github.com/OpenAI/GPT-2',
      host: 'github.com',
      owner: 'OpenAI',
      name: 'GPT-2',
    })
    expect(read('https://gitlab.com/g/s/p/-/tree/x')).toMatchObject({ owner: 'g/s', name: 'p' })
    expect(read('https://sourceforge.net/projects/tool')).toEqual({
      url: 'https://sourceforge.net/projects/tool',
      host: 'sourceforge.net',
      name: 'tool',
    })
  })

  it('reads no repository from forge pages that are not one', () => {
    for (const raw of [
      'https://github.com/o',
      'https://github.com/orgs/o',
      'https://github.com/topics/nlp',
      'https://gitlab.com/explore/projects',
      'https://gitlab.com/g',
      'https://git.sr.ht/u/r',
      'https://sourceforge.net/about',
      'https://anonymous.4open.science/',
    ]) {
      const url = toUrl(raw)
      expect(url && classify(url).type, raw).toBe('link')
    }
  })

  it('is idempotent on web URLs', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (raw) => {
        const once = normalizeUrl(raw)
        if (once !== undefined) expect(normalizeUrl(once)).toBe(once)
      }),
      { numRuns: 500 },
    )
  })

  it('is idempotent on forge-shaped URLs', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/)
    const host = fc.constantFrom(
      'github.com',
      'www.gitlab.com',
      'bitbucket.org',
      'codeberg.org',
      'gitee.com',
      'git.sr.ht',
      'sourceforge.net',
      'anonymous.4open.science',
      'huggingface.co',
      'hf.mirrork.net',
      'x.github.io',
      'arxiv.org',
      'doi.org',
      'kaggle.com',
    )
    fc.assert(
      fc.property(host, fc.array(segment, { maxLength: 6 }), fc.boolean(), (name, path, slash) => {
        const once = normalizeUrl(`${name}/${path.join('/')}${slash ? '/' : ''}`)
        if (once !== undefined) expect(normalizeUrl(once)).toBe(once)
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        normalizeUrl(raw)
      }),
    )
  })
})
