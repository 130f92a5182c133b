import { describe, expect, it } from 'vitest'
import { isCommunity, isOrganization, resolveUrl, upvoteTarget } from '../../../src/readers/hf-markdown/urls.js'

describe('hf-markdown URLs (parsed once, remembered)', () => {
  it('resolves the same relative URL against each base on its own', () => {
    expect(resolveUrl('/papers/2401.00001', 'https://huggingface.co/')).toBe('https://huggingface.co/papers/2401.00001')
    expect(resolveUrl('/papers/2401.00001', 'https://hf.co/x/')).toBe('https://hf.co/papers/2401.00001')
    expect(resolveUrl('next', 'https://huggingface.co/a/')).toBe('https://huggingface.co/a/next')
    expect(resolveUrl('next', 'https://huggingface.co/b/')).toBe('https://huggingface.co/b/next')
    // Asked again: the same answers.
    expect(resolveUrl('next', 'https://huggingface.co/a/')).toBe('https://huggingface.co/a/next')
    expect(resolveUrl('http://[bad', 'https://huggingface.co/')).toBeUndefined()
    expect(resolveUrl('http://[bad', 'https://huggingface.co/')).toBeUndefined()
  })

  it('gives the same answers on the first and later questions about a URL', () => {
    for (let round = 0; round < 2; round++) {
      expect(upvoteTarget('https://huggingface.co/login?next=%2Fpapers%2F2407.21783')).toBe('2407.21783')
      expect(upvoteTarget('https://huggingface.co/login')).toBe('')
      expect(upvoteTarget('https://example.com/login?next=/papers/2407.21783')).toBeUndefined()
      expect(isCommunity('https://huggingface.co/papers/2407.21783#community')).toBe(true)
      expect(isCommunity('https://huggingface.co/papers/2407.21783')).toBe(false)
      expect(isOrganization('https://huggingface.co/meta-llama')).toBe(true)
      expect(isOrganization('https://huggingface.co/papers')).toBe(false)
      expect(isOrganization('https://huggingface.co/meta-llama?x=1')).toBe(false)
      expect(isOrganization('not a url')).toBe(false)
    }
  })

  it('keeps answering right past the memo’s size', () => {
    for (let index = 0; index < 3000; index++) {
      expect(resolveUrl(`/o${index}`, 'https://huggingface.co/')).toBe(`https://huggingface.co/o${index}`)
    }
    expect(isOrganization('https://huggingface.co/o2999')).toBe(true)
  })
})
