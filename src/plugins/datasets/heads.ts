/**
 * What a name is written as, read from the word right after it: `the RTE task`, `the CLEVR
 * framework`, `Penn Treebank format`, `SVM-based` name a task, a tool or a method there,
 * not a dataset.
 */

// After a space: a task or an event, a tool or a method, a format.
const kindWords = String.raw`[Tt]asks?|[Cc]hallenges?|[Cc]ompetitions?|[Ww]orkshops?|[Tt]racks?|framework|format|style|camera|website|models?|methods?|algorithms?|architectures?|baselines?|[Ss]cores?|publications?`
// Or the items a dataset holds, or work done with it, which the name only modifies there (`50k COCO images`,
// `English Wikipedia articles`). Not `performance` nor `graph`: `ImageNet performance`, `the Cora graph` are
// evaluation mentions.
const itemWords = String.raw`images|photos|pictures|videos|clips|digits|articles|papers|sentences|documents|tweets|posts|users|queries|utterances|components|approach|systems?|research`
// Not before a dataset noun: `Netflix Challenge Dataset`, `ShapeNet model database`. (Not `shared task`: a shared
// task's data is often what is meant.)
const notBeforeNoun = String.raw`(?![\p{L}\p{N}-])(?! (?:[Dd]ata(?: ?[Ss]ets?)?|[Dd]atabases?|[Cc]orp(?:us|ora)|[Cc]ollections?)\b)`
const spaced = new RegExp(`(?:${kindWords}|${itemWords})${notBeforeNoun}`, 'uy')
// After an abbreviation in brackets, only a kind: in `ImageNet (ILSVRC2012) images` the bracket names the dataset.
const spacedKind = new RegExp(`(?:${kindWords})${notBeforeNoun}`, 'uy')
// After a hyphen: what was made with it, or in its manner.
const hyphened = /(?:based|style|like|tagged|distributed|trained|pretrained)(?![\p{L}\p{N}-])/uy

// A name whose own last word says dataset is one whatever follows: `DeepResearch Benchmark tasks`.
const datasetEnd = /(?:[Bb]ench(?:mark)?|[Dd]ata ?[Ss]et|[Cc]orpus|[Cc]ollection|[Dd]atabase|[Tt]reebank)$/

/**
 * The name written from `start` to `end` in `text` is headed by a word that makes it something
 * else than a dataset there.
 */
export function headedElsewhere(text: string, start: number, end: number): boolean {
  // A name that ends as a modifier does is one: `POS-tagged corpora`, `RCS-based data streams`.
  let hyphen = end - 1
  while (hyphen > start && text.charCodeAt(hyphen) !== 0x2d) hyphen--
  if (hyphen > start) {
    hyphened.lastIndex = hyphen + 1
    if (hyphened.test(text) && hyphened.lastIndex === end) return true
  }
  const code = text.charCodeAt(end)
  let regex = code === 0x20 ? spaced : code === 0x2d ? hyphened : undefined
  let after = end
  // An abbreviation in brackets is headed by the word after them: `Opinion Analysis Evaluation (COAE) workshop`.
  if (code === 0x29 && text.charCodeAt(start - 1) === 0x28 && text.charCodeAt(end + 1) === 0x20) {
    after = end + 1
    regex = spacedKind
  }
  if (!regex) return false
  regex.lastIndex = after + 1
  // The name itself, without the bracket, says whether it is a dataset's: `the (Zorb Corpus) models`.
  return regex.test(text) && !datasetEnd.test(text.slice(start, end))
}
