import type { Plugin } from '../core/plugin.js'
import { trust } from '../core/trusted.js'
import { datasets } from './datasets/index.js'
import { metadata } from './metadata/index.js'
import { repositories } from './repositories/index.js'

/** The default chain, in order. Trusted by the chain: their output skips the per-field zod pass. */
export const builtinPlugins: readonly Plugin[] = [
  trust(metadata()) as unknown as Plugin,
  trust(repositories()) as unknown as Plugin,
  trust(datasets()) as unknown as Plugin,
]
