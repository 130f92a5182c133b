/** A small listing in the shape of the seed, built line by line so each test can bend one thing. */
export function listing(
  entries: ReadonlyArray<{ title: string; abstract?: string; meta?: string[] }>,
  eol = '\n',
): string {
  const lines = [
    'New',
    '',
    'Get trending papers in your email inbox!',
    '',
    'Subscribe',
    '',
    'Daily Papers',
    '',
    'byAK and the research community',
    '',
    'Dec 8',
    '',
  ]
  for (const entry of entries) {
    lines.push(entry.title, '')
    if (entry.abstract !== undefined) lines.push(entry.abstract, '')
    if (entry.meta) lines.push(...entry.meta, '')
  }
  return lines.join(eol).trimEnd()
}

export const abstractA =
  'We study how pretraining task diversity shapes in-context learning. Code is available at https://github.com/a/b.'
export const abstractB = 'A second abstract that is long enough to read as prose, with a full stop at its end.'
