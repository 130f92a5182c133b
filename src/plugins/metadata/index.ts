import type { z } from 'zod'
import type { Entry, Located } from '../../core/entry.js'
import { ruleUrl } from '../../core/messages.js'
import { definePlugin, type Plugin, type PluginContext } from '../../core/plugin.js'
import { checkOptionKeys } from '../../schema/options.js'
import { paperUrlPattern } from '../../schema/patterns.js'
import { parseArxivId } from '../../util/arxiv-id.js'
import { parseCount } from '../../util/count.js'
import { parseListingDate, parseListingMonth } from '../../util/date.js'
import { clip, normalizeWhitespace } from '../../util/text.js'
import { MetadataSchema } from './schema.js'

type Metadata = z.input<typeof MetadataSchema>

// Which reader fields map to which kind of value; the names are the same on both sides.
const texts = [
  'title',
  'abstract',
  'summary',
  'comment',
  'journalRef',
  'listingSection',
  'organization',
  'submittedBy',
  'venue',
  'pages',
] as const
const counts = ['authorCount', 'upvotes', 'comments', 'arxivVersion', 'citedBy'] as const
const dates = ['publishedAt', 'updatedAt', 'submittedAt'] as const
const lists = ['categories', 'keywords'] as const
const urls = ['url', 'pdfUrl', 'thumbnail'] as const

/**
 * The metadata plugin: turns the raw fields a reader found (title, abstract, authors,
 * counts, dates, ids, links) into typed `Paper` fields, citing where each came from.
 * A factory, like every built-in plugin; it takes no options.
 *
 * @example
 * ```ts
 * const parser = createParser({ plugins: [metadata(), repositories()] })
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function metadata(options?: Readonly<Record<string, never>> | null): Plugin<typeof MetadataSchema> {
  checkOptionKeys('metadata()', options, [])
  return definePlugin({ name: 'metadata', schema: MetadataSchema, extract: extractMetadata })
}

// Where the plugin's messages are documented.
const metadataRule = ruleUrl('metadata')

function extractMetadata(entry: Entry, context: PluginContext<typeof MetadataSchema>): Metadata {
  const { fields } = entry
  const out: Metadata = {}
  const cite = (field: keyof Metadata, from: Located | undefined, method?: string, inferred?: string[]) =>
    context.cite(field, { method: method ?? `${entry.reader}:${field}`, position: from?.position, inferred })
  const complain = (what: string, from: Located, expected: string) =>
    context.message(`Unexpected ${what} \`${clip(from.value)}\`, expected ${expected}`, {
      place: from.position,
      actual: from.value,
      expected,
      url: metadataRule,
    })

  for (const field of texts) {
    const from = fields[field]
    // Shared with the plugins after this one that read the same field's text.
    const value = from && normalizeWhitespace(from.value)
    if (from && value) {
      out[field] = value
      cite(field, from)
    }
  }
  for (const field of counts) {
    const from = fields[field]
    if (!from) continue
    const value = parseCount(from.value)
    // A version counts from 1 (Paper's rule; the final check trusts this plugin's output).
    if (field === 'arxivVersion' && value === 0) complain(field, from, 'a version number from 1')
    else if (value === undefined) complain(field, from, 'a whole number')
    else {
      out[field] = value
      cite(field, from)
    }
  }
  for (const field of dates) {
    const from = fields[field]
    if (!from) continue
    const parsed = parseListingDate(from.value, context.referenceDate)
    if (!parsed) complain('date', from, 'a day such as `Jun 26, 2023`')
    else {
      out[field] = parsed.date
      cite(field, from, undefined, parsed.yearInferred ? ['year'] : undefined)
    }
  }
  if (fields.year) {
    // A year alone (`2023`, `(2023)`, `2023a` as in citation keys); a full date belongs in publishedAt.
    const year = /^\(?((?:1[5-9]|20)\d\d)[a-z]?\)?\.?$/.exec(fields.year.value.trim())?.[1]
    if (year) {
      out.year = Number(year)
      cite('year', fields.year)
    } else complain('year', fields.year, 'a year such as `2023`')
  }
  if (fields.confidence) {
    const text = fields.confidence.value
    const value = Number(text)
    if (text.trim() !== '' && value >= 0 && value <= 1) {
      out.confidence = value
      cite('confidence', fields.confidence)
    } else complain('confidence', fields.confidence, 'a number from 0 to 1')
  }
  if (fields.announcedAt) {
    const month = parseListingMonth(fields.announcedAt.value)
    if (!month) complain('month', fields.announcedAt, 'a month such as `December 2025`')
    else {
      out.announcedAt = month
      cite('announcedAt', fields.announcedAt)
    }
  }
  for (const field of lists) {
    const values = (fields[field] ?? []).map((item) => normalizeWhitespace(item.value)).filter(Boolean)
    if (values.length > 0) {
      out[field] = [...new Set(values)]
      cite(field, fields[field]?.[0])
    }
  }
  if (fields.authors?.length) {
    out.authors = fields.authors.flatMap((author) => {
      const name = normalizeWhitespace(author.value)
      const affiliations = author.affiliations?.map(normalizeWhitespace).filter(Boolean)
      return name ? [affiliations?.length ? { name, affiliations } : { name }] : []
    })
    cite('authors', fields.authors[0])
    if (out.authorCount === undefined && out.authors.length > 0) {
      out.authorCount = out.authors.length
      cite('authorCount', fields.authors[0], 'count-of-authors')
    }
  }
  for (const field of urls) {
    const from = fields[field]
    if (!from) continue
    // Read once: what is checked is what is stored (the final check trusts this plugin).
    const url = from.value
    if (isPaperUrl(url)) {
      out[field] = url
      cite(field, from)
    } else complain(field, from, 'an http(s) URL')
  }
  if (fields.doi) {
    const doi = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}\/\S+)$/i.exec(fields.doi.value.trim())?.[1]
    if (doi) {
      out.doi = doi
      cite('doi', fields.doi)
    } else complain('DOI', fields.doi, 'a DOI such as `10.1000/xyz`')
  }
  // The arXiv id: stated, else read from the paper's links; a version there fills arxivVersion.
  for (const from of [fields.arxivId, fields.url, fields.pdfUrl]) {
    const id = from && parseArxivId(from.value)
    if (!from || !id) continue
    out.arxivId = id.id
    cite('arxivId', from)
    if (id.version !== undefined && id.version >= 1 && out.arxivVersion === undefined) {
      out.arxivVersion = id.version
      cite('arxivVersion', from)
    }
    break
  }
  return out
}

// Paper's URL rule (src/schema/paper.ts): its pattern and a WHATWG parse, the test zod makes there
// without its overhead; the final check trusts this plugin's output.

function isPaperUrl(value: string): boolean {
  return paperUrlPattern.test(value) && URL.canParse(value)
}
