/** Metadata lines start with a bullet, an author count, `·` or a month; anything else is not one. */
import { describe, expect, it } from 'vitest'
import { parseMetaLine } from '../../../src/readers/hf-text/meta-line.js'

describe('parseMetaLine', () => {
  it('reads each way a metadata line can start', () => {
    expect(parseMetaLine('• 4 authors')?.authorCount?.value).toBe('4')
    expect(parseMetaLine('* 12 authors · Jun 26, 2023')).toMatchObject({
      authorCount: { value: '12', from: 2, to: 4 },
      date: { value: 'Jun 26, 2023', from: 15, to: 27 },
      separator: true,
    })
    expect(parseMetaLine('‣ 1 author')?.authorCount?.value).toBe('1')
    expect(parseMetaLine('3 authors')?.authorCount?.value).toBe('3')
    expect(parseMetaLine('·')).toEqual({ separator: true })
    expect(parseMetaLine('May 13, 2023 2')).toMatchObject({ date: { value: 'May 13, 2023' }, comments: { value: '2' } })
    for (const month of ['Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'July'])
      expect(parseMetaLine(`${month} 5`)?.date?.value, month).toBe(`${month} 5`)
  })

  it('says no to other lines, long lines and empty ones', () => {
    expect(parseMetaLine('')).toBeUndefined()
    expect(parseMetaLine('Attention Is All You Need')).toBeUndefined()
    expect(parseMetaLine('june 5')).toBeUndefined()
    expect(parseMetaLine(`Jun 26, 2023${' '.repeat(80)}`)).toBeUndefined()
    expect(parseMetaLine('• not a count')).toBeUndefined()
  })
})
