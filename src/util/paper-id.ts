/**
 * A record's stable id and the rule that made it (see `paperId` in src/schema/id.ts, where the
 * rule lives so that `papersift/schema` can check ids without the parsers).
 */
export { idRule as paperId } from '../schema/id.js'
