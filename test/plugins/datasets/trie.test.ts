/**
 * The double-array trie against the plain definition: a walk along a string reaches a node
 * exactly while the string is a prefix of some key, and a node holds the values of the keys
 * that end there, in the order they were given.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildTrie, noNode } from '../../../src/plugins/datasets/trie.js'

/** The node `text` leads to from the root, or `noNode`. */
function walk(trie: ReturnType<typeof buildTrie<number>>, text: string): number {
  let node = 0
  for (let index = 0; index < text.length && node !== noNode; index++) node = trie.child(node, text.charCodeAt(index))
  return node
}

describe('buildTrie', () => {
  it('finds keys and their prefixes, and nothing else', () => {
    const trie = buildTrie<number>([
      ['coco', 1],
      ['cocostuff', 2],
      ['imagenet', 3],
      ['coco', 4],
      ['é1', 5],
    ])
    expect(trie.values(walk(trie, 'coco'))).toEqual([1, 4])
    expect(trie.isEnd(walk(trie, 'coco'))).toBe(true)
    expect(trie.isEnd(walk(trie, 'cocos'))).toBe(false)
    expect(trie.values(walk(trie, 'cocos'))).toBeUndefined()
    expect(trie.values(walk(trie, 'cocostuff'))).toEqual([2])
    expect(trie.values(walk(trie, 'é1'))).toEqual([5])
    expect(walk(trie, 'cocoa')).toBe(noNode)
    expect(walk(trie, 'x')).toBe(noNode)
    expect(walk(trie, 'imagenet1')).toBe(noNode)
  })

  it('agrees with a plain map of prefixes on any keys', () => {
    const unit = fc.constantFrom('a', 'b', 'c', '1', '+', 'é', 'ı', '\u{1F600}'.charAt(0))
    const key = fc.array(unit, { minLength: 1, maxLength: 6 }).map((units) => units.join(''))
    fc.assert(
      fc.property(fc.array(key, { maxLength: 30 }), fc.array(key, { maxLength: 30 }), (keys, probes) => {
        const entries = keys.map((text, index) => [text, index] as const)
        const trie = buildTrie(entries)
        for (const probe of [...keys, ...probes]) {
          const node = walk(trie, probe)
          const expected = entries.filter(([text]) => text === probe).map(([, index]) => index)
          expect(node !== noNode).toBe(keys.some((text) => text.startsWith(probe)))
          if (node === noNode) continue
          expect(trie.isEnd(node)).toBe(expected.length > 0)
          expect(trie.values(node) ?? []).toEqual(expected)
        }
      }),
    )
  })
})
