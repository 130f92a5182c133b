// A reader for test/cli/jobs.test.ts: lines `* <title> (<year>)` are papers; a `# n slow` line
// makes it block for a while, and every read is logged (`start n`, `end n`) to the file named by
// PAPERSIFT_TEST_LOG, so the test can see which files the workers took while one was slow.
import { appendFileSync } from 'node:fs'

const log = (text) => {
  if (process.env.PAPERSIFT_TEST_LOG) appendFileSync(process.env.PAPERSIFT_TEST_LOG, `${text}\n`)
}

export const slowList = {
  name: 'slow-list',
  sniff: (sample) => (sample.startsWith('SLOW LIST') ? 0.9 : 0),
  read(file) {
    const text = String(file.value)
    const id = /^# (\d+)/m.exec(text)?.[1] ?? '?'
    log(`start ${id}`)
    if (/^# \d+ slow$/m.test(text)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500)
    const entries = []
    for (const line of text.split('\n')) {
      const match = /^\* (.+) \((\d{4})\)$/.exec(line)
      if (match) entries.push({ fields: { title: { value: match[1] }, year: { value: match[2] } } })
    }
    log(`end ${id}`)
    return { entries }
  },
}
