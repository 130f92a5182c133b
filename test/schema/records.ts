/** Records for the schema tests: every fixture's output, plus hand-made records of other sources. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '../../src/index.js'
import { readers } from '../../src/readers/index.js'

const root = new URL('../../fixtures/', import.meta.url).pathname

/** The papers of every fixture whose reader exists, by case name. */
export function fixtureRecords(): Array<[string, unknown]> {
  const records: Array<[string, unknown]> = []
  for (const reader of readers) {
    if (!existsSync(join(root, reader.name))) continue
    for (const name of readdirSync(join(root, reader.name))) {
      const folder = join(root, reader.name, name)
      const input = readdirSync(folder).find((item) => item.startsWith('input.'))
      if (!input) continue
      const options = existsSync(join(folder, 'options.json'))
        ? JSON.parse(readFileSync(join(folder, 'options.json'), 'utf8'))
        : {}
      const { papers } = parseSync(readFileSync(join(folder, input)), options)
      papers.forEach((paper, index) => {
        records.push([`${reader.name}/${name}#${index}`, JSON.parse(JSON.stringify(paper))])
      })
    }
  }
  return records
}

/** An arXiv record with every optional field filled, as an arXiv reader would make it. */
export const arxivRecord = {
  id: 'arxiv:2306.15063',
  title: 'Pretraining task diversity and the emergence of non-Bayesian in-context learning for regression',
  abstract: 'Pretrained transformers exhibit the remarkable ability of in-context learning (ICL).',
  authors: [{ name: 'Allan Raventós', affiliations: ['Stanford University'] }, { name: 'Mansheej Paul' }],
  authorCount: 2,
  publishedAt: '2023-06-26',
  updatedAt: '2023-11-02',
  submittedAt: '2023-06-27',
  announcedAt: '2023-06',
  upvotes: 3,
  comments: 0,
  arxivId: '2306.15063',
  arxivVersion: 2,
  url: 'https://arxiv.org/abs/2306.15063',
  pdfUrl: 'https://arxiv.org/pdf/2306.15063v2',
  summary: 'Task diversity decides when transformers stop behaving like Bayes.',
  comment: 'NeurIPS 2023, 28 pages',
  journalRef: 'Advances in Neural Information Processing Systems 36 (2023)',
  doi: '10.48550/arXiv.2306.15063',
  categories: ['cs.LG', 'cs.AI'],
  listingSection: 'New submissions',
  keywords: ['in-context learning'],
  organization: 'Stanford',
  submittedBy: 'akhaliq',
  thumbnail: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2306.15063.png',
  repositories: [
    {
      url: 'https://github.com/mansheej/icl-task-diversity',
      host: 'github.com',
      owner: 'mansheej',
      name: 'icl-task-diversity',
      official: true,
      evidence: 'Code is available at https://github.com/mansheej/icl-task-diversity',
      stars: 42,
    },
  ],
  projectPages: ['https://example.org/icl'],
  links: [{ url: 'https://huggingface.co/datasets/x/y', kind: 'dataset' }],
  datasets: [
    {
      name: 'GSM8K',
      canonical: 'gsm8k',
      role: 'used',
      known: true,
      confidence: 0.95,
      span: { start: 0, end: 5 },
      spans: [{ start: 0, end: 5 }],
    },
  ],
  source: {
    format: 'arxiv-atom',
    index: 0,
    input: 'feed.xml',
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 9, column: 3, offset: 200 } },
  },
  sources: [{ format: 'arxiv-atom', index: 0 }],
  provenance: {
    title: {
      plugin: 'metadata',
      method: 'arxiv-atom:title',
      inferred: ['year'],
      source: { format: 'arxiv-atom', index: 0 },
    },
  },
}

/** Copies of `record` that each break one rule, named by what they break. */
export function invalidVariants(record: unknown): Array<[string, unknown]> {
  const change = (name: string, edit: (copy: Record<string, unknown>) => void): [string, unknown] => {
    const copy = structuredClone(record) as Record<string, unknown>
    edit(copy)
    return [name, copy]
  }
  return [
    change('missing title', (copy) => delete copy.title),
    change('empty title', (copy) => (copy.title = '')),
    change('date 2024-13-45', (copy) => (copy.publishedAt = '2024-13-45')),
    change('date 2023-02-29', (copy) => (copy.updatedAt = '2023-02-29')),
    change('negative upvotes', (copy) => (copy.upvotes = -1)),
    change('fractional comments', (copy) => (copy.comments = 1.5)),
    change('upvotes as text', (copy) => (copy.upvotes = '12')),
    change('repository URL that is not a URL', (copy) => {
      copy.repositories = [{ url: 'not a url', host: 'github.com', official: true }]
    }),
    change('ftp project page', (copy) => (copy.projectPages = ['ftp://example.org/x'])),
    change('URL with a space', (copy) => (copy.url = 'https://exa mple.org/')),
    change('bad arXiv id', (copy) => (copy.arxivId = '2306.15063v2')),
    change('bad id', (copy) => (copy.id = 'paper-1')),
    change('month 2024-13', (copy) => (copy.announcedAt = '2024-13')),
    change('dataset role', (copy) => (copy.datasets = [{ name: 'x', role: 'made' }])),
    change('authors not a list', (copy) => (copy.authors = 'A. Author')),
    change('source index negative', (copy) => (copy.source = { format: 'x', index: -1 })),
    change('unknown top-level field', (copy) => (copy.conference = 'NeurIPS')),
    change('unknown nested field', (copy) => (copy.authors = [{ name: 'A', orcid: '0000' }])),
    change('unknown provenance field', (copy) => (copy.provenance = { title: { plugin: 'p', method: 'm', note: 1 } })),
  ]
}
