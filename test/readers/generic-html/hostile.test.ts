/**
 * Hostile shapes for the generic reader: deep nesting, huge sibling runs, long `<br>` runs, many
 * headings, many distinct shapes. The work (nodes visited, counted by the reader) must grow
 * linearly: twice the input, at most about 2.5 times the work. Long texts for its patterns must
 * finish quickly (the per-test timeout is the check).
 */
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { readGenericHtml } from '../../../src/readers/generic-html/index.js'
import { contextFor } from '../../helpers.js'

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`
const work = (html: string) => {
  const file = new VFile(html)
  return readGenericHtml(file, contextFor(file, 'https://example.org/')).work
}

const shapes: Record<string, (n: number) => string> = {
  'deep nesting': (n) =>
    page(
      `${'<div class="a">'.repeat(n)}<a href="https://arxiv.org/abs/2001.00001">A title of a paper</a> Jane Roe, 2019${'</div>'.repeat(n)}`,
    ),
  'deep nesting of list items': (n) =>
    page(
      `${'<ul><li><a href="https://arxiv.org/abs/2001.00001">A title of a paper</a> Jane Roe and John Doe, 2019'.repeat(n)}`,
    ),
  'a huge run of list items': (n) =>
    page(
      `<ul>${Array.from({ length: n }, (_, index) => `<li><a href="https://arxiv.org/abs/2001.${String(index).padStart(5, '0')}">A title of paper ${index}</a>, Jane Roe and John Doe, <i>Venue</i>, 2019</li>`).join('')}</ul>`,
    ),
  'a huge run of <br> lines': (n) =>
    page(`<p>${'Jane Roe. <b>The title of a paper</b>. <i>Venue, 2019</i><br>'.repeat(n)}</p>`),
  'dt and dd runs': (n) =>
    page(
      `<dl>${'<dt><a href="https://arxiv.org/abs/2001.00001">arXiv:2001.00001</a></dt><dd><b>A title of a paper</b></dd><dd>Jane Roe</dd>'.repeat(n)}</dl>`,
    ),
  'headings between every record': (n) =>
    page(
      '<h3>2019</h3><p><a href="https://doi.org/10.1/x">The title of a paper</a> <br> Jane Roe, John Doe <em>. In ACL, 2019</em></p>'.repeat(
        n,
      ),
    ),
  'a distinct shape per element': (n) =>
    page(
      Array.from(
        { length: n },
        (_, index) => `<div class="c${index} x${index}"><span class="d${index}">Jane Roe, 2019</span></div>`,
      ).join(''),
    ),
  // Every pair of items under a tag path of its own, all with the list's item signature (the rest
  // of a list is read under other tag paths, the best few only).
  'a tag path per pair of list items': (n) =>
    page(
      `<ul>${'<li><a href="https://arxiv.org/abs/2001.00001">A title of a paper</a>, Jane Roe and John Doe, 2019</li>'.repeat(10)}</ul>${Array.from(
        { length: n / 2 },
        (_, index) =>
          `<div class="${index.toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)] as string)}"><ul>${'<li><a href="https://arxiv.org/abs/2001.00002">Another title of a paper</a>, Jane Roe and John Doe, 2019</li>'.repeat(2)}</ul></div>`,
      ).join('')}`,
    ),
  'sibling pairs of two shapes': (n) =>
    page('<p class="a">Jane Roe, 2019</p><p class="b">A title of a paper here</p>'.repeat(n)),
}

describe('generic-html on hostile shapes', { timeout: 20_000 }, () => {
  for (const [name, shape] of Object.entries(shapes)) {
    it(`${name}: linear work`, () => {
      const once = work(shape(2000))
      const twice = work(shape(4000))
      expect(once).toBeGreaterThan(2000)
      expect(twice / once).toBeLessThanOrEqual(2.5)
    })
  }

  const n = 200_000
  const texts = [
    'A '.repeat(n),
    `${'Jane Roe, '.repeat(n / 10)}`,
    `${'a'.repeat(n)}`,
    `${'1'.repeat(n)}`,
    `${'(corresponding '.repeat(n / 15)}`,
    `${'@a{'.repeat(n / 3)}`,
    `${'“'.repeat(n)}`,
    `${'pp. 1-'.repeat(n / 6)}`,
    `${'In: '.repeat(n / 4)}`,
    `${'2019 '.repeat(n / 5)}`,
  ]
  for (const text of texts) {
    it(`long text: ${JSON.stringify(text.slice(0, 12))}…`, () => {
      const started = performance.now()
      for (const html of [
        page(
          `<ul><li><a href="https://arxiv.org/abs/1">${text}</a> ${text}</li><li><b>${text}</b><br>${text}<em>${text}</em></li></ul>`,
        ),
        page(`<pre>${text}</pre><span class="Z3988" title="${text}"></span>`),
        page(`<div>${text}<br>${text}<br>${text}<br>${text}</div>`),
      ]) {
        const file = new VFile(html)
        readGenericHtml(file, contextFor(file))
      }
      expect(performance.now() - started).toBeLessThan(15_000)
    })
  }
})
