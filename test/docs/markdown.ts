/** Small readers of this repository's markdown, for the docs tests (not a markdown parser). */

/** A fenced code block: its info string, its text, and the README line its first line is on. */
export interface CodeBlock {
  info: string
  code: string
  line: number
}

/** Every fenced code block of `markdown`, in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = []
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(.*)$/.exec(lines[index] ?? '')
    if (!open) continue
    const start = index + 1
    let end = start
    while (end < lines.length && lines[end] !== '```') end++
    blocks.push({ info: (open[1] ?? '').trim(), code: lines.slice(start, end).join('\n'), line: start + 1 })
    index = end
  }
  return blocks
}

/** The lines of `markdown` outside fenced code blocks, with their 1-based line numbers. */
export function proseLines(markdown: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = []
  let fenced = false
  markdown.split('\n').forEach((text, index) => {
    if (text.startsWith('```')) fenced = !fenced
    else if (!fenced) out.push({ text, line: index + 1 })
  })
  return out
}

/** The rows of every table: the header's cells and each row's cells. */
export function tables(markdown: string): Array<{ header: string[]; rows: string[][] }> {
  const found: Array<{ header: string[]; rows: string[][] }> = []
  const lines = proseLines(markdown).map((item) => item.text)
  for (let index = 0; index < lines.length; index++) {
    const header = lines[index]
    if (!header?.startsWith('|') || !/^\|[-| :]+\|$/.test(lines[index + 1] ?? '')) continue
    const rows: string[][] = []
    let next = index + 2
    for (; lines[next]?.startsWith('|'); next++) rows.push(cells(lines[next] ?? ''))
    found.push({ header: cells(header), rows })
    index = next
  }
  return found
}

/** The cells of a table row; `\|` inside a cell is not a separator. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
}

/** The code spans of a piece of markdown, e.g. `` `a`, `b` `` → `['a', 'b']`. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '')
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}
