/**
 * Link forms, each in a sentence as abstracts and comments write them, with the lists the
 * plugin must fill. Sentences marked (seed), (arXiv) or (HF API) are copied from real pages
 * in fixtures/ and /work/shared/fixtures; the rest vary one form at a time.
 */
import { describe, expect, it } from 'vitest'
import type { Link } from '../../../src/index.js'
import { fromAbstract } from './run.js'

interface Expected {
  repositories?: Array<[url: string, official: boolean]>
  projectPages?: string[]
  links?: Array<[url: string, kind: Link['kind']]>
}

const repo = (url: string, official = true): Expected => ({ repositories: [[url, official]] })
const page = (url: string): Expected => ({ projectPages: [url] })
const link = (url: string, kind: Link['kind']): Expected => ({ links: [[url, kind]] })
const none: Expected = {}

const cases: Array<[form: string, text: string, expected: Expected]> = [
  // Real sentences.
  [
    'seed: code is available at',
    'Code is available at https://github.com/mansheej/icl-task-diversity.',
    repo('https://github.com/mansheej/icl-task-diversity'),
  ],
  [
    'seed: we release the code at:',
    'We release the code at: https://github.com/zanchangtong/CSR4mBART.',
    repo('https://github.com/zanchangtong/CSR4mBART'),
  ],
  [
    'seed: code on a Hugging Face mirror',
    'The code for this study is available at https://hf.mirrork.net/enalis/scold',
    repo('https://hf.mirrork.net/enalis/scold'),
  ],
  [
    'seed: a model collection',
    'All the models are available through https://hf.mirrork.net/collections/zehui127',
    link('https://hf.mirrork.net/collections/zehui127', 'model'),
  ],
  [
    'seed: a leaderboard on aka.ms',
    'To help accelerate research in biomedical NLP, we have released our state-of-the-art pretrained and task-specific models for the community, and created a leaderboard featuring our BLURB benchmark (short for Biomedical Language Understanding & Reasoning Benchmark) at https://aka.ms/BLURB.',
    page('https://aka.ms/BLURB'),
  ],
  [
    'seed: project page with a trailing slash',
    'Project page: https://toyotaresearchinstitute.github.io/lbm1/',
    page('https://toyotaresearchinstitute.github.io/lbm1/'),
  ],
  [
    'seed: project page, slash then full stop',
    'Project page: https://egom2p.github.io/.',
    page('https://egom2p.github.io/'),
  ],
  [
    'seed: code/models',
    'We provide the code/models from this work at https://github.com/KKallidromitis/r2o.',
    repo('https://github.com/KKallidromitis/r2o'),
  ],
  [
    'seed: code, checkpoints … released at',
    'Code, checkpoints, and using examples are released at https://github.com/bailubin/GeoLink_NeurIPS2025',
    repo('https://github.com/bailubin/GeoLink_NeurIPS2025'),
  ],
  ['arXiv: Code:', 'Code: https://github.com/avaxiao/ReToken', repo('https://github.com/avaxiao/ReToken')],
  [
    'arXiv: the project is accessible at',
    'The project is accessible at https://github.com/DeepExperience/VAD_Multimodal_OPD',
    repo('https://github.com/DeepExperience/VAD_Multimodal_OPD'),
  ],
  [
    'arXiv: website at',
    'Website at https://lzyang2000.github.io/perceptive_cbf_rl/',
    page('https://lzyang2000.github.io/perceptive_cbf_rl/'),
  ],
  [
    'arXiv: code and tools in a comment',
    '59 pages + appendices, 38 figures. Code and tools available at https://github.com/alexmininno/GNN-Pathfinders',
    repo('https://github.com/alexmininno/GNN-Pathfinders'),
  ],
  [
    'HF API: a Pages site called a GitHub repo stays a page',
    'Code and dataset are available in this GitHub repo: https://gt-learning-innovation.github.io/CIRCUIT_EDU_HW_ACL.',
    page('https://gt-learning-innovation.github.io/CIRCUIT_EDU_HW_ACL'),
  ],
  ['HF API: a live site', 'AskChem is live at https://askchem.org.', page('https://askchem.org/')],
  ['HF API: code behind aka.ms', 'Code: https://aka.ms/echoverse', repo('https://aka.ms/echoverse')],
  [
    'HF API: everything on a Pages site',
    'Our code, benchmark, dataset, and model checkpoints are available at https://os-copilot.github.io/OSReward-Home/.',
    page('https://os-copilot.github.io/OSReward-Home/'),
  ],
  // Spellings of one GitHub repository.
  ['scheme-less', 'Code: github.com/a/b.', repo('https://github.com/a/b')],
  ['upper-case scheme and host', 'Code: HTTPS://GitHub.COM/Owner/Repo', repo('https://github.com/Owner/Repo')],
  ['http and www', 'Code: http://www.github.com/o/r', repo('https://github.com/o/r')],
  ['www without a scheme', 'Code: www.github.com/o/r', repo('https://github.com/o/r')],
  ['.git suffix', 'Code: https://github.com/o/r.git', repo('https://github.com/o/r')],
  ['trailing slash', 'Code: https://github.com/o/r/', repo('https://github.com/o/r')],
  ['tree path', 'Code: https://github.com/o/r/tree/main/src', repo('https://github.com/o/r')],
  ['blob path', 'Code: https://github.com/o/r/blob/main/README.md', repo('https://github.com/o/r')],
  ['issue', 'Report bugs at https://github.com/o/r/issues/12', repo('https://github.com/o/r')],
  ['releases', 'Download from https://github.com/o/r/releases', repo('https://github.com/o/r')],
  ['wiki', 'Docs: https://github.com/o/r/wiki', repo('https://github.com/o/r')],
  ['query', 'Code: https://github.com/o/r?tab=readme-ov-file', repo('https://github.com/o/r')],
  ['fragment', 'Code: https://github.com/o/r#readme', repo('https://github.com/o/r')],
  ['comma after', 'Code is at https://github.com/o/r, and data at our site.', repo('https://github.com/o/r')],
  ['semicolon after', 'Code: https://github.com/o/r; see also the appendix.', repo('https://github.com/o/r')],
  ['colon after', 'See https://github.com/o/r: it holds the code.', repo('https://github.com/o/r')],
  ['exclamation mark after', 'Try our code at https://github.com/o/r!', repo('https://github.com/o/r')],
  ['question mark after', 'Why not use our code at https://github.com/o/r?', repo('https://github.com/o/r')],
  ['in parentheses', 'We release our code (https://github.com/o/r).', repo('https://github.com/o/r')],
  ['full-width brackets', '代码已开源（https://github.com/o/r）。', repo('https://github.com/o/r')],
  ['corner brackets', 'コードは「https://github.com/o/r」で公開。', repo('https://github.com/o/r')],
  ['double quotes', 'Our code is at "https://github.com/o/r".', repo('https://github.com/o/r')],
  ['single quotes', "Our code is at 'https://github.com/o/r'.", repo('https://github.com/o/r')],
  ['angle brackets', 'Code: <https://github.com/o/r>.', repo('https://github.com/o/r')],
  ['markdown link, URL as text', 'Code: [github.com/o/r](https://github.com/o/r).', repo('https://github.com/o/r')],
  ['markdown link, words as text', 'See [our code](https://github.com/o/r/tree/main).', repo('https://github.com/o/r')],
  ['markdown emphasis', 'Code: **https://github.com/o/r**', repo('https://github.com/o/r')],
  ['LaTeX \\url', 'Code is available at \\url{https://github.com/o/r}.', repo('https://github.com/o/r')],
  ['LaTeX \\href', 'Our code: \\href{https://github.com/o/r}{GitHub}.', repo('https://github.com/o/r')],
  ['LaTeX escaped underscore', 'Code: \\url{https://github.com/o/my\\_repo}', repo('https://github.com/o/my_repo')],
  [
    'broken at a hyphen and a line end',
    'Code is publicly available at https://github.com/jameszhou-gl/gpt-4v-distribution-\nshift.',
    repo('https://github.com/jameszhou-gl/gpt-4v-distribution-shift'),
  ],
  [
    'broken at a hyphen and a space',
    'Code is publicly available at https://github.com/jameszhou-gl/gpt-4v-distribution- shift.',
    repo('https://github.com/jameszhou-gl/gpt-4v-distribution-shift'),
  ],
  [
    'broken after the host at a line end',
    'Code is available at https://github.com/\nmansheej/icl-task-diversity.',
    repo('https://github.com/mansheej/icl-task-diversity'),
  ],
  [
    'broken after the owner by a space',
    'Code is available at https://github.com/mansheej/ icl-task-diversity.',
    repo('https://github.com/mansheej/icl-task-diversity'),
  ],
  [
    'a complete URL is not joined to the next word',
    'Code: https://github.com/o/r/ and more.',
    repo('https://github.com/o/r'),
  ],
  [
    'one repository twice, case and slash differ',
    'Code: https://github.com/O/R and github.com/o/r/.',
    repo('https://github.com/O/R'),
  ],
  // Other forges.
  ['GitLab nested groups', 'Code: https://gitlab.com/group/sub/project', repo('https://gitlab.com/group/sub/project')],
  [
    'GitLab /-/ path',
    'Code: https://gitlab.com/group/sub/project/-/tree/main',
    repo('https://gitlab.com/group/sub/project'),
  ],
  [
    'GitLab legacy deep path',
    'Code: https://gitlab.com/group/project/tree/master',
    repo('https://gitlab.com/group/project'),
  ],
  ['Bitbucket', 'Code: https://bitbucket.org/o/r/src/master/', repo('https://bitbucket.org/o/r')],
  ['Codeberg', 'Code: https://codeberg.org/o/r.git', repo('https://codeberg.org/o/r')],
  ['Gitee', '代码：https://gitee.com/o/r/tree/master', repo('https://gitee.com/o/r')],
  ['SourceHut', 'Code: https://git.sr.ht/~user/repo/tree', repo('https://git.sr.ht/~user/repo')],
  [
    'SourceForge',
    'Download it from https://sourceforge.net/projects/tool/files/',
    repo('https://sourceforge.net/projects/tool'),
  ],
  [
    'anonymous review code',
    'Code: https://anonymous.4open.science/r/ABC-1234/README.md',
    repo('https://anonymous.4open.science/r/ABC-1234'),
  ],
  ['gist', 'A script is at https://gist.github.com/user/abc123', repo('https://gist.github.com/user/abc123')],
  ['Hugging Face Space', 'Demo: https://huggingface.co/spaces/o/demo', repo('https://huggingface.co/spaces/o/demo')],
  [
    'self-hosted GitLab, said to be code',
    'The code is available at https://git.tu-berlin.de/group/project/-/tree/main.',
    repo('https://git.tu-berlin.de/group/project'),
  ],
  // Not code.
  ['unknown host, models', 'Models are available through https://models.lab.org/x.', page('https://models.lab.org/x')],
  ['lab page over http', 'More at http://lab.example.edu/~user/proj', page('http://lab.example.edu/~user/proj')],
  ['www page without a scheme', 'Project page: www.example.org/project.', page('https://www.example.org/project')],
  [
    'Wikipedia parentheses kept',
    'See (https://en.wikipedia.org/wiki/Foo_(bar)).',
    link('https://en.wikipedia.org/wiki/Foo_(bar)', 'other'),
  ],
  [
    'Google Sites',
    'Workshop: https://sites.google.com/view/chai-workshop22',
    page('https://sites.google.com/view/chai-workshop22'),
  ],
  ['GitLab Pages', 'Project page: https://o.gitlab.io/p/', page('https://o.gitlab.io/p/')],
  [
    'Hugging Face model',
    'We release our models at https://huggingface.co/org/model.',
    link('https://huggingface.co/org/model', 'model'),
  ],
  [
    'Hugging Face model file',
    'Weights: https://huggingface.co/org/model/blob/main/model.safetensors',
    link('https://huggingface.co/org/model', 'model'),
  ],
  [
    'Hugging Face dataset, even beside code',
    'Code and data: https://huggingface.co/datasets/org/data',
    link('https://huggingface.co/datasets/org/data', 'dataset'),
  ],
  [
    'Hugging Face paper',
    'See huggingface.co/papers/2306.15063',
    link('https://huggingface.co/papers/2306.15063', 'paper'),
  ],
  ['Hugging Face app', 'Try it at https://org-demo.hf.space', link('https://org-demo.hf.space/', 'demo')],
  [
    'Zenodo, even for code',
    'Code is archived at https://zenodo.org/records/123456.',
    link('https://zenodo.org/records/123456', 'archive'),
  ],
  ['Zenodo DOI', 'Data: https://doi.org/10.5281/zenodo.1234', link('https://doi.org/10.5281/zenodo.1234', 'archive')],
  [
    'Figshare',
    'Data: https://figshare.com/articles/dataset/x/123',
    link('https://figshare.com/articles/dataset/x/123', 'archive'),
  ],
  ['Kaggle dataset', 'Data: https://www.kaggle.com/datasets/o/d', link('https://kaggle.com/datasets/o/d', 'dataset')],
  ['arXiv paper', 'Extends https://arxiv.org/abs/2306.15063v2.', link('https://arxiv.org/abs/2306.15063', 'paper')],
  [
    'a journal',
    'Published at https://www.nature.com/articles/s41586-0',
    link('https://www.nature.com/articles/s41586-0', 'paper'),
  ],
  [
    'a notebook',
    'Try https://colab.research.google.com/drive/1abc',
    link('https://colab.research.google.com/drive/1abc', 'demo'),
  ],
  ['OpenReview', 'Reviews: https://openreview.net/forum?id=abc', link('https://openreview.net/forum?id=abc', 'paper')],
  ['a GitHub user page', 'Our lab: https://github.com/mahmoodlab', link('https://github.com/mahmoodlab', 'other')],
  [
    'a GitHub organisation page',
    'See https://github.com/orgs/x/repositories',
    link('https://github.com/orgs/x/repositories', 'other'),
  ],
  // Official or cited.
  [
    'built on someone else’s code, then ours',
    'We build on the implementation of https://github.com/facebookresearch/detr and release ours at https://github.com/o/r.',
    {
      repositories: [
        ['https://github.com/facebookresearch/detr', false],
        ['https://github.com/o/r', true],
      ],
    },
  ],
  [
    'based on',
    'Our implementation is based on https://github.com/huggingface/transformers.',
    repo('https://github.com/huggingface/transformers', false),
  ],
  [
    'baselines from',
    'Baselines from https://github.com/o/baselines are reused.',
    repo('https://github.com/o/baselines', false),
  ],
  [
    'a URL that opens its sentence, described after it',
    'Results differ. https://github.com/o/r provides the baselines we use.',
    repo('https://github.com/o/r', false),
  ],
  [
    'code and page in one sentence',
    'Code: https://github.com/a/b; project page: https://a.github.io/b',
    { repositories: [['https://github.com/a/b', true]], projectPages: ['https://a.github.io/b'] },
  ],
  [
    'code, then a page on an unknown host',
    'Our code is at https://github.com/a/b and a demo at https://demo.lab.org.',
    { repositories: [['https://github.com/a/b', true]], projectPages: ['https://demo.lab.org/'] },
  ],
  // No URL at all.
  ['an e-mail address', 'Contact: someone@github.com for access.', none],
  ['words with slashes and dots', 'We use and/or Node.js, e.g. the i.e. case.', none],
  ['a git remote in prose is not a web link', 'Clone git@github.com:o/r.git to start.', none],
]

describe('link forms', () => {
  it('has at least 60 forms', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
  })

  it.each(cases)('%s', (_form, text, expected) => {
    expect(fromAbstract(text)).toEqual({
      repositories: expected.repositories ?? [],
      projectPages: expected.projectPages ?? [],
      links: expected.links ?? [],
    })
  })
})
