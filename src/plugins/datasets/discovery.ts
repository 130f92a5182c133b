/**
 * Dataset names found from how abstracts introduce and cite them, whether or not the
 * gazetteer knows them: "we introduce X, a … dataset", "a new dataset, X", "the X
 * benchmark", "on X and Y benchmarks", "datasets such as X", "experiments on X".
 *
 * Every pattern is anchored on a name or a keyword and every repetition is bounded, so
 * each runs in linear time; they are compiled once, here.
 */
import { bareNames, phrases } from './broad.js'
import { type Analysis, introducedHere } from './context.js'
import { isModel, otherWords } from './non-datasets.js'
import { spelledTerms } from './terms.js'
import { pick, type Twin, twin } from './twins.js'
import { type Keywords, keywords, matchesAt } from './words.js'

/** How a name was found; decides its confidence. */
export type Cue =
  | 'appositive'
  | 'head-name'
  | 'name-head'
  | 'name-noun'
  | 'list-head'
  | 'such-as'
  | 'used-on'
  | 'score-on'
  | 'on-result'
  | 'shape'
  | 'listed-known'
  | 'phrase'
  | 'bare'

/** Why the rules would drop a candidate that the learned scorer may still keep. */
export type Guard = 'indefinite' | 'kind'

/** A name found from its context. */
export interface Candidate {
  name: string
  start: number
  end: number
  cue: Cue
  /** The context says the authors introduce it. */
  introduced: boolean
  /** The name has no shape of a name (no inner capital, digit or acronym): `Sparkle`. */
  weak: boolean
  /** Listed with a name that has that shape (`DAPO-17k and Polaris`). */
  listed?: boolean | undefined
  /** Its spelled-out form, when written as `Long Form (ABBR)`. */
  longForm?: { start: number; end: number } | undefined
  /** In a list of two names or more, each shaped as a network's (`AlexNet, SqueezeNet and ResNet18`). */
  networks?: boolean | undefined
  /** A rule says it is a modifier or a kind, not a name: the rules drop it, the scorer weighs it. */
  guard?: Guard | undefined
}

// A name: up to four words, the first capitalised, each maybe hyphenated (`MMDG-Bench`, `Caltech-UCSD Birds 200-2011`).
const first = String.raw`\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*[+*]?`
const next = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*[+*]?`
const name = String.raw`(?<![\p{L}\p{N}\-.+*/_'’])${first}(?: ${next}){0,3}(?![\p{L}\p{N}+*]|[-.'’][\p{L}\p{N}])`
const list = `${name}(?:(?: ?,| ?,? and| ?,? or) ${name}){0,9}`
const word = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]|[,.](?=\p{N}))*`
const noun = `(?:[Dd]ata ?[Ss]et|[Bb]enchmark|[Cc]orpus|[Ss]uite|[Tt]est ?[Bb]ed)`
const nouns = `(?:[Dd]ata ?[Ss]ets|[Bb]enchmarks|[Cc]orpora|[Ss]uites|[Tt]est ?[Bb]eds)`
// Every noun that may follow a name as its head: `NUS-WIDE dataset`, `TREC collection`, `SQuAD dev set`.
const headNoun = String.raw`(?:[Dd]ata ?[Ss]ets?|[Bb]enchmarks?|[Cc]orp(?:us|ora)|[Cc]ollections?|[Dd]atabases?|[Tt]reebanks?|[Ss]uites?|(?:[Tt]est(?:ing)?|[Tt]rain(?:ing)?|[Dd]ev(?:elopment)?|[Vv]alidation|[Ee]val(?:uation)?) (?:[Ss]ets?|[Ss]plits?|[Dd]ata))`
// Words between a name and its head noun: a kind of data (`NUS-WIDE image dataset`), or one or two lower-case
// words that are neither function words, quantifiers nor past participles (`Berkeley segmentation dataset`,
// `MIT-CBCL face recognition database`; not `SigLIP2 across several benchmarks`, `GPT-4 generated dataset`).
const modifiers = String.raw`(?:(?:test|training|evaluation|benchmark|reference|text|image|video|speech|retrieval|classification) |(?:(?!(?:and|or|of|on|in|for|with|the|a|an|to|from|by|is|are|was|were|be|as|at|that|which|this|these|those|our|its|their|we|new|large|small|other|same|whole|full|original|entire|public|standard|real|synthetic|across|over|under|into|onto|via|using|than|such|like|several|many|multiple|various|all|both|each|every|some|most|more|few|two|three|four|five|different|diverse|existing|popular|common|widely|also|only|specific)\b)\p{Ll}[\p{Ll}\-]*(?<!ed) ){1,2})?`
// Words between an article and the noun: adjectives, not a clause (`a framework for dataset …`).
const adjectives = String.raw`(?: (?!(?:for|of|on|with|to|that|which|from|in|into|using|via|by|where|whose|consisting|comprising|containing|trained|designed|built|based|derived|collected|generated|is|are|was|were)\b)${word}){0,6}`
// What may follow a name that ends a phrase: punctuation or a function word, not a noun (`GPT-4 outputs`); a
// bracket, a citation (`[12]`, `[Smith et al., 2020]`, `[Smith, 2020]`; not any square bracket) or a spaced comma or period
// (`CVQA .`).
const after = String.raw`(?=[,.;:)!?]|\s\(|\s\[(?:\d|\p{Lu}\p{L}+(?: et al\.|,? \d{4}))|\s[,.;:](?!\p{L})|$| (?:and|or|for|with|which|that|to|of|in|is|was|are|has|have|contains|consists|comprising|containing|as|across|under|while|using|by|when|where|show|shows|demonstrate|demonstrates|confirm|confirms|reveal|reveals|indicate|indicates|suggest|suggests)\b)`

/**
 * Where a pattern may match: at a capitalised word (`name`), at a dataset noun (`noun`),
 * at a number (`number`), at a word opening with one of some {@link Keywords}, or anywhere
 * (`text`). Anchored patterns are sticky and tried only at those places, all found by the
 * one pass over the words (`readWords`), instead of every pattern trying every offset.
 */
type Anchor = 'name' | 'noun' | 'number' | 'text' | Keywords

/**
 * A pattern, where it may start, and what must lie ahead of a start for the pattern to
 * match there: starts without it are skipped without running the pattern.
 */
interface Pattern {
  cue: Cue
  anchor: Anchor
  regex: Twin
  /** For patterns that start at a name and end at a dataset noun: how far ahead (in characters) that noun may be. */
  nounWithin?: number
  /** For patterns that read "<cue> <words> on": how many words may come between. */
  onWithin?: number
  /** A list it finds counts only when one of its names has a name's shape (`DS1`, not `Bernstein`). */
  shaped?: boolean
  /** Run only when this holds: it tests, cheaply, for something every match has. */
  gate?: (analysis: Analysis) => boolean
}

// What results are reported on.
const resultWords = keywords([
  'experiments?',
  'results',
  'evaluat(?:ed|ion|ions|ing|es?)',
  'tested',
  'trained',
  'training',
  'fine-?tun(?:ed|ing)',
  'finetuned',
  'pre-?trained',
  'benchmarked',
  'validated',
  'performance',
  'accuracy',
  'SOTA',
  'state-of-the-art',
])
// The word "on", where results are reported: `used-on` and `score-on` read "<cue> <words> on",
// and every `on-result` match opens a sentence with "On ".
const onWord = keywords(['on '])
const hasOpeningOn = (analysis: Analysis) =>
  (analysis.words.opening[onWord.index] ?? []).some((start) => analysis.text.startsWith('On ', start))
// A shaped name's signs. Literals that open with a rare letter are quick to look for, so
// `Dataset` and `Corpus` are looked for first, and the exact test only when one is there.
const datasetWord = / (?:Dataset|Corpus|Treebank|Collection|Database)\b/
const hasShapeSign = ({ text }: Analysis) =>
  text.includes('Bench') ||
  text.includes('-bench') ||
  ((text.includes('Data') || text.includes('Corpus') || text.includes('Treebank') || text.includes('Collection')) &&
    datasetWord.test(text))

const patterns: readonly Pattern[] = [
  // "we introduce Sparkle, a dataset of …", "CaseHOLD (Case Holdings On Legal Decisions), a new dataset", "TDT4 was
  // the benchmark corpus" (not a variable: "where D2 is a dataset with …")
  {
    cue: 'appositive',
    anchor: 'name',
    nounWithin: 300,
    regex: twin(
      String.raw`(?<![Ww]here |[Ll]et )(${name})(?: \(([^()]{1,80})\))?(?:, (?:which is )?| (?:\[\d{1,3}\] )?(?:is|was) )(?:a|an|the|one of the)${adjectives} ${noun}(?![\p{L}])`,
      'uy',
    ),
  },
  // "a new dataset, OpenExp,", "an unlabelled dataset PASS:", "the open dataset LUMIERE."
  {
    cue: 'head-name',
    anchor: 'noun',
    regex: twin(String.raw`${noun},? (?:(?:named|called|dubbed|termed|coined) )?(${name})${after}`, 'uy'),
  },
  // "the RoboTwin benchmark", "our BLURB benchmark"
  {
    cue: 'name-head',
    anchor: 'name',
    nounWithin: 250,
    regex: twin(
      String.raw`(?<=(?<![\p{L}])([Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Nn]ew|[Pp]roposed) )(${name}) ${noun}(?![\p{L}])(?! \(${first}\))`,
      'uy',
    ),
  },
  // "experiments on NUS-WIDE dataset", "the TREC Robust collection", "Twitter data set": a name and a
  // head noun, with or without an article (a name with no shape of a name counts less)
  {
    cue: 'name-noun',
    anchor: 'name',
    nounWithin: 120,
    regex: twin(
      String.raw`(${name})[)"”]? ${modifiers}${headNoun}(?![\p{L}])(?! (?:domains|problems|functions|instances|programs|suites)\b)`,
      'uy',
    ),
  },
  // "on several BRIGHT and BEIR datasets"
  {
    cue: 'list-head',
    anchor: 'name',
    nounWithin: 400,
    regex: twin(String.raw`((?:${name}, ){0,6}${name},? (?:and|or|&) ${name}) ${nouns}(?![\p{L}])`, 'uy'),
  },
  // "benchmarks including R2R-CE, REVERIE-CE and NavRAG-CE", "the dataset …, i.e., OpenVE-3M", "five
  // datasets: ORL, SRBCT", "datasets (ADULT, GISETTE and SPLICE)" (brackets that hold only names)
  {
    cue: 'such-as',
    anchor: 'noun',
    regex: twin(
      String.raw`(?<![\p{L}\p{N}\-])(?:${nouns}|${noun})(?![\p{L}])(?:(?: (?!(?:models|methods|architectures|approaches|baselines|systems|tools|frameworks|algorithms|networks|LLMs|MLLMs|VLMs|techniques|tasks|languages|domains|modalities|categories|classes|topics|labels|attributes|features|types|kinds|genres|objects|optimi[sz]ers?|solvers|classifiers|learners|estimators|metrics|measures|losses|agents|policies)\b)${word}){0,5},? \(?(?:such as|including|like|e\.g\.,?|i\.e\.,?|namely|especially|particularly|for example,?|for instance,?|:) | ?: | \((?=${list}\)))(?:the )?(${list})`,
      'uy',
    ),
  },
  // "for datasets DS1 and DS2", "two benchmarks, WT-2009 and WT-2010": a list right after a plural noun
  {
    cue: 'such-as',
    anchor: 'noun',
    shaped: true,
    regex: twin(String.raw`(?<![\p{L}\p{N}\-])${nouns},? (${list})${after}`, 'uy'),
  },
  // "Experiments on ALFWorld, WebShop, and SciWorld show …", "results on TabBench"
  {
    cue: 'used-on',
    anchor: resultWords,
    onWithin: 6,
    regex: twin(
      String.raw`${resultWords.pattern}(?: (?!on\b)[^\s;]*[^\s;.]){0,6}? on (?:(?:the|both|all|several|multiple|various|two|three|four|five|six) )?(${list})${after}`,
      'uy',
    ),
  },
  // "On NAVSIM, ReflectDrive-2 achieves …": a sentence that opens with where a result was obtained
  {
    cue: 'on-result',
    anchor: 'text',
    gate: hasOpeningOn,
    regex: twin(
      String.raw`(?:^|[.!?] )On (?:the )?(${list}), ${name} (?:achieves|attains|reaches|obtains|outperforms|surpasses|improves|scores|sets|yields|gains)\b`,
      'gu',
    ),
  },
  // Names shaped as benchmarks wherever they stand: `See2ThinkBench`, `MPIE-Bench`, `DeepResearch Benchmark`
  {
    cue: 'shape',
    anchor: 'name',
    gate: hasShapeSign,
    regex: twin(
      String.raw`(?<![\p{L}\p{N}\-.+*/_'’])(?:${first}(?: ${next}){0,2} (?:Benchmark|Dataset|Corpus|Treebank|Collection|Database)|\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)(?![\p{L}\p{N}+*]|[-.'’][\p{L}\p{N}])`,
      'uy',
    ),
  },
  // "93.1% on ALFWorld", "75.4% on MMLU"
  {
    cue: 'score-on',
    anchor: 'number',
    onWithin: 2,
    regex: twin(
      String.raw`(?<![\p{L}\p{N}.])\d+(?:\.\d+)?%?(?: (?!(?:improvements?|gains?|increases?|boosts?|drops?|decreases?|margins?|points?)\b)[\p{L}\p{N}\-]+){0,2} on (?:the )?(${list})${after}`,
      'uy',
    ),
  },
]

const nameInList = twin(name, 'gu')
// A network's name: `AlexNet`, `VGGNet-16`, `ResNet18`.
const netShaped = /^[A-Z][A-Za-z]*Net(?:-?\d+)?$/
// What a method does, said of the name (or the list it ends) right after a dataset noun: `on the sido data set,
// Adagrad achieves`, `in Epinions datasets, L1-MAX and L2-MAX perform better`, `For the LiveJournal dataset,
// MSEIGS-Early is almost 8 times faster`.
const methodVerb =
  /(?: \([^()]{0,60}\))?(?:(?:,| and|, and) [A-Z][\w.+-]*){0,4},? (?:(?:also|even|again|still|clearly|consistently|significantly|only|then|usually|generally) )?(?:achieve[sd]?|obtain(?:s|ed)?|outperform(?:s|ed)?|perform(?:s|ed)?|attain(?:s|ed)?|beats?|surpass(?:es|ed)?|converge[sd]?|has converged|learn(?:s|ed)?|(?:is|are) able|fails?|(?:is|are) (?:compared|(?:[a-z\d]+ ){0,3}(?:faster|slower|better|worse)))\b/y

/** The name or list that ends at `end` is the subject of what a method does. */
export function actsAsMethod(text: string, end: number): boolean {
  methodVerb.lastIndex = end
  return methodVerb.test(text)
}
// The article and adjectives before a dataset noun: `a new` in `a new dataset, OpenExp`.
const determiner = twin(String.raw`(?<=(?<![\p{L}])((?:[Aa]n?|[Tt]he|[Oo]ur)(?: ${word}){0,4}) )`, 'uy')
// One word that ends as benchmark names do: `TabBench`, `MPIE-Bench`, `SWE-bench`, `KernelBench-X`.
const benchShaped = /^.+(?:Bench|-bench)(?:-[\p{L}\p{N}]{1,8})?$/u
// A part of a benchmark named after it: `FrontierMath Tier 4`.
const qualifier = / (?:Tier|Level|Split|Subset|Part) \d{1,3}$/

// A first word that makes a phrase, not a name: articles, pronouns, sentence openers, generic adjectives.
const openers = new Set(
  (
    'The A An Our We This These That Those It Its In On For With To By From Of And Or As At Each Every Both All ' +
    'Several Multiple Various Many Most Some Such Existing Current Previous Prior Recent Standard Popular Public New ' +
    'Novel Large Small Real Synthetic Extensive Comprehensive Experiments Experimental Results However Moreover ' +
    'Furthermore Additionally Specifically Finally First Second Third Then Here There While When Although Across ' +
    'Using Based Given Unlike Other Different Diverse Open One Two Three Four Five Six Seven Eight Nine Ten Table ' +
    'Figure Section Appendix Human Downstream General Generic Their Which What Where How Why If Since Because ' +
    'Despite Through Under Over Among Between Without Within After Before During Overall Together Thus Hence ' +
    'Therefore Also Only Even Further More Less Better Best Full Final Main Key Either Neither Code Project ' +
    'Firstly Secondly Thirdly Lastly Recently Similarly Likewise Notably Interestingly Importantly Consequently ' +
    'Accordingly Meanwhile Nevertheless Nonetheless Instead Otherwise Indeed Clearly Currently Previously ' +
    'Typically Usually Generally Note Thereby Besides Subsequently Later Earlier Below Above Around About ' +
    'Approximately Roughly Nearly Almost'
  ).split(' '),
)
// An indefinite article and lower-case adjectives just before a name-noun phrase.
const indefinite = /(?:^|[^\p{L}])(?:an?|An?|one|One)(?: [\p{Ll}\p{N}][\p{L}\p{N}-]*){0,4} $/u
// Fields, tasks and kinds of data: `QA datasets`, `NLP benchmarks`, `RGB-D datasets` name a kind, not a dataset.
export const kinds: ReadonlySet<string> = new Set(
  (
    'NLP QA VQA VLN LiDAR RGB RGB-D ML CV RL IR MT NMT ASR TTS OCR NER POS SQL GUI API LLM LLMs VLM MLLM EHR MRI ' +
    'CT EEG ECG fMRI 2D 3D 4D Web MIDI RPA AI KG KGs RS GNN IoT IMU GPS UAV SAR HSI'
  ).split(' '),
)
// Languages name what a corpus holds, not the corpus: `English corpus`, `Chinese dataset`.
const language = new Set(
  (
    'English Chinese Arabic French German Spanish Japanese Korean Hindi Russian Portuguese Italian Dutch Turkish ' +
    'Persian Farsi Hebrew Czech Danish Swedish Finnish Polish Greek Thai Vietnamese Indonesian Bengali Urdu ' +
    'Norwegian Hungarian Romanian Bulgarian Croatian Serbian Slovak Slovene Slovenian Ukrainian Catalan Basque ' +
    'Galician Estonian Latvian Lithuanian Icelandic Irish Welsh Albanian Armenian Georgian Macedonian Maltese ' +
    'Malay Tagalog Filipino Tamil Telugu Marathi Gujarati Punjabi Nepali Sinhala Burmese Khmer Mongolian Kazakh ' +
    'Uzbek Pashto Kurdish Tibetan Uyghur Cantonese Mandarin Swahili Amharic Yoruba Igbo Hausa Zulu Xhosa Somali ' +
    'Afrikaans Latin Sanskrit ' +
    'Multilingual Monolingual Bilingual Parallel'
  ).split(' '),
)
// Metrics, which results are reported "on" as they are on datasets.
const metrics = new Set(
  'F1 F1-score EM BLEU ROUGE ROUGE-L METEOR CIDEr SPICE mAP AP AUC AUROC AUPRC mIoU IoU FID KID PSNR SSIM LPIPS WER CER NDCG MRR Top-1 Top-5 Pass@1'.split(
    ' ',
  ),
)
// Methods, models and tasks that alone never name a dataset: `based on SVM`, `obtained by ML`.
export const notDatasets: ReadonlySet<string> = new Set(
  (
    'SVM SVMs CNN CNNs RNN RNNs LSTM GRU GAN GANs VAE MLP KNN kNN PCA LDA CRF HMM SGD EM ML DL NN DNN WSD SRL MDP ' +
    'SLAM'
  ).split(' '),
)
// Words that alone never name a dataset.
const generic = new Set(
  (
    'Dataset Datasets Data Benchmark Benchmarks Bench Corpus Corpora Set Sets Suite Test Train Training Validation ' +
    'Evaluation Task Tasks Split Challenge Leaderboard Collection'
  ).split(' '),
)
const shapedWord = /^(?=.*\p{L})(?:.+\p{Lu}.*|.*\p{N}.*)$/u
const capitalised = /^\p{Lu}/u

/**
 * Every name the context marks as a dataset, in order of appearance (may repeat and overlap);
 * with `broad`, also the weaker candidates of `broad.ts`, for the learned scorer.
 */
export function discover(analysis: Analysis, broad = false): Candidate[] {
  const { text } = analysis
  const { ascii } = analysis.words
  const found: Candidate[] = []
  for (const pattern of patterns) {
    const { cue, gate } = pattern
    const regex = pick(pattern.regex, ascii)
    if (gate && !gate(analysis)) continue
    const starts = startsOf(pattern, analysis)
    for (const match of starts ? matchesAt(text, regex, starts) : text.matchAll(regex)) {
      switch (cue) {
        case 'appositive':
          appositive(match, analysis, found)
          break
        case 'shape': {
          const value = match[0]
          if (value.includes(' ')) {
            // A spelled-out name is a name only when its words have a name's shape (not `Tabular Embedding Benchmark`).
            if (isWeak(value.slice(0, value.lastIndexOf(' ')))) break
          } else if (!benchShaped.test(value)) break
          const introduced = introducedHere(analysis, match.index)
          add(found, { name: value, start: match.index, end: match.index + value.length, cue, introduced, weak: false })
          break
        }
        case 'head-name': {
          const article = articleBefore(text, match.index, ascii)
          const value = match[1] ?? ''
          const start = match.index + match[0].length - value.length
          if (actsAsMethod(text, start + value.length)) break
          const introduced =
            article !== undefined &&
            (/\b(?:new|our|Our|proposed|novel)\b/.test(article) ||
              (/^[Aa]n?\b/.test(article) && introducedHere(analysis, match.index)))
          add(found, { name: value, start, end: start + value.length, cue, introduced, weak: isWeak(value) })
          break
        }
        case 'name-noun': {
          const value = match[1] ?? ''
          const close = match[0].charCodeAt(value.length)
          const closed = close !== 0x20
          // `Alice in Wonderland (AIW) dataset`, `the "Enron" dataset`: a bracket or quote closes only what it opened.
          if (closed && opening(close) !== text.charCodeAt(match.index - 1)) break
          const head = match[0].slice(value.length + (closed ? 2 : 1))
          const before = text.slice(Math.max(0, match.index - 60), match.index)
          // `QA datasets`, `NLP benchmarks`: a single name before a plural is a kind, not a name (`the TREC collections` is one).
          // `DeepResearch Benchmark`: a capitalised noun is part of the name (found as a shape).
          if (/^\p{Lu}/u.test(head)) {
            // `the Sowerby Image Database`, `on Clickture Dataset`: a spelled-out name without a name's shape, after
            // "the", "on", "from", "of" or "in", with no abbreviation after it (`Tabular Embedding Benchmark (TabBench)`
            // is found by its abbreviation).
            const end = match.index + match[0].length
            if (
              closed ||
              !isWeak(value) ||
              !/(?:^|[^\p{L}])(?:[Tt]he|on|from|of|in) $/u.test(before) ||
              (text.startsWith(' (', end) && isUpper(text.charCodeAt(end + 2))) ||
              /[sa]$/.test(head)
            )
              break
            const name = match[0]
            add(found, {
              name,
              start: match.index,
              end,
              cue: 'shape',
              introduced: introducedHere(analysis, match.index),
              weak: true,
            })
            break
          }
          // Languages and fields (`English corpus`, `QA datasets`) are never names, nor a size (`a 2.7 GB dataset`).
          if (language.has(value) || kinds.has(value) || (/^[KMGT]B$/.test(value) && /\d $/.test(before))) break
          let guard: Guard | undefined
          // `UCI datasets` may be a name, `Twitter datasets` a kind: the rules drop a plural after an unshaped name.
          if (/(?:s|ora)$/.test(head) && !/(?:^|[^\p{L}])[Tt]he $/u.test(before) && isWeak(value)) guard = 'kind'
          // `a biomedical NLP benchmark`, `a piano MIDI dataset`: a modifier after an indefinite article.
          else if (indefinite.test(before)) guard = 'indefinite'
          // A guarded name goes to the scorer, whose features ask this themselves when they need it.
          const introduced = guard === undefined && introducedHere(analysis, match.index)
          add(found, {
            name: value,
            start: match.index,
            end: match.index + value.length,
            cue,
            introduced,
            weak: isWeak(value),
            guard,
          })
          break
        }
        case 'name-head': {
          const determiner = match[1] ?? ''
          const value = match[2] ?? ''
          const start = match.index
          const introduced =
            /^(?:[Oo]ur|[Nn]ew|[Pp]roposed)$/.test(determiner) ||
            (/^[Tt]he$/.test(determiner) && introducedHere(analysis, match.index))
          add(found, { name: value, start, end: start + value.length, cue, introduced, weak: isWeak(value) })
          break
        }
        default: {
          const value = match[1] ?? ''
          const offset = cue === 'list-head' ? match.index : match.index + match[0].length - value.length
          if (cue === 'such-as' && actsAsMethod(text, offset + value.length)) break
          items(value, offset, cue, found, ascii, pattern.shaped === true)
          if (cue === 'such-as' && !pattern.shaped) listTail(text, offset + value.length, found)
        }
      }
    }
  }
  if (broad) {
    phrases(analysis, found)
    bareNames(analysis, found)
  }
  // A name that only the scorer judges is no dataset where the text spells it out as a term: `channel impulse
  // response (CIR)`, then `a large CIR dataset`. Only abbreviations are looked up: a word opening with two capitals.
  if (!text.includes('(')) return found.sort((a, b) => a.start - b.start)
  let terms: Set<string> | undefined
  const kept = found.filter((candidate) => {
    const { name } = candidate
    if (!(candidate.guard || candidate.cue === 'phrase' || candidate.cue === 'bare') || !isAbbreviation(name))
      return true
    terms ??= spelledTerms(text)
    return !terms.has(name)
  })
  return kept.sort((a, b) => a.start - b.start)
}

const isUpper = (code: number) => code >= 0x41 && code <= 0x5a

/** One word of at most 12 units that opens with two capitals: `CIR`, `DESI-MSI`, `ReLU` is not one. */
function isAbbreviation(name: string): boolean {
  return name.length <= 12 && isUpper(name.charCodeAt(0)) && isUpper(name.charCodeAt(1)) && !name.includes(' ')
}

/** What opens what `close` closes: `(` for `)`, `"` for `"`, `“` for `”`. */
function opening(close: number): number {
  return close === 0x29 ? 0x28 : close === 0x201d ? 0x201c : close
}

/** The name starts with a dataset noun after them within `distance`: both lists are ascending, so one merge. */
function namesBeforeNoun(analysis: Analysis, distance: number): number[] {
  const { nouns } = analysis
  const kept: number[] = []
  let next = 0
  for (const start of analysis.words.names) {
    while (next < nouns.length && (nouns[next] as number) <= start) next++
    if (next === nouns.length) break
    if ((nouns[next] as number) - start <= distance) kept.push(start)
  }
  return kept
}

/** Where `pattern` may match in the analysed text, ascending; `undefined` for anywhere. */
function startsOf(pattern: Pattern, analysis: Analysis): readonly number[] | undefined {
  const { anchor, nounWithin, onWithin } = pattern
  const { words } = analysis
  if (typeof anchor === 'object') return onAhead(analysis, words.opening[anchor.index] ?? [], onWithin)
  switch (anchor) {
    case 'name':
      return nounWithin === undefined ? words.names : namesBeforeNoun(analysis, nounWithin)
    case 'noun':
      return analysis.nouns
    case 'number':
      return onAhead(analysis, words.numbers, onWithin)
    case 'text':
      return undefined
  }
}

/**
 * Of `starts`, those with " on " ahead after at most `words` more words (each after one
 * space): what every match of a pattern that reads "<cue> <words> on" has.
 */
function onAhead(analysis: Analysis, starts: readonly number[], words: number | undefined): readonly number[] {
  if (words === undefined) return starts
  const { text } = analysis
  // Where " on " is, by its space.
  const ons = (analysis.words.opening[onWord.index] ?? [])
    .filter((start) => text.charCodeAt(start - 1) === 32 && text.startsWith('on ', start))
    .map((start) => start - 1)
  const kept: number[] = []
  let next = 0
  // The first offset from which `ons[next]` is at most `words` words away (-1: not yet known).
  let reach = -1
  for (const start of starts) {
    while (next < ons.length && (ons[next] as number) < start) {
      next++
      reach = -1
    }
    const on = ons[next]
    if (on === undefined) break
    if (reach < 0) reach = afterSpaces(text, on, words + 1)
    if (start >= reach) kept.push(start)
  }
  return kept
}

/** Where text holding fewer than `spaces` spaces before `end` begins: just after the `spaces`-th space back from it. */
function afterSpaces(text: string, end: number, spaces: number): number {
  let seen = 0
  for (let index = end - 1; index >= 0; index--)
    if (text.charCodeAt(index) === 32 && ++seen === spaces) return index + 1
  return 0
}

/** `X, a … dataset` or `Long Form (X), a … dataset`. */
function appositive(match: RegExpMatchArray, analysis: Analysis, found: Candidate[]): void {
  const index = match.index ?? 0
  const head = match[1] ?? ''
  const inner = match[2]
  const introduced = introducedHere(analysis, index)
  const abbreviation = inner !== undefined && !inner.includes(' ') && isName(inner) ? inner : undefined
  if (abbreviation !== undefined) {
    const start = index + head.length + 2
    add(found, {
      name: abbreviation,
      start,
      end: start + abbreviation.length,
      cue: 'appositive',
      introduced,
      weak: isWeak(abbreviation),
      longForm: { start: index, end: index + head.length },
    })
  } else
    add(found, {
      name: head,
      start: index,
      end: index + head.length,
      cue: 'appositive',
      introduced,
      weak: isWeak(head),
    })
}

/** The article and adjectives that end just before `index`: `a new` in `a new dataset, OpenExp`. */
function articleBefore(text: string, index: number, ascii: boolean): string | undefined {
  const regex = pick(determiner, ascii)
  regex.lastIndex = index
  return regex.exec(text)?.[1]
}

/** The names of a list; in a list found only by "on", names without a name's shape need a shaped neighbour. */
function items(value: string, offset: number, cue: Cue, found: Candidate[], ascii: boolean, needShape = false): void {
  const names = [...value.matchAll(pick(nameInList, ascii))]
  const shaped = names.some((item) => !isWeak(item[0]))
  const networks = names.length > 1 && names.every((item) => netShaped.test(item[0]))
  if ((needShape || cue === 'used-on' || cue === 'score-on' || cue === 'on-result') && !shaped) return
  for (const item of names) {
    const value = item[0].replace(qualifier, '')
    if (cue === 'such-as' && language.has(value)) continue
    const start = offset + item.index
    const weak = isWeak(value)
    add(found, {
      name: value,
      start,
      end: start + value.length,
      cue,
      introduced: false,
      weak,
      listed: weak && shaped,
      networks,
    })
  }
}

// An item after a list that the name pattern stopped at: a lower-case name (`five datasets: ORL, SRBCT, iris, yeast
// and image segmentation.`), one or two words.
const tailItem = /(?:,? and |, (?:and )?|,? or )(\p{L}[\p{L}\p{N}-]*(?: (?!(?:and|or)\b)\p{Ll}[\p{Ll}\p{N}-]*)?)/uy
// Where such a list must end for its lower-case items to count: the end of its clause.
const clauseEnd = / ?(?:[.;:)]|$)/y
// Words that end a list as no name does: `such as MNIST and others`, `and so on`.
const notItems = new Set(
  'others other more many several some all etc so the a an its their our these those this that many various'.split(' '),
)

/** The lower-case items that go on a `such as` or colon list to the end of its clause (at most twelve). */
function listTail(text: string, end: number, found: Candidate[]): void {
  const tail: Array<{ name: string; start: number }> = []
  let at = end
  for (let count = 0; count < 12; count++) {
    tailItem.lastIndex = at
    const match = tailItem.exec(text)
    if (!match) break
    const name = match[1] ?? ''
    if (notItems.has(name.split(' ')[0] as string)) return
    tail.push({ name, start: match.index + match[0].length - name.length })
    at = tailItem.lastIndex
  }
  clauseEnd.lastIndex = at
  if (tail.length === 0 || !clauseEnd.test(text)) return
  for (const { name, start } of tail)
    if (!language.has(name) && !isLanguage(name))
      found.push({ name, start, end: start + name.length, cue: 'such-as', introduced: false, weak: true, listed: true })
}

function add(found: Candidate[], candidate: Candidate): void {
  // A model is no dataset, whatever cue finds it: `evaluated on LLaMA2.`, `results on GPT-4 [12]`; nor a
  // statistic or a programming language listed or reported on (`results on CIFAR-10 and Spearman`), unless a
  // dataset noun heads it (`the Python dataset`, a corpus of code).
  const { name, cue } = candidate
  const headed = cue === 'name-noun' || cue === 'name-head' || cue === 'head-name' || cue === 'appositive'
  if (isName(name) && !isLanguage(name) && !isModel(name) && (headed || !otherWords.has(name))) found.push(candidate)
}

/** A language or a pair of them: `Chinese`, `Arabic-English`, `English/Hindi` (what a corpus holds, not its name). */
export function isLanguage(value: string): boolean {
  if (language.has(value)) return true
  return (value.includes('-') || value.includes('/')) && value.split(/[-/]/).every((part) => language.has(part))
}

/** Could `value` name something: not an opener, not only generic words, not a lone letter. */
export function isName(value: string): boolean {
  const words = value.split(' ')
  const head = words[0] ?? ''
  if (value.length < 2 || value.length > 80 || !capitalised.test(value)) return false
  if (openers.has(head) || metrics.has(value) || notDatasets.has(value)) return false
  return !words.every((item) => generic.has(item) || !/\p{L}/u.test(item))
}

/** No word with an inner capital, a digit or all capitals: `Sparkle`, `Nucleotide Transformer`. */
function isWeak(value: string): boolean {
  return !value.split(' ').some((item) => shapedWord.test(item))
}
