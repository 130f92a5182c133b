/**
 * Names that are no dataset wherever a rule finds them (issue 12's precision guards): models,
 * named by their family and version (`GPT-4`, `LLaMA2`, `Mistral-7B`), and single capitalised
 * words of statistics, programming languages, optimisers and metrics, which a list or a result
 * sentence puts where a dataset's name stands (`MNIST and Pearson`, `COCO and Python`).
 */

// Model families. Not `Alpaca` nor `Falcon RefinedWeb`: datasets share those names; nor the Vicuna benchmark
// (`Vicuna-80`, `Vicuna Bench`), which the pattern gives way to.
const families =
  'GPT|ChatGPT|InstructGPT|LLaMA|Llama|LLAMA|CodeLlama|Mistral|Mixtral|Qwen|Gemma|Gemini|Claude|PaLM|Falcon|' +
  'Vicuna|DeepSeek|BLOOM|OPT|T5|Flan-T5|BERT|RoBERTa|DeBERTa|ALBERT|ELECTRA|XLNet|BART|GLM|ChatGLM|Baichuan|' +
  'InternLM|StarCoder|OLMo|Pythia|Phi'
// What follows a family: a version or size (`-4o`, `2`, ` 3.1`, `-7B`) and the variants' words. Each part after
// the first opens with a space or a hyphen that no part holds, so the pattern is linear.
const variants = 'Instruct|Chat|Base|Large|Small|Mini|mini|Turbo|Pro|Ultra|Flash|Opus|Sonnet|Haiku|XL|XXL|Coder|Code'
const model = new RegExp(
  `^(?!Vicuna[- ]?(?:80|[Bb]ench)$)(?:${families})(?:[- ]?\\d[\\w.]*)?(?:[- ](?:\\d[\\w.]*|${variants}))*$`,
)

/** `name` is a model's: `GPT-4`, `LLaMA2`, `Mistral-7B-Instruct`, `Llama 3.1`. */
export function isModel(name: string): boolean {
  return name.length <= 40 && model.test(name)
}

/**
 * Single words that name no dataset: statistics, programming languages, optimisers, metrics. None is a name of
 * the bundled lists (a test holds them apart): not `Pascal` (PASCAL VOC), `Linux` (a Loghub log set) nor `Fisher`
 * (the speech corpus).
 */
export const otherWords: ReadonlySet<string> = new Set(
  // Statistics and tests.
  (
    'Pearson Spearman Kendall Cohen Fleiss Krippendorff Wilcoxon Student Friedman Bonferroni Welch Mann ' +
    'Whitney Kruskal Gaussian Poisson Bernoulli Bayes Bayesian Markov Monte Carlo ' +
    // Programming languages and tools.
    'Python Java JavaScript TypeScript Rust Haskell Scala Kotlin Swift Ruby Perl Julia MATLAB Matlab Fortran ' +
    'Lisp Prolog Erlang Elixir Clojure COBOL Cobol Verilog Solidity PyTorch TensorFlow Keras ' +
    // Optimisers.
    'Adam AdamW Adagrad AdaGrad Adadelta RMSProp RMSprop Nesterov Momentum Adafactor LAMB LARS Shampoo ' +
    // Metrics and what results are, said of a dataset's results (`SQuAD and Exact Match`).
    'Exact Accuracy Precision Recall Perplexity ' +
    // The first word of a known name cut short: `MNIST and Fashion` (Fashion-MNIST, which the gazetteer has).
    'Fashion'
  ).split(' '),
)
