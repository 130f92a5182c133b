/**
 * What the learned scorer (`scorer.ts`) knows of a candidate name: binary features of its
 * shape, of how it was found, and of the words around it. Each is a name in
 * {@link featureNames}; a candidate is the list of the indexes of those that hold.
 * `scripts/train-dataset-scorer.ts` learns one weight per feature.
 */
import { type Analysis, inDatasetContext, introducedHere, sentenceStart } from './context.js'
import type { Candidate, Cue } from './discovery.js'

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
]
const index = new Map(featureNames.map((name, at) => [name, at]))
/** The index of feature `name` (they are all listed, so never -1 for a known name). */
export const feature = (name: string): number => index.get(name) ?? -1

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

/** The features of one candidate in `analysis`. */
export function candidateFeatures(candidate: Candidate, analysis: Analysis): number[] {
  const { text } = analysis
  const { name, start, end } = candidate
  const on: number[] = [feature(`cue:${candidate.cue}`)]
  const add = (name: string) => on.push(feature(name))
  if (candidate.weak) add('weak')
  if (candidate.listed) add('listed')
  if (candidate.introduced || introducedHere(analysis, start)) add('introduced')
  if (candidate.guard) add(`guard:${candidate.guard}`)
  // Shape.
  const letters = name.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 2 && letters === letters.toUpperCase()) add('shape:all-caps')
  if (/^.[^ ]*\p{Lu}/u.test(name) && /\p{Ll}/u.test(name)) add('shape:inner-capital')
  if (/\p{N}/u.test(name)) add('shape:digit')
  if (name.includes('-')) add('shape:hyphen')
  if (/^\p{Ll}/u.test(name)) add('shape:lower-first')
  if (/^\p{Lu}\p{Ll}+$/u.test(name)) add('shape:title-word')
  if (/(?:19|20)\d\d$/.test(name)) add('shape:year')
  if (/bench/i.test(name)) add('shape:bench')
  if (/Net$|NET$/.test(name)) add('shape:net')
  if (/[&/+*]/.test(name)) add('shape:symbol')
  const words = name.split(' ').length
  add(words === 1 ? 'words:1' : words === 2 ? 'words:2' : 'words:3+')
  if (name.length <= 3) add('length:short')
  if (name.length >= 20) add('length:long')
  // The word before.
  const before = text.slice(Math.max(0, start - 12), start)
  if (/(?:^|[^\p{L}])[Tt]he $/u.test(before)) add('before:the')
  else if (/(?:^|[^\p{L}])(?:[Oo]ur|[Tt]heir) $/u.test(before)) add('before:our')
  else if (/(?:^|[^\p{L}])(?:[Aa]n?) $/u.test(before)) add('before:a')
  else if (/(?:^|[^\p{L}])(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose) $/u.test(before)) add('before:this')
  else if (/(?:^|[^\p{L}])(?:on|from|using|with|in|over|across|to) $/u.test(before)) add('before:on-from')
  else if (/(?:^|[^\p{L}])of $/u.test(before)) add('before:of')
  if (/(?:, |,? and |,? or )$/.test(before)) add('before:and-comma')
  // The words after.
  const after = text.slice(end, end + 24)
  if (nounAfter.test(after)) add('after:noun')
  else if (nounsAfter.test(after)) add('after:nouns')
  else if (/^ data\b/.test(after)) add('after:data')
  if (modelWords.test(after)) add('after:model-word')
  if (after.startsWith(' (')) add('after:paren')
  if (/^(?:, |,? and |,? or )/.test(after)) add('after:and-comma')
  // Around it.
  if (inDatasetContext(analysis, start, end)) add('context:dataset')
  if (introducedHere(analysis, start)) add('context:intro')
  if (start - sentenceStart(analysis, start) <= 2) add('context:sentence-start')
  if (text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41) add('context:parenthesised')
  if (notDatasets.has(name)) add('lexicon:not-dataset')
  // A few pairs the weights of single features cannot express.
  const has = (name: string) => on.includes(feature(name))
  if (candidate.cue === 'bare') {
    if (has('context:dataset')) add('bare&context')
    if (has('before:and-comma') || has('after:and-comma')) add('bare&list')
    if (has('before:on-from')) add('bare&on')
  }
  if (candidate.cue === 'phrase') {
    add(has('shape:lower-first') ? 'phrase&lower' : 'phrase&capital')
    if (has('after:data')) add('phrase&data')
    if (candidate.weak) add('phrase&weak')
  }
  if (candidate.cue === 'name-noun' && candidate.weak) add('noun&weak')
  return on
}

/** The features of a group of candidates for one name: every feature any of them has, and the group's own. */
export function groupFeatures(occurrences: readonly number[][], spans: number): number[] {
  const union = new Set<number>()
  for (const features of occurrences) for (const at of features) union.add(at)
  if (spans > 1) union.add(feature('group:repeated'))
  if (occurrences.length > 1) union.add(feature('group:candidates'))
  return [...union]
}
