/**
 * Patterns of `Paper`'s rules, in one place: the schema uses them, and so do the checks that
 * stand in for it on the hot path (metadata's URL test, the final check's id test), which must
 * agree with it exactly. Not public API.
 */

/** Paper's URL rule before the WHATWG parse: http(s), a host, no whitespace (the JSON Schema repeats it). */
export const paperUrlPattern = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/

/** Paper's id rule: `arxiv:…`, `doi:10.…/…` or `title:` and 16 hex digits. */
export const paperIdPattern = /^(?:arxiv:\S+|doi:10\.\d{4,9}\/\S+|title:[0-9a-f]{16})$/
