import { chromeLines } from '../hf-text/chrome.js'

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

/** Whether a line's visible text (list marker and markup removed) is page chrome. */
export function isChrome(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim().toLowerCase()
  return chromeLines.has(line) || markdownChrome.has(line)
}
