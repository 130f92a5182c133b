import type { VFile } from 'vfile'
import type { Position } from '../schema/position.js'
import { errorText } from './complete.js'
import { detect, type SniffFailure } from './detect.js'
import { report, ruleUrl } from './messages.js'
import type { Reader } from './reader.js'

/**
 * The reader for `sample`: the one named by the `reader` option (`wanted`), or with `'auto'`
 * the one detection picks. A sniff that threw and an input no reader claims are reported on
 * `file` (at `place`); `parse` and `parseStream` both choose this way.
 */
export function chooseReader(
  file: VFile,
  sample: string,
  readers: readonly Reader[],
  wanted: string,
  place: Position | undefined,
): Reader | undefined {
  const failures: SniffFailure[] = []
  const reader = wanted === 'auto' ? detect(sample, readers, failures) : readers.find((item) => item.name === wanted)
  for (const { reader: failed, error } of failures) {
    report(
      file,
      'warning',
      `Unexpected error in the \`sniff\` of reader \`${failed.name}\`: ${errorText(error)}; detection went on without it`,
      `${failed.name}:error`,
      place,
      { url: ruleUrl('reader:error') },
    ).cause = error
  }
  if (!reader) {
    report(
      file,
      'warning',
      `Unexpected input, expected a paper listing in a known format (${readers.map((item) => item.name).join(', ')})`,
      'core:unknown-format',
      place,
    )
  }
  return reader
}
