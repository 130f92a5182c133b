import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  arxivSearch,
  createParser,
  defineReader,
  hfText,
  parse,
  parseHtml,
  parseSync,
  type Reader,
  readers,
  resolveUrl,
} from '../../src/index.js'

/** A small listing in a markup no built-in reader knows. */
const html = `<!doctype html><html><head><base href="https://lab.example.org/pubs/"></head><body>
<ul class="pubs">
<li class="pub"><a href="one.pdf">Learning to Sift Papers</a> <span class="who">Ada Lovelace, Alan Turing</span> <span class="year">2023</span></li>
<li class="pub"><a href="/two.pdf">Typed Records from Listings</a> <span class="who">Grace Hopper</span> <span class="year">2021</span></li>
</ul></body></html>`

const labPage = defineReader({
  name: 'lab-page',
  sniff: (sample) => (sample.includes('class="pubs"') ? 0.9 : 0),
  read(file, context) {
    const page = parseHtml(file, context)
    const items = page.findAll(page.document, (element) => page.hasClass(element, 'pub'))
    return {
      entries: items.map((item) => {
        const link = page.find(item, (element) => element.tagName === 'a')
        const who = page.find(item, (element) => page.hasClass(element, 'who'))
        const year = page.find(item, (element) => page.hasClass(element, 'year'))
        return {
          fields: {
            title: link && page.located(link),
            authors: who ? (page.located(who)?.value.split(', ') ?? []).map((value) => ({ value })) : [],
            year: year && page.located(year),
            pdfUrl: link && { value: page.resolve(page.attribute(link, 'href')) ?? '' },
          },
        }
      }),
    }
  },
})

describe('defineReader', () => {
  it('returns the reader, checked', () => {
    expect(labPage.name).toBe('lab-page')
  })

  const malformed: Array<[unknown, RegExp]> = [
    [null, /Expected a reader object, got null/],
    [{ sniff: () => 1, read: () => ({ entries: [] }) }, /Expected a reader `name`/],
    [{ name: 'has space', sniff: () => 1, read: () => ({ entries: [] }) }, /Expected a reader `name`/],
    [{ name: 'auto', sniff: () => 1, read: () => ({ entries: [] }) }, /Unexpected reader name "auto"/],
    [{ name: 'x', read: () => ({ entries: [] }) }, /`sniff\(sample\)` function/],
    [{ name: 'x', sniff: () => 1 }, /`read\(file, context\)` function/],
    [{ name: 'x', sniff: () => 1, read: () => ({ entries: [] }), generic: 'yes' }, /`generic` of reader "x"/],
  ]
  it.each(malformed)('throws a TypeError that says how to fix %o', (value, message) => {
    expect(() => defineReader(value as unknown as Reader)).toThrow(TypeError)
    expect(() => defineReader(value as unknown as Reader)).toThrow(message)
  })

  it('built-in readers are exported by name and made with it', () => {
    expect(readers.map((reader) => reader.name)).toContain('arxiv-search')
    expect(readers).toContain(arxivSearch)
    for (const reader of readers) expect(() => defineReader(reader)).not.toThrow()
  })
})

describe('a parser’s readers', () => {
  it('reads a page no built-in reader knows once the reader is used, relative links resolved against <base>', async () => {
    expect((await parse(html)).papers).toEqual([])
    const parser = createParser().use(labPage)
    expect(parser.readers[0]).toBe('lab-page')
    const { papers, reader, messages } = await parser.parse(html)
    expect(messages).toEqual([])
    expect(reader).toBe('lab-page')
    expect(papers.map((paper) => [paper.title, paper.authors.map((a) => a.name), paper.year, paper.pdfUrl])).toEqual([
      ['Learning to Sift Papers', ['Ada Lovelace', 'Alan Turing'], 2023, 'https://lab.example.org/pubs/one.pdf'],
      ['Typed Records from Listings', ['Grace Hopper'], 2021, 'https://lab.example.org/two.pdf'],
    ])
    expect(papers[0]?.source).toMatchObject({ format: 'lab-page', index: 0 })
    // The core filled in the entry text from the title.
    expect(papers[1]?.provenance.title?.position?.start.line).toBe(4)
  })

  it('takes readers from createParser({ readers }) and forces one by name with the `reader` option', () => {
    const parser = createParser({ readers: [labPage, hfText] })
    expect(parser.readers).toEqual(['lab-page', 'hf-text'])
    expect(parser.parseSync(html).papers).toHaveLength(2)
    expect(parser.parseSync(html, { reader: 'hf-text' }).reader).toBe('hf-text')
    // The deprecated name still works.
    expect(parser.parseSync(html, { format: 'lab-page' }).format).toBe('lab-page')
    expect(() => parser.parseSync(html, { reader: 'arxiv-search' })).toThrow(
      /`reader` one of 'auto', 'lab-page', 'hf-text'/,
    )
  })

  it('replaces a reader of the same name in place, and disables readers by name', () => {
    const other = defineReader({ ...labPage, sniff: () => 0 })
    const parser = createParser().use(labPage)
    expect(parser.use(other).readers.filter((name) => name === 'lab-page')).toHaveLength(1)
    expect(parser.use(other).parseSync(html).papers).toEqual([])
    expect(parser.disable('lab-page').readers).not.toContain('lab-page')
    expect(parser.disable('arxiv-search').readers).not.toContain('arxiv-search')
    expect(() => parser.disable('nope')).toThrow(/no plugin or reader of that name/)
  })

  it('takes plugins and readers in one use(), as a preset', () => {
    const parser = createParser({ plugins: [] }).use([labPage])
    expect(parser.readers[0]).toBe('lab-page')
    expect(parser.plugins).toEqual([])
  })

  it('rejects a reader among plugins and unknown createParser options', () => {
    expect(() => createParser({ plugins: [labPage as never] })).toThrow(/pass readers to createParser\(\{ readers \}\)/)
    expect(() => createParser({ reader: [labPage] } as never)).toThrow(/Unexpected createParser option `reader`/)
  })

  it('asks generic readers only when no specific reader claims the input', () => {
    const seen: string[] = []
    const generic = defineReader({
      name: 'any-html',
      generic: true,
      sniff: () => {
        seen.push('generic')
        return 1
      },
      read: () => ({ entries: [{ fields: { title: { value: 'Generic' } } }] }),
    })
    const parser = createParser({ readers: [generic, labPage] })
    expect(parser.parseSync(html).reader).toBe('lab-page')
    expect(seen).toEqual([])
    expect(parser.parseSync('<p>hello</p>').reader).toBe('any-html')
  })
})

describe('a reader that misbehaves', () => {
  const throwing = (where: 'sniff' | 'read') =>
    defineReader({
      name: `bad-${where}`,
      sniff: () => {
        if (where === 'sniff') throw new Error('boom in sniff')
        return 1
      },
      read: () => {
        throw new Error('boom in read')
      },
    })

  it.each(['sniff', 'read'] as const)('becomes a message when its %s throws (parse and parseSync)', async (where) => {
    const parser = createParser({ readers: [throwing(where), hfText] })
    for (const result of [parser.parseSync('x'), await parser.parse('x')]) {
      const message = result.messages.find((item) => item.ruleId === `bad-${where}:error`)
      expect(message?.reason).toContain(`boom in ${where}`)
    }
  })

  it('becomes a message when read returns something that is not a result', () => {
    const odd = defineReader({ name: 'odd', sniff: () => 1, read: () => 42 as never })
    const { papers, messages } = createParser({ readers: [odd] }).parseSync('x')
    expect(papers).toEqual([])
    expect(messages.map((message) => message.ruleId)).toContain('odd:error')
  })

  it('costs only the entry that throws while it is read (parseSync and parseStream)', async () => {
    const entry = (title: string) => ({ fields: { title: { value: title } }, links: [], text: title })
    const trap = {
      ...entry('Trap'),
      get position(): never {
        throw new Error('boom in a getter')
      },
    }
    const trapping = defineReader({
      name: 'trapping',
      sniff: () => 1,
      read: () => ({ entries: [entry('First'), trap, entry('Last')] }),
    })
    const parser = createParser({ readers: [trapping] })
    const sync = parser.parseSync('x')
    const streamed = parser.parseStream(
      (async function* () {
        yield 'x'
      })(),
    )
    const titles: string[] = []
    for await (const paper of streamed) titles.push(paper.title)
    for (const [messages, papers] of [
      [sync.messages, sync.papers.map((paper) => paper.title)],
      [streamed.messages, titles],
    ] as const) {
      expect(papers).toEqual(['First', 'Last'])
      const skipped = messages.filter((message) => message.ruleId === 'core:invalid-entry')
      expect(skipped.map((message) => message.reason)).toEqual([
        expect.stringMatching(/^Unexpected entry 1 .*boom in a getter/),
      ])
      expect(messages.some((message) => message.ruleId === 'trapping:error')).toBe(false)
    }
  })

  it('can report drift with a rule id, positioned, or as info', () => {
    const drifting = defineReader({
      name: 'drifting',
      sniff: () => 1,
      read(_file, context) {
        context.message('Unexpected layout, expected a list', { ruleId: 'drifting:layout' })
        context.message('Default rule')
        context.message('Just so you know', {
          severity: 'info',
          place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
        })
        return { entries: [], empty: 'expected' }
      },
    })
    const { messages } = createParser({ readers: [drifting] }).parseSync('xyz')
    expect(messages.map((message) => [message.ruleId, message.fatal, message.place])).toEqual([
      ['drifting:layout', false, { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } }],
      ['drifting:drift', false, { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } }],
      [
        'drifting:drift',
        undefined,
        { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
      ],
    ])
  })
})

describe('reader helpers', () => {
  it('resolveUrl makes hrefs absolute and drops what is not a web link', () => {
    expect(resolveUrl('a/b.pdf', 'https://x.org/dir/page')).toBe('https://x.org/dir/a/b.pdf')
    expect(resolveUrl(' https://y.org/p ', undefined)).toBe('https://y.org/p')
    expect(resolveUrl('a/b.pdf', undefined)).toBeUndefined()
    expect(resolveUrl('javascript:alert(1)', 'https://x.org/')).toBeUndefined()
    expect(resolveUrl('mailto:a@b.c', 'https://x.org/')).toBeUndefined()
    expect(resolveUrl('#top', 'https://x.org/')).toBeUndefined()
    expect(resolveUrl('', 'https://x.org/')).toBeUndefined()
  })

  it('parseHtml finds the base URL: <base>, else the canonical link, else the url option', () => {
    const canonical =
      '<html><head><link rel="canonical" href="https://c.org/list/"></head><body><a href="p1">x</a></body></html>'
    expect(parseHtml(new VFile(canonical)).baseUrl).toBe('https://c.org/list/')
    const og = '<html><head><meta property="og:url" content="/papers/"></head></html>'
    expect(parseHtml(new VFile(og), { url: 'https://o.org/a' }).baseUrl).toBe('https://o.org/papers/')
    const bare = '<p><a href="q">x</a></p>'
    const page = parseHtml(new VFile(bare), { url: 'https://u.org/dir/' })
    expect(page.baseUrl).toBe('https://u.org/dir/')
    expect(page.links(page.document).map((link) => link.url)).toEqual(['https://u.org/dir/q'])
    expect(parseHtml(new VFile(bare)).links(page.document)).toEqual([])
  })

  it('the url option reaches readers, and is checked', () => {
    const parser = createParser().use(labPage)
    const noBase = html.replace('<base href="https://lab.example.org/pubs/">', '')
    const { papers } = parser.parseSync(noBase, { url: 'https://elsewhere.org/x/' })
    expect(papers[0]?.pdfUrl).toBe('https://elsewhere.org/x/one.pdf')
    expect(() => parser.parseSync(noBase, { url: 'not a url' })).toThrow(/`url` an absolute http\(s\) URL/)
  })
})

describe('options', () => {
  it('reject unknown keys, naming them and the accepted ones', () => {
    expect(() => parseSync('x', { refDate: '2025-01-01' } as never)).toThrow(
      /unknown `refDate`.*Expected only `reader`, `url`, `referenceDate`, `plugins`/,
    )
  })

  it('reject a `reader` and a `format` that disagree', () => {
    expect(() => parseSync('x', { reader: 'hf-text', format: 'hf-html' })).toThrow(/Give only `reader`/)
  })
})
