/**
 * The parts of Hugging Face's papers JSON that papersift reads, as zod schemas. The same shape
 * comes from `/api/daily_papers`, `/api/papers/search`, `/api/papers/{id}` and the `data-props`
 * of the papers pages. Objects are loose: keys not listed here are Hugging Face's business and
 * never break a record. Every key is optional, and readers validate one key at a time
 * (see `readKey`), so a value of the wrong type costs that field only.
 */
import { z } from 'zod'

const count = z.number().int().min(0)

/** A Hugging Face account as embedded in papers JSON (`submittedBy`, `submittedOnDailyBy`, `author.user`). */
export const HfUserSchema = z
  .looseObject({
    name: z.string().optional().meta({ description: 'The account handle, e.g. `akhaliq`.' }),
    fullname: z.string().optional().meta({ description: 'The display name, e.g. `AK`.' }),
  })
  .meta({ description: 'A Hugging Face user.' })

/** An organisation a paper is credited to. */
export const HfOrganizationSchema = z
  .looseObject({
    name: z.string().optional().meta({ description: 'The organisation handle, e.g. `tencent`.' }),
    fullname: z.string().optional().meta({ description: 'The display name, e.g. `Tencent`.' }),
  })
  .meta({ description: 'A Hugging Face organisation.' })

/** One entry of `paper.authors`. */
export const HfAuthorSchema = z
  .looseObject({
    name: z.string().meta({ description: 'The author’s name as the paper gives it.' }),
    hidden: z.boolean().optional().meta({ description: '`true` when Hugging Face hides this author from the list.' }),
  })
  .meta({ description: 'A paper author.' })

/** `paper.authors`, when every entry is an author. */
export const HfAuthorListSchema = z.array(HfAuthorSchema)

/** The paper itself: the `paper` of a daily-papers item, or the whole `/api/papers/{id}` answer. */
export const HfPaperSchema = z
  .looseObject({
    id: z.string().optional().meta({ description: 'The paper id, its arXiv id, e.g. `2407.21783`.' }),
    title: z.string().optional().meta({ description: 'The title, with arXiv’s hard line breaks.' }),
    summary: z.string().optional().meta({ description: 'The abstract, with arXiv’s hard line breaks.' }),
    authors: z.array(z.unknown()).optional().meta({ description: 'The authors, each checked with HfAuthorSchema.' }),
    publishedAt: z.string().optional().meta({ description: 'When the paper appeared on arXiv (ISO timestamp).' }),
    submittedOnDailyAt: z
      .string()
      .optional()
      .meta({ description: 'When it was submitted to Daily Papers (ISO timestamp; newer responses).' }),
    submittedOnDailyBy: HfUserSchema.optional(),
    upvotes: count.optional(),
    numComments: count.optional(),
    thumbnail: z.string().optional(),
    githubRepo: z.string().optional().meta({ description: 'The code repository the authors gave.' }),
    githubStars: count.optional(),
    projectPage: z.string().optional(),
    ai_summary: z.string().optional().meta({ description: 'A one-sentence machine summary.' }),
    ai_keywords: z.array(z.string()).optional().meta({ description: 'Machine-chosen keywords.' }),
    organization: HfOrganizationSchema.optional(),
  })
  .meta({ description: 'A Hugging Face paper.' })

/**
 * One item of `/api/daily_papers` (and of the daily page's `dailyPapers`): the listing's keys around
 * its `paper` (an HfPaperSchema, checked on its own so that a bad key there costs only that key).
 */
export const HfDailyPaperSchema = z
  .looseObject({
    title: z.string().optional().meta({ description: 'The title, line breaks already joined.' }),
    summary: z.string().optional(),
    publishedAt: z
      .string()
      .optional()
      .meta({
        description:
          'Older responses: when the paper was submitted to Daily Papers. Newer ones: the arXiv announcement, ' +
          'a few hours before `paper.publishedAt`.',
      }),
    thumbnail: z.string().optional(),
    numComments: count.optional(),
    submittedBy: HfUserSchema.optional(),
    organization: HfOrganizationSchema.optional(),
  })
  .meta({ description: 'A Daily Papers listing item.' })

export type HfUser = z.infer<typeof HfUserSchema>
export type HfOrganization = z.infer<typeof HfOrganizationSchema>
export type HfAuthor = z.infer<typeof HfAuthorSchema>
