/** An unknown or misspelt option key (`refDate`) throws a TypeError naming it and the accepted keys, everywhere. */
import { describe, expect, it } from 'vitest'
import {
  createParser,
  datasets,
  extract,
  metadata,
  parse,
  parseSync,
  repositories,
  validatePapers,
} from '../../src/index.js'

const typo = { refDate: '2025-12-08' } as never

describe('options are checked everywhere', () => {
  const calls: Array<[string, () => unknown, RegExp]> = [
    [
      'parseSync',
      () => parseSync('x', typo),
      /unknown `refDate`.*Expected only `reader`, `url`, `referenceDate`, `plugins`/,
    ],
    ['createParser', () => createParser(typo), /option `refDate`, expected only `plugins` and `readers`/],
    [
      'extract',
      () => extract({ title: 't' }, typo),
      /option `refDate` of extract\(\), expected only `referenceDate`, `plugins`/,
    ],
    [
      'validatePapers',
      () => validatePapers([], typo),
      /option `refDate` of validatePapers\(\), expected only `strict`, `extend`/,
    ],
    ['datasets', () => datasets(typo), /refDate/],
    ['metadata', () => metadata(typo), /option `refDate` of metadata\(\), expected no options/],
    ['repositories', () => repositories(typo), /option `refDate` of repositories\(\), expected no options/],
  ]
  for (const [name, call, message] of calls) {
    it(`${name} throws a TypeError naming the key and the accepted ones`, () => {
      expect(call).toThrow(TypeError)
      expect(call).toThrow(message)
    })
  }

  it('parse rejects (it does not throw synchronously)', async () => {
    const pending = parse('x', typo)
    expect(pending).toBeInstanceOf(Promise)
    await expect(pending).rejects.toThrow(/unknown `refDate`/)
  })
})
