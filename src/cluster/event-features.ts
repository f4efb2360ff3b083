import { stemmer } from 'stemmer'
import { isStopword } from '../segment/terms.js'
import { StandInPattern } from '../segment/latin1.js'
import { wordUnit } from './minhash.js'

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

const NUMBER = /\d[\d,]*(?:\.\d+)?/g
const HAS_DIGIT = /\d/
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
  let count = 0
  const add = (feature: string) => {
    if (count === hashBuffer.length) hashBuffer = grown(hashBuffer)
    hashBuffer[count++] = featureHash(feature)
  }
  addNames(source, add)
  addNumbers(source, add)
  // Words are scanned by code unit and looked up by a hash of their lower-cased units: news
  // repeats its vocabulary, so each distinct word is filtered, stemmed and hashed once per process
  // and no per-word string is built (that was most of this function's time).
  let start = -1
  let wordHash = 0x811c9dc5
  for (let index = 0; index <= source.length; index++) {
    const unit = index < source.length ? wordUnit(source.charCodeAt(index)) : 0
    if (unit !== 0) {
      if (start < 0) start = index
      wordHash = Math.imul(wordHash ^ unit, 0x01000193)
      continue
    }
    if (start < 0) continue
    const hash = termHash(wordHash & 0x3fffffff, source, start, index)
    if (hash >= 0) {
      if (count === hashBuffer.length) hashBuffer = grown(hashBuffer)
      hashBuffer[count++] = hash
    }
    start = -1
    wordHash = 0x811c9dc5
  }
  // Sorted in a reused buffer, then the distinct values copied out.
  const sorted = sortFeatureHashes(hashBuffer, count)
  let distinct = 0
  for (let index = 0; index < sorted.length; index++) if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[distinct++] = sorted[index]!
  return sorted.slice(0, distinct)
}

let hashBuffer: Uint32Array = new Uint32Array(1024)
let radixBuffer: Uint32Array = new Uint32Array(1024)
const RADIX_BITS = 11
const radixCounts = new Int32Array(1 << RADIX_BITS)

/**
 * The first `count` values ascending, by a radix sort on 11-bit digits (two passes for the 22 bits
 * of a feature hash): a few hundred values per article, where TypedArray.prototype.sort was a fifth of
 * the feature extraction time. Returns a view of one of the two reused buffers.
 */
function sortFeatureHashes(values: Uint32Array, count: number): Uint32Array {
  if (radixBuffer.length < values.length) radixBuffer = new Uint32Array(values.length)
  let from = values
  let to = radixBuffer
  for (let shift = 0; shift < FEATURE_HASH_BITS; shift += RADIX_BITS) {
    const mask = (1 << RADIX_BITS) - 1
    radixCounts.fill(0)
    for (let index = 0; index < count; index++) radixCounts[(from[index]! >>> shift) & mask]!++
    let total = 0
    for (let digit = 0; digit <= mask; digit++) {
      const here = radixCounts[digit]!
      radixCounts[digit] = total
      total += here
    }
    for (let index = 0; index < count; index++) {
      const value = from[index]!
      to[radixCounts[(value >>> shift) & mask]!++] = value
    }
    ;[from, to] = [to, from]
  }
  return from.subarray(0, count)
}

function grown(buffer: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(buffer.length * 2)
  bigger.set(buffer)
  return bigger
}

// The feature hash of each word seen, by a 30-bit hash of its lower-cased units: an
// open-addressing table in one typed array, key and value side by side (a Map lookup per word
// cost more than the rest of the word loop). Keys are stored plus one, so 0 marks an empty slot;
// values are a feature hash or -1 for a word that is no term. It doubles when half full, and is
// emptied past 500,000 words as the Map was.
const MAX_TERMS = 500_000
let termTable = new Int32Array(0)
let termCount = 0

function termHash(key: number, source: string, start: number, end: number): number {
  if (termCount > MAX_TERMS || termTable.length === 0) {
    termTable = new Int32Array(2 << 16)
    termCount = 0
  } else if (termCount * 4 >= termTable.length) growTerms()
  const slot = termSlot(termTable, key + 1)
  if (termTable[slot] !== 0) return termTable[slot + 1]!
  const feature = termFeature(source.slice(start, end).toLowerCase())
  const hash = feature === undefined ? -1 : featureHash(feature)
  termTable[slot] = key + 1
  termTable[slot + 1] = hash
  termCount++
  return hash
}

/** Index of the key's pair in the table, or of the empty pair where it belongs. */
function termSlot(table: Int32Array, stored: number): number {
  const mask = (table.length >> 1) - 1
  let pair = (Math.imul(stored, 0x9e3779b1) >>> 7) & mask
  while (table[2 * pair] !== stored && table[2 * pair] !== 0) pair = (pair + 1) & mask
  return 2 * pair
}

function growTerms(): void {
  const old = termTable
  termTable = new Int32Array(old.length * 2)
  for (let pair = 0; pair < old.length; pair += 2) {
    if (old[pair] === 0) continue
    const slot = termSlot(termTable, old[pair]!)
    termTable[slot] = old[pair]!
    termTable[slot + 1] = old[pair + 1]!
  }
}

/** Calls `visit` with the bounds of each word (the same word characters as the MinHash shingles). */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1
  for (let index = 0; index <= text.length; index++) {
    const unit = index < text.length ? wordUnit(text.charCodeAt(index)) : 0
    if (unit !== 0) {
      if (start < 0) start = index
    } else if (start >= 0) {
      visit(start, index)
      start = -1
    }
  }
}

// The content words of src/segment/terms.ts: stopwords, one-letter words and numbers dropped, the rest stemmed.

function termFeature(lowerCaseWord: string): string | undefined {
  const word = lowerCaseWord.replace(/['’]s$/u, '')
  if (word.length < 2 || HAS_DIGIT.test(word) || isStopword(word)) return undefined
  // Plain Porter stems, not terms.ts's stem: reading irregular verbs as their verb lowered
  // clustering precision on the Reuters test (0.906 to 0.892): "won" and "win" are different events.
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
  forEachToken(text, (start, end, kinds) => {
    const token = text.slice(start, end)
    if ((kinds & HAS_ASCII_DIGIT) !== 0 && (kinds & HAS_LETTER_KIND) !== 0) {
      // "Su-35", "C-130", "F-16": a designator names one product whatever the sentence.
      add(`d:${token.toLowerCase().replace(/[-.]/g, '')}`)
      previousName = undefined
      return
    }
    if ((kinds & STARTS_UPPER) === 0 || isStopword(token)) {
      previousName = undefined
      return
    }
    const name = token.toLowerCase().replace(/['’]s$/u, '')
    // A capitalised word after a sentence break may be an ordinary word ("Instead, …").
    if (!startsSentence(text, start)) add(`e:${name}`)
    // Adjacent names ("New York", "Donald Trump") also count as one, which is rarer than its parts.
    if (previousName !== undefined && /^\s+$/.test(text.slice(previousEnd, start))) add(`e:${previousName} ${name}`)
    previousName = name
    previousEnd = end
  })
}

// What a token's characters are, as bits (`forEachToken`).
const LETTER = 1
const NUMBER_KIND = 2
const UPPER_KIND = 4
const HAS_LETTER_KIND = LETTER
const HAS_ASCII_DIGIT = 8
const STARTS_UPPER = 16

/** Per UTF-16 code unit, found on first use: 0 unknown, else 128 | the LETTER, NUMBER_KIND and UPPER_KIND bits. */
const UNIT_KIND = new Uint8Array(65536)
// Stand-in patterns (segment/latin1.ts): a Latin-1 character is told by Latin-1 ranges, cheaper to
// compile than the Unicode classes.
const LETTER_OR_NUMBER = new StandInPattern(String.raw`^[\p{L}\p{N}]$`, 'u')
const LETTER_CHARACTER = new StandInPattern(String.raw`^\p{L}$`, 'u')
const UPPER_CHARACTER = new StandInPattern(String.raw`^\p{Lu}$`, 'u')

export function kindOf(character: string): number {
  if (!LETTER_OR_NUMBER.test(character)) return 128
  return 128 | (LETTER_CHARACTER.test(character) ? LETTER : NUMBER_KIND) | (UPPER_CHARACTER.test(character) ? UPPER_KIND : 0)
}

/** The kind bits of the character at `index` (0 when it is no letter or number) and its length in code units. */
function characterAt(text: string, index: number): number {
  const unit = text.charCodeAt(index)
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1)
    // A letter or number beyond the BMP (rare): classified each time, two units long.
    if (low >= 0xdc00 && low <= 0xdfff) return (kindOf(text.slice(index, index + 2)) & 7) | 256
  }
  let kind = UNIT_KIND[unit]!
  if (kind === 0) kind = UNIT_KIND[unit] = knownKind(unit) || kindOf(String.fromCharCode(unit))
  return kind & 7
}

/**
 * kindOf for Latin-1 and general punctuation (U+2000-U+206F, no letter or number there) without
 * its Unicode-class patterns, which cost a cold run milliseconds to compile; 0 for other units.
 */
export function knownKind(unit: number): number {
  if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0xc0 && unit <= 0xde && unit !== 0xd7)) return 128 | LETTER | UPPER_KIND
  if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0xdf && unit <= 0xff && unit !== 0xf7) || unit === 0xaa || unit === 0xb5 || unit === 0xba) return 128 | LETTER
  if ((unit >= 0x30 && unit <= 0x39) || unit === 0xb2 || unit === 0xb3 || unit === 0xb9 || (unit >= 0xbc && unit <= 0xbe)) return 128 | NUMBER_KIND
  return unit < 0x100 || (unit >= 0x2000 && unit <= 0x206f) ? 128 : 0
}

function isTokenJoiner(unit: number): boolean {
  return unit === 0x2d || unit === 0x27 || unit === 0x2019 || unit === 0x2e // - ' ’ .
}

/**
 * Calls `visit` with the bounds of each token, as /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\/gu
 * matches them, and what it holds (HAS_LETTER_KIND, HAS_ASCII_DIGIT, STARTS_UPPER). Scanned by
 * hand with a table of character kinds: matchAll with Unicode classes and three more regular
 * expressions per token were most of the time of feature extraction.
 */
function forEachToken(text: string, visit: (start: number, end: number, kinds: number) => void): void {
  const length = text.length
  let index = 0
  while (index < length) {
    let character = characterAt(text, index)
    if ((character & 7) === 0) {
      index++
      continue
    }
    const start = index
    let kinds = (character & UPPER_KIND) !== 0 ? STARTS_UPPER : 0
    for (;;) {
      // A run of letters and numbers.
      while (index < length && ((character = characterAt(text, index)) & 7) !== 0) {
        kinds |= character & LETTER
        const unit = text.charCodeAt(index)
        if (unit >= 48 && unit <= 57) kinds |= HAS_ASCII_DIGIT
        index += (character & 256) !== 0 ? 2 : 1
      }
      // Joined to the next run by one hyphen, apostrophe or full stop.
      if (index + 1 < length && isTokenJoiner(text.charCodeAt(index)) && (characterAt(text, index + 1) & 7) !== 0) {
        index++
        continue
      }
      break
    }
    visit(start, index, kinds)
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
