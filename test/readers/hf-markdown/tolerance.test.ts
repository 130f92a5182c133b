import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { hfMarkdown } from '../../../src/readers/hf-markdown/index.js'
import { fileAndContext } from '../../helpers.js'

const abstract =
  'We study how pretraining task diversity shapes in-context learning. Code is available at https://github.com/a/b. It works.'
const paper = (id: string) => `https://huggingface.co/papers/${id}`
const login = (id: string) => `https://huggingface.co/login?next=%2Fpapers%2F${id}`

/** A firecrawl-style card, one piece per paragraph. */
function card(id: string, title: string, meta = ['[- 4 authors](X)', '·', 'Jun 26, 2023[2](X#community)']): string {
  return [`[7](${login(id)})`, `### [${title}](${paper(id)})`, `[${abstract}](${paper(id)})`, ...meta]
    .join('\n\n')
    .replace(/\(X/g, `(${paper(id)}`)
}
const page = (...cards: string[]) =>
  `# Daily Papers\n\n${cards.join('\n\n')}\n\n[Previous](https://huggingface.co/papers)\n`
const one = {
  title: 'Paper One',
  abstract,
  authorCount: 4,
  publishedAt: '2023-06-26',
  comments: 2,
  upvotes: 7,
  arxivId: '2306.15063',
  url: paper('2306.15063'),
}

function read(text: string, options: { referenceDate?: string } = { referenceDate: '2025-12-08' }) {
  const result = parseSync(text, options)
  return {
    format: result.format,
    document: result.document,
    messages: result.messages.map((message) => message.ruleId),
    papers: result.papers.map(
      ({ title, abstract, summary, authorCount, organization, publishedAt, comments, upvotes, arxivId, url }) =>
        Object.fromEntries(
          Object.entries({
            title,
            abstract,
            summary,
            authorCount,
            organization,
            publishedAt,
            comments,
            upvotes,
            arxivId,
            url,
          }).filter(([, value]) => value !== undefined),
        ),
    ),
  }
}

describe('hf-markdown reads what crawlers write', () => {
  it('a plain card', () => {
    expect(read(page(card('2306.15063', 'Paper One')))).toMatchObject({
      format: 'hf-markdown',
      messages: [],
      papers: [one],
    })
  })

  it('CRLF line endings', () => {
    expect(read(page(card('2306.15063', 'Paper One')).replace(/\n/g, '\r\n')).papers).toEqual([one])
  })

  it('escapes and hard breaks in titles and abstracts', () => {
    const text = page(
      [
        `[7](${login('2306.15063')})`,
        `### [Paper\\  One \\[draft\\]](${paper('2306.15063')})`,
        `[Pipelines \\-\\- sparse\\\\\nand dense\\\\\nretrievers (+10.8\\\\% on \\_all\\_) \\*work\\*. They do.](${paper('2306.15063')})`,
        `[- 4 authors](${paper('2306.15063')})`,
        'Jun 26, 2023',
      ].join('\n\n'),
    )
    expect(read(text).papers[0]).toMatchObject({
      title: 'Paper One [draft]',
      abstract: 'Pipelines -- sparse and dense retrievers (+10.8\\% on _all_) *work*. They do.',
    })
  })

  it('metadata lines however they open (spaces, an escape, NBSP, a lone bullet, `Published on`), below abstract lines that are skipped early', () => {
    const variants = [
      ['   - 4 authors', '·', 'Jun 26, 2023 2'],
      ['\\- 4 authors', '+', 'Published on Jun 26, 2023 2'],
      ['\u00a0- 4 authors', '\u00a0· Jun 26, 2023 2'],
      ['* 4 authors', '  · Published on Jun 26, 2023 2'],
    ]
    for (const meta of variants) {
      const text = page(
        [
          `### [Paper One](${paper('2306.15063')})`,
          'Short wrapped abstract line one,',
          'Another line. June is no month here, nor is 12 a count.',
          ...meta,
        ].join('\n\n'),
      )
      expect(read(text).papers[0], meta.join(' | ')).toMatchObject({
        authorCount: 4,
        publishedAt: '2023-06-26',
        comments: 2,
      })
    }
  })

  it('an upvote box of `-` means no upvotes, not zero', () => {
    const text = page(card('2306.15063', 'Paper One').replace('[7]', '[-]'))
    expect(read(text).papers[0]?.upvotes).toBeUndefined()
  })

  it('an upvote box long enough to pass for prose is still a box (only digits, `,.-` and the letters of `upvote`, `k`)', () => {
    const digits = `1${',000'.repeat(40)}`
    const text = page(
      [
        `### [Paper One](${paper('2306.15063')})`,
        abstract,
        '- 4 authors',
        `[Upvote ${digits}](${login('2306.15063')})`,
      ].join('\n\n'),
    )
    expect(hfMarkdown.read(...fileAndContext(text)).entries[0]?.fields.upvotes?.value).toBe(digits)
    // With a letter no count has, text as long is the abstract, not a box.
    const prose = `Upvote this paper: ${'we study things and report findings. '.repeat(3)}`
    const other = page([`### [Paper One](${paper('2306.15063')})`, `[${prose}](${paper('2306.15063')})`].join('\n\n'))
    expect(read(other).papers[0]?.abstract).toBe(prose.trim())
  })

  it('the upvote box after the title, naming the paper (trending pages)', () => {
    const text = page(
      [
        `### [Paper One](${paper('2306.15063')})`,
        abstract,
        '- 4 authors',
        '· Published on Jun 26, 2023',
        `[Upvote\n\n12](${login('2306.15063')})`,
        `[GitHub 11.3k](https://github.com/a/b) [arXiv Page](https://arxiv.org/abs/2306.15063)`,
      ].join('\n\n'),
    )
    const { papers } = read(text)
    const { comments: _, ...withoutComments } = one
    expect(papers).toEqual([{ ...withoutComments, upvotes: 12 }])
    const entry = hfMarkdown.read(...fileAndContext(text)).entries[0]
    expect(entry?.links?.map(({ position: _at, ...link }) => link)).toEqual([
      { url: 'https://github.com/a/b', text: 'GitHub 11.3k', origin: 'card' },
      { url: 'https://arxiv.org/abs/2306.15063', text: 'arXiv Page', origin: 'card' },
    ])
    // Each link's position spans its own markdown.
    const spans = entry?.links?.map(({ position }) => text.slice(position?.start.offset, position?.end.offset))
    expect(spans).toEqual(['[GitHub 11.3k](https://github.com/a/b)', '[arXiv Page](https://arxiv.org/abs/2306.15063)'])
  })

  it('an organisation link instead of the author block, with the date on the same line', () => {
    const meta = ['[![occ-ai](https://cdn-avatars.huggingface.co/x.png)OCC](https://huggingface.co/occ-ai) · May 29']
    const { papers } = read(page(card('2306.15063', 'Paper One', meta)))
    expect(papers[0]).toMatchObject({ organization: 'OCC', publishedAt: '2025-05-29' })
    expect(papers[0]?.authorCount).toBeUndefined()
  })

  it('a short one-sentence text is the AI summary, a longer one the abstract, except on a daily page', () => {
    const summary = 'Direct corpus interaction enables more effective agentic search than retrieval.'
    const short = card('2306.15063', 'Paper One').replace(abstract, summary)
    // Without a page heading, the card decides: one short sentence is a summary.
    const bare = read(`${short}\n\n[Previous](https://huggingface.co/papers)\n`).papers[0]
    expect(bare).toMatchObject({ summary })
    expect(bare?.abstract).toBeUndefined()
    // A trending page shows summaries where a paper has one, abstracts elsewhere.
    const trending = read(`# Trending Papers\n\n${short}\n\n${card('2306.15064', 'Paper Two')}\n`).papers
    expect(trending.map((paper) => [paper.summary, paper.abstract])).toEqual([
      [summary, undefined],
      [undefined, abstract],
    ])
    // A daily page shows abstracts, however short.
    const daily = read(page(short)).papers[0]
    expect(daily).toMatchObject({ abstract: summary })
    expect(daily?.summary).toBeUndefined()
  })

  it('joins a title the capture hard-wrapped: a second heading, or an indented line, right below it', () => {
    const wrapped = (title: string) => read(page(card('2306.15063', 'Paper One').replace(/### .*\n/, `${title}\n`)))
    const full = 'Tora: Trajectory-oriented Diffusion Transformer for Video Generation'
    for (const title of [
      `### [Tora: Trajectory-oriented Diffusion](${paper('2306.15063')})\n### [Transformer for Video Generation](${paper('2306.15063')})`,
      '### Tora: Trajectory-oriented Diffusion\n### Transformer for Video Generation',
      `### [Tora: Trajectory-oriented Diffusion](${paper('2306.15063')})\n  Transformer for Video Generation`,
    ]) {
      const { papers, messages } = wrapped(title)
      expect(
        papers.map((item) => item.title),
        title,
      ).toEqual([full])
      expect(papers[0]?.abstract).toBe(abstract)
      expect(messages).toEqual([])
    }
    // After a blank line, or when it links to another paper, a heading is a card of its own.
    const two = wrapped(`### [Tora](${paper('2306.15063')})\n### [Other](${paper('2306.15064')})`).papers
    expect(two.map((item) => item.title)).toEqual(['Tora', 'Other'])
  })

  it('takes the organisation name after an avatar’s alt text', () => {
    const org = (line: string, definitions = '') =>
      read(`${page(card('2306.15063', 'Paper One', [line, '·', 'Jun 26, 2023']))}\n${definitions}\n`).papers[0]
        ?.organization
    expect(org('[[microsoft] Microsoft](https://huggingface.co/microsoft)')).toBe('Microsoft')
    expect(org('[[microsoft] Microsoft][67]', '[67]: https://huggingface.co/microsoft')).toBe('Microsoft')
    expect(org('[![](https://huggingface.co/a.png) Microsoft](https://huggingface.co/microsoft)')).toBe('Microsoft')
  })

  it('reference links: resolved through definitions, unknown without them', () => {
    const body = [
      '[7][1]',
      '### [Paper One][2]',
      `[${abstract}][3]`,
      '[- 4 authors][4]',
      '·',
      'Jun 26, 2023[2][5]',
    ].join('\n\n')
    const definitions = `[1]: ${login('2306.15063')}\n[2]: ${paper('2306.15063')}\n[3]: ${paper('2306.15063')}\n[4]: ${paper('2306.15063')}\n[5]: ${paper('2306.15063')}#community`
    expect(read(page(body, definitions)).papers).toEqual([one])
    const cut = read(page(body))
    const { arxivId: _, url: __, ...withoutLink } = one
    expect(cut.papers).toEqual([withoutLink])
    expect(cut.messages).toEqual(['hf-markdown:missing-definition'])
  })

  it('relative links resolve against the site', () => {
    const text = page(card('2306.15063', 'Paper One').replaceAll('https://huggingface.co', ''))
    expect(read(text).papers[0]).toMatchObject({ url: paper('2306.15063'), upvotes: 7, comments: 2 })
  })

  it('a paper listed twice is one record and an info message', () => {
    const { papers, messages } = read(page(card('2306.15063', 'Paper One'), card('2306.15063', 'Paper One')))
    expect(papers).toEqual([one])
    expect(messages).toEqual(['hf-markdown:duplicate'])
  })
})

describe('hf-markdown capture headers', () => {
  const body = page(card('2306.15063', 'Paper One', ['[- 4 authors](X)', '·', 'Jun 26[2](X#community)']))
  for (const [name, header] of [
    ['YAML front matter', '---\nurl: https://huggingface.co/papers\nretrieved: "2024-08-09T17:50:00Z"\n---\n'],
    [
      'YAML with other keys',
      '---\ntitle: x\ncaptured_at: 2024-08-09\nsource_url: https://huggingface.co/papers\n---\n',
    ],
    [
      '# Web source lines',
      '# Web source\n\n- URL: https://huggingface.co/papers\n- Captured (UTC): 2024-08-09 17:50 UTC\n\n',
    ],
    [
      'a reader service',
      'Title: Daily Papers\n\nURL Source: https://huggingface.co/papers\n\nRetrieved at: 2024-08-09\n\nMarkdown Content:\n',
    ],
  ]) {
    it(name as string, () => {
      const result = read(`${header}${body}`, {})
      expect(result.document).toEqual({
        referenceDate: '2024-08-09',
        referenceSource: 'page',
        url: 'https://huggingface.co/papers',
        capturedAt: '2024-08-09',
      })
      expect(result.papers[0]?.publishedAt).toBe('2024-06-26')
      // The option wins over the capture date.
      expect(read(`${header}${body}`, { referenceDate: '2025-12-08' }).papers[0]?.publishedAt).toBe('2025-06-26')
    })
  }
})

describe('hf-markdown cut captures', () => {
  const two = card('2401.00001', 'Paper Two')

  it('`[Content truncated]` in the abstract: the cut card keeps its title, link and upvotes', () => {
    const text = `${page(card('2306.15063', 'Paper One'))}${two.slice(0, two.indexOf('It works'))}[Content truncated]`
    const { papers, messages } = read(text)
    expect(papers).toEqual([one, { title: 'Paper Two', upvotes: 7, arxivId: '2401.00001', url: paper('2401.00001') }])
    expect(messages).toEqual(['hf-markdown:truncated'])
  })

  it('cut without a marker inside a date: the fragment `Jun 2` is not a date', () => {
    const text = `# Daily Papers\n\n${card('2306.15063', 'Paper One', ['[- 4 authors](X)', '·', 'Jun 26, 2023'])}`
    const cut = text.slice(0, -'6, 2023'.length)
    expect(cut.endsWith('\n\nJun 2')).toBe(true)
    const { papers, messages } = read(cut)
    expect(papers[0]?.publishedAt).toBeUndefined()
    expect(papers[0]?.authorCount).toBe(4)
    expect(messages).toEqual(['hf-markdown:truncated'])
  })

  it('cut inside a title: the card is skipped, the ones before stay', () => {
    const text = `${page(card('2306.15063', 'Paper One'))}${two.slice(0, two.indexOf('Two'))}`
    const { papers, messages } = read(text)
    expect(papers).toEqual([one])
    expect(messages).toEqual(['hf-markdown:truncated'])
  })

  it('a complete page without a final line break is not cut', () => {
    expect(read(page(card('2306.15063', 'Paper One')).trimEnd()).messages).toEqual([])
  })
})

describe('hf-markdown detection and strays', () => {
  it('leaves the browser copy, HTML and JSON to other readers', () => {
    expect(hfMarkdown.sniff('Daily Papers\n\nPaper One\n\nAn abstract.\n\n• 4 authors\n·\nJun 26, 2023')).toBe(0)
    expect(hfMarkdown.sniff('<!doctype html><a href="/papers/2306.15063">x</a>')).toBe(0)
    expect(hfMarkdown.sniff('{"papers": []}')).toBe(0)
    expect(hfMarkdown.sniff('### [Paper One][2]\n\n[- 4 authors][3]')).toBeGreaterThanOrEqual(0.9)
  })

  it('metadata with no card above it, and a heading with nothing under it', () => {
    const text = `# Daily Papers\n\n- 3 authors\n\n${page(card('2306.15063', 'Paper One'))}\n\n### Related\n`
    const { papers, messages } = read(text)
    expect(papers).toEqual([one])
    expect(messages).toEqual(['hf-markdown:stray-meta', 'hf-markdown:stray-text'])
  })

  it('the page date line above the first card is the page date', () => {
    const text = `# Daily Papers\n\nDec 8\n\n${card('2306.15063', 'Paper One', ['[- 4 authors](X)', '·', 'Apr 25'])}\n`
    expect(read(text, {}).document.referenceSource).toBe('page')
  })
})
