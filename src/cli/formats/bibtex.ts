import type { Paper } from '../../schema/paper.js'
import { citationKeys } from './cite-key.js'
import { escapeControls } from './escape.js'
import { unsplittable } from './names.js'

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const lineBreaks = /[\r\n]+/
// Between two characters TeX would join into a ligature (`--` to an en dash, two backticks to a
// curly quote, `!` and a backtick to ¡, `<<` to «): an empty group keeps them as typed.
const ligature = /(?<=[-`'!?<>,])(?=[-`'<>,])/

/**
 * BibTeX entries, as arXiv's own export writes them: `@misc` with `eprint`, `archivePrefix` and
 * `primaryClass` for arXiv papers. Text goes through unicode2latex (the tables Better BibTeX
 * uses), which escapes TeX specials (`& % $ # _ { } ~ ^ \`) and turns non-ASCII into LaTeX
 * commands where one exists; it is loaded only when this format is asked for.
 */
export async function toBibtex(papers: readonly Paper[]): Promise<string> {
  let text = ''
  for await (const entry of bibtexEntries(papers)) text += entry
  return text
}

/** {@link toBibtex} entry by entry, for streaming. */
export async function* bibtexEntries(papers: readonly Paper[]): AsyncGenerator<string> {
  const { Transform } = await import('unicode2latex')
  const latex = new Transform('bibtex')
  // A line break inside a field is a space to BibTeX; write it as one.
  const text = {
    tolatex: (value: string) =>
      oneLine(escapeControls(value))
        .split(ligature)
        .map((part) => latex.tolatex(part))
        .join('{}'),
  }
  const creator = new Transform('bibtex-creator')
  const keys = citationKeys(papers)
  for (const [index, paper] of papers.entries()) {
    {
      const fields: Array<[string, string]> = [['title', `{${text.tolatex(paper.title)}}`]]
      if (paper.authors.length > 0) {
        // A name holding `and` or a comma would be split by BibTeX: braces keep it whole.
        const names = paper.authors
          .map(({ name }) => creator.tolatex(escapeControls(name)))
          .map((name) => (unsplittable.test(name) ? `{${name}}` : name))
        fields.push(['author', `{${names.join(' and ')}}`])
      }
      if (paper.publishedAt) {
        fields.push(['year', `{${paper.publishedAt.slice(0, 4)}}`])
        fields.push(['month', months[Number(paper.publishedAt.slice(5, 7)) - 1] ?? ''])
      }
      if (paper.arxivId) {
        fields.push(['eprint', `{${paper.arxivId}}`], ['archivePrefix', '{arXiv}'])
        if (paper.categories?.[0]) fields.push(['primaryClass', `{${paper.categories[0]}}`])
      }
      if (paper.doi) fields.push(['doi', `{${verbatim(paper.doi)}}`])
      if (paper.url) fields.push(['url', `{${verbatim(paper.url)}}`])
      if (paper.abstract) fields.push(['abstract', `{${text.tolatex(paper.abstract)}}`])
      if (paper.keywords) fields.push(['keywords', `{${text.tolatex(paper.keywords.join(', '))}}`])
      const body = fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')
      yield `${index === 0 ? '' : '\n'}@misc{${keys[index]},\n${body}\n}\n`
    }
  }
}

/**
 * Line breaks and the whitespace around them as one space. Split and trimmed, not
 * `/\s*[\r\n]+\s*\/g`: that regex retries at every space of a long run without a line break
 * (100,000 spaces took seconds).
 */
function oneLine(value: string): string {
  if (!lineBreaks.test(value)) return value
  const parts = value.split(lineBreaks)
  return parts
    .map((part, index) => (index === 0 ? part.trimEnd() : index === parts.length - 1 ? part.trimStart() : part.trim()))
    .join(' ')
}

/** URLs and DOIs are verbatim fields: only braces, which would unbalance the entry, are encoded. */
function verbatim(value: string): string {
  return escapeControls(value).replaceAll('{', '%7B').replaceAll('}', '%7D')
}
