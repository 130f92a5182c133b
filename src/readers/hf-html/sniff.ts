/**
 * How sure the sample (the first 64 KiB) is a Hugging Face papers page. The paper links can
 * come after the hydration state (a daily page's `data-props` is ~130 KB), so the page is
 * known by its state's keys and its own address too, not only by its links.
 */

// Keys only Hugging Face's papers JSON has, as they read entity-encoded in a `data-props`.
const stateKeys = ['&quot;discussionId&quot;', '&quot;paper&quot;:{&quot;id&quot;', '&quot;submittedOnDailyAt&quot;']
// How far around an `og:url` or `canonical` its tag's address can be (both attribute orders).
const urlReach = 300

/** The sniff score of the hf-html reader for `sample`. */
export function sniffHfHtml(sample: string): number {
  if (sample.trimStart().charCodeAt(0) !== 0x3c /* < */) return 0
  if (sample.includes('data-target="DailyPapers"')) return 0.95
  const state = sample.includes('data-props=') && stateKeys.some((key) => sample.includes(key))
  if (state) return 0.95
  if (addressedAsPapers(sample)) return 0.9
  const hf = sample.includes('huggingface.co') || sample.includes('Hugging Face')
  return hf && (sample.includes('href="/papers/') || sample.includes('href="https://huggingface.co/papers/')) ? 0.9 : 0
}

/** Whether the page's `og:url` or canonical link is on `huggingface.co/papers`. */
function addressedAsPapers(sample: string): boolean {
  for (const marker of ['og:url', 'canonical']) {
    for (let at = sample.indexOf(marker); at !== -1; at = sample.indexOf(marker, at + marker.length)) {
      const near = sample.slice(Math.max(0, at - urlReach), at + urlReach)
      const open = near.lastIndexOf('<', Math.min(at, urlReach))
      const close = near.indexOf('>', Math.min(at, urlReach))
      const tag = near.slice(open === -1 ? 0 : open, close === -1 ? near.length : close)
      if (tag.includes('huggingface.co/papers')) return true
    }
  }
  return false
}
