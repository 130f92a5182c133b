import type { z } from 'zod'
import type { Located } from '../../core/entry.js'
import { definePlugin } from '../../core/plugin.js'
import { parseArxivId } from '../../util/arxiv-id.js'
import { parseListingDate } from '../../util/date.js'
import { normalizeWhitespace } from '../../util/text.js'
import { MetadataSchema } from './schema.js'

type Metadata = z.input<typeof MetadataSchema>

/**
 * The metadata plugin: turns the raw fields a reader found (title, abstract, authors,
 * counts, dates, links) into typed `Paper` fields, citing where each came from.
 */
export const metadata = definePlugin({
  name: 'metadata',
  schema: MetadataSchema,
  extract(entry, context) {
    const { fields } = entry
    const out: Metadata = {}
    const method = (field: string) => `${entry.format}:${field}`
    const cite = (field: keyof Metadata, from: Located, inferred?: string[]) =>
      context.cite(field, { method: method(field), position: from.position, inferred })
    const text = (field: 'title' | 'abstract', from: Located | undefined) => {
      const value = from && normalizeWhitespace(from.value)
      if (from && value) {
        out[field] = value
        cite(field, from)
      }
    }
    const count = (field: 'authorCount' | 'upvotes' | 'comments', from: Located | undefined) => {
      if (!from) return
      const value = parseCount(from.value)
      if (value === undefined) {
        context.message(`Unexpected ${field} \`${from.value}\`, expected a whole number`, { place: from.position })
        return
      }
      out[field] = value
      cite(field, from)
    }

    text('title', fields.title)
    text('abstract', fields.abstract)
    if (fields.authors?.length) {
      out.authors = fields.authors
        .map((author) => ({ name: normalizeWhitespace(author.value) }))
        .filter((author) => author.name)
      context.cite('authors', { method: method('authors'), position: fields.authors[0]?.position })
    }
    count('authorCount', fields.authorCount)
    if (out.authorCount === undefined && out.authors?.length) {
      out.authorCount = out.authors.length
      context.cite('authorCount', { method: 'count-of-authors', position: fields.authors?.[0]?.position })
    }
    count('upvotes', fields.upvotes)
    count('comments', fields.comments)

    const date = fields.publishedAt
    if (date) {
      const parsed = parseListingDate(date.value, context.referenceDate)
      if (parsed) {
        out.publishedAt = parsed.date
        cite('publishedAt', date, parsed.yearInferred ? ['year'] : undefined)
      } else {
        context.message(`Unexpected date \`${date.value}\`, expected a day such as \`Jun 26, 2023\``, {
          place: date.position,
        })
      }
    }

    for (const from of [fields.arxivId, fields.url, fields.pdfUrl]) {
      const id = from && parseArxivId(from.value)
      if (from && id) {
        out.arxivId = id.id
        cite('arxivId', from)
        break
      }
    }
    for (const field of ['url', 'pdfUrl'] as const) {
      const from = fields[field]
      if (from && URL.canParse(from.value)) {
        out[field] = from.value
        cite(field, from)
      }
    }
    return out
  },
})

/** `12`, `1,234`, `1.2k` → a whole number; anything else → `undefined`. */
export function parseCount(raw: string): number | undefined {
  const value = raw.trim().toLowerCase().replace(/,/g, '')
  const match = /^(\d{1,9})(?:\.(\d{1,3}))?(k|m)?$/.exec(value)
  if (!match) return undefined
  const [, whole, fraction = '', unit] = match
  if (!unit) return fraction ? undefined : Number(whole)
  const scale = unit === 'k' ? 1e3 : 1e6
  return Math.round(Number(`${whole}.${fraction || '0'}`) * scale)
}
