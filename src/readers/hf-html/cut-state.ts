import { isHfPaper } from '../hf-api/shape.js'
import { arrayElementSpans, parseOrUndefined } from '../hf-api/spans.js'

// Where an array of objects opens as a key's value; Hugging Face serialises its state compactly.
const listOpening = '":[{'
// Arrays tried before giving up: the paper list comes before any list nested in a paper, and a
// bound keeps a hostile value (every array unclosed) linear.
const maxTries = 16

/**
 * The complete papers of the first paper list in a cut-off state (JSON ending mid-value): the
 * list is found where an array's first complete element is a Hugging Face paper, and its
 * complete elements are parsed one by one (see `arrayElementSpans`). `[]` when none is complete.
 */
export function cutPaperList(props: string): unknown[] {
  const starts = props.trimStart().startsWith('[') ? [0] : []
  for (let at = props.indexOf(listOpening); at !== -1 && starts.length < maxTries; ) {
    starts.push(at + 2)
    at = props.indexOf(listOpening, at + listOpening.length)
  }
  for (const start of starts) {
    const spans = arrayElementSpans(props, start) ?? []
    const first = spans[0]
    if (!first || !isHfPaper(parseOrUndefined(props.slice(first.start, first.end)))) continue
    return spans.map((span) => parseOrUndefined(props.slice(span.start, span.end)))
  }
  return []
}
