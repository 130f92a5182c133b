import type { Plugin } from '../core/plugin.js'
import { datasets } from './datasets/index.js'
import { metadata } from './metadata/index.js'
import { repositories } from './repositories/index.js'

/** The default chain, in order. */
export const builtinPlugins: readonly Plugin[] = [
  metadata() as unknown as Plugin,
  repositories() as unknown as Plugin,
  datasets() as unknown as Plugin,
]
