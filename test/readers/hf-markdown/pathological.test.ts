/**
 * Hostile inputs for the markdown reader's scanners and patterns (brackets, destinations,
 * escapes, headers, sniffing). A super-linear step would take minutes at these sizes; the
 * per-test timeout is the check.
 */
import { describe, expect, it } from 'vitest'
import { parseSync } from '../../../src/index.js'
import { hfMarkdown } from '../../../src/readers/hf-markdown/index.js'

const n = 200_000
const hostile = [
  '['.repeat(n),
  ']'.repeat(n),
  '[a]('.repeat(n / 4),
  '[a](b'.repeat(n / 5),
  `[a](${'('.repeat(n)}`,
  '[a](b "'.repeat(n / 7),
  '[a](<b'.repeat(n / 6),
  '[a]['.repeat(n / 4),
  '[a][b'.repeat(n / 5),
  '![a]('.repeat(n / 5),
  '[!['.repeat(n / 3),
  `${'['.repeat(n / 2)}${']'.repeat(n / 2)}`,
  `${'['.repeat(n / 2)}${'](x)'.repeat(n / 8)}`,
  `[${'a'.repeat(n)}](`,
  `[${' '.repeat(n)}]: x`,
  '[1]: '.repeat(n / 5),
  '\\'.repeat(n),
  `[${'\\'.repeat(n)}]`,
  '#'.repeat(n),
  '### '.repeat(n / 4),
  `### [${'a'.repeat(n)}`,
  `---\n${'a: b\n'.repeat(n / 5)}`,
  `${'a'.repeat(n)}:`,
  `url:${' '.repeat(n)}x`,
  `- Captured: ${'1'.repeat(n)}`,
  `${'- '.repeat(n / 2)}1 authors`,
  `[${'- '.repeat(n / 2)}1 authors](https://huggingface.co/papers/2306.15063)`,
  `[1](https://huggingface.co/login?next=${'%2F'.repeat(n / 3)})`,
  `[a](https://huggingface.co/${'a'.repeat(n)})`,
  `${'[a](https://huggingface.co/papers/2306.15063) '.repeat(n / 48)}`,
  `${'[-](https://huggingface.co/login?next=%2Fpapers%2F1)\n\n'.repeat(n / 55)}`,
  `${'### [T](https://huggingface.co/papers/2306.15063)\n\n'.repeat(n / 52)}`,
  `${'Jun 26['.repeat(n / 7)}`,
  `${'[Content truncated'.repeat(n / 18)}`,
  `${'[image: x] '.repeat(n / 11)}`,
  `${'<a id="x">'.repeat(n / 10)}`,
  `# Daily Papers\n\n${'[a]'.repeat(n / 3)}`,
  `${'\n'.repeat(n)}[`,
  `${'a.  '.repeat(n / 4)}`,
]

describe('hf-markdown on pathological input', { timeout: 5000 }, () => {
  it('reads each without a super-linear step', () => {
    for (const input of hostile) {
      const result = parseSync(input, { format: 'hf-markdown', referenceDate: '2025-12-08' })
      expect(Array.isArray(result.papers)).toBe(true)
    }
  })

  it('sniffs each quickly', () => {
    for (const input of hostile) hfMarkdown.sniff(input.slice(0, 65536))
    expect(hfMarkdown.sniff('### [T](https://huggingface.co/papers/2306.15063)')).toBe(0.95)
  })

  it('detection over all readers', () => {
    for (const input of hostile) parseSync(input)
  })
})
