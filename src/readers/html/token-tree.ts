/**
 * The subtrees a reader needs (one per result, say), built straight from parse5's tokenizer
 * with offsets, for pages whose markup is strict: every element closed by its own end tag, in
 * order. On such a page the tree parse5 builds is the nesting of the tags, so the subtrees are
 * node for node what `parseLight` gives (same node shapes from parse5's default tree adapter,
 * same offsets), without running the tree builder over the whole page or keeping a tree of it.
 *
 * Anything where the tree builder would do more than nest — an end tag that is not the current
 * element's, `<p>` or a block inside an open `<p>`, `<a>` in `<a>`, `<li>` closing an `<li>`,
 * tables, templates, `<object>`, foreign content breaking out, NUL in text, `<pre>`'s first
 * newline, a subtree cut by the end of input, a page deeper than the depth budget — makes the
 * page "not strict": `undefined`, and the reader parses the light tree as before.
 */
import { type DefaultTreeAdapterTypes, defaultTreeAdapter, foreignContent, html, type Token } from 'parse5'
import type { VFile } from 'vfile'
import { budgetsOf } from '../../core/budgets.js'
import type { Element, LightTree, Node, Offsets } from './light-tree.js'
import { nodePositions } from './light-tree.js'
import { scanTags, type Tag } from './tags.js'

/** The subtrees of a strict page, in document order, over a tree that holds only them. */
export interface Subtrees {
  /** The page; its `document` holds the subtrees as children. */
  tree: LightTree
  /** The root of each subtree (each one kept, with `onSubtree`). */
  roots: Element[]
}

const voids = new Set(
  'area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr'.split(' '),
)
// The tree builder does more than nest these (foster parenting, scopes, templates, renaming, framesets).
const never = new Set(
  'applet caption col colgroup frame frameset image isindex marquee object tbody td template tfoot th thead tr table rb rp rt rtc'.split(
    ' ',
  ),
)
// Opening one of these while the same is open closes (or ignores) it.
const notNested = new Set(['a', 'nobr', 'button', 'form', 'html', 'head', 'body', 'select'])
// Start tags that close an open `<p>` (the HTML standard's "in body" rules).
const closesP = new Set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd dt plaintext table hr xmp'.split(
    ' ',
  ),
)
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
// Inside a subtree these change the text (a dropped first newline) or never end.
const notInSubtree = new Set(['pre', 'listing', 'textarea', 'plaintext'])
// Special elements that stop the search for an `<li>` (or `<dd>`, `<dt>`) to close.
const listStops = new Set(['ul', 'ol', 'menu', 'dl'])
// Foreign elements where HTML starts again, and HTML elements that break out of foreign content.
const integration = new Set(['foreignobject', 'desc', 'title', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml'])
const breakout = new Set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var font'.split(
    ' ',
  ),
)
// How far up to look for an open `<li>` a new one would close; deeper pages are read as a tree.
const listReach = 64

/** Thrown to stop the tokenizer at the first sign the page is not strict. */
const notStrict = new Error('not strict')

/** A token's location (always there: the scan asks for locations). */
function located(place: Token.Location | null): Token.Location {
  if (!place) throw notStrict
  return place
}

/**
 * Called with each subtree as soon as its end tag is read, in document order, with the page
 * built so far and whether a tag inside it passes `isRoot` too; return `true` to let it go (it
 * is then left out of the page and of `roots`).
 * A reader that turns each subtree into an entry here holds one subtree at a time, not a tree
 * of the whole page (on arXiv search pages that tree was 14× the input). The page may yet turn
 * out not strict after some calls: whatever the reader made of them must then be dropped.
 */
export type OnSubtree = (root: Element, tree: LightTree, nested: boolean) => boolean

/**
 * Called with each element inside a subtree (not its root) as soon as its end tag is read: a
 * reader whose parts are the children of a long root (the pairs of a `<dl>`) can take them as
 * they end. It may remove what it took from the subtree. Same caveat as {@link OnSubtree}.
 */
export type OnElement = (element: Element, tree: LightTree) => void

/**
 * The subtrees rooted at the start tags `isRoot` picks (outermost ones; a match inside a
 * subtree is part of it), or `undefined` when the page is not strict (see above) or has none
 * (none kept, with `onSubtree`).
 */
export function strictSubtrees(
  file: VFile,
  isRoot: (tag: Tag) => boolean,
  onSubtree?: OnSubtree,
  onElement?: OnElement,
): Subtrees | undefined {
  const source = file.toString()
  const maxDepth = budgetsOf(file).maxDepth
  const document = defaultTreeAdapter.createDocument()
  const tree: LightTree = { source, document, positionOf: nodePositions(file) }
  const roots: Element[] = []
  // Subtrees read, kept or not; whether the open one holds a tag `isRoot` picks.
  let seen = 0
  let nested = false
  // Open elements, outermost first; from `rootAt` on, the open elements of the subtree being built.
  const names: string[] = []
  const open: Element[] = []
  const counts = new Map<string, number>()
  let rootAt = -1
  let foreign = 0
  // The namespace of the open SVG or MathML element (they do not nest here).
  let namespace: html.NS = html.NS.SVG
  // The open integration point (`<title>`, `<desc>`, `<foreignObject>` in SVG; MathML text
  // elements): its depth and where its content starts; -1 when none.
  let pointAt = -1
  let pointText = 0

  const count = (name: string) => counts.get(name) ?? 0
  const push = (name: string) => {
    names.push(name)
    counts.set(name, count(name) + 1)
    // The tree adds `html`, `head` and `body` when a page leaves them out.
    if (names.length + 3 > maxDepth) throw notStrict
  }
  const pop = () => {
    const name = names.pop() as string
    counts.set(name, count(name) - 1)
  }

  try {
    scanTags(source, {
      startTag(tag) {
        const name = tag.tagName
        const inside = rootAt !== -1
        if (foreign > 0) {
          // Inside an integration point start tags are HTML again, and HTML tags break out of
          // foreign content: read as a tree. So are nested SVG/MathML and a root among foreign elements.
          if (pointAt !== -1 || breakout.has(name) || name === 'svg' || name === 'math' || isRoot(tag)) throw notStrict
          if (inside) {
            if (namespace === html.NS.SVG) {
              foreignContent.adjustTokenSVGTagName(tag)
              foreignContent.adjustTokenSVGAttrs(tag)
            } else foreignContent.adjustTokenMathMLAttrs(tag)
            foreignContent.adjustTokenXMLAttrs(tag)
            add(tag, namespace, tag.selfClosing)
          }
          if (tag.selfClosing) return
          push(name)
          if (integration.has(name)) {
            pointAt = names.length
            pointText = located(tag.location).endOffset
          }
          return
        }
        if (never.has(name) || (notNested.has(name) && count(name) > 0)) throw notStrict
        if (count('select') > 0 && name !== 'option' && name !== 'optgroup' && name !== 'hr') throw notStrict
        if ((name === 'option' || name === 'optgroup') && (names.at(-1) === 'option' || names.at(-1) === 'optgroup'))
          throw notStrict
        if (closesP.has(name) && count('p') > 0) throw notStrict
        if (headings.has(name) && headings.has(names.at(-1) ?? '')) throw notStrict
        if (name === 'li' || name === 'dd' || name === 'dt') closesItem(name)
        if (inside && notInSubtree.has(name)) throw notStrict
        const svg = name === 'svg' || name === 'math'
        const empty = voids.has(name) || (svg && tag.selfClosing)
        if (inside && onSubtree && !nested) nested = isRoot(tag)
        if (inside || isRoot(tag)) {
          let space: html.NS = html.NS.HTML
          if (svg) {
            space = name === 'svg' ? html.NS.SVG : html.NS.MATHML
            if (name === 'svg') foreignContent.adjustTokenSVGAttrs(tag)
            else foreignContent.adjustTokenMathMLAttrs(tag)
            foreignContent.adjustTokenXMLAttrs(tag)
          }
          add(tag, space, empty)
        }
        if (empty) return
        if (svg) {
          foreign++
          namespace = name === 'svg' ? html.NS.SVG : html.NS.MATHML
        }
        push(name)
      },
      endTag(tag) {
        const name = tag.tagName
        // `</br>` and `</p>` without a `<p>` make elements; any other stray or misnested end tag
        // makes the tree differ from the tags.
        if (names.at(-1) !== name) throw notStrict
        if (name === 'svg' || name === 'math') foreign--
        if (names.length === pointAt) {
          // Text only: markup there (even a CDATA section) is read as HTML by the tree builder.
          if (source.slice(pointText, located(tag.location).startOffset).includes('<')) throw notStrict
          pointAt = -1
        }
        pop()
        if (rootAt === -1) return
        const element = open.pop() as Element
        element.endOffset = located(tag.location).endOffset
        if (names.length === rootAt) end(element)
        else onElement?.(element, tree)
      },
      text(token) {
        if (rootAt === -1) return
        const parent = open.at(-1) as Element
        const last = parent.childNodes.at(-1) as (Node & Offsets) | undefined
        defaultTreeAdapter.insertText(parent, token.chars)
        const node = parent.childNodes.at(-1) as Node & Offsets
        const place = located(token.location)
        if (node === last) node.endOffset = place.endOffset
        else {
          node.startOffset = place.startOffset
          node.endOffset = place.endOffset
        }
      },
      nullCharacter() {
        // The tree builder drops NUL in body text.
        if (rootAt !== -1) throw notStrict
      },
      comment(token) {
        if (rootAt === -1) return
        const node = defaultTreeAdapter.createCommentNode(token.data) as DefaultTreeAdapterTypes.CommentNode & Offsets
        const place = located(token.location)
        node.startOffset = place.startOffset
        node.endOffset = place.endOffset
        defaultTreeAdapter.appendChild(open.at(-1) as Element, node)
      },
      end() {
        // A subtree cut by the end of the input ends where the tree builder says.
        if (rootAt !== -1) throw notStrict
      },
    })
  } catch (error) {
    if (error === notStrict) return undefined
    throw error
  }
  if (seen === 0) return undefined
  return { tree, roots }

  /** A new element in the subtree being built (a new root when none is), open unless `empty`. */
  function add(tag: Tag, space: html.NS, empty: boolean): void {
    const element = defaultTreeAdapter.createElement(tag.tagName, space, tag.attrs) as Element
    const place = located(tag.location)
    element.startOffset = place.startOffset
    element.endOffset = place.endOffset
    if (rootAt !== -1) defaultTreeAdapter.appendChild(open.at(-1) as Element, element)
    else {
      defaultTreeAdapter.appendChild(document, element)
      if (empty) {
        end(element)
        return
      }
      rootAt = names.length
    }
    if (!empty) open.push(element)
  }

  function end(element: Element): void {
    rootAt = -1
    seen++
    const drop = onSubtree?.(element, tree, nested)
    nested = false
    if (drop) defaultTreeAdapter.detachNode(element)
    else roots.push(element)
  }

  /** An `<li>` (`<dd>`, `<dt>`) closes an open one unless a list element is nearer. */
  function closesItem(name: string): void {
    const same = name === 'li' ? ['li'] : ['dd', 'dt']
    if (!same.some((item) => count(item) > 0)) return
    for (let index = names.length - 1, steps = 0; index >= 0; index--, steps++) {
      const above = names[index] as string
      if (same.includes(above) || steps > listReach) throw notStrict
      if (listStops.has(above)) return
      // Special elements other than `address`, `div` and `p` stop the search too; a page
      // with one in between is rare enough to read as a tree.
      if (above !== 'div' && above !== 'address' && above !== 'p' && above !== 'span') throw notStrict
    }
  }
}
