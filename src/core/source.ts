import type { Paper } from '../schema/paper.js'

/**
 * Give a finished record `source.reader` (schema 1.1.0) before `format`, its deprecated name,
 * which the chain writes. Remove once the chain writes both itself.
 */
export function withReader<P extends Paper>(paper: P): P {
  const { source } = paper
  if (source.reader === undefined) paper.source = { reader: source.format, ...source }
  return paper
}
