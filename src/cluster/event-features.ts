import { stemmer } from 'stemmer'
import { isStopword } from '../segment/terms.js'
import { WORD_UNIT } from './minhash.js'

/**
 * What two reports of the same event share even when they share few phrases: the names, the
 * designators and the numbers, plus the content words. A three-paragraph summary of a long
 * investigation ("Hanoi bought Su-35 jets from Rostec for $8 billion") reuses almost no
 * three-word phrase of it but names the same people, places, products and figures.
 *
 * Features are strings with a kind prefix: `e:` entity, `d:` designator, `n:` number, `t:` term.
 */
export type FeatureKind = 'e' | 'd' | 'n' | 't'

/** Relative weight of a shared feature of each kind (multiplied by its rarity). */
export const featureKindWeights: Readonly<Record<FeatureKind, number>> = { e: 2, d: 3, n: 2, t: 1 }

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu
const NUMBER = /\d[\d,]*(?:\.\d+)?/g
const UPPER = /^\p{Lu}/u
const HAS_DIGIT = /\d/
const HAS_LETTER = /\p{L}/u
const SENTENCE_BREAK = /[.!?:"“”\n]/

/** Smallest number kept: small counts ("three ministers", "2 planes") say nothing about the event. */
const MIN_NUMBER = 10

export function eventFeatures(text: string, title?: string): string[] {
  const source = title === undefined ? text : `${title}\n${text}`
  const features = new Set<string>()
  const add = (feature: string) => features.add(feature)
  addNames(source, add)
  addNumbers(source, add)
  forEachWord(source, (start, end) => {
    const feature = termFeature(source.slice(start, end).toLowerCase())
    if (feature !== undefined) features.add(feature)
  })
  return [...features]
}

/** `eventFeatures` as distinct hashes in ascending order: what the event index and the store keep. */
export function eventFeatureHashes(text: string, title?: string): Uint32Array {
  const source = title === undefined ? text : `${title}\n${text}`
  const hashes: number[] = []
  const add = (feature: string) => hashes.push(featureHash(feature))
  addNames(source, add)
  addNumbers(source, add)
  // Words are scanned by code unit and looked up by a hash of their lower-cased units: news
  // repeats its vocabulary, so each distinct word is filtered, stemmed and hashed once per process
  // and no per-word string is built (that was most of this function's time).
  let start = -1
  let wordHash = 0x811c9dc5
  for (let index = 0; index <= source.length; index++) {
    const unit = index < source.length ? WORD_UNIT[source.charCodeAt(index)]! : 0
    if (unit !== 0) {
      if (start < 0) start = index
      wordHash = Math.imul(wordHash ^ unit, 0x01000193)
      continue
    }
    if (start < 0) continue
    const key = wordHash & 0x3fffffff // a small integer key keeps the Map fast
    let hash = termHashes.get(key)
    if (hash === undefined) {
      if (termHashes.size > 500_000) termHashes.clear()
      const feature = termFeature(source.slice(start, index).toLowerCase())
      hash = feature === undefined ? -1 : featureHash(feature)
      termHashes.set(key, hash)
    }
    if (hash >= 0) hashes.push(hash)
    start = -1
    wordHash = 0x811c9dc5
  }
  const sorted = Uint32Array.from(hashes).sort()
  let distinct = 0
  for (let index = 0; index < sorted.length; index++) if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[distinct++] = sorted[index]!
  return sorted.slice(0, distinct)
}

/** Calls `visit` with the bounds of each word (the same word characters as the MinHash shingles). */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1
  for (let index = 0; index <= text.length; index++) {
    const unit = index < text.length ? WORD_UNIT[text.charCodeAt(index)]! : 0
    if (unit !== 0) {
      if (start < 0) start = index
    } else if (start >= 0) {
      visit(start, index)
      start = -1
    }
  }
}

// The content words of src/segment/terms.ts: stopwords, one-letter words and numbers dropped, the rest stemmed.
const termHashes = new Map<number, number>()

function termFeature(lowerCaseWord: string): string | undefined {
  const word = lowerCaseWord.replace(/['’]s$/u, '')
  if (word.length < 2 || HAS_DIGIT.test(word) || isStopword(word)) return undefined
  return `t:${stemmer(word)}`
}

function addNumbers(text: string, add: (feature: string) => void): void {
  for (const match of text.matchAll(NUMBER)) {
    const value = match[0].replace(/,/g, '').replace(/\.$/, '')
    if (Number(value) >= MIN_NUMBER) add(`n:${value}`)
  }
}

const KIND_BITS: Readonly<Record<FeatureKind, number>> = { t: 0, e: 1, d: 2, n: 3 }
export const FEATURE_HASH_BITS = 22

/**
 * A feature as a number: its kind in the top two of 22 bits, a hash of the rest below. Collisions
 * (one in a million per pair of features of a kind) only merge two rare features; in exchange
 * the index keeps no strings and the store keeps 4 bytes per feature.
 */
export function featureHash(feature: string): number {
  let hash = 0x811c9dc5
  for (let index = 2; index < feature.length; index++) hash = Math.imul(hash ^ feature.charCodeAt(index), 0x01000193)
  hash ^= hash >>> 15
  hash = Math.imul(hash, 0x2c1b3c6d)
  hash ^= hash >>> 12
  return ((KIND_BITS[feature[0] as FeatureKind] ?? 0) << (FEATURE_HASH_BITS - 2)) | (hash & ((1 << (FEATURE_HASH_BITS - 2)) - 1))
}

function addNames(text: string, add: (feature: string) => void): void {
  let previousName: string | undefined
  let previousEnd = -1
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0]
    const start = match.index
    if (HAS_DIGIT.test(token) && HAS_LETTER.test(token)) {
      // "Su-35", "C-130", "F-16": a designator names one product whatever the sentence.
      add(`d:${token.toLowerCase().replace(/[-.]/g, '')}`)
      previousName = undefined
      continue
    }
    if (!UPPER.test(token) || isStopword(token)) {
      previousName = undefined
      continue
    }
    const name = token.toLowerCase().replace(/['’]s$/u, '')
    // A capitalised word after a sentence break may be an ordinary word ("Instead, …").
    if (!startsSentence(text, start)) add(`e:${name}`)
    // Adjacent names ("New York", "Donald Trump") also count as one, which is rarer than its parts.
    if (previousName !== undefined && /^\s+$/.test(text.slice(previousEnd, start))) add(`e:${previousName} ${name}`)
    previousName = name
    previousEnd = start + token.length
  }
}

function startsSentence(text: string, start: number): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const character = text[index]!
    if (character === ' ' || character === '\t' || character === '(' || character === '‘' || character === "'") continue
    return SENTENCE_BREAK.test(character)
  }
  return true
}
