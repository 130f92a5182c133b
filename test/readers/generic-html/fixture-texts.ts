/** The HTML fixtures the generic reader's tests walk: every page, and every text node's value in them. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { type HtmlPage, parseHtml } from '../../../src/readers/html/page.js'

const root = new URL('../../../fixtures/', import.meta.url).pathname

/** Every `input.html` of the generic-html, arXiv and Hugging Face fixtures, parsed. */
export function fixturePages(readers = ['generic-html', 'arxiv-list', 'arxiv-search', 'hf-html']): HtmlPage[] {
  const pages: HtmlPage[] = []
  for (const reader of readers) {
    for (const item of readdirSync(join(root, reader))) {
      let html: string
      try {
        html = readFileSync(join(root, reader, item, 'input.html'), 'utf8')
      } catch {
        continue
      }
      pages.push(parseHtml(new VFile(html)))
    }
  }
  return pages
}

/** The value of every text node of every page of {@link fixturePages}, in document order per page. */
export function fixtureTexts(): string[] {
  const texts: string[] = []
  for (const page of fixturePages()) {
    type Walked = { value?: string; childNodes?: Walked[] }
    const stack: Walked[] = [page.document as unknown as Walked]
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.value !== undefined) texts.push(node.value)
      for (const child of node.childNodes ?? []) stack.push(child)
    }
  }
  return texts
}
