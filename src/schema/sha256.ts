/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, in plain JavaScript: the record id's hash must
 * be synchronous and the same in Node and in browsers, where `node:crypto` is missing and Web
 * Crypto's `digest` is async. Tested against `node:crypto` on random strings.
 */

// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
])

const encoder = new TextEncoder()
// The message schedule, reused by every call (the function is synchronous and never re-entered).
const w = new Int32Array(64)
// The padded message, reused and grown when a longer one comes (a title takes one or two blocks).
let padded = new Uint8Array(256)

/** The SHA-256 digest of `value` (as UTF-8), as 64 lower-case hex digits. */
export function sha256Hex(value: string): string {
  const length = utf8Into(value)
  // Message, the 0x80 marker, zero padding, and the bit length in the last 8 bytes: a multiple of 64 bytes.
  const blocks = Math.ceil((length + 9) / 64)
  const end = blocks * 64
  padded[length] = 0x80
  padded.fill(0, length + 1, end - 8)
  const bits = length * 8
  writeWord(end - 8, Math.floor(bits / 0x100000000))
  writeWord(end - 4, bits >>> 0)

  // The state in locals, not a typed array read through an iterator: this runs once per record.
  let h0 = 0x6a09e667
  let h1 = 0xbb67ae85
  let h2 = 0x3c6ef372
  let h3 = 0xa54ff53a
  let h4 = 0x510e527f
  let h5 = 0x9b05688c
  let h6 = 0x1f83d9ab
  let h7 = 0x5be0cd19
  for (let block = 0; block < blocks; block++) {
    for (let t = 0, at = block * 64; t < 16; t++, at += 4)
      w[t] =
        ((padded[at] as number) << 24) |
        ((padded[at + 1] as number) << 16) |
        ((padded[at + 2] as number) << 8) |
        (padded[at + 3] as number)
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15] as number
      const b = w[t - 2] as number
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10)
      w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0
    }
    let a = h0
    let b = h1
    let c = h2
    let d = h3
    let e = h4
    let f = h5
    let g = h6
    let h = h7
    for (let t = 0; t < 64; t++) {
      const t1 =
        (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) | 0
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0
      h = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    h0 = (h0 + a) | 0
    h1 = (h1 + b) | 0
    h2 = (h2 + c) | 0
    h3 = (h3 + d) | 0
    h4 = (h4 + e) | 0
    h5 = (h5 + f) | 0
    h6 = (h6 + g) | 0
    h7 = (h7 + h) | 0
  }
  // A long message's buffer is not kept for the next title.
  if (padded.length > 4096) padded = new Uint8Array(256)
  writeHex(0, h0)
  writeHex(8, h1)
  writeHex(16, h2)
  writeHex(24, h3)
  writeHex(32, h4)
  writeHex(40, h5)
  writeHex(48, h6)
  writeHex(56, h7)
  // One flat string from the 64 digit codes (a fixed count), not 32 concatenations.
  return String.fromCharCode.apply(null, hexCodes)
}

// The digest's 64 hex digits as char codes, reused by every call.
const hexCodes: number[] = new Array(64).fill(48)
const digitCodes = [...'0123456789abcdef'].map((char) => char.charCodeAt(0))

function writeHex(at: number, word: number): void {
  for (let shift = 28, index = at; shift >= 0; shift -= 4, index++) {
    hexCodes[index] = digitCodes[(word >>> shift) & 0xf] as number
  }
}

/**
 * Write `value` as UTF-8 at the start of `padded` (grown to hold it and its padding); returns
 * its length in bytes. ASCII, what titles mostly are, is copied char by char; anything else
 * goes through `TextEncoder` (lone surrogates become U+FFFD, as `encode` makes them).
 */
function utf8Into(value: string): number {
  const most = value.length * 3 + 72
  if (padded.length < most) padded = new Uint8Array(most)
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x80) return encoder.encodeInto(value, padded).written
    padded[index] = code
  }
  return value.length
}

function writeWord(at: number, word: number): void {
  padded[at] = word >>> 24
  padded[at + 1] = (word >>> 16) & 0xff
  padded[at + 2] = (word >>> 8) & 0xff
  padded[at + 3] = word & 0xff
}

function rotr(value: number, bits: number): number {
  return (value >>> bits) | (value << (32 - bits))
}
