/**
 * MinHash sketches of word shingles by one-permutation hashing (Li, Owen & Zhang 2012) with
 * optimal densification (Shrivastava 2017).
 *
 * Written by hand because no npm package hashes shingles without building a string per shingle
 * and running k hash functions over it: one hash per shingle and 128 bins is what makes
 * 30,000 articles/s possible in JavaScript. Words are hashed from the UTF-8 bytes of the text
 * as they are scanned (no word or shingle strings are allocated).
 */

export const SIGNATURE_SIZE = 128
const BIN_BITS = 7 // 2^7 = 128 bins
const EMPTY = 0xffffffff

export interface Sketch {
  /** One minimum per bin (the low 25 bits of the smallest shingle hash in it); `EMPTY` bins never occur after densification unless the text has no words. */
  readonly signature: Uint32Array
  /** Number of shingles hashed (duplicates included: rare in prose, and this keeps sketching linear). */
  readonly shingleCount: number
}

export interface SketchOptions {
  /** Words per shingle. 3 keeps shared boilerplate phrases from matching while rewrites still do. */
  readonly shingleWords?: number
}

/** murmur3's 32-bit finaliser: a full avalanche, so the top bits that pick the bin are uniform. */
export function mix32(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

function isWordCode(code: number): boolean {
  // ASCII letters and digits, and any letter beyond ASCII except the general punctuation block
  // (curly quotes, dashes), so "Vietnam’s" splits like "Vietnam's".
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    (code >= 0xc0 && (code < 0x2000 || code > 0x206f) && code !== 0xd7 && code !== 0xf7)
  )
}

/** Per UTF-16 code unit: 0 when it separates words, else the unit lower-cased (ASCII) or as is. One load per character. */
export const WORD_UNIT = (() => {
  const table = new Uint16Array(65536)
  for (let code = 1; code < 65536; code++) if (isWordCode(code)) table[code] = code >= 65 && code <= 90 ? code | 0x20 : code
  return table
})()

/** Per UTF-8 byte: 0 when it separates words, else the byte lower-cased (ASCII). Bytes of non-ASCII letters are word bytes. */
const WORD_BYTE = (() => {
  const table = new Uint8Array(256)
  for (let byte = 0; byte < 256; byte++) if (byte >= 0x80 || isWordCode(byte)) table[byte] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
  return table
})()

const encoder = new TextEncoder()
let byteBuffer = new Uint8Array(1 << 16)
let wordBuffer = new Uint32Array(4096)

/**
 * FNV-1a hash of every word of the text (ASCII lower-cased), computed over its UTF-8 bytes: one
 * native encode, then a byte loop with a table lookup, faster than reading UTF-16 code units.
 * Returns a view valid until the next call.
 */
export function wordHashes(text: string): Uint32Array {
  if (text.length * 3 > byteBuffer.length) byteBuffer = new Uint8Array(text.length * 3)
  const bytes = byteBuffer
  const length = encoder.encodeInto(text, bytes).written
  let count = 0
  let hash = 0x811c9dc5
  let inWord = false
  for (let index = 0; index <= length; index++) {
    let unit = index < length ? WORD_BYTE[bytes[index]!]! : 0
    if (unit >= 0xc2) {
      // Separators outside ASCII: U+2000-U+206F (curly quotes, dashes: E2 80 xx, E2 81 xx),
      // no-break space and guillemets (C2 A0, C2 AB, C2 BB), so "Vietnam’s" splits like "Vietnam's".
      const next = bytes[index + 1]
      if ((unit === 0xe2 && (next === 0x80 || next === 0x81)) || (unit === 0xc2 && (next === 0xa0 || next === 0xab || next === 0xbb))) {
        index += unit === 0xe2 ? 2 : 1
        unit = 0
      }
    }
    if (unit !== 0) {
      hash = Math.imul(hash ^ unit, 0x01000193)
      inWord = true
    } else if (inWord) {
      if (count === wordBuffer.length) {
        const grown = new Uint32Array(wordBuffer.length * 2)
        grown.set(wordBuffer)
        wordBuffer = grown
      }
      wordBuffer[count++] = hash >>> 0
      hash = 0x811c9dc5
      inWord = false
    }
  }
  return wordBuffer.subarray(0, count)
}

/**
 * Hash of the shingle of `size` words starting at `start`, order-sensitive: each word hash is
 * multiplied by a different odd constant before the sum is avalanched once.
 */
function shingleHash(words: Uint32Array, start: number, size: number): number {
  if (size === 3) {
    return mix32((Math.imul(words[start]!, 0x9e3779b1) + Math.imul(words[start + 1]!, 0x85ebca77) + Math.imul(words[start + 2]!, 0xc2b2ae3d)) | 0)
  }
  let hash = 0x9e3779b9
  for (let offset = 0; offset < size; offset++) hash = (Math.imul(hash, 0x01000193) + Math.imul(words[start + offset]!, 0x27d4eb2f)) | 0
  return mix32(hash)
}

/** Calls `visit` with the hash of every shingle of the text (single words when it is shorter than a shingle). */
export function forEachShingle(text: string, shingleWords: number, visit: (hash: number) => void): number {
  const words = wordHashes(text)
  const size = words.length >= shingleWords ? shingleWords : Math.max(1, words.length)
  const count = words.length === 0 ? 0 : words.length - size + 1
  for (let start = 0; start < count; start++) visit(shingleHash(words, start, size))
  return count
}

// Signatures are carved out of shared blocks: a typed array of its own costs each signature a
// separately allocated backing store, which at 100,000 articles was a tenth of the sketching time in GC.
const SIGNATURES_PER_BLOCK = 256
let signatureBlock = new Uint32Array(0)
let signatureBlockUsed = 0

function newSignature(): Uint32Array {
  if (signatureBlockUsed === signatureBlock.length) {
    signatureBlock = new Uint32Array(SIGNATURE_SIZE * SIGNATURES_PER_BLOCK)
    signatureBlockUsed = 0
  }
  const signature = signatureBlock.subarray(signatureBlockUsed, signatureBlockUsed + SIGNATURE_SIZE)
  signatureBlockUsed += SIGNATURE_SIZE
  return signature.fill(EMPTY)
}

/** A 128-value MinHash signature of the text's word shingles (a view into a shared block: copy it before transferring its buffer). */
export function sketch(text: string, options: SketchOptions = {}): Sketch {
  const shingleWords = options.shingleWords ?? 3
  const signature = newSignature()
  const words = wordHashes(text)
  const size = words.length >= shingleWords ? shingleWords : Math.max(1, words.length)
  const count = words.length === 0 ? 0 : words.length - size + 1
  const shift = 32 - BIN_BITS
  const lowMask = (1 << shift) - 1
  for (let start = 0; start < count; start++) {
    const hash = shingleHash(words, start, size)
    // The top bits pick the bin; the minimum is kept of the low bits, which stay small integers
    // (V8 keeps them unboxed) and are all that differ within a bin.
    const bin = hash >>> shift
    const low = hash & lowMask
    if (low < signature[bin]!) signature[bin] = low
  }
  if (count > 0) densify(signature)
  return { signature, shingleCount: count }
}

/**
 * Fill empty bins from non-empty ones chosen by a hash of (bin, attempt) that is the same for
 * every document, so two documents borrow from the same bin and the estimate stays unbiased.
 */
function densify(signature: Uint32Array): void {
  // Donors are read from the signature as hashed, before any bin is filled: a scratch copy
  // reused across calls (most ~400-word articles leave a few of the 128 bins empty).
  let empty = false
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) if (signature[bin] === EMPTY) empty = true
  if (!empty) return
  const filled = densifyScratch
  filled.set(signature)
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    if (filled[bin] !== EMPTY) continue
    for (let attempt = 1; ; attempt++) {
      const donor = mix32(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77)) & (SIGNATURE_SIZE - 1)
      const value = filled[donor]!
      if (value !== EMPTY) {
        signature[bin] = value
        break
      }
    }
  }
}

const densifyScratch = new Uint32Array(SIGNATURE_SIZE)

/** Fraction of equal bins: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0
  let empty = 0
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    const value = a[bin]!
    if (value === EMPTY || b[bin] === EMPTY) empty++
    else if (value === b[bin]) equal++
  }
  return empty === SIGNATURE_SIZE ? 0 : equal / SIGNATURE_SIZE
}

/**
 * Share of the smaller set found in the larger one, from the Jaccard estimate and the set sizes:
 * |A∩B| = J(|A|+|B|)/(1+J). An excerpt of a long article has a low Jaccard but a high containment.
 */
export function estimateContainment(a: Sketch, b: Sketch): number {
  const jaccard = estimateJaccard(a.signature, b.signature)
  const smaller = Math.min(a.shingleCount, b.shingleCount)
  if (smaller === 0) return 0
  const intersection = (jaccard * (a.shingleCount + b.shingleCount)) / (1 + jaccard)
  return Math.min(1, intersection / smaller)
}
