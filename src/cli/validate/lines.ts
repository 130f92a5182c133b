/**
 * The lines of a byte stream, decoded as UTF-8, pulled one chunk at a time: memory holds one
 * chunk and the longest line, however long the stream. `\n` and `\r\n` both end a line.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8') // strips a leading BOM, replaces invalid bytes
  let rest = ''
  for await (const chunk of chunks) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let start = 0
    let end = rest.indexOf('\n')
    while (end !== -1) {
      yield withoutCr(rest.slice(start, end))
      start = end + 1
      end = rest.indexOf('\n', start)
    }
    rest = rest.slice(start)
  }
  rest += decoder.decode()
  if (rest !== '') yield withoutCr(rest)
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}
