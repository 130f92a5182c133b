/**
 * The interchange formats of `papersift parse --format`: BibTeX parses back with a BibTeX parser,
 * CSL-JSON validates against the CSL schema, CSV parses back with an RFC 4180 parser, RIS as the
 * RefMan tags. Expected texts for the hand-made record are written by hand.
 */
import { readFileSync } from 'node:fs'
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { Ajv } from 'ajv'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { formatPapers } from '../../src/cli/format.js'
import type { Paper } from '../../src/index.js'
import { arxivRecord } from '../schema/records.js'
import { cli } from './run.js'

const seedArgs = ['parse', 'fixtures/hf-text/seed/input.txt', '--reference-date', '2025-12-08']
const seed = JSON.parse((await cli(seedArgs)).stdout) as Paper[]
const arxiv = arxivRecord as Paper
// TeX specials, non-ASCII, a name BibTeX would split at `and`, a particle.
const tricky: Paper = {
  ...arxiv,
  id: 'arxiv:2401.00001',
  arxivId: '2401.00001',
  categories: ['cs.CL', 'cs.AI'],
  title: "Ünïcode & 50% of $\\alpha$_{x} #1 ~ {braces} ^ back\\slash — “quotes”, 東京 🤗 -- ``as typed'' ---",
  authors: [
    { name: 'Łukasz Kaiser' },
    { name: 'Research and Development Team' },
    { name: 'Ludwig van Beethoven' },
    { name: 'DeepSeek-AI' },
  ],
  abstract: 'We say "hi", then\nleave; 100% sure.',
}
const nfc = (value: unknown) => (value === undefined ? undefined : String(value).normalize('NFC'))

describe('--format bibtex', () => {
  it('writes the seed’s papers as entries a BibTeX parser reads back unchanged', async () => {
    const { code, stdout } = await cli([...seedArgs, '--format', 'bibtex'])
    expect(code).toBe(0)
    const library = parseBibtex(stdout, { sentenceCase: false })
    expect(library.errors).toEqual([])
    expect(library.entries).toHaveLength(39)
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(39)
    library.entries.forEach((entry, index) => {
      expect(entry.type).toBe('misc')
      expect(nfc(entry.fields.title)).toBe(seed[index]?.title)
      expect(nfc(entry.fields.abstract)).toBe(seed[index]?.abstract)
      expect(nfc(entry.fields.year)).toBe(seed[index]?.publishedAt?.slice(0, 4))
    })
  })

  it('writes an arXiv paper as @misc with eprint, archivePrefix and primaryClass', async () => {
    expect(await formatPapers([arxiv], 'bibtex')).toBe(
      [
        '@misc{raventos2023pretraining,',
        '  title = {Pretraining task diversity and the emergence of non-Bayesian in-context learning for regression},',
        "  author = {Allan Ravent{\\'o}s and Mansheej Paul},",
        '  year = {2023},',
        '  month = jun,',
        '  eprint = {2306.15063},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {cs.LG},',
        '  doi = {10.48550/arXiv.2306.15063},',
        '  url = {https://arxiv.org/abs/2306.15063},',
        '  abstract = {Pretrained transformers exhibit the remarkable ability of in-context learning (ICL).},',
        '  keywords = {in-context learning},',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('escapes TeX specials and non-ASCII so that they read back as written', async () => {
    const text = await formatPapers([tricky, tricky], 'bibtex')
    const library = parseBibtex(text, { sentenceCase: false })
    expect(library.errors).toEqual([])
    const [first, second] = library.entries
    expect(nfc(first?.fields.title)).toBe(tricky.title)
    expect(nfc(first?.fields.abstract)).toBe('We say "hi", then leave; 100% sure.')
    expect(first?.fields.author).toEqual([
      { firstName: 'Łukasz', lastName: 'Kaiser' },
      { name: 'Research and Development Team' },
      { firstName: 'Ludwig', prefix: 'van', lastName: 'Beethoven' },
      { lastName: 'DeepSeek-AI' },
    ])
    expect(first?.fields).toMatchObject({ eprint: '2401.00001', archiveprefix: 'arXiv', primaryclass: 'cs.CL' })
    expect([first?.key, second?.key]).toEqual(['kaiser2023unicode', 'kaiser2023unicode-2'])
  })
})

describe('--format csl-json', () => {
  const schema = JSON.parse(readFileSync(new URL('../vendor/csl/csl-data.json', import.meta.url), 'utf8'))
  const validate = new Ajv({ allErrors: true }).compile(schema)

  it('validates against the CSL-JSON schema, for the seed and hand-made records', async () => {
    const { code, stdout } = await cli([...seedArgs, '--format', 'csl-json'])
    expect(code).toBe(0)
    const items = JSON.parse(stdout)
    expect(items).toHaveLength(39)
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true)
    const handMade = JSON.parse(await formatPapers([arxiv, tricky], 'csl-json'))
    expect(validate(handMade), JSON.stringify(validate.errors)).toBe(true)
    // The schema can fail: a wrong type is caught.
    expect(validate([{ ...handMade[0], type: 'preprint' }])).toBe(false)
  })

  it('maps an arXiv paper as Zotero writes preprints', async () => {
    const [item] = JSON.parse(await formatPapers([arxiv], 'csl-json'))
    expect(item).toEqual({
      id: 'arxiv:2306.15063',
      'citation-key': 'raventos2023pretraining',
      type: 'article',
      title: 'Pretraining task diversity and the emergence of non-Bayesian in-context learning for regression',
      author: [
        { family: 'Raventós', given: 'Allan' },
        { family: 'Paul', given: 'Mansheej' },
      ],
      issued: { 'date-parts': [[2023, 6, 26]] },
      abstract: 'Pretrained transformers exhibit the remarkable ability of in-context learning (ICL).',
      publisher: 'arXiv',
      number: 'arXiv:2306.15063',
      version: '2',
      DOI: '10.48550/arXiv.2306.15063',
      URL: 'https://arxiv.org/abs/2306.15063',
      categories: ['cs.LG', 'cs.AI'],
      keyword: 'in-context learning',
      note: 'NeurIPS 2023, 28 pages',
    })
    const [odd] = JSON.parse(await formatPapers([tricky], 'csl-json'))
    expect(odd.author).toEqual([
      { family: 'Kaiser', given: 'Łukasz' },
      { literal: 'Research and Development Team' },
      { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
      { literal: 'DeepSeek-AI' },
    ])
  })
})

describe('--format csv', () => {
  it('writes a header and one row per paper that an RFC 4180 parser reads back', async () => {
    const { code, stdout } = await cli([...seedArgs, '--format', 'csv'])
    expect(code).toBe(0)
    expect(stdout.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(stdout, { columns: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(39)
    rows.forEach((row, index) => {
      expect(row.title).toBe(seed[index]?.title)
      expect(row.abstract).toBe(seed[index]?.abstract)
      // Absent is an empty cell, never a made-up value.
      for (const field of ['authorCount', 'comments', 'upvotes'] as const) {
        expect(row[field], `${index}.${field}`).toBe(String(seed[index]?.[field] ?? ''))
      }
    })
  })

  it('quotes commas, quotes and line breaks, and joins lists with `; `', async () => {
    const text = await formatPapers([tricky], 'csv')
    const [row] = parseCsv(text, { columns: true }) as Array<Record<string, string>>
    expect(row?.title).toBe(tricky.title)
    expect(row?.abstract).toBe(tricky.abstract)
    expect(row?.authors).toBe('Łukasz Kaiser; Research and Development Team; Ludwig van Beethoven; DeepSeek-AI')
    expect(row?.categories).toBe('cs.CL; cs.AI')
    expect(text).toContain(',"We say ""hi"", then\nleave; 100% sure.",')
  })
})

describe('--format ris', () => {
  it('writes the RefMan tags, CRLF, one ER per paper', async () => {
    expect(await formatPapers([arxiv], 'ris')).toBe(
      [
        'TY  - UNPB',
        'TI  - Pretraining task diversity and the emergence of non-Bayesian in-context learning for regression',
        'AU  - Raventós, Allan',
        'AU  - Paul, Mansheej',
        'PY  - 2023',
        'DA  - 2023/06/26/',
        'AB  - Pretrained transformers exhibit the remarkable ability of in-context learning (ICL).',
        'PB  - arXiv',
        'AN  - arXiv:2306.15063',
        'DO  - 10.48550/arXiv.2306.15063',
        'UR  - https://arxiv.org/abs/2306.15063',
        'L1  - https://arxiv.org/pdf/2306.15063v2',
        'KW  - in-context learning',
        'KW  - cs.LG',
        'KW  - cs.AI',
        'N1  - NeurIPS 2023, 28 pages',
        'ER  -',
        '',
      ].join('\r\n'),
    )
  })

  it('keeps each value on its line, and writes every seed paper', async () => {
    const text = await formatPapers([tricky], 'ris')
    expect(text).toContain('AB  - We say "hi", then leave; 100% sure.\r\n')
    expect(text).toContain('AU  - DeepSeek-AI\r\n')
    const { stdout } = await cli([...seedArgs, '--format', 'ris'])
    expect(stdout.match(/^TY {2}- GEN\r$/gm)).toHaveLength(39)
    expect(stdout.match(/^ER {2}-\r$/gm)).toHaveLength(39)
  })
})
