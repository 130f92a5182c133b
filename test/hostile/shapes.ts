/**
 * Hostile shapes, per reader and per plugin: deep nesting of every element a reader looks inside,
 * long runs of each delimiter it splits on, floods of the tokens it collects. `make(n)` builds the
 * shape with `n` repetitions; the linearity test compares the work at `n` and `2n`.
 */

/** One hostile shape: the reader to force (or `undefined` to auto-detect) and a builder. */
export interface Shape {
  /** `reader/what` or `plugin/what`. */
  name: string
  format: string | undefined
  /** The input with `n` repetitions of the hostile part. */
  make(n: number): string
  /** Repetitions for about 100 KB to 1 MB of input (the linearity test doubles it). */
  n: number
}

const repeat = (unit: string, n: number) => unit.repeat(n)

// Prefixes that make each reader take the input (detection reads them).
const search = (body: string) =>
  `<!DOCTYPE html><html><head><title>Search | arXiv e-print repository</title></head><body><ol class="breadcrumb-arxiv">arxiv</ol><ol>${body}</ol></body></html>`
const searchItem = (inner: string) =>
  `<li class="arxiv-result"><p class="list-title"><a href="https://arxiv.org/abs/2512.00001">arXiv:2512.00001</a></p><p class="title">A title</p>${inner}</li>`
const list = (body: string) => `<html><body>arxiv <dl id="articles">${body}</dl></body></html>`
const listPair = (inner: string) =>
  `<dt><a href="/abs/2301.00001" title="Abstract">arXiv:2301.00001</a></dt><dd><div class="list-title">Title: T</div>${inner}</dd>`
const atom = (body: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${body}</feed>`
const atomEntry = (inner: string) => `<entry><id>http://arxiv.org/abs/2512.00001v1</id><title>T</title>${inner}</entry>`
const hfHtml = (body: string) =>
  `<!doctype html><html><head><meta property="og:url" content="https://huggingface.co/papers"></head><body><section>${body}</section></body></html>`
const hfState = (items: string) =>
  hfHtml(`<div data-target="DailyPapers" data-props="${escapeAttribute(`{"dailyPapers":[${items}]}`)}"></div>`)
const hfItem = (inner = '') =>
  `{"paper":{"id":"2512.00001","title":"T","summary":"S","authors":[{"name":"A"}],"upvotes":1,"discussionId":"x"${inner}},"title":"T","numComments":0}`
const markdown = (body: string) =>
  `Title: Daily Papers - Hugging Face\n\nURL Source: https://huggingface.co/papers\n\nMarkdown Content:\n${body}`
const mdCard = (title: string, inner = '') =>
  `### [${title}](https://huggingface.co/papers/2512.00001)\n\n${inner}\n\n· 3 authors\n\n`
const text = (body: string) => `Daily Papers\n\nbyAK and the research community\n\nDec 8\n\n${body}`
const textEntry = (abstract: string) => `A title\n\n${abstract}\n\n  • 4 authors\n\n·\n\nJun 26, 2023\n\n`

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
}

function nestedJson(n: number): string {
  return `${'['.repeat(n)}${']'.repeat(n)}`
}

// The generic readers: a page of paper records, so the reader has a list to find around the hostile part.
const genericPage = (body: string) =>
  `<!doctype html><html><head><title>Publications</title></head><body><h1>Publications</h1>${body}</body></html>`
const genericRecord = (index: number, inner = '') =>
  `<li><a href="https://arxiv.org/abs/2001.${String(index).padStart(5, '0')}">A title of paper ${index}</a>, Jane Roe and John Doe. <i>ACL</i>, 2019.${inner}</li>`
const genericList = (inner: string, extra = '') =>
  genericPage(
    `<ul>${Array.from({ length: 20 }, (_, index) => genericRecord(index)).join('')}${genericRecord(20, inner)}</ul>${extra}`,
  )
const jsonWork = (index: number, inner = '') =>
  `{"title":"A title of paper ${index}","authors":[{"name":"Jane Roe"},{"name":"John Doe"}],"year":2019,"venue":"ACL","doi":"10.1000/x${index}"${inner}}`
const jsonList = (inner: string, extra = '') =>
  `{"results":[${Array.from({ length: 20 }, (_, index) => jsonWork(index)).join(',')},${jsonWork(20, inner)}${extra}]}`
const dblp = (body: string) =>
  `<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n${body}</dblp>\n`
const dblpRecord = (index: number, inner = '') =>
  `<article mdate="2011-01-11" key="journals/acta/X${index}">\n<author>Jane Roe</author>\n<title>A title of paper ${index}.</title>${inner}\n<year>1996</year>\n<journal>Acta Inf.</journal>\n<ee>http://dx.doi.org/10.1007/BF0${index}</ee>\n</article>\n`

export const shapes: Shape[] = [
  // arxiv-search: every element it looks inside, nested and unclosed; floods of results, authors, tags.
  {
    name: 'arxiv-search/nested results',
    format: 'arxiv-search',
    n: 2000,
    make: (n) => search(repeat('<li class="arxiv-result"><ul>', n)),
  },
  {
    name: 'arxiv-search/nested divs in a result',
    format: 'arxiv-search',
    n: 20_000,
    make: (n) => search(searchItem(repeat('<div>', n))),
  },
  {
    name: 'arxiv-search/nested anchors in the byline',
    format: 'arxiv-search',
    n: 5000,
    make: (n) => search(searchItem(`<p class="authors">${repeat('<a href="/a">A<object>', n)}</p>`)),
  },
  {
    name: 'arxiv-search/nested comments',
    format: 'arxiv-search',
    n: 3000,
    make: (n) => search(searchItem(repeat('<p class="comments"><span>Comments:</span><span><object>', n))),
  },
  {
    name: 'arxiv-search/nested formatting',
    format: 'arxiv-search',
    n: 3000,
    make: (n) => search(searchItem(repeat('<b><i><a>', n))),
  },
  {
    name: 'arxiv-search/many results',
    format: 'arxiv-search',
    n: 800,
    make: (n) => search(repeat(searchItem('<p class="authors"><a>A</a>, <a>B</a></p>'), n)),
  },
  {
    name: 'arxiv-search/many authors',
    format: 'arxiv-search',
    n: 10_000,
    make: (n) => search(searchItem(`<p class="authors">${repeat('<a href="/a">A</a>, ', n)}</p>`)),
  },
  {
    name: 'arxiv-search/many tags',
    format: 'arxiv-search',
    n: 10_000,
    make: (n) =>
      search(searchItem(`<div class="tags is-inline-block">${repeat('<span class="tag">cs.CL</span>', n)}</div>`)),
  },
  {
    name: 'arxiv-search/long title',
    format: 'arxiv-search',
    n: 100_000,
    make: (n) => search(searchItem(`<p class="title">${repeat('word ', n)}</p>`)),
  },
  // arxiv-list
  {
    name: 'arxiv-list/nested pairs',
    format: 'arxiv-list',
    n: 2000,
    make: (n) =>
      list(
        repeat(
          '<dt><a href="/abs/2301.00001" title="Abstract">arXiv:2301.00001</a></dt><dd><div class="list-title">T</div><dl>',
          n,
        ),
      ),
  },
  {
    name: 'arxiv-list/nested list-title divs',
    format: 'arxiv-list',
    n: 10_000,
    make: (n) => list(listPair(repeat('<div class="list-title">', n))),
  },
  {
    name: 'arxiv-list/nested anchors in authors',
    format: 'arxiv-list',
    n: 5000,
    make: (n) => list(listPair(`<div class="list-authors">${repeat('<a href="/a">A<object>', n)}</div>`)),
  },
  {
    name: 'arxiv-list/many pairs',
    format: 'arxiv-list',
    n: 1000,
    make: (n) => list(repeat(listPair('<div class="list-authors"><a>A</a></div>'), n)),
  },
  {
    name: 'arxiv-list/many headings',
    format: 'arxiv-list',
    n: 10_000,
    make: (n) => list(repeat('<h3>New submissions</h3>', n) + listPair('')),
  },
  {
    name: 'arxiv-list/subjects flood',
    format: 'arxiv-list',
    n: 20_000,
    make: (n) => list(listPair(`<div class="list-subjects">${repeat('Graphics (cs.GR); ', n)}</div>`)),
  },
  { name: 'arxiv-list/stray dds', format: 'arxiv-list', n: 10_000, make: (n) => list(repeat('<dd>x</dd>', n)) },
  // arxiv-atom
  {
    name: 'arxiv-atom/nested entries',
    format: 'arxiv-atom',
    n: 10_000,
    make: (n) => atom(repeat('<entry><title>T</title>', n)),
  },
  {
    name: 'arxiv-atom/deep elements in an entry',
    format: 'arxiv-atom',
    n: 20_000,
    make: (n) => atom(atomEntry(`${repeat('<x>', n)}${repeat('</x>', n)}`)),
  },
  {
    name: 'arxiv-atom/many entries',
    format: 'arxiv-atom',
    n: 1000,
    make: (n) => atom(repeat(atomEntry('<author><name>A</name></author>'), n)),
  },
  {
    name: 'arxiv-atom/many authors',
    format: 'arxiv-atom',
    n: 20_000,
    make: (n) => atom(atomEntry(repeat('<author><name>A</name></author>', n))),
  },
  {
    name: 'arxiv-atom/many links',
    format: 'arxiv-atom',
    n: 8000,
    make: (n) => atom(atomEntry(repeat('<link href="https://github.com/a/b"/>', n))),
  },
  {
    name: 'arxiv-atom/many entities',
    format: 'arxiv-atom',
    n: 50_000,
    make: (n) => atom(atomEntry(`<summary>${repeat('&amp;', n)}</summary>`)),
  },
  // arxiv-search on strict markup: the parts are built from the tokenizer
  {
    name: 'arxiv-search/many strict results',
    format: 'arxiv-search',
    n: 2000,
    make: (n) => search(repeat(searchItem('<p class="authors"><a href="/a">A</a></p>'), n)),
  },
  {
    name: 'arxiv-search/strict nested spans',
    format: 'arxiv-search',
    n: 20_000,
    make: (n) => search(searchItem(`${repeat('<span>', n)}x${repeat('</span>', n)}`)),
  },
  {
    name: 'arxiv-list/strict nested list items',
    format: 'arxiv-list',
    n: 5_000,
    make: (n) => list(listPair(`${repeat('<ul><li>', n)}x${repeat('</li></ul>', n)}`)),
  },
  // hf-html: the state JSON and the cards
  {
    name: 'hf-html/many state items',
    format: 'hf-html',
    n: 1000,
    make: (n) => hfState(Array(n).fill(hfItem()).join(',')),
  },
  {
    name: 'hf-html/empty state items',
    format: 'hf-html',
    n: 50_000,
    make: (n) => hfState(Array(n).fill('{}').join(',')),
  },
  {
    // Every value lifted out before the tag scan, each position shifted past all the cuts before it.
    name: 'hf-html/many state attributes',
    format: 'hf-html',
    n: 20_000,
    make: (n) => hfState(hfItem()).replace('<section>', `<section>${repeat('<i data-props="{}"></i>', n)}`),
  },
  {
    // Markers the shortcut cuts but the tokenizer reads as text: the page is scanned twice.
    name: 'hf-html/state markers in a comment',
    format: 'hf-html',
    n: 20_000,
    make: (n) => hfState(hfItem()).replace('<section>', `<section><!--${repeat('data-props="x" ', n)}-->`),
  },
  {
    name: 'hf-html/deep state value',
    format: 'hf-html',
    n: 20_000,
    make: (n) => hfState(hfItem(`,"x":${nestedJson(n)}`)),
  },
  {
    name: 'hf-html/deep bad field',
    format: 'hf-html',
    n: 20_000,
    make: (n) => hfState(hfItem(`,"upvotes":${nestedJson(n)}`)),
  },
  {
    name: 'hf-html/many cards',
    format: 'hf-html',
    n: 1500,
    make: (n) => hfHtml(repeat('<article><h3><a href="/papers/2512.00001">T</a></h3><div>3</div></article>', n)),
  },
  {
    name: 'hf-html/nested card anchors',
    format: 'hf-html',
    n: 3000,
    make: (n) => hfHtml(repeat('<article><a href="/papers/2512.00001"><object>', n)),
  },
  {
    name: 'hf-html/nested divs',
    format: 'hf-html',
    n: 20_000,
    make: (n) => hfHtml(`<article><h3><a href="/papers/2512.00001">T</a></h3>${repeat('<div>', n)}</article>`),
  },
  {
    name: 'hf-html/many data-props',
    format: 'hf-html',
    n: 5000,
    make: (n) => hfHtml(repeat('<div data-props="{&quot;a&quot;:1}"></div>', n)),
  },
  // hf-api
  { name: 'hf-api/empty objects', format: 'hf-api', n: 100_000, make: (n) => `[${Array(n).fill('{}').join(',')}]` },
  { name: 'hf-api/many items', format: 'hf-api', n: 800, make: (n) => `[${Array(n).fill(hfItem()).join(',')}]` },
  { name: 'hf-api/deep value', format: 'hf-api', n: 50_000, make: (n) => `[${hfItem(`,"x":${nestedJson(n)}`)}]` },
  {
    name: 'hf-api/deep bad field',
    format: 'hf-api',
    n: 50_000,
    make: (n) => `[${hfItem(`,"publishedAt":${nestedJson(n)}`)},${hfItem()}]`,
  },
  {
    name: 'hf-api/long bad date',
    format: 'hf-api',
    n: 200_000,
    make: (n) => `[${hfItem(`,"publishedAt":"${repeat('9', n)}"`)}]`,
  },
  {
    name: 'hf-api/cut after many items',
    format: 'hf-api',
    n: 800,
    make: (n) => `[${Array(n).fill(hfItem()).join(',')},{"paper":{"id":"25`,
  },
  {
    name: 'hf-api/backslash run',
    format: 'hf-api',
    n: 100_000,
    make: (n) => `[${hfItem()},{"paper":"${repeat('\\\\', n)}`,
  },
  {
    name: 'hf-api/many authors',
    format: 'hf-api',
    n: 20_000,
    make: (n) => `[${hfItem(`,"authors":[${Array(n).fill('{"name":"A"}').join(',')}]`)}]`,
  },
  // hf-markdown
  { name: 'hf-markdown/short lines', format: 'hf-markdown', n: 40_000, make: (n) => markdown(repeat('a\n', n)) },
  {
    name: 'hf-markdown/title-only blocks',
    format: 'hf-markdown',
    n: 8000,
    make: (n) => markdown(repeat('### [T](https://huggingface.co/papers/2512.00001)\n\n', n)),
  },
  {
    name: 'hf-markdown/many cards',
    format: 'hf-markdown',
    n: 2000,
    make: (n) => markdown(repeat(mdCard('T', 'An abstract.'), n)),
  },
  {
    name: 'hf-markdown/reference definitions',
    format: 'hf-markdown',
    n: 50_000,
    make: (n) => markdown(`${mdCard('T')}${repeat('[1]: https://a.org/\n', n)}`),
  },
  {
    name: 'hf-markdown/bracket CR runs',
    format: 'hf-markdown',
    n: 40_000,
    make: (n) => markdown(mdCard('T', repeat('[\r', n))),
  },
  {
    name: 'hf-markdown/bracket runs',
    format: 'hf-markdown',
    n: 100_000,
    make: (n) => markdown(mdCard('T', repeat('[', n))),
  },
  {
    name: 'hf-markdown/link-open runs',
    format: 'hf-markdown',
    n: 50_000,
    make: (n) => markdown(mdCard('T', repeat('](', n))),
  },
  {
    name: 'hf-markdown/references on one line',
    format: 'hf-markdown',
    n: 50_000,
    make: (n) => markdown(mdCard('T', repeat('[a][1] ', n))),
  },
  {
    name: 'hf-markdown/nested brackets',
    format: 'hf-markdown',
    n: 20_000,
    make: (n) => markdown(mdCard(`${repeat('[', n)}x${repeat(']', n)}`)),
  },
  {
    name: 'hf-markdown/images in a title',
    format: 'hf-markdown',
    n: 20_000,
    make: (n) => markdown(mdCard(repeat('![i](https://a.org/i.png)', n))),
  },
  {
    name: 'hf-markdown/long abstract block',
    format: 'hf-markdown',
    n: 50_000,
    make: (n) => markdown(mdCard('T', repeat('word\n', n))),
  },
  // hf-text
  { name: 'hf-text/short lines', format: 'hf-text', n: 100_000, make: (n) => text(repeat('a\n', n)) },
  { name: 'hf-text/title-only blocks', format: 'hf-text', n: 10_000, make: (n) => text(repeat('A title\n\n', n)) },
  { name: 'hf-text/meta lines', format: 'hf-text', n: 20_000, make: (n) => text(repeat('  • 4 authors\n\n', n)) },
  {
    name: 'hf-text/many entries',
    format: 'hf-text',
    n: 1500,
    make: (n) => text(repeat(textEntry('An abstract that reads as prose.'), n)),
  },
  {
    name: 'hf-text/long abstract block',
    format: 'hf-text',
    n: 100_000,
    make: (n) => text(textEntry(repeat('word\n', n))),
  },
  // plugins, through hf-text: the repositories plugin's URL finder and normaliser, the metadata plugin's dates and counts
  {
    name: 'repositories/many URLs',
    format: 'hf-text',
    n: 8000,
    make: (n) => text(textEntry(repeat('https://github.com/a/b ', n))),
  },
  {
    name: 'repositories/github.io hosts',
    format: 'hf-text',
    n: 8000,
    make: (n) => text(textEntry(repeat('a.github.io ', n))),
  },
  {
    name: 'repositories/trailing slashes',
    format: 'hf-text',
    n: 100_000,
    make: (n) =>
      text(textEntry(`Code: https://github.com/a/b${repeat('/', n)}?x and https://a.github.io${repeat('/', n)}#x`)),
  },
  {
    name: 'repositories/trailing slashes in projectPage',
    format: 'hf-api',
    n: 100_000,
    make: (n) => `[${hfItem(`,"projectPage":"https://a.org${repeat('/', n)}?x"`)}]`,
  },
  {
    name: 'repositories/parentheses',
    format: 'hf-text',
    n: 50_000,
    make: (n) => text(textEntry(`${repeat('(', n)}https://a.org/${repeat(')', n)}`)),
  },
  {
    name: 'metadata/long date',
    format: 'hf-text',
    n: 200_000,
    make: (n) => text(`A title\n\nAn abstract that reads as prose.\n\n  • 4 authors\n\n·\n\nJun ${repeat('1', n)}\n\n`),
  },
  {
    name: 'metadata/long count',
    format: 'hf-text',
    n: 200_000,
    make: (n) => text(`A title\n\nAn abstract that reads as prose.\n\n  • ${repeat('1', n)} authors\n\n`),
  },
  {
    name: 'datasets/many dataset names',
    format: 'hf-text',
    n: 20_000,
    make: (n) => text(textEntry(`We evaluate on ${repeat('ImageNet, ', n)}and COCO.`)),
  },
  {
    name: 'datasets/capitalised words',
    format: 'hf-text',
    n: 50_000,
    make: (n) => text(textEntry(repeat('Foo Bar ', n))),
  },
  // generic-html: nesting and floods inside and around a record of a publication list, and each
  // structured source (meta tags, JSON-LD, microdata, COinS, BibTeX).
  {
    name: 'generic-html/nested unclosed divs in a record',
    format: 'generic-html',
    n: 20_000,
    make: (n) => genericList(repeat('<div class="x">', n)),
  },
  {
    name: 'generic-html/nested unclosed list items',
    format: 'generic-html',
    n: 5000,
    make: (n) =>
      genericList('', repeat('<ul><li><a href="https://doi.org/10.1/x">A title of a paper</a> Jane Roe, 2019', n)),
  },
  {
    name: 'generic-html/nested anchors and formatting in a record',
    format: 'generic-html',
    n: 5000,
    make: (n) => genericList(repeat('<b><i><a href="https://doi.org/10.1/x">T', n)),
  },
  {
    name: 'generic-html/nested tables',
    format: 'generic-html',
    n: 5000,
    make: (n) => genericList('', repeat('<table><tr><td>Jane Roe, 2019', n)),
  },
  {
    name: 'generic-html/many short sibling records',
    format: 'generic-html',
    n: 10_000,
    make: (n) => genericPage(`<ul>${Array.from({ length: n }, (_, index) => genericRecord(index)).join('')}</ul>`),
  },
  {
    // A venue candidate that is only spaced punctuation: trimming it by a pattern anchored at its
    // end was tried at every position of the run.
    name: 'generic-html/a venue of spaced punctuation',
    format: 'generic-html',
    n: 20_000,
    make: (n) =>
      genericPage(
        `<ul>${Array.from({ length: 20 }, (_, index) => genericRecord(index)).join('')}<li><a href="https://arxiv.org/abs/2001.00020">A title of paper 20</a>, Jane Roe and John Doe. <em>x${repeat(' .', n)} x</em>, 2019.</li></ul>`,
      ),
  },
  {
    name: 'generic-html/many tiny siblings',
    format: 'generic-html',
    n: 100_000,
    make: (n) => genericPage(`<div>${repeat('<p>A, 2019</p>', n)}</div>`),
  },
  {
    name: 'generic-html/huge attribute values',
    format: 'generic-html',
    n: 200_000,
    make: (n) =>
      genericList(
        `<a href="https://example.org/${repeat('a', n)}" title="${repeat('b ', n)}">pdf</a><span class="${repeat('c ', n)}">x</span>`,
      ),
  },
  {
    name: 'generic-html/a class per record',
    format: 'generic-html',
    n: 5000,
    make: (n) =>
      genericPage(
        `<ul>${Array.from({ length: n }, (_, index) => genericRecord(index).replace('<li>', `<li class="c${index} k${index % 7}">`)).join('')}</ul>`,
      ),
  },
  {
    name: 'generic-html/long runs of <br>',
    format: 'generic-html',
    n: 100_000,
    make: (n) => genericList(repeat('<br>', n), `<p>${repeat('<br>', n)}</p>`),
  },
  {
    name: 'generic-html/records split by <br>',
    format: 'generic-html',
    n: 10_000,
    make: (n) => genericPage(`<p>${repeat('Jane Roe. <b>The title of a paper</b>. <i>Venue, 2019</i><br>', n)}</p>`),
  },
  {
    name: 'generic-html/very long author list',
    format: 'generic-html',
    n: 50_000,
    make: (n) => genericList(` ${repeat('Jane Roe, ', n)}and John Doe.`),
  },
  {
    name: 'generic-html/a heading before every record',
    format: 'generic-html',
    n: 5000,
    make: (n) =>
      genericPage(
        repeat('<h3>2019</h3><p><a href="https://doi.org/10.1/x">The title of a paper</a> Jane Roe, ACL 2019</p>', n),
      ),
  },
  {
    name: 'generic-html/citation meta tags',
    format: 'generic-html',
    n: 20_000,
    make: (n) =>
      `<!doctype html><html><head><meta name="citation_title" content="A title"><meta name="citation_publication_date" content="2019">${repeat('<meta name="citation_author" content="Jane Roe">', n)}</head><body><p>x</p></body></html>`,
  },
  {
    name: 'generic-html/a huge meta tag value',
    format: 'generic-html',
    n: 300_000,
    make: (n) =>
      `<!doctype html><html><head><meta name="citation_title" content="${repeat('word ', n)}"><meta name="citation_author" content="${repeat('Roe, J.; ', n / 10)}"></head><body><p>x</p></body></html>`,
  },
  {
    name: 'generic-html/deep JSON-LD',
    format: 'generic-html',
    n: 50_000,
    make: (n) =>
      genericPage(
        `<script type="application/ld+json">{"@type":"ScholarlyArticle","name":"A title","author":${repeat('{"@type":"Person","name":', n)}"x"${repeat('}', n)}}</script>`,
      ),
  },
  {
    name: 'generic-html/JSON-LD graph of many articles',
    format: 'generic-html',
    n: 10_000,
    make: (n) =>
      genericPage(
        `<script type="application/ld+json">{"@graph":[${Array.from({ length: n }, (_, index) => `{"@type":"ScholarlyArticle","name":"A title ${index}","author":[{"@type":"Person","name":"Jane Roe"}],"datePublished":"2019"}`).join(',')}]}</script>`,
      ),
  },
  {
    name: 'generic-html/nested microdata',
    format: 'generic-html',
    n: 10_000,
    make: (n) =>
      genericPage(
        `${repeat('<div itemscope itemtype="https://schema.org/ScholarlyArticle"><span itemprop="name">A title</span><span itemprop="author">Jane Roe</span>', n)}`,
      ),
  },
  {
    name: 'generic-html/many COinS spans',
    format: 'generic-html',
    n: 10_000,
    make: (n) =>
      genericPage(
        repeat(
          '<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft.atitle=A+title&amp;rft.au=Jane+Roe&amp;rft.date=2019"></span>',
          n,
        ),
      ),
  },
  {
    name: 'generic-html/a COinS span with many keys',
    format: 'generic-html',
    n: 50_000,
    make: (n) =>
      genericPage(
        `<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft.atitle=T${repeat('&amp;rft.au=A', n)}"></span>`,
      ),
  },
  {
    name: 'generic-html/many BibTeX entries',
    format: 'generic-html',
    n: 5000,
    make: (n) =>
      genericPage(
        `<pre>${repeat('@article{roe2019, title={A title of a paper}, author={Jane Roe and John Doe}, year={2019}}\n', n)}</pre>`,
      ),
  },
  {
    name: 'generic-html/BibTeX nested braces',
    format: 'generic-html',
    n: 50_000,
    make: (n) => genericPage(`<pre>@article{roe2019, title={${repeat('{', n)}A${repeat('}', n)}}, year={2019}}</pre>`),
  },
  // generic-json: deep values, floods of items and keys, long lists inside an item, damaged lists.
  {
    name: 'generic-json/empty objects',
    format: 'generic-json',
    n: 500_000,
    make: (n) => `[${Array(n).fill('{}').join(',')}]`,
  },
  { name: 'generic-json/deep arrays', format: 'generic-json', n: 100_000, make: (n) => nestedJson(n) },
  {
    name: 'generic-json/deep objects',
    format: 'generic-json',
    n: 50_000,
    make: (n) => `${repeat('{"a":', n)}1${repeat('}', n)}`,
  },
  {
    name: 'generic-json/a list under deep objects',
    format: 'generic-json',
    n: 50_000,
    make: (n) => `${repeat('{"a":', n)}${jsonList('')}${repeat('}', n)}`,
  },
  {
    name: 'generic-json/a deep value in a paper',
    format: 'generic-json',
    n: 100_000,
    make: (n) => jsonList(`,"x":${nestedJson(n)},"y":${repeat('{"__proto__":', n / 4)}1${repeat('}', n / 4)}`),
  },
  {
    name: 'generic-json/many papers',
    format: 'generic-json',
    n: 5000,
    make: (n) => `[${Array.from({ length: n }, (_, index) => jsonWork(index)).join(',')}]`,
  },
  {
    name: 'generic-json/very long author list',
    format: 'generic-json',
    n: 20_000,
    make: (n) => jsonList(`,"authors":[${Array(n).fill('{"name":"Jane Roe"}').join(',')}]`),
  },
  {
    name: 'generic-json/many keys in a paper',
    format: 'generic-json',
    n: 30_000,
    make: (n) => jsonList(Array.from({ length: n }, (_, index) => `,"k${index}":1`).join('')),
  },
  {
    name: 'generic-json/JSON Lines',
    format: 'generic-json',
    n: 5000,
    make: (n) => Array.from({ length: n }, (_, index) => jsonWork(index)).join('\n'),
  },
  {
    name: 'generic-json/every item damaged',
    format: 'generic-json',
    n: 5000,
    make: (n) =>
      `{"results":[${Array.from({ length: n }, (_, index) => jsonWork(index).replace('"year":2019', '"year":2x19')).join(',')}]}`,
  },
  {
    name: 'generic-json/flipped quotes in every item',
    format: 'generic-json',
    n: 5000,
    make: (n) =>
      `{"results":[${Array.from({ length: n }, (_, index) => jsonWork(index).replace('"venue":"', '"venue:"')).join(',')}]}`,
  },
  {
    name: 'generic-json/cut after many items',
    format: 'generic-json',
    n: 5000,
    make: (n) => `[${Array.from({ length: n }, (_, index) => jsonWork(index)).join(',')},{"title":"cut`,
  },
  {
    name: 'generic-json/backslash run',
    format: 'generic-json',
    n: 100_000,
    make: (n) => jsonList(`,"abstract":"${repeat('\\\\', n)}"`),
  },
  // dblp-xml: records, long lists in one, nesting inside a title, entities, malformed records.
  {
    name: 'dblp-xml/many records',
    format: 'dblp-xml',
    n: 5000,
    make: (n) => dblp(Array.from({ length: n }, (_, index) => dblpRecord(index)).join('')),
  },
  {
    name: 'dblp-xml/very long author list',
    format: 'dblp-xml',
    n: 30_000,
    make: (n) => dblp(dblpRecord(0, repeat('\n<author>Jane Roe 0001</author>', n))),
  },
  {
    name: 'dblp-xml/deep nesting in a title',
    format: 'dblp-xml',
    n: 50_000,
    make: (n) =>
      dblp(
        `${dblpRecord(0)}<article key="x"><title>${repeat('<i>', n)}T${repeat('</i>', n)}</title></article>\n${dblpRecord(1)}`,
      ),
  },
  {
    name: 'dblp-xml/deep unclosed nesting',
    format: 'dblp-xml',
    n: 50_000,
    make: (n) =>
      dblp(`${dblpRecord(0)}<article key="x"><title>${repeat('<i>', n)}T</title></article>\n${dblpRecord(1)}`),
  },
  {
    name: 'dblp-xml/many entities',
    format: 'dblp-xml',
    n: 100_000,
    make: (n) => dblp(dblpRecord(0, `\n<note>${repeat('&uuml;&nosuch;', n)}</note>`)),
  },
  {
    name: 'dblp-xml/huge attribute value',
    format: 'dblp-xml',
    n: 500_000,
    make: (n) => dblp(dblpRecord(0).replace('key="', `key="${repeat('k', n)}`)),
  },
  {
    name: 'dblp-xml/every record malformed',
    format: 'dblp-xml',
    n: 3000,
    make: (n) =>
      dblp(Array.from({ length: n }, (_, index) => dblpRecord(index).replace('</title>', '</titel>')).join('')),
  },
  {
    name: 'dblp-xml/many person-page records',
    format: 'dblp-xml',
    n: 5000,
    make: (n) =>
      `<?xml version="1.0"?><dblpperson name="Jane Roe">${Array.from({ length: n }, (_, index) => `<r>${dblpRecord(index)}</r>`).join('')}</dblpperson>`,
  },
]
