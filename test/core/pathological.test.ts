/**
 * Hostile inputs for every pattern on the hot path. Each must finish quickly: a
 * super-linear regex would take minutes on these sizes, so the per-test timeout is the check.
 */
import { describe, expect, it } from 'vitest'
import { formatPapers } from '../../src/cli/format.js'
import { type Paper, PaperSchema, parseSync, validatePapers } from '../../src/index.js'
import { normalizeUrl } from '../../src/plugins/repositories/classify.js'
import { findUrls } from '../../src/plugins/repositories/find-urls.js'
import { parseMetaLine } from '../../src/readers/hf-text/meta-line.js'
import { readers } from '../../src/readers/index.js'
import { parseArxivId } from '../../src/util/arxiv-id.js'
import { parseListingDate } from '../../src/util/date.js'

const n = 200_000

describe('pathological input', { timeout: 5000 }, () => {
  const hostile = [
    ' '.repeat(n),
    '\u00a0'.repeat(n),
    `${' '.repeat(n)}x`,
    `${'• '.repeat(n)}`,
    `${'1'.repeat(n)} authors`,
    `Jun ${'1'.repeat(n)}`,
    `${'Jun 26, '.repeat(n / 8)}`,
    `${'·'.repeat(n)}`,
    `${'-\t'.repeat(n / 2)}1 author`,
    '\n'.repeat(n),
    '\r'.repeat(n),
    `${'a\n'.repeat(n / 2)}`,
    `arxiv:${'1'.repeat(n)}`,
    `https://arxiv.org/abs/${'/'.repeat(n)}`,
    `${'1,'.repeat(n / 2)}k`,
    `${'https://github.com/'.repeat(n / 20)}`,
    `Code: ${'https://github.com/a/b-\n'.repeat(n / 24)}`,
    `${'a.github.io '.repeat(n / 12)}`,
    `${'('.repeat(n)}https://a.org/${')'.repeat(n)}`,
    `${'a.'.repeat(n / 2)}`,
    `arxiv <dl${' '.repeat(n)}`,
    `arxiv <dl ${'id='.repeat(n / 3)}`,
    `arxiv ${'<dl id '.repeat(n / 7)}`,
    `${'9 additional '.repeat(n / 13)}authors`,
    `<li class="arxiv-result"><p class="authors">${'<a>A</a>, 1 additional authors not'.repeat(n / 40)}</p></li>`,
    `<dl id="articles"><dt><a href="/abs/2301.00001" title="Abstract">arXiv:2301.00001</a></dt><dd><div class="list-title">T</div><div class="list-subjects">${'(cs.CL'.repeat(n / 6)}</div></dd></dl>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">${'<entry>'.repeat(n / 7)}`,
    // Entries whose fields are all whitespace or junk: a record made of them must still be valid.
    `<li class="arxiv-result"><p class="list-title"><a href="https://arxiv.org/abs/2512.00001">arXiv:2512.00001</a></p><p class="title">${'\u00a0'.repeat(n)}</p><p class="is-size-7"><span>Submitted</span> ${'9'.repeat(n)};</p></li>`,
    `[{"paper":{"id":"2512.00001","title":"${' '.repeat(n)}","publishedAt":"${'9'.repeat(n)}","upvotes":-1}}]`,
    `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2512.00001v1</id><title>${' '.repeat(n)}</title><published>${'9'.repeat(n)}</published></entry></feed>`,
    `[${' '.repeat(n)}](https://huggingface.co/papers/2512.00001)\n\n${'\u00a0'.repeat(n)}`,
  ]

  // Auto-detected and with every reader forced: whatever a reader makes of hostile input must
  // still be valid records and positioned, ruled messages.
  for (const format of [undefined, ...readers.map((reader) => reader.name)]) {
    it(`the whole parser, ${format ?? 'auto-detected'}`, () => {
      for (const [index, input] of hostile.entries()) {
        const result = parseSync(input, { ...(format && { format }), referenceDate: '2025-12-08' })
        for (const paper of result.papers) expect(PaperSchema.safeParse(paper).error, `input ${index}`).toBeUndefined()
        for (const message of result.messages) expect(message.ruleId, `input ${index}: ${message.reason}`).toBeTruthy()
      }
    })
  }

  it('the line, date and id readers', () => {
    for (const input of hostile) {
      parseMetaLine(input)
      parseListingDate(input, '2025-12-08')
      parseArxivId(input)
    }
    expect(parseMetaLine('• 4 authors')?.authorCount?.value).toBe('4')
  })

  it('the repositories plugin, on each input as an abstract', () => {
    for (const input of hostile) {
      findUrls(input)
      normalizeUrl(input)
      const text = `A title\n\nCode: ${input.replace(/\s+/g, ' ')}\n\n  • 1 author`
      expect(parseSync(text, { format: 'hf-text', referenceDate: '2025-12-08' }).papers).toHaveLength(1)
    }
  })

  it('detection', () => {
    expect(parseSync(`${' '.repeat(60_000)}1 authors`).format).toBe('hf-text')
  })

  it('record validation and the interchange formats', async () => {
    const record = {
      id: 'title:0000000000000000',
      title: 't',
      authors: [],
      repositories: [],
      projectPages: [],
      links: [],
      datasets: [],
      source: { format: 'x', index: 0 },
      provenance: {},
    }
    const urls = [
      `https://${'a'.repeat(n)} `,
      `http://${'/'.repeat(n)}`,
      `https://a${'?'.repeat(n)} x`,
      `${'http://'.repeat(n / 8)}`,
    ]
    for (const url of urls) {
      expect(validatePapers({ ...record, url, [`k${'-'.repeat(n)}`]: 1 }, { strict: true }).valid).toBe(false)
    }
    // unicode2latex costs about 1 µs a character, so a quarter of the size: linear still shows.
    const text = `${'-'.repeat(n / 4)}${"'".repeat(n / 4)}${'`,'.repeat(n / 8)}`
    const output = await formatPapers([{ ...record, title: text } as Paper], 'bibtex')
    expect(output).toContain('-{}-')
  })
})
