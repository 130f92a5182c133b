// A reader module as a user would pass it to `papersift parse --use`: plain objects, no imports needed.
/** Lines `* <title> (<year>)` are papers. */
export const tinyList = {
  name: 'tiny-list',
  sniff: (sample) => (sample.startsWith('TINY LIST') ? 0.9 : 0),
  read(file) {
    const entries = []
    for (const line of String(file.value).split('\n')) {
      const match = /^\* (.+) \((\d{4})\)$/.exec(line)
      if (match) entries.push({ fields: { title: { value: match[1] }, year: { value: match[2] } } })
    }
    return { entries }
  },
}

export const notAnExtension = 42
