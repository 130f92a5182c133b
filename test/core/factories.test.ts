import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  createParser,
  datasets,
  defineReader,
  extract,
  hfText,
  metadata,
  type Plugin,
  parse,
  parseSync,
  type Reader,
  repositories,
} from '../../src/index.js'

const seed = readFileSync(new URL('../../fixtures/hf-text/seed/input.txt', import.meta.url))
const options = { referenceDate: '2025-12-08' }
// What a user writes by mistake: the factory itself, cast because TypeScript would catch it.
const uncalled = <T>(factory: unknown) => factory as T

describe('built-in plugins are factories', () => {
  it('metadata(), repositories() and datasets() make the default chain', () => {
    const own = createParser({ plugins: [metadata(), repositories(), datasets()] })
    expect(own.plugins).toEqual(['metadata', 'repositories', 'datasets'])
    expect(own.parseSync(seed, options).papers).toEqual(parseSync(seed, options).papers)
  })

  it('each call makes a plugin of the same name and behaviour', () => {
    const [one, two] = [metadata(), metadata()]
    expect(one).not.toBe(two)
    expect(one.name).toBe('metadata')
    expect(repositories().after).toEqual(['metadata'])
  })

  it('metadata() and repositories() take no options: a key is named in the TypeError', () => {
    const call = (factory: (options?: unknown) => unknown, value: unknown) => () => factory(value)
    expect(call(metadata as never, { refDate: '2025-01-01' })).toThrow(
      new TypeError('Unexpected option `refDate` of metadata(), expected no options.'),
    )
    expect(call(repositories as never, { a: 1, b: 2 })).toThrow(/options `a`, `b` of repositories\(\)/)
    expect(call(metadata as never, 'x')).toThrow(/Expected the options of metadata\(\) to be an object, got string/)
    expect(() => metadata(null)).not.toThrow()
    expect(() => repositories({})).not.toThrow()
  })
})

describe('a factory given where a plugin or reader belongs', () => {
  it('use(metadata) asks whether it was meant to be called', () => {
    expect(() => createParser().use(uncalled<Plugin>(metadata))).toThrow(
      new TypeError(
        'Unexpected function `metadata` where a plugin or reader object was expected: did you mean to call it? `.use(metadata())`',
      ),
    )
    expect(() => createParser().use(uncalled<Plugin>(datasets))).toThrow(/`\.use\(datasets\(\)\)`/)
    expect(() => createParser().use([uncalled<Plugin>(repositories)])).toThrow(/`\.use\(\[repositories\(\), …\]\)`/)
  })

  it('in createParser, parse and extract options too', () => {
    expect(() => createParser({ plugins: [uncalled<Plugin>(repositories)] })).toThrow(
      /did you mean to call it\? `createParser\(\{ plugins: \[repositories\(\)\] \}\)`/,
    )
    expect(() => parseSync('x', { plugins: [uncalled<Plugin>(metadata)] })).toThrow(
      /`parse\(input, \{ plugins: \[metadata\(\)\] \}\)`/,
    )
    expect(() => extract({ title: 't' }, { plugins: [uncalled<Plugin>(metadata)] })).toThrow(
      /`extract\(input, \{ plugins: \[metadata\(\)\] \}\)`/,
    )
  })

  it('a reader factory', () => {
    const tinyReader = () => defineReader({ name: 'tiny', sniff: () => 0, read: () => ({ entries: [] }) })
    expect(() => createParser({ readers: [uncalled<Reader>(tinyReader), hfText] })).toThrow(
      new TypeError(
        'Unexpected function `tinyReader` where a reader object was expected: did you mean to call it? `createParser({ readers: [tinyReader()] })`',
      ),
    )
    expect(() => createParser().use(uncalled<Reader>(tinyReader))).toThrow(/`\.use\(tinyReader\(\)\)`/)
    expect(createParser().use(tinyReader()).readers[0]).toBe('tiny')
  })

  it('an anonymous function is still told apart from a malformed object', async () => {
    await expect(parse('x', { plugins: [uncalled<Plugin>(() => ({}))] })).rejects.toThrow(/did you mean to call it/)
  })
})
