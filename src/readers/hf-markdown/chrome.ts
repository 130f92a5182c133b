import { chromeLines } from '../hf-text/chrome.js'
import { collapseSpaces } from './inline.js'

/** Lines of page chrome that a markdown capture adds to those of the browser copy. */
const markdownChrome: ReadonlySet<string> = new Set(
  [
    'Get trending papers in your email inbox once a day!',
    'Trending Papers ranked by GitHub stars activity',
    'Submitted by',
    'Web source',
    'Extracted Text',
    'Markdown Content:',
    'Upvote',
  ].map((line) => line.toLowerCase()),
)

/** The longest chrome line: a line with more printable characters than this is not chrome. */
export const longest = Math.max(...[...chromeLines, ...markdownChrome].map((line) => line.length))

/** Whether a line's visible text (list marker and markup removed) is page chrome. */
export function isChrome(text: string): boolean {
  // An abstract is not: counted, not collapsed and lower-cased (neither makes printable ASCII fewer).
  if (text.length > longest && printableOver(text, longest)) return false
  const line = collapseSpaces(text).toLowerCase()
  return chromeLines.has(line) || markdownChrome.has(line)
}

/** Whether `text` has more than `most` printable ASCII characters (never whitespace), stopping as soon as it does. */
function printableOver(text: string, most: number): boolean {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 32 && code < 127 && ++count > most) return true
  }
  return false
}
