/**
 * The generated name lists (`data/names.json`, and the share-alike `data/names-pwc.json`),
 * built by `scripts/build-gazetteer.ts` from public name lists: plain spellings, no domain,
 * matched after the hand-curated gazetteer, which they never override.
 */
import type { KnownDataset } from './gazetteer.js'

/** A generated name list, as stored. */
export interface NameList {
  /** Where the names come from (`generated`, `paperswithcode`). */
  source: string
  /** SPDX licence expression of the list. */
  license: string
  /** The notice the licence asks to keep with the names. */
  attribution: string
  /** Indexes into `names` of entries that are also ordinary words or acronyms. */
  ambiguous: number[]
  /** One entry per dataset: its spellings, the name first. */
  names: string[][]
}

/** `list` as datasets to match, with ids made from their names that no id in `taken` has. */
export function listDatasets(list: NameList, taken: Set<string>): KnownDataset[] {
  const ambiguous = new Set(list.ambiguous)
  const datasets: KnownDataset[] = []
  list.names.forEach((spellings, index) => {
    const name = spellings[0]
    if (name === undefined) return
    const base =
      name
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9+]+/g, '-')
        .replace(/^-|-$/g, '') || `${list.source}-${index}`
    let id = base
    for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`
    taken.add(id)
    datasets.push({ id, name, spellings, ambiguous: ambiguous.has(index), generated: true })
  })
  return datasets
}
