import { definePlugin, type Plugin } from '../../core/plugin.js'
import data from './data/gazetteer.json' with { type: 'json' }
import generated from './data/names.json' with { type: 'json' }
import shareAlike from './data/names-pwc.json' with { type: 'json' }
import type { Gazetteer, KnownDataset } from './gazetteer.js'
import { compileMatcher, type Matcher } from './matcher.js'
import { findMentions } from './mentions.js'
import { listDatasets, type NameList } from './names.js'
import { type DatasetsOptions, knownDatasets, readOptions, type Settings } from './options.js'
import { DatasetsSchema } from './schema.js'

// The bundled file is validated against GazetteerSchema by its test, not on every load.
const bundled = (data as unknown as Gazetteer).datasets
// The generated lists, read on first use: the curated ids first, so list ids never take theirs.
let lists: KnownDataset[] | undefined
function generatedLists(): KnownDataset[] {
  if (lists) return lists
  const taken = new Set(bundled.map((entry) => entry.id))
  lists = [...listDatasets(generated as NameList, taken), ...listDatasets(shareAlike as NameList, taken)]
  return lists
}
// The bundled gazetteer alone is compiled once, on first use, and shared by every datasets() plugin.
let bundledMatcher: Matcher | undefined

/** The matcher for `settings`: the shared bundled one unless they add or replace datasets. */
export function matcherFor(settings: Settings): Matcher {
  if (settings.extra.length > 0 || settings.replace)
    return compileMatcher(knownDatasets(bundled, settings, generatedLists()))
  bundledMatcher ??= compileMatcher(knownDatasets(bundled, settings, generatedLists()))
  return bundledMatcher
}

/**
 * The datasets plugin: finds the datasets and benchmarks an abstract mentions — names
 * from a bundled gazetteer of known datasets, and new names from how the abstract
 * introduces or cites them — with their role, confidence and every span. Fills `datasets`.
 *
 * @param options `extra` datasets to know (an entry with a bundled id extends it, keeping its aliases), `replace`
 *   to know only those, `discover: false` to skip unknown names, `minConfidence` to keep.
 *   Checked now: invalid options throw a `TypeError` that lists what is valid.
 * @example
 * ```ts
 * const parser = createParser().use(
 *   datasets({ extra: [{ id: 'my-corpus', name: 'MyCorpus', aliases: ['MyCorpus-v2'] }] }),
 * )
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function datasets(options?: Readonly<DatasetsOptions> | null): Plugin<typeof DatasetsSchema> {
  const settings = readOptions(options)
  const own = settings.extra.length > 0 || settings.replace
  let matcher = own ? matcherFor(settings) : undefined
  return definePlugin({
    name: 'datasets',
    after: ['metadata'],
    schema: DatasetsSchema,
    test: (_entry, context) => typeof context.paper.abstract === 'string',
    extract(entry, context) {
      const abstract = context.paper.abstract
      if (typeof abstract !== 'string' || abstract === '') return undefined
      matcher ??= matcherFor(settings)
      const mentions = findMentions(abstract, context.paper.title, matcher, settings)
      if (mentions.length === 0) return undefined
      // Spans are offsets into the normalised abstract; the position is the abstract's in the input.
      context.cite('datasets', { method: 'datasets:abstract', position: entry.fields.abstract?.position })
      return { datasets: mentions }
    },
  })
}
