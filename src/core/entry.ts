import type { Position } from '../schema/position.js'

/** A raw value a reader found, with where it found it. Plugins interpret it. */
export interface Located {
  /** The text as it stands in the source (trimmed, otherwise untouched). */
  value: string
  /** Where it is in the input, when known. */
  position?: Position | undefined
}

/** A link in an entry: an `href`, or a URL a reader found in text or a structured field. */
export interface EntryLink {
  /** The URL as written. */
  url: string
  /** The link text, when there is one. */
  text?: string | undefined
  /** Where the link sits in the source, e.g. `title`, `abstract`, `field:githubRepo`. */
  origin?: string | undefined
  /** Where it is in the input. */
  position?: Position | undefined
}

/** A listed author: the name as printed, and affiliations when the source gives them. */
export interface AuthorField extends Located {
  /** Affiliations as printed, when the source gives them. */
  affiliations?: string[] | undefined
}

/**
 * The parts of one paper as a reader split them out, still raw (strings as on the
 * page). The known keys are listed; readers may add others, which plugins can read.
 */
export interface EntryFields {
  /** The title as printed. */
  title?: Located | undefined
  /** The abstract as printed. */
  abstract?: Located | undefined
  /** A short machine summary shown instead of the abstract (e.g. trending pages). */
  summary?: Located | undefined
  /** The listed authors, in order. */
  authors?: AuthorField[] | undefined
  /** The author count the page states, e.g. `4` from `• 4 authors`. */
  authorCount?: Located | undefined
  /** The paper's date as printed (`Jun 26, 2023`, `Apr 25`, an ISO timestamp). */
  publishedAt?: Located | undefined
  /** The year as printed, when the source shows a year rather than a day (`2023`). */
  year?: Located | undefined
  /** Where the paper appeared, as printed (a conference, journal or workshop). */
  venue?: Located | undefined
  /** Pages in the proceedings or issue, as printed (`1–10`). */
  pages?: Located | undefined
  /** How sure a generic reader is that the entry is a paper, `0`..`1` as a decimal string. */
  confidence?: Located | undefined
  /** How many works cite it, as the source counts them. */
  citedBy?: Located | undefined
  /** The latest version's date as printed. */
  updatedAt?: Located | undefined
  /** The day the listing says the paper was submitted to it, as printed. */
  submittedAt?: Located | undefined
  /** A month as printed (`December 2025`, `2025-12`). */
  announcedAt?: Located | undefined
  /** The upvote count shown on the listing. */
  upvotes?: Located | undefined
  /** The comment count shown on the listing. */
  comments?: Located | undefined
  /** The arXiv id as written (bare, `arXiv:`-prefixed or in a URL). */
  arxivId?: Located | undefined
  /** The arXiv version number, e.g. `2`. */
  arxivVersion?: Located | undefined
  /** The paper's page URL. */
  url?: Located | undefined
  /** The paper's PDF URL. */
  pdfUrl?: Located | undefined
  /** A thumbnail image URL. */
  thumbnail?: Located | undefined
  /** The authors' comment line (arXiv `Comments:`). */
  comment?: Located | undefined
  /** The journal reference as given. */
  journalRef?: Located | undefined
  /** The DOI as given: bare, or after `doi:` or a doi.org URL. */
  doi?: Located | undefined
  /** Subject categories, primary first. */
  categories?: Located[] | undefined
  /** Keywords the source gives. */
  keywords?: Located[] | undefined
  /** The listing section or day heading the entry sits under. */
  listingSection?: Located | undefined
  /** The organisation the listing credits. */
  organization?: Located | undefined
  /** Who submitted the paper to the listing. */
  submittedBy?: Located | undefined
  [field: string]: Located | Located[] | AuthorField[] | undefined
}

/** One paper's raw pieces, handed by a reader to the plugin chain. */
export interface Entry {
  /** The reader that produced the entry. */
  format: string
  /** The entry's index in its document, 0-based. */
  index: number
  /** The entry's plain text (for text inputs, the slice of the input). */
  text: string
  /** Where the entry is in the input. */
  position?: Position | undefined
  /** The raw fields the reader recognised. */
  fields: EntryFields
  /** Links found in the entry. */
  links: EntryLink[]
}

/** What a reader knows about the whole document. */
export interface DocumentInfo {
  /** The page's own date line (e.g. `Dec 8`), a fallback reference for year-less dates. */
  date?: Located | undefined
  /** When the page was captured (a crawler header's timestamp), as written. */
  capturedAt?: Located | undefined
  /** The page's URL, when the input says it (a canonical link, a capture header). */
  url?: Located | undefined
  /** How many papers the whole listing or search has, as printed (`77,800` in "Showing 1–200 of 77,800 results"). */
  total?: Located | undefined
  /** Which of them this page shows, as printed (`1–200`, `1-50`): first and last, 1-based. */
  range?: Located | undefined
  /** The month a monthly listing covers, as printed (`January 2023`). */
  month?: Located | undefined
}
