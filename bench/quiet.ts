import { VFileMessage } from 'vfile-message'
import type { ReaderContext } from '../src/core/reader.js'

/** A reader context that drops messages: for timing a reader alone. */
export const quiet: ReaderContext = { url: undefined, message: (reason) => new VFileMessage(reason) }
