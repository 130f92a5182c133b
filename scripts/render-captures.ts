/**
 * Render real Hugging Face listings to markdown the way web-to-markdown crawlers do, for the
 * hf-markdown reader's fixtures (fixtures/hf-markdown/<case>/). Not part of the library.
 *
 *   npx tsx scripts/render-captures.ts
 *
 * Deterministic: the same sources give byte-identical captures. The sources are the real
 * pages in ../shared/fixtures/hf/ (the daily page's data-props JSON, an API response) and
 * the seed's hand-checked fixtures/hf-text/seed/expected.json. Every expected value is taken
 * from those source values here, never from papersift's output: this script imports nothing
 * of the reader.
 *
 * Cut captures: a value is expected only when its markdown construct (its link, or its text)
 * ends before the cut line's last complete link, or on an earlier line; the rest may be a
 * fragment. That is the rule the reader documents, applied here to the renderer's own offsets.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { selectAll } from 'hast-util-select'
import { VFile } from 'vfile'
import { attribute, parseHtml } from './lib/hast.js'

const root = new URL('..', import.meta.url).pathname
const shared = join(root, '..', '..', 'shared', 'fixtures', 'hf')
const out = join(root, 'fixtures', 'hf-markdown')
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** One paper as its source states it, plus what the card shows. */
interface Paper {
  id?: string
  title: string
  /** The abstract exactly as the source holds it (line breaks kept). */
  abstract?: string
  /** The AI summary, for trending cards. */
  aiSummary?: string
  authorCount?: number
  organization?: { name: string; fullname: string; avatar?: string }
  /** `YYYY-MM-DD`. */
  date?: string
  comments?: number
  upvotes?: number
  github?: { url: string; stars: number }
  avatars: string[]
  submittedBy?: string
}

/** The fields a record must have (`expected.json`) and the rest (`expected.extra.json`). */
interface Expected {
  record: Record<string, unknown>
  extra: Record<string, unknown>
}

type Field =
  | 'upvotes'
  | 'title'
  | 'abstract'
  | 'summary'
  | 'authorCount'
  | 'organization'
  | 'publishedAt'
  | 'comments'
  | 'links'

/** Markdown being written, with the offsets of each paper's constructs. */
class Capture {
  text = ''
  /** Every link and image, as [start, end). */
  constructs: Array<[number, number]> = []
  /** Per paper, the construct each field was read from. */
  spans: Array<Partial<Record<Field, [number, number]>>> = []
  definitions: string[] = []
  constructor(readonly style: 'inline' | 'reference') {}

  add(text: string): [number, number] {
    const start = this.text.length
    this.text += text
    return [start, this.text.length]
  }

  /** `[text](url)` or `[text][n]`; `text` is markdown already. */
  link(text: string, url: string, reference = this.style === 'reference'): [number, number] {
    let span: [number, number]
    if (reference) {
      this.definitions.push(url)
      span = this.add(`[${text}][${this.definitions.length}]`)
    } else span = this.add(`[${text}](${url})`)
    this.constructs.push(span)
    return span
  }

  image(url: string, alt = ''): [number, number] {
    const span = this.add(`![${alt}](${url})`)
    this.constructs.push(span)
    return span
  }

  /** A link whose text holds other constructs: record the outer span after writing them. */
  wrap(write: () => void, url: string): [number, number] {
    const start = this.add('[')[0]
    write()
    if (this.style === 'reference') {
      this.definitions.push(url)
      this.add(`][${this.definitions.length}]`)
    } else this.add(`](${url})`)
    const span: [number, number] = [start, this.text.length]
    this.constructs.push(span)
    return span
  }

  set(paper: number, field: Field, span: [number, number]): void {
    const spans = this.spans[paper] ?? {}
    spans[field] = span
    this.spans[paper] = spans
  }

  withDefinitions(): string {
    if (this.definitions.length === 0) return this.text
    return `${this.text}\n${this.definitions.map((url, index) => `[${index + 1}]: ${url}`).join('\n')}\n`
  }
}

/** turndown's escaping of text (what crawlers built on it write). */
function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/\\/g, '\\\\')
        .replace(/\*/g, '\\*')
        .replace(/^-/g, '\\-')
        .replace(/^\+ /g, '\\+ ')
        .replace(/^(=+)/g, '\\$1')
        .replace(/^(#{1,6}) /g, '\\$1 ')
        .replace(/`/g, '\\`')
        .replace(/^~~~/g, '\\~~~')
        .replace(/\[/g, '\\[')
        .replace(/\]/g, '\\]')
        .replace(/^>/g, '\\>')
        .replace(/_/g, '\\_')
        .replace(/^(\d+)\. /g, '$1\\. '),
    )
    .join('\n')
}

/** A date as the card prints it: no year when it is the capture's year. */
function printDate(iso: string, captureYear: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  const short = `${months[month - 1]} ${day}`
  return year === captureYear ? short : `${short}, ${year}`
}

function stars(count: number): string {
  if (count < 1000) return String(count)
  return `${(count / 1000).toFixed(1).replace(/\.0$/, '')}k`
}

const paperUrl = (id: string) => `https://huggingface.co/papers/${id}`
const loginUrl = (id: string | undefined) =>
  `https://huggingface.co/login?next=${encodeURIComponent(id ? `/papers/${id}` : '/papers')}`
const whitespace = (text: string) => text.replace(/\s+/g, ' ').trim()

// ---------------------------------------------------------------------------------------
// Sources

/** The daily page's papers, from its `data-props` JSON (the page's own values). */
function dailyPapers(): { papers: Paper[]; date: string } {
  const file = new VFile({ value: readFileSync(join(shared, 'daily-2024-08-01-slbqc.html')) })
  const tree = parseHtml(file)
  const [hydrater] = selectAll('[data-target="DailyPapers"]', tree)
  const props = hydrater && attribute(hydrater, 'dataProps')
  if (!props) throw new Error('No DailyPapers data-props in the daily page')
  const data = JSON.parse(props) as {
    date: string
    dailyPapers: Array<{
      numComments: number
      paper: {
        id: string
        title: string
        summary: string
        upvotes: number
        publishedAt: string
        authors: Array<{ user?: { avatarUrl: string } }>
      }
    }>
  }
  const papers = data.dailyPapers.map(({ paper, numComments }) => ({
    id: paper.id,
    title: paper.title,
    abstract: paper.summary,
    authorCount: paper.authors.length,
    date: paper.publishedAt.slice(0, 10),
    comments: numComments,
    upvotes: paper.upvotes,
    avatars: paper.authors
      .flatMap((author) => (author.user ? [new URL(author.user.avatarUrl, 'https://huggingface.co/').href] : []))
      .slice(0, 3),
  }))
  return { papers, date: data.date.slice(0, 10) }
}

/** The seed's papers, from its hand-checked expected.json (no ids, no upvotes on that page). */
function seedPapers(): Paper[] {
  const expected = JSON.parse(
    readFileSync(join(root, 'fixtures', 'hf-text', 'seed', 'expected.json'), 'utf8'),
  ) as Array<{
    title: string
    abstract?: string
    authorCount?: number
    publishedAt?: string
    comments?: number
  }>
  return expected.map((paper) => {
    const out: Paper = { title: paper.title, avatars: [] }
    if (paper.abstract) out.abstract = paper.abstract
    if (paper.authorCount !== undefined) out.authorCount = paper.authorCount
    if (paper.publishedAt) out.date = paper.publishedAt
    if (paper.comments !== undefined) out.comments = paper.comments
    return out
  })
}

/** An API response's papers (ai_summary, githubRepo/githubStars, organization). */
function apiPapers(name: string): Paper[] {
  const items = JSON.parse(readFileSync(join(shared, name), 'utf8')) as Array<{
    numComments: number
    organization?: { name: string; fullname: string; avatar?: string }
    submittedBy?: { name: string }
    paper: {
      id: string
      title: string
      summary: string
      ai_summary?: string
      upvotes: number
      publishedAt: string
      githubRepo?: string
      githubStars?: number
      organization?: { name: string; fullname: string; avatar?: string }
      authors: Array<{ user?: { avatarUrl: string } }>
    }
  }>
  return items.map(({ paper, numComments, organization, submittedBy }) => {
    const out: Paper = {
      id: paper.id,
      title: paper.title,
      abstract: paper.summary,
      authorCount: paper.authors.length,
      date: paper.publishedAt.slice(0, 10),
      comments: numComments,
      upvotes: paper.upvotes,
      avatars: paper.authors
        .flatMap((author) => (author.user ? [new URL(author.user.avatarUrl, 'https://huggingface.co/').href] : []))
        .slice(0, 4),
    }
    if (paper.ai_summary) out.aiSummary = paper.ai_summary
    const org = organization ?? paper.organization
    if (org) out.organization = org
    if (paper.githubRepo) out.github = { url: paper.githubRepo, stars: paper.githubStars ?? 0 }
    if (submittedBy) out.submittedBy = submittedBy.name
    return out
  })
}

// ---------------------------------------------------------------------------------------
// Page layouts

const dailyChrome = (date: string) =>
  [
    'new',
    'Get trending papers in your email inbox once a day!',
    'Get trending papers in your email inbox!',
    '[Subscribe](https://huggingface.co/login?next=%2Fpapers)',
    '# Daily Papers',
    '## by [![](https://huggingface.co/front/assets/papers-by.png)AK](https://huggingface.co/akhaliq) and the research community',
    '- Daily\n- Weekly\n- Monthly',
    '[Trending Papers](https://huggingface.co/papers/trending)',
    date,
  ].join('\n\n')

/**
 * A search or daily page as firecrawl renders it: upvote box, title heading, the abstract
 * as the text of a link to the paper with `\\` hard breaks, the author block as one link,
 * `·`, the date with the comment count linked after it.
 */
function searchCard(capture: Capture, paper: Paper, index: number, captureYear: number): void {
  const url = paper.id ? paperUrl(paper.id) : `https://huggingface.co/papers?q=${encodeURIComponent(paper.title)}`
  const box = capture.link(paper.upvotes ? String(paper.upvotes) : '-', loginUrl(paper.id))
  if (paper.upvotes) capture.set(index, 'upvotes', box)
  capture.add('\n\n### ')
  capture.set(index, 'title', capture.link(escapeMarkdown(paper.title), url))
  capture.add('\n\n')
  if (paper.abstract) {
    const text = escapeMarkdown(paper.abstract).split('\n').join('\\\\\n')
    capture.set(index, 'abstract', capture.link(text, url))
    capture.add('\n\n')
  }
  if (paper.authorCount !== undefined) {
    const span = capture.wrap(() => {
      for (const avatar of paper.avatars) {
        capture.add('- ')
        capture.image(avatar)
        capture.add('\\\\\n')
      }
      capture.add(`- ${paper.authorCount} authors`)
    }, url)
    capture.set(index, 'authorCount', span)
    capture.add('\n\n')
  }
  if (paper.date) {
    capture.add('·\n\n')
    capture.set(index, 'publishedAt', capture.add(printDate(paper.date, captureYear)))
    if (paper.comments) capture.set(index, 'comments', capture.link(String(paper.comments), `${url}#community`))
    capture.add('\n\n')
  }
}

/**
 * A trending page as a structured-HTML extractor renders it: thumbnail, submitter, title,
 * the AI summary (or the abstract) as plain text, the organisation link or the author list
 * with `· Published on <date>`, then the upvote box and the GitHub/arXiv links.
 */
function trendingCard(capture: Capture, paper: Paper, index: number, captureYear: number, published: boolean): void {
  const id = paper.id as string
  capture.wrap(
    () => capture.image(`https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png`),
    paperUrl(id),
  )
  capture.add('\n\n')
  if (paper.submittedBy) capture.add(`Submitted by\n\n${escapeMarkdown(paper.submittedBy)}\n\n`)
  capture.add('### ')
  capture.set(index, 'title', capture.link(escapeMarkdown(paper.title), paperUrl(id)))
  capture.add('\n\n')
  const text = paper.aiSummary ?? paper.abstract
  if (text) capture.set(index, paper.aiSummary ? 'summary' : 'abstract', capture.add(escapeMarkdown(text)))
  capture.add('\n\n')
  if (paper.organization) {
    const { fullname, name, avatar } = paper.organization
    const start = capture.text.length
    const span = capture.wrap(() => {
      if (avatar) capture.image(avatar, name)
      capture.add(` ${escapeMarkdown(fullname)}`)
    }, `https://huggingface.co/${name}`)
    capture.set(index, 'organization', [start, span[1]])
  } else {
    for (const avatar of paper.avatars) {
      capture.add('- ')
      capture.image(avatar)
      capture.add('\n\n')
    }
    capture.set(index, 'authorCount', capture.add(`- ${paper.authorCount} authors`))
    capture.add('\n\n')
  }
  if (paper.date) {
    capture.add(`${paper.organization ? ' ' : ''}· ${published ? 'Published on ' : ''}`)
    capture.set(index, 'publishedAt', capture.add(printDate(paper.date, captureYear)))
  }
  capture.add('\n\n')
  const box = capture.link(`Upvote\n\n${paper.upvotes}`, loginUrl(id))
  if (paper.upvotes) capture.set(index, 'upvotes', box)
  capture.add('\n\n')
  const start = capture.text.length
  if (paper.github) {
    capture.link(`GitHub ${stars(paper.github.stars)}`, paper.github.url)
    capture.add(' ')
  }
  capture.link('arXiv Page', `https://arxiv.org/abs/${id}`)
  capture.set(index, 'links', [start, capture.text.length])
  capture.add('\n\n')
}

// ---------------------------------------------------------------------------------------
// Expected values, from the sources

function expected(paper: Paper, trending: boolean, referenceResolved: boolean): Expected {
  const record: Record<string, unknown> = { title: whitespace(paper.title) }
  const extra: Record<string, unknown> = {}
  if (trending && paper.aiSummary) extra.summary = whitespace(paper.aiSummary)
  else if (paper.abstract) record.abstract = whitespace(paper.abstract)
  if (trending && paper.organization) extra.organization = whitespace(paper.organization.fullname)
  else if (paper.authorCount !== undefined) record.authorCount = paper.authorCount
  if (paper.date) record.publishedAt = paper.date
  if (paper.upvotes) record.upvotes = paper.upvotes
  if (paper.comments && !trending) record.comments = paper.comments
  if (paper.id && referenceResolved) {
    record.arxivId = paper.id
    record.url = paperUrl(paper.id)
  }
  if (trending) {
    const links: Array<{ url: string; text: string }> = []
    if (paper.github) links.push({ url: paper.github.url, text: `GitHub ${stars(paper.github.stars)}` })
    links.push({ url: `https://arxiv.org/abs/${paper.id}`, text: 'arXiv Page' })
    extra.links = links
  }
  return { record, extra }
}

/** The fields a cut capture still holds completely (see the file comment). */
function survive(capture: Capture, index: number, cut: number, full: Expected): Expected | undefined {
  const lineStart = capture.text.lastIndexOf('\n', cut - 1) + 1
  let safe = lineStart
  for (const [, end] of capture.constructs) if (end > safe && end <= cut) safe = end
  const spans = capture.spans[index] ?? {}
  const ok = (field: Field) => {
    const span = spans[field]
    return span !== undefined && span[1] <= safe
  }
  if (!ok('title')) return undefined
  const pick = (from: Record<string, unknown>, to: Record<string, unknown>, key: string, field: Field) => {
    if (from[key] !== undefined && ok(field)) to[key] = from[key]
  }
  const record: Record<string, unknown> = {}
  const extra: Record<string, unknown> = {}
  for (const key of ['title', 'arxivId', 'url']) if (full.record[key] !== undefined) record[key] = full.record[key]
  for (const key of ['abstract', 'authorCount', 'publishedAt', 'upvotes', 'comments'] as const)
    pick(full.record, record, key, key)
  for (const key of ['summary', 'organization', 'links'] as const) pick(full.extra, extra, key, key)
  return { record, extra }
}

/** A deterministic generator (mulberry32), for cut points. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** A cut point between `from` and `to`, inside a line (never at a line break). */
function cutPoint(text: string, from: number, to: number, seed: number): number {
  let at = from + Math.floor(random(seed)() * (to - from))
  while (at < to && (text[at] === '\n' || text[at - 1] === '\n' || text[at] === ' ')) at++
  return at
}

// ---------------------------------------------------------------------------------------
// Cases

interface Case {
  name: string
  input: string
  expected: Expected[]
  options?: Record<string, unknown>
  notes: string
}

function write(item: Case): void {
  const folder = join(out, item.name)
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'input.md'), item.input)
  writeFileSync(
    join(folder, 'expected.json'),
    `${JSON.stringify(
      item.expected.map((entry) => entry.record),
      null,
      2,
    )}\n`,
  )
  writeFileSync(
    join(folder, 'expected.extra.json'),
    `${JSON.stringify(
      item.expected.map((entry) => entry.extra),
      null,
      2,
    )}\n`,
  )
  if (item.options) writeFileSync(join(folder, 'options.json'), `${JSON.stringify(item.options)}\n`)
  const bytes = Buffer.byteLength(item.input)
  const sha = createHash('sha256').update(item.input).digest('hex')
  writeFileSync(
    join(folder, 'SOURCE.md'),
    `# ${item.name}: DERIVED capture (not a real crawl)\n\n${item.notes}\n\n` +
      '## How it was made\n\n' +
      'Generated by `npx tsx scripts/render-captures.ts` (deterministic; rerun to check). The script renders\n' +
      "the source's own per-paper values into markdown shaped like real crawler captures of Hugging Face\n" +
      'papers pages (firecrawl-style search cards: upvote box, title heading, abstract as link text with `\\\\`\n' +
      'hard breaks, author block inside a link, `·`, date with the `#community` count link; or a structured\n' +
      "extractor's trending cards: plain AI summary, organisation link, `Upvote N` box after the title, GitHub\n" +
      "star and arXiv links), with turndown's escaping.\n\n" +
      `- \`input.md\`: ${bytes} bytes, sha256 \`${sha}\`\n` +
      '- `expected.json`: the shared fixture fields of each record, **taken from the source values by the\n' +
      '  script** (whitespace collapsed, dates `YYYY-MM-DD` from the source timestamps), never from papersift.\n' +
      '- `expected.extra.json`: per record, the fields outside the shared list (`summary`, `organization`,\n' +
      "  the card's other links), from the same source values.\n",
  )
}

function main(): void {
  const daily = dailyPapers()
  // The page's newest timestamp is 2024-08-09T17:43Z (MANIFEST); the capture can be no earlier.
  const dailyCaptured = '2024-08-09'
  const dailyUrl = `https://huggingface.co/papers?date=${daily.date}`
  const dailySource =
    "Source: `../shared/fixtures/hf/daily-2024-08-01-slbqc.html` (slbqc/dailay_paper_info : `huggingface_papers.html` @ 528ae653aff65ac7b0ac52052af7c99ec6ffb973), the real Daily Papers page for 2024-08-01. Its `data-props` JSON (`dailyPapers[]`) gives each paper's id, title, abstract (`paper.summary`), authors, `paper.publishedAt`, upvotes and `numComments`; the cards show the same 13 papers in the same order. The HTML card of 2024 shows neither abstract nor date: the capture renders them as the current search/daily card does."

  // 1. Inline links, YAML front matter header, year-less dates resolved from the capture date.
  {
    const capture = new Capture('inline')
    capture.add(`---\nurl: ${dailyUrl}\nretrieved: ${dailyCaptured}\ntitle: Daily Papers - Hugging Face\n---\n`)
    capture.add(`${dailyChrome('Aug 1')}\n\n`)
    for (const [index, paper] of daily.papers.entries()) searchCard(capture, paper, index, 2024)
    capture.add(
      '[Previous](https://huggingface.co/papers?date=2024-07-31)\n\n[Next](https://huggingface.co/papers?date=2024-08-02)\n',
    )
    write({
      name: 'daily-inline',
      input: capture.text,
      expected: daily.papers.map((paper) => expected(paper, false, true)),
      notes: `${dailySource}\n\nInline links; YAML front matter with \`url:\` and \`retrieved: ${dailyCaptured}\` (the page's newest timestamp is 2024-08-09T17:43Z). Dates are printed without the year, as the site does for the current year, so they resolve through the capture date.`,
    })
  }

  // 2. Reference links with their definitions, no header: the reference date is an option.
  {
    const capture = new Capture('reference')
    capture.add(`${dailyChrome('Aug 1')}\n\n`)
    for (const [index, paper] of daily.papers.entries()) searchCard(capture, paper, index, 2024)
    write({
      name: 'daily-reference',
      input: capture.withDefinitions(),
      expected: daily.papers.map((paper) => expected(paper, false, true)),
      options: { referenceDate: dailyCaptured },
      notes: `${dailySource}\n\nReference-style links (\`[text][n]\`, definitions \`[n]: url\` at the end, as turndown writes them); no capture header, so \`options.json\` gives the reference date ${dailyCaptured} for the year-less dates.`,
    })
  }

  // 3. Inline links, `# Web source` header, cut at a random point and marked `[Content truncated]`.
  {
    const capture = new Capture('inline')
    capture.add(`# Web source\n\n- URL: ${dailyUrl}\n- Captured (UTC): ${dailyCaptured} 18:02:11 UTC\n\n`)
    capture.add(`${dailyChrome('Aug 1')}\n\n`)
    const starts: number[] = []
    daily.papers.forEach((paper, index) => {
      starts.push(capture.text.length)
      searchCard(capture, paper, index, 2024)
    })
    const cut = cutPoint(capture.text, starts[5] as number, capture.text.length, 20240809)
    const items = daily.papers.flatMap((paper, index) => {
      const kept = survive(capture, index, cut, expected(paper, false, true))
      return kept ? [kept] : []
    })
    write({
      name: 'daily-truncated',
      input: `${capture.text.slice(0, cut)}\n\n[Content truncated]\n`,
      expected: items,
      notes: `${dailySource}\n\nInline links; a \`# Web source\` header with \`- URL:\` and \`- Captured (UTC): ${dailyCaptured} 18:02:11 UTC\` (a time just after the page's newest timestamp; the real capture time is unknown). Cut at offset ${cut} (a seeded random point after the sixth card) and followed by \`[Content truncated]\`, as size-limited crawlers do. \`expected.json\` holds the ${items.length} cards before the cut; the cut card keeps only the values whose markdown was complete before the cut.`,
    })
  }

  // 4. The seed as reference links, cut at a random point before the definitions: no URLs at all.
  {
    const seed = seedPapers()
    const capture = new Capture('reference')
    capture.add(`${dailyChrome('Dec 8')}\n\n`)
    const starts: number[] = []
    seed.forEach((paper, index) => {
      starts.push(capture.text.length)
      searchCard(capture, paper, index, 2025)
    })
    const cut = cutPoint(capture.text, starts[20] as number, capture.text.length, 20251208)
    const items = seed.flatMap((paper, index) => {
      const kept = survive(capture, index, cut, expected(paper, false, false))
      return kept ? [kept] : []
    })
    write({
      name: 'seed-reference-cut',
      input: capture.text.slice(0, cut),
      expected: items,
      options: { referenceDate: '2025-12-08' },
      notes: `Source: \`fixtures/hf-text/seed/input.txt\` (a browser copy of a Hugging Face papers search page, captured 2025-12-08) through its hand-checked \`fixtures/hf-text/seed/expected.json\`: titles, abstracts, author counts, dates, comment counts. That page shows no upvotes and no arXiv ids, so the upvote boxes are \`-\` and the links' targets unknown.\n\nReference-style links; no header (\`options.json\`: reference date 2025-12-08, as the seed's). Dates print without the year when it is 2025, as the page did. Cut without a marker at offset ${cut} (a seeded random point after the 21st card), so every \`[n]: url\` definition is missing: no record has a URL or arXiv id. \`expected.json\` holds the ${items.length} cards before the cut; the cut card keeps only the values complete before it.`,
    })
  }

  // 5. Trending layout from an API response: AI summaries, organisations, GitHub stars, a repeated card.
  {
    const papers = apiPapers('api-daily_papers-2026-05-08.json')
    const capture = new Capture('inline')
    capture.add('---\nurl: https://huggingface.co/papers/date/2026-05-08\ncaptured_at: "2026-05-08T22:30:00Z"\n---\n')
    capture.add(
      'new\n\nGet trending papers in your email inbox!\n\n[Subscribe](https://huggingface.co/login?next=%2Fpapers)\n\n# Trending Papers\n\n',
    )
    papers.forEach((paper, index) => {
      trendingCard(capture, paper, index, 2026, true)
      // The extractor repeats the first card (the page's second, responsive copy of it).
      if (index === 0) trendingCard(capture, paper, index, 2026, false)
    })
    capture.add('Trending Papers ranked by GitHub stars activity\n')
    write({
      name: 'trending-summaries',
      input: capture.text,
      expected: papers.map((paper) => expected(paper, true, true)),
      notes:
        "Source: `../shared/fixtures/hf/api-daily_papers-2026-05-08.json` (zzjjay/llm-paper-radar : `tests/fixtures/hf_daily_response.json` @ 5568027fc3782c83e80c981b673ad439bc9cf4ac), a real `/api/daily_papers` response: 37 papers with `ai_summary`, `organization`, `githubRepo`/`githubStars`, upvotes and dates. Its newest timestamp is 2026-05-08T22:17Z.\n\nTrending layout (as a structured-HTML extractor renders that page): the AI summary as plain text (the abstract for the two papers without one), the organisation link or the author list, `· Published on <date>`, `Upvote N` after the title, `[GitHub <stars>](repo)` and `[arXiv Page](…)` links; no comment counts on these cards. The first card appears twice (the second copy without `Published on`), as that extractor repeats cards: one record is expected. YAML header with `captured_at: 2026-05-08T22:30:00Z` (a time just after the response's newest timestamp; the real capture time is unknown).",
    })
  }
}

main()
