/**
 * The learned scorer: a logistic regression over the features of `features.ts`, its
 * weights trained by `scripts/train-dataset-scorer.ts` on the train part of the labelled
 * sentences and its threshold chosen on the dev part (folded into the bias, so that a
 * score of 0.5 is that threshold). It judges the names the gazetteer does not know.
 */
import weights from './data/scorer.json' with { type: 'json' }
import { feature, featureNames, pairSlot } from './features.js'

/** The stored weights: one per feature name, so a renamed or new feature weighs 0 until retrained. */
export interface ScorerWeights {
  /** What the weights were trained and tuned on. */
  note: string
  bias: number
  weights: Record<string, number>
}

/** Weights by feature index, read once. */
function compile(stored: ScorerWeights): { bias: number; weights: Float64Array } {
  const byIndex = new Float64Array(featureNames.length)
  featureNames.forEach((name, at) => {
    byIndex[at] = stored.weights[name] ?? 0
  })
  return { bias: stored.bias, weights: byIndex }
}

const compiled = compile(weights as ScorerWeights)
const groupCandidates = feature('group:candidates')
const bareContext = feature('bare&context')
const bareDigitList = feature('bare&digit-list&context')

/** How likely the candidate with `features` (indexes into {@link featureNames}) is a dataset name, 0 to 1. */
export function scoreFeatures(features: readonly number[], model = compiled): number {
  let sum = model.bias
  for (const at of features) sum += model.weights[at] ?? 0
  return 1 / (1 + Math.exp(-sum))
}

/**
 * The most a group of candidates can score: with every feature of `local` (each candidate's
 * `localFeatures`, placeholders ignored) and each of `optional` that would raise the score.
 * Never below what {@link scoreFeatures} gives once the optional ones are known.
 */
export function featureBound(
  local: readonly (readonly number[])[],
  optional: readonly number[],
  model = compiled,
): number {
  let sum = model.bias
  const seen = new Set<number>()
  for (const features of local)
    for (const at of features)
      if (at >= 0 && !seen.has(at)) {
        seen.add(at)
        sum += model.weights[at] ?? 0
      }
  for (const at of optional) {
    if (seen.has(at)) continue
    // Two of them are known already: `group:candidates` holds when there is more than one candidate, and
    // `bare&context` (and its pair with a list of names with digits) only for a candidate found by its shape
    // alone (its pair placeholder).
    if (
      at === groupCandidates
        ? local.length < 2
        : (at === bareContext || at === bareDigitList) && !local.some((l) => l.includes(pairSlot))
    )
      continue
    sum += Math.max(0, model.weights[at] ?? 0)
  }
  return 1 / (1 + Math.exp(-sum))
}

/** Weights as the scorer reads them, for a training script that scores with weights not yet stored. */
export function compileWeights(stored: ScorerWeights): { bias: number; weights: Float64Array } {
  return compile(stored)
}
