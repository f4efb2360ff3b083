import { describe, expect, it } from 'vitest'
import { estimateContainment, estimateJaccard, forEachShingle, sketch, wordHashes, wordUnit } from './minhash.js'
import { seededRandom } from './test-helpers/reuters.js'


const next = seededRandom(42)
const vocabulary = Array.from({ length: 3000 }, (_, index) => `w${index.toString(36)}x${Math.floor(next() * 1e6).toString(36)}`)
const pick = (): string => vocabulary[Math.floor(next() * vocabulary.length)]!

function words(count: number): string[] {
  return Array.from({ length: count }, pick)
}

function exactJaccard(a: string, b: string): number {
  const setA = new Set<number>()
  const setB = new Set<number>()
  forEachShingle(a, 3, (hash) => setA.add(hash))
  forEachShingle(b, 3, (hash) => setB.add(hash))
  let shared = 0
  for (const hash of setA) if (setB.has(hash)) shared++
  return shared / (setA.size + setB.size - shared)
}

describe('MinHash signature', () => {
  it('estimates the Jaccard similarity of shingle sets with a small mean absolute error', () => {
    const errors: number[] = []
    const exacts: number[] = []
    for (let pair = 0; pair < 300; pair++) {
      const base = words(150 + Math.floor(next() * 400))
      const editRate = next() * 0.6
      const edited = base.map((word) => (next() < editRate ? pick() : word))
      const a = base.join(' ')
      const b = edited.join(' ')
      const exact = exactJaccard(a, b)
      exacts.push(exact)
      errors.push(Math.abs(estimateJaccard(sketch(a).signature, sketch(b).signature) - exact))
    }
    const meanError = errors.reduce((sum, error) => sum + error, 0) / errors.length
    expect(meanError).toBeLessThan(0.035)
    expect(Math.max(...errors)).toBeLessThan(0.2)
    // The pairs span the range, so a constant estimate could not pass.
    expect(Math.min(...exacts)).toBeLessThan(0.1)
    expect(Math.max(...exacts)).toBeGreaterThan(0.6)
  })

  it('does not make the minima of unrelated texts coincide', () => {
    const estimates = Array.from({ length: 50 }, () =>
      estimateJaccard(sketch(words(300).join(' ')).signature, sketch(words(300).join(' ')).signature),
    )
    expect(Math.max(...estimates)).toBeLessThan(0.05)
  })

  it('gives identical texts, whatever their case and punctuation, an estimate of 1', () => {
    const text = words(200).join(' ')
    const shouted = text.toUpperCase().replace(/ /g, ', ')
    expect(estimateJaccard(sketch(text).signature, sketch(shouted).signature)).toBe(1)
  })

  it('sees an excerpt as contained in its source', () => {
    const source = words(600)
    const excerpt = source.slice(100, 250)
    const estimate = estimateContainment(sketch(excerpt.join(' ')), sketch(source.join(' ')))
    expect(estimate).toBeGreaterThan(0.8)
    expect(estimateJaccard(sketch(excerpt.join(' ')).signature, sketch(source.join(' ')).signature)).toBeLessThan(0.4)
  })

  it('returns a signature for texts shorter than a shingle and none for texts without words', () => {
    expect(sketch('Hanoi').shingleCount).toBe(1)
    expect(sketch(' … — ').shingleCount).toBe(0)
    expect(estimateJaccard(sketch('').signature, sketch('').signature)).toBe(0)
  })
})

describe('word hashing', () => {
  it('splits words the same whatever the apostrophe, quote or space character', () => {
    const plain = Array.from(wordHashes("Vietnam's 10 000 \"jets\" - here"))
    expect(Array.from(wordHashes('Vietnam’s 10\u00a0000 “jets” — here'))).toEqual(plain)
    expect(plain).toHaveLength(6)
    expect(Array.from(wordHashes('Hà Nội'))).toHaveLength(2)
  })
})

describe('wordUnit', () => {
  it('separates words at every code unit except ASCII letters and digits and letters beyond ASCII outside general punctuation', () => {
    const wrong: number[] = []
    for (let code = 0; code < 65536; code++) {
      const isWord = /[a-zA-Z0-9]/.test(String.fromCharCode(code)) || (code >= 0xc0 && (code < 0x2000 || code > 0x206f) && code !== 0xd7 && code !== 0xf7)
      const expected = !isWord ? 0 : code >= 65 && code <= 90 ? code | 0x20 : code
      if (wordUnit(code) !== expected) wrong.push(code)
    }
    expect(wrong).toEqual([])
    expect(wordUnit(0x41)).toBe(0x61)
    expect(wordUnit(0x2019)).toBe(0)
  })
})
