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
  title?: Located
  /** The abstract as printed. */
  abstract?: Located
  /** A short machine summary shown instead of the abstract (e.g. trending pages). */
  summary?: Located
  /** The listed authors, in order. */
  authors?: AuthorField[]
  /** The author count the page states, e.g. `4` from `• 4 authors`. */
  authorCount?: Located
  /** The paper's date as printed (`Jun 26, 2023`, `Apr 25`, an ISO timestamp). */
  publishedAt?: Located
  /** The latest version's date as printed. */
  updatedAt?: Located
  /** The day the listing says the paper was submitted to it, as printed. */
  submittedAt?: Located
  /** A month as printed (`December 2025`, `2025-12`). */
  announcedAt?: Located
  /** The upvote count shown on the listing. */
  upvotes?: Located
  /** The comment count shown on the listing. */
  comments?: Located
  /** The arXiv id as written (bare, `arXiv:`-prefixed or in a URL). */
  arxivId?: Located
  /** The arXiv version number, e.g. `2`. */
  arxivVersion?: Located
  /** The paper's page URL. */
  url?: Located
  /** The paper's PDF URL. */
  pdfUrl?: Located
  /** A thumbnail image URL. */
  thumbnail?: Located
  /** The authors' comment line (arXiv `Comments:`). */
  comment?: Located
  /** The journal reference as given. */
  journalRef?: Located
  /** The DOI as given: bare, or after `doi:` or a doi.org URL. */
  doi?: Located
  /** Subject categories, primary first. */
  categories?: Located[]
  /** Keywords the source gives. */
  keywords?: Located[]
  /** The listing section or day heading the entry sits under. */
  listingSection?: Located
  /** The organisation the listing credits. */
  organization?: Located
  /** Who submitted the paper to the listing. */
  submittedBy?: Located
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
}
