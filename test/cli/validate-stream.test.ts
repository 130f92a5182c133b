/**
 * `validate` streams JSON Lines: it pulls the next chunk of input only after it has checked and
 * reported every record of the chunks before, so memory holds one chunk (plus the longest line)
 * however long the input. Checked by counting, not timing: a generator hands out chunks and
 * notes, at each pull, how many records have been reported so far.
 */
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { arxivRecord } from '../schema/records.js'

const perChunk = 100
const chunks = 600 // 60,000 records, about 100 MB of JSON Lines

describe('papersift validate on a large stream', () => {
  it('checks and reports records as the lines arrive, in bounded memory', { timeout: 120_000 }, async () => {
    // Every record is invalid (negative upvotes), so each one prints exactly one line.
    const line = `${JSON.stringify({ ...arxivRecord, upvotes: -1, abstract: 'x'.repeat(1200) })}\n`
    const chunk = new TextEncoder().encode(line.repeat(perChunk))
    let reported = 0
    let pulled = 0
    let worstLag = 0
    async function* input(): AsyncGenerator<Uint8Array> {
      for (; pulled < chunks; pulled++) {
        // Records handed out so far minus records reported: what validate holds right now.
        worstLag = Math.max(worstLag, pulled * perChunk - reported)
        yield chunk
      }
    }
    const code = await main(['validate', '-'], {
      stdout: (text) => {
        for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) reported++
      },
      stderr: () => {},
      readStdin: async () => {
        throw new Error('validate must stream stdin, not read it whole')
      },
      stdinStream: input,
    })
    expect(code).toBe(1)
    expect(pulled).toBe(chunks)
    expect(chunk.byteLength * chunks).toBeGreaterThan(90_000_000)
    // One problem line per record, and the summary.
    expect(reported).toBe(chunks * perChunk + 1)
    // Never more than one chunk's records behind: nothing accumulates.
    expect(worstLag).toBeLessThanOrEqual(perChunk)
  })
})
