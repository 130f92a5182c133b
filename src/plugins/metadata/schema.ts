import { PaperSchema } from '../../schema/paper.js'

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
  categories: true,
  keywords: true,
  listingSection: true,
  organization: true,
  submittedBy: true,
}).partial()
