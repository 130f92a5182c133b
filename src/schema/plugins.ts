/**
 * The fields each built-in plugin contributes, picked from `PaperSchema` (all optional). They
 * live here, not beside the plugins, so `papersift/schema` can export them without the parsers.
 */
import { PaperSchema } from './paper.js'

/** The fields the metadata plugin contributes: the `Paper` fields a listing states directly. */
export const MetadataSchema = PaperSchema.pick({
  title: true,
  abstract: true,
  summary: true,
  authors: true,
  authorCount: true,
  publishedAt: true,
  updatedAt: true,
  submittedAt: true,
  announcedAt: true,
  upvotes: true,
  comments: true,
  arxivId: true,
  arxivVersion: true,
  url: true,
  pdfUrl: true,
  thumbnail: true,
  comment: true,
  journalRef: true,
  doi: true,
  year: true,
  venue: true,
  pages: true,
  citedBy: true,
  confidence: true,
  categories: true,
  keywords: true,
  listingSection: true,
  organization: true,
  submittedBy: true,
}).partial()

/** The fields the repositories plugin contributes: code, project pages and other links. */
export const RepositoriesSchema = PaperSchema.pick({ repositories: true, projectPages: true, links: true }).partial()

/** The field the datasets plugin contributes: `datasets`, one record per dataset the abstract mentions. */
export const DatasetsSchema = PaperSchema.pick({ datasets: true }).partial()
