import { PaperSchema } from '../../schema/paper.js'

/** The fields the metadata plugin contributes: the `Paper` fields a listing states directly. */
export const MetadataSchema = PaperSchema.pick({
  title: true,
  abstract: true,
  authors: true,
  authorCount: true,
  publishedAt: true,
  upvotes: true,
  comments: true,
  arxivId: true,
  url: true,
  pdfUrl: true,
}).partial()
