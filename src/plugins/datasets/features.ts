/**
 * What the learned scorer (`scorer.ts`) knows of a candidate name: binary features of its
 * shape, of how it was found, and of the words around it. Each is a name in
 * {@link featureNames}; a candidate is the list of the indexes of those that hold.
 * `scripts/train-dataset-scorer.ts` learns one weight per feature.
 */
import { type Analysis, inDatasetContext, introducedHere, sentenceStart } from './context.js'
import { actsAsMethod, type Candidate, type Cue } from './discovery.js'

const cues: readonly Cue[] = [
  'appositive',
  'head-name',
  'name-head',
  'name-noun',
  'list-head',
  'such-as',
  'used-on',
  'score-on',
  'on-result',
  'shape',
  'phrase',
  'bare',
]

/** Every feature, in the order of the weights. */
export const featureNames: readonly string[] = [
  ...cues.map((cue) => `cue:${cue}`),
  'weak',
  'listed',
  'introduced',
  'guard:indefinite',
  'guard:kind',
  'shape:all-caps',
  'shape:inner-capital',
  'shape:digit',
  'shape:hyphen',
  'shape:lower-first',
  'shape:title-word',
  'shape:year',
  'shape:bench',
  'shape:net',
  'shape:symbol',
  'words:1',
  'words:2',
  'words:3+',
  'length:short',
  'length:long',
  'before:the',
  'before:our',
  'before:a',
  'before:this',
  'before:on-from',
  'before:of',
  'before:and-comma',
  'after:noun',
  'after:nouns',
  'after:data',
  'after:model-word',
  'after:paren',
  'after:and-comma',
  'context:dataset',
  'context:intro',
  'context:sentence-start',
  'context:parenthesised',
  'lexicon:not-dataset',
  'group:repeated',
  'group:candidates',
  'bare&context',
  'bare&list',
  'bare&on',
  'phrase&lower',
  'phrase&capital',
  'phrase&data',
  'phrase&weak',
  'noun&weak',
  'after:method-verb',
  'bare&digit-list&context',
]
const index = new Map(featureNames.map((name, at) => [name, at]))
/** The index of feature `name` (they are all listed, so never -1 for a known name). */
export const feature = (name: string): number => index.get(name) ?? -1
// The same, as a plain object: read in the hot path without a call.
const f: Readonly<Record<string, number>> = Object.fromEntries(index)

// Acronyms and words of methods, models, metrics and hardware, which are no datasets: `LSTM`, `GPU`.
const notDatasets = new Set(
  (
    'AI ML NLP CV RL DL NN CNN CNNs RNN RNNs LSTM LSTMs GRU GAN GANs VAE VAEs MLP MLPs SVM SVMs KNN PCA LDA ICA ' +
    'CRF CRFs HMM HMMs BERT RoBERTa GPT GPT-2 GPT-3 GPT-4 LLM LLMs VLM VLMs MLLM T5 ResNet VGG AlexNet ' +
    'Transformer Transformers ELMo XLNet word2vec GloVe TF-IDF BM25 SGD Adam ADAM AUC ROC MAP mAP NDCG MRR BLEU ' +
    'ROUGE METEOR CIDEr F1 EM IoU mIoU PSNR SSIM FID WER CER GPU GPUs CPU CPUs TPU RAM API APIs URL URLs HTML XML ' +
    'JSON SQL PDF ID IDs US USA UK EU II III IV IEEE ACM ACL EMNLP NAACL NeurIPS NIPS ICML ICLR CVPR ICCV ECCV ' +
    'AAAI IJCAI KDD SIGIR WWW WSDM CIKM SDM ICDM OOV POS NER SRL MT NMT SMT ASR TTS OCR QA VQA IR KB KG KGs EM ' +
    'LR SOTA PhD LaTeX MATLAB Python Java PyTorch TensorFlow Keras Caffe Theano CUDA Linux Windows Google ' +
    'Microsoft Facebook Amazon Apple IBM NVIDIA Intel OpenAI DeepMind Wikipedia-based RGB HSV SIFT HOG SURF'
  ).split(' '),
)
const modelWords =
  /^ (?:models?|networks?|architectures?|methods?|algorithms?|approach(?:es)?|classifiers?|encoders?|decoders?|embeddings?|features?|scores?|loss|layers?|baselines?|systems?|framework|tool|toolkit|library|implementation|optimizer|metric|measure|kernel|module|parser|tagger|model-based|-based)\b/
const nounAfter = /^ (?:data ?set|benchmark|corpus|collection|database|treebank|test set|suite)\b/i
const nounsAfter = /^ (?:data ?sets|benchmarks|corpora|collections|databases|treebanks|test sets|suites)\b/i

// The word just before a candidate, by kind: one pattern, its groups in the order of `beforeFeatures`.
// (The kinds hold different words, and each must be the last word, so at most one group matches.)
const wordBefore =
  /(?:^|[^\p{L}])(?:([Tt]he)|([Oo]ur|[Tt]heir)|([Aa]n?)|([Tt]his|[Tt]hese|[Tt]hat|[Tt]hose)|(on|from|using|with|in|over|across|to)|(of)) $/u
const beforeFeatures = ['before:the', 'before:our', 'before:a', 'before:this', 'before:on-from', 'before:of']

// What `caseShape` tells of a name, one bit each.
const allCaps = 1
const innerCapital = 2
const digit = 4
const lowerFirst = 8
const titleWord = 16

/**
 * The case and digits of `name` as bits: all capitals (two letters or more, none lower case),
 * an inner capital in the first word and a lower-case letter anywhere, a digit, a lower-case
 * first letter, one title-case word of letters. One loop for an ASCII name, patterns beyond.
 */
export function caseShape(name: string): number {
  let letters = 0
  let lower = false
  let inner = false
  let firstWord = true
  let plainTail = true
  let bits = 0
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index)
    if (code >= 128) return caseShapeUnicode(name)
    const isUpper = code >= 65 && code <= 90
    const isLower = code >= 97 && code <= 122
    if (isUpper || isLower) letters++
    if (isLower) lower = true
    else if (isUpper) {
      if (index > 0 && firstWord) inner = true
    } else if (code >= 48 && code <= 57) bits |= digit
    if (code === 32 && index > 0) firstWord = false
    if (index > 0 && !isLower) plainTail = false
  }
  const first = name.charCodeAt(0)
  // `.` does not match a line break: `^.[^ ]*\p{Lu}` never holds after one.
  if (inner && lower && first !== 10 && first !== 13) bits |= innerCapital
  if (letters >= 2 && !lower) bits |= allCaps
  if (first >= 97 && first <= 122) bits |= lowerFirst
  if (first >= 65 && first <= 90 && name.length >= 2 && plainTail) bits |= titleWord
  return bits
}

/** {@link caseShape} of a name with units beyond ASCII. */
export function caseShapeUnicode(name: string): number {
  const letters = name.replace(/[^\p{L}]/gu, '')
  let bits = 0
  if (letters.length >= 2 && letters === letters.toUpperCase()) bits |= allCaps
  if (/^.[^ ]*\p{Lu}/u.test(name) && /\p{Ll}/u.test(name)) bits |= innerCapital
  if (/\p{N}/u.test(name)) bits |= digit
  if (/^\p{Ll}/u.test(name)) bits |= lowerFirst
  if (/^\p{Lu}\p{Ll}+$/u.test(name)) bits |= titleWord
  return bits
}

// Where the features that need the analysis go among the local ones (see `localFeatures`).
const introducedSlot = -1
const contextSlot = -2
/** The placeholder of the pair features that need the analysis: only a `bare` candidate has it. */
export const pairSlot = -3

/**
 * The features of a candidate that the text around it gives, with placeholders where those
 * that need the abstract's analysis (sentences, verbs) go: cheap, so every candidate gets
 * them, and {@link featureBound} can tell a name the scorer will surely reject before the
 * costlier ones are read.
 */
export function localFeatures(candidate: Candidate, text: string): number[] {
  const { name, start, end } = candidate
  const on: number[] = [feature(`cue:${candidate.cue}`)]
  if (candidate.weak) on.push(f.weak as number)
  if (candidate.listed) on.push(f.listed as number)
  on.push(introducedSlot)
  if (candidate.guard) on.push(feature(`guard:${candidate.guard}`))
  // Shape.
  const shape = caseShape(name)
  if (shape & allCaps) on.push(f['shape:all-caps'] as number)
  if (shape & innerCapital) on.push(f['shape:inner-capital'] as number)
  if (shape & digit) on.push(f['shape:digit'] as number)
  if (name.includes('-')) on.push(f['shape:hyphen'] as number)
  if (shape & lowerFirst) on.push(f['shape:lower-first'] as number)
  if (shape & titleWord) on.push(f['shape:title-word'] as number)
  if (/(?:19|20)\d\d$/.test(name)) on.push(f['shape:year'] as number)
  if (/bench/i.test(name)) on.push(f['shape:bench'] as number)
  if (/Net$|NET$/.test(name)) on.push(f['shape:net'] as number)
  if (/[&/+*]/.test(name)) on.push(f['shape:symbol'] as number)
  const words = name.split(' ').length
  on.push(f[words === 1 ? 'words:1' : words === 2 ? 'words:2' : 'words:3+'] as number)
  if (name.length <= 3) on.push(f['length:short'] as number)
  if (name.length >= 20) on.push(f['length:long'] as number)
  // The word before.
  const before = text.slice(Math.max(0, start - 12), start)
  const word = wordBefore.exec(before)
  if (word)
    on.push(f[beforeFeatures[word.findIndex((group, at) => at > 0 && group !== undefined) - 1] as string] as number)
  if (/(?:, |,? and |,? or )$/.test(before)) on.push(f['before:and-comma'] as number)
  // The words after.
  const after = text.slice(end, end + 24)
  if (nounAfter.test(after)) on.push(f['after:noun'] as number)
  else if (nounsAfter.test(after)) on.push(f['after:nouns'] as number)
  else if (/^ data\b/.test(after)) on.push(f['after:data'] as number)
  if (modelWords.test(after)) on.push(f['after:model-word'] as number)
  if (after.startsWith(' (')) on.push(f['after:paren'] as number)
  if (/^(?:, |,? and |,? or )/.test(after)) on.push(f['after:and-comma'] as number)
  // `L1-MAX and L2-MAX perform better`: what a method does (asked of a name found by its shape alone).
  if (candidate.cue === 'bare' && actsAsMethod(text, end)) on.push(f['after:method-verb'] as number)
  // Around it.
  on.push(contextSlot)
  if (text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41) on.push(f['context:parenthesised'] as number)
  if (notDatasets.has(name)) on.push(f['lexicon:not-dataset'] as number)
  // A few pairs the weights of single features cannot express.
  if (candidate.cue === 'bare') {
    on.push(pairSlot)
    if (on.includes(f['before:and-comma'] as number) || on.includes(f['after:and-comma'] as number))
      on.push(f['bare&list'] as number)
    if (on.includes(f['before:on-from'] as number)) on.push(f['bare&on'] as number)
  }
  if (candidate.cue === 'phrase') {
    on.push(f[on.includes(f['shape:lower-first'] as number) ? 'phrase&lower' : 'phrase&capital'] as number)
    if (on.includes(f['after:data'] as number)) on.push(f['phrase&data'] as number)
    if (candidate.weak) on.push(f['phrase&weak'] as number)
  }
  if (candidate.cue === 'name-noun' && candidate.weak) on.push(f['noun&weak'] as number)
  return on
}

/** The features of one candidate in `analysis`. */
export function candidateFeatures(candidate: Candidate, analysis: Analysis): number[] {
  return withContext(localFeatures(candidate, analysis.text), candidate, analysis)
}

/** `local` (the {@link localFeatures} of `candidate`) with the features that need the analysis in their places. */
export function withContext(local: readonly number[], candidate: Candidate, analysis: Analysis): number[] {
  const { start, end } = candidate
  const on: number[] = []
  let dataset = false
  for (const at of local) {
    if (at >= 0) on.push(at)
    else if (at === introducedSlot) {
      if (candidate.introduced || introducedHere(analysis, start)) on.push(f.introduced as number)
    } else if (at === contextSlot) {
      dataset = inDatasetContext(analysis, start, end)
      if (dataset) on.push(f['context:dataset'] as number)
      if (introducedHere(analysis, start)) on.push(f['context:intro'] as number)
      if (start - sentenceStart(analysis, start) <= 2) on.push(f['context:sentence-start'] as number)
    } else if (at === pairSlot && dataset) {
      on.push(f['bare&context'] as number)
      // A list of names with digits near a dataset noun: `MT05, MT06 and MT08 as test sets`, `SDNET2018`.
      if (local.includes(f['shape:digit'] as number) && local.includes(f['bare&list'] as number))
        on.push(f['bare&digit-list&context'] as number)
    }
  }
  return on
}

/** The features {@link withContext} and {@link groupFeatures} may add to local ones. */
export const contextualFeatures: readonly number[] = [
  'introduced',
  'context:dataset',
  'context:intro',
  'context:sentence-start',
  'bare&context',
  'bare&digit-list&context',
  'group:repeated',
  'group:candidates',
].map(feature)

/** The features of a group of candidates for one name: every feature any of them has, and the group's own. */
export function groupFeatures(occurrences: readonly number[][], spans: number): number[] {
  const union = new Set<number>()
  for (const features of occurrences) for (const at of features) union.add(at)
  if (spans > 1) union.add(feature('group:repeated'))
  if (occurrences.length > 1) union.add(feature('group:candidates'))
  return [...union]
}
