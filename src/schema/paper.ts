import { z } from 'zod'
import { paperIdPattern, paperUrlPattern } from './patterns.js'
import { PositionSchema } from './position.js'

/** `YYYY-MM-DD`, a real calendar day. */
export const IsoDateSchema = z.iso.date().meta({ description: 'A calendar date, `YYYY-MM-DD`.' })

/** A new-style (`2301.01234`) or old-style (`hep-th/9901001`) arXiv identifier without version. */
export const ArxivIdSchema = z
  .string()
  .regex(/^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/)
  .meta({ description: 'arXiv identifier without version suffix, e.g. `2306.15063` or `hep-th/9901001`.' })

// The pattern repeats in the JSON Schema (which cannot express WHATWG URL parsing), so both reject
// the same non-URLs: a scheme other than http(s), no host, whitespace.
const url = z.url({ protocol: /^https?$/ }).regex(paperUrlPattern)

/** One listed author: the name as the page lists it, and affiliations when the source gives them. */
export const AuthorSchema = z
  .object({
    name: z.string().min(1).meta({ description: 'The author’s name as the page lists it.' }),
    affiliations: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Affiliations, when the source gives them.' }),
  })
  .meta({ description: 'One listed author.' })
/** One listed author (see {@link AuthorSchema}). */
export type Author = z.infer<typeof AuthorSchema>

const RepositorySourceSchema = z
  .object({
    plugin: z.string().min(1).optional().meta({ description: 'The plugin that found it.' }),
    origin: z.string().min(1).meta({
      description:
        'Where it was found: a text field (`abstract`, `comment`, `summary`), a link (`link`, or `link:<where the link sits>`) or a structured field (`field:githubRepo`).',
    }),
    position: PositionSchema.optional().meta({ description: 'Where in the input.' }),
  })
  .meta({ description: 'One place an entry gives a repository.' })

/** A code repository an entry links to: canonical URL, host, owner, name, whether the paper releases it, and where it was found. */
export const RepositorySchema = z
  .object({
    url: url.meta({ description: 'Canonical repository URL, `https://<host>/<owner>/<repo>`.' }),
    host: z.string().min(1).meta({ description: 'Host name, e.g. `github.com`.' }),
    owner: z.string().min(1).optional().meta({ description: 'Owner (user, organisation or group path).' }),
    name: z.string().min(1).optional().meta({ description: 'Repository name.' }),
    official: z
      .boolean()
      .meta({ description: '`true` when the paper releases this code, `false` when it only cites it.' }),
    evidence: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The sentence (or field name) the repository and its role were read from.' }),
    stars: z.number().int().min(0).optional().meta({ description: 'Star count, when the listing shows one.' }),
    sources: z
      .array(RepositorySourceSchema)
      .optional()
      .meta({ description: 'Every place the entry gives this repository, in the order found (one record for all).' }),
  })
  .meta({ description: 'A code repository the entry links to.' })
/** A code repository an entry links to (see {@link RepositorySchema}). */
export type Repository = z.infer<typeof RepositorySchema>

/** A span of the normalised abstract: UTF-16 offsets, `end` exclusive. */
export const TextSpanSchema = z
  .object({
    start: z.number().int().min(0).meta({ description: 'Offset of the first character, 0-indexed.' }),
    end: z.number().int().min(0).meta({ description: 'Offset just past the last character.' }),
  })
  .refine((span) => span.end > span.start, { message: 'Expected `end` after `start`' })
  .meta({ description: 'A span of the normalised abstract (`Paper.abstract`), as UTF-16 offsets.' })
export type TextSpan = z.infer<typeof TextSpanSchema>

/** A dataset or benchmark an abstract mentions: its name, gazetteer id, role, confidence and spans. */
export const DatasetMentionSchema = z
  .object({
    name: z.string().min(1).meta({ description: 'The dataset name as written (at its first mention).' }),
    canonical: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The gazetteer id when the dataset is known, e.g. `coco` for MS COCO, MSCOCO and COCO.' }),
    role: z
      .enum(['introduced', 'used'])
      .meta({ description: '`introduced` when the paper creates it, `used` otherwise.' }),
    known: z.boolean().meta({ description: '`true` when the gazetteer knows it, `false` when found from context.' }),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: 'How sure the extractor is that this is a dataset, 0..1.' }),
    span: TextSpanSchema.meta({ description: 'The first mention in the abstract.' }),
    spans: z
      .array(TextSpanSchema)
      .min(1)
      .meta({ description: 'Every mention in the abstract, in order; the first is `span`.' }),
  })
  .meta({ description: 'A dataset or benchmark the entry mentions.' })
/** A dataset or benchmark an abstract mentions (see {@link DatasetMentionSchema}). */
export type DatasetMention = z.infer<typeof DatasetMentionSchema>

/** A link that is neither code nor a project page: a model, dataset, archive, paper, demo or other. */
export const LinkSchema = z
  .object({
    url: url.meta({ description: 'The URL, normalised.' }),
    kind: z.enum(['model', 'dataset', 'archive', 'paper', 'demo', 'other']).meta({
      description:
        'What the link points at: a model or dataset hub page, an archive (Zenodo, Figshare), a paper, a demo, or other.',
    }),
  })
  .meta({ description: 'A link that is neither code nor a project page.' })
/** A link that is neither code nor a project page (see {@link LinkSchema}). */
export type Link = z.infer<typeof LinkSchema>

const yearMonth = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/)
  .meta({ description: 'A month, `YYYY-MM`.' })

/**
 * Which reader and which entry a record came from, and, after a merge, from which input. papersift
 * writes the reader's name twice: `reader`, and `format`, its name before schema 1.1.0, which stays
 * required until 2.0.0 so records and consumers of 1.0.0 keep working.
 */
export const SourceSchema = z
  .object({
    reader: z.string().min(1).optional().meta({
      description:
        'The reader that read the entry, e.g. `hf-text` (since schema 1.1.0; the same as `format`, which older records carry alone).',
    }),
    format: z.string().min(1).meta({
      description: 'Deprecated: the same as `reader`, its name before schema 1.1.0; kept until schema 2.0.0.',
    }),
    index: z.number().int().min(0).meta({ description: 'The entry’s index in its document, 0-based.' }),
    position: PositionSchema.optional().meta({ description: 'Where the entry is in the input.' }),
    input: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The input’s name (a file path), when records of several inputs were merged.' }),
  })
  .meta({ description: 'Which reader and which entry a record came from.' })
/** Which reader and which entry a record came from (see {@link SourceSchema}). */
export type Source = z.infer<typeof SourceSchema>

/** Where one field of a record came from: the plugin, how, where in the input, what was inferred. */
export const ProvenanceSchema = z
  .object({
    plugin: z.string().min(1).meta({ description: 'Name of the plugin (or `core`) that set the field.' }),
    method: z.string().min(1).meta({ description: 'How the value was found, e.g. `hf-text:date-line`.' }),
    position: PositionSchema.optional().meta({ description: 'Where in the input the value came from.' }),
    inferred: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Parts of the value that were inferred rather than read, e.g. `["year"]`.' }),
    source: SourceSchema.optional().meta({
      description: 'The record the value was taken from, when `mergePapers` combined records of several sources.',
    }),
  })
  .meta({ description: 'Where one field of a record came from.' })
/** Where one field of a record came from (see {@link ProvenanceSchema}). */
export type Provenance = z.infer<typeof ProvenanceSchema>

/**
 * One paper, as read from a listing: what `parse` returns and `validatePapers` checks. Every
 * field has a description, so `z.toJSONSchema(PaperSchema)` is self-describing.
 */
export const PaperSchema = z
  .object({
    id: z.string().regex(paperIdPattern).meta({
      description:
        'Stable id: `arxiv:<id>` when the arXiv id is known, else `doi:<DOI, lower-cased>` when the DOI is, else `title:<hash of the normalised title>`.',
    }),
    title: z.string().min(1).meta({ description: 'Title, whitespace normalised.' }),
    abstract: z.string().min(1).optional().meta({ description: 'Abstract, whitespace normalised.' }),
    authors: z.array(AuthorSchema).meta({ description: 'Authors the page lists, in order (may be empty).' }),
    authorCount: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'Number of authors the page states, or the number of listed authors.' }),
    publishedAt: IsoDateSchema.optional().meta({ description: 'Publication date (first version), `YYYY-MM-DD`.' }),
    year: z
      .number()
      .int()
      .min(1000)
      .max(9999)
      .optional()
      .meta({ description: 'Year of publication, when the source shows a year rather than a day.' }),
    updatedAt: IsoDateSchema.optional().meta({ description: 'Date of the latest version, `YYYY-MM-DD`.' }),
    submittedAt: IsoDateSchema.optional().meta({
      description: 'Day the listing says the paper was submitted to it (Hugging Face Daily Papers).',
    }),
    announcedAt: yearMonth.optional().meta({ description: 'Month arXiv first announced the paper, `YYYY-MM`.' }),
    upvotes: z.number().int().min(0).optional().meta({ description: 'Upvotes shown on the listing.' }),
    comments: z.number().int().min(0).optional().meta({ description: 'Number of comments shown on the listing.' }),
    arxivId: ArxivIdSchema.optional(),
    arxivVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'arXiv version number, when the source gives it.' }),
    url: url.optional().meta({ description: 'The paper’s page.' }),
    pdfUrl: url.optional().meta({ description: 'The paper’s PDF.' }),
    summary: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'A short (often machine-written) summary shown instead of or beside the abstract.' }),
    comment: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The authors’ comment line (arXiv `Comments:`), e.g. `Accepted at NeurIPS 2025`.' }),
    journalRef: z.string().min(1).optional().meta({ description: 'Journal reference as given.' }),
    venue: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Where the paper appeared, as the source names it (a conference, journal or workshop).' }),
    pages: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Pages in the proceedings or issue, as given, e.g. `1–10`.' }),
    citedBy: z.number().int().min(0).optional().meta({
      description: 'How many works cite it, as the source counts them (e.g. Google Scholar, Semantic Scholar).',
    }),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/)
      .optional()
      .meta({ description: 'DOI, without a resolver prefix.' }),
    categories: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Subject categories, primary first (arXiv).' }),
    listingSection: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The listing section the paper appeared in (e.g. new submissions, cross-lists, a day).' }),
    keywords: z.array(z.string().min(1)).optional().meta({ description: 'Keywords the source gives.' }),
    organization: z.string().min(1).optional().meta({ description: 'Organisation the listing credits.' }),
    submittedBy: z.string().min(1).optional().meta({ description: 'Who submitted the paper to the listing.' }),
    thumbnail: url.optional().meta({ description: 'Thumbnail image URL.' }),
    confidence: z.number().min(0).max(1).optional().meta({
      description:
        'How sure a generic reader (one that reads pages it has no rules for) is that this record is a paper, 0..1; absent from site readers, which know their pages.',
    }),
    repositories: z.array(RepositorySchema).meta({ description: 'Code repositories linked from the entry.' }),
    projectPages: z.array(url).meta({ description: 'Project pages linked from the entry.' }),
    links: z.array(LinkSchema).meta({ description: 'Other links: models, datasets, archives, papers, demos.' }),
    datasets: z.array(DatasetMentionSchema).meta({ description: 'Datasets and benchmarks the entry mentions.' }),
    source: SourceSchema,
    sources: z.array(SourceSchema).min(1).optional().meta({
      description: 'Every record `mergePapers` combined into this one, highest priority first.',
    }),
    // May be absent (since schema 1.2.0): records written with `provenance: false` or
    // `--no-provenance` leave it out. Read as none: a checked record gets `{}`, so `Paper` keeps it.
    provenance: z
      .record(z.string(), ProvenanceSchema)
      .default(() => ({}))
      .meta({
        description:
          'For each filled field, which plugin set it and from where. May be absent (records written without it, `--no-provenance`): then none is known.',
      }),
  })
  .meta({ description: 'One paper, as read from a listing.' })
/**
 * One paper, as read from a listing: what `parse` returns and `validatePapers` checks.
 * Written out as an interface so editors show it by name; `PaperSchema` is its source of truth
 * (a type test checks that the two agree, both ways).
 */
export interface Paper {
  /** Stable id: `arxiv:<id>` when the arXiv id is known, else `doi:<DOI, lower-cased>` when the DOI is, else `title:<hash of the normalised title>` (see `paperId`). */
  id: string
  /** Title, whitespace normalised. */
  title: string
  /** Abstract, whitespace normalised. */
  abstract?: string | undefined
  /** Authors the page lists, in order (may be empty). */
  authors: Author[]
  /** Number of authors the page states, or the number of listed authors. */
  authorCount?: number | undefined
  /** Publication date (first version), `YYYY-MM-DD`. */
  publishedAt?: string | undefined
  /** Year of publication, when the source shows a year rather than a day. */
  year?: number | undefined
  /** Date of the latest version, `YYYY-MM-DD`. */
  updatedAt?: string | undefined
  /** Day the listing says the paper was submitted to it (Hugging Face Daily Papers), `YYYY-MM-DD`. */
  submittedAt?: string | undefined
  /** Month arXiv first announced the paper, `YYYY-MM`. */
  announcedAt?: string | undefined
  /** Upvotes shown on the listing. */
  upvotes?: number | undefined
  /** Number of comments shown on the listing. */
  comments?: number | undefined
  /** arXiv identifier without version suffix, e.g. `2306.15063` or `hep-th/9901001`. */
  arxivId?: string | undefined
  /** arXiv version number, when the source gives it. */
  arxivVersion?: number | undefined
  /** The paper’s page (an http(s) URL). */
  url?: string | undefined
  /** The paper’s PDF (an http(s) URL). */
  pdfUrl?: string | undefined
  /** A short (often machine-written) summary shown instead of or beside the abstract. */
  summary?: string | undefined
  /** The authors’ comment line (arXiv `Comments:`), e.g. `Accepted at NeurIPS 2025`. */
  comment?: string | undefined
  /** Journal reference as given. */
  journalRef?: string | undefined
  /** Where the paper appeared, as the source names it (a conference, journal or workshop). */
  venue?: string | undefined
  /** Pages in the proceedings or issue, as given, e.g. `1–10`. */
  pages?: string | undefined
  /** How many works cite it, as the source counts them. */
  citedBy?: number | undefined
  /** DOI, without a resolver prefix. */
  doi?: string | undefined
  /** Subject categories, primary first (arXiv). */
  categories?: string[] | undefined
  /** The listing section the paper appeared in (e.g. new submissions, cross-lists, a day). */
  listingSection?: string | undefined
  /** Keywords the source gives. */
  keywords?: string[] | undefined
  /** Organisation the listing credits. */
  organization?: string | undefined
  /** Who submitted the paper to the listing. */
  submittedBy?: string | undefined
  /** Thumbnail image URL. */
  thumbnail?: string | undefined
  /** How sure a generic reader is that this record is a paper, 0..1; absent from site readers. */
  confidence?: number | undefined
  /** Code repositories linked from the entry. */
  repositories: Repository[]
  /** Project pages linked from the entry. */
  projectPages: string[]
  /** Other links: models, datasets, archives, papers, demos. */
  links: Link[]
  /** Datasets and benchmarks the entry mentions. */
  datasets: DatasetMention[]
  /** Which reader and which entry the record came from. */
  source: Source
  /** Every record `mergePapers` combined into this one, highest priority first. */
  sources?: Source[] | undefined
  /** For each filled field, which plugin set it and from where. */
  provenance: Record<string, Provenance>
}
