/*
 * The numeric core shared by numbers, money and percentages: finds written quantities in digits
 * ("189,739,535", "1.5 million", "$5bn") and in words ("thirteen", "twenty-six", "a dozen",
 * "dozens"), with the precision the writer used, ranges and approximation words.
 *
 * Written by hand: compromise parses number words but costs ~400 ms to import and ~100 ms per
 * 1,000 words, and neither it nor chrono/recognizers report the precision a value was written
 * with, which is what tells a rounding ("$190 million" for "$189,739,535") from a change.
 */

import { latin1StandIn, StandInPattern } from '../../segment/latin1.js'

export interface NumericMatch {
  readonly start: number
  readonly end: number
  readonly value: number
  /** Place value of the last written significant digit ("13" → 1, "13,000" → 1000, "1.5 million" → 1e5, "680 million" → 1e7). */
  readonly precision: number
  /** The form itself is vague: "dozens", "hundreds", "a dozen". */
  readonly vague: boolean
  readonly low?: number
  readonly high?: number
  /** Written with digits (false for "thirteen"). */
  readonly digits: boolean
  /** A scale word or suffix followed ("million", "bn"). */
  readonly scaled: boolean
}

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
}

/** Number words below twenty and their values. */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}

// "dozens of systems", "hundreds of troops": a vague quantity between two bounds.
interface VagueQuantity {
  readonly low: number
  readonly high: number
  readonly precision: number
}
const DOZENS: VagueQuantity = { low: 24, high: 99, precision: 12 }
const HUNDREDS: VagueQuantity = { low: 200, high: 999, precision: 100 }
const VAGUE_PLURALS: Readonly<Record<string, VagueQuantity>> = {
  dozens: DOZENS,
  scores: { low: 40, high: 199, precision: 20 },
  hundreds: HUNDREDS,
  thousands: { low: 2000, high: 9999, precision: 1000 },
  millions: { low: 2e6, high: 9.99e8, precision: 1e6 },
  billions: { low: 2e9, high: 9.99e11, precision: 1e9 },
}

// Not after a letter and a hyphen ("Su-35"), but after a digit and a hyphen ("10-12").
// The scans read the text's Latin-1 stand-in where it has one (see segment/latin1.ts): their
// classes then compile as Latin-1 ranges, and the digits and letters they match are the text's own.
const DIGITS = new StandInPattern(String.raw`(?<![\p{L}\p{N}_.,/:])(?<!\p{L}-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}])`, 'gu')
const WORD = new StandInPattern(String.raw`\p{L}+(?:-\p{L}+)?`, 'gu')
// A letter right after the digits, read on the first character only (two code units at most): a
// stand-in of the rest of the text would cost its length.
const LETTER_FIRST = new StandInPattern(String.raw`^\p{L}`, 'u')

/** Every quantity in `text`, in order, ranges merged ("10 to 12", "10-12", "between 10 and 12"). */
export function scanNumbers(text: string): readonly NumericMatch[] {
  // Numbers, money and percentages all read the same scan of the same article.
  if (text === lastScan.text) return lastScan.matches
  const found = [...scanDigits(text), ...scanWords(text)].sort((a, b) => a.start - b.start)
  lastScan = { text, matches: mergeRanges(text, found) }
  return lastScan.matches
}

let lastScan: { text: string; matches: readonly NumericMatch[] } = { text: '', matches: [] }

function scanDigits(text: string): NumericMatch[] {
  const result: NumericMatch[] = []
  const standIn = latin1StandIn(text)
  for (const match of (standIn ?? text).matchAll(DIGITS.for(standIn))) {
    const written = match[0]
    const start = match.index
    let end = start + written.length
    const plain = written.replace(/,/g, '')
    let value = Number(plain)
    const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0
    // "$5bn", "$3m", "20k": a suffix glued to the digits; "1.5 million": a scale word after a space.
    const scaleMatch = /^(?:\s+|-)?(thousand|million|billion|trillion)\b|^(bn|mn|mln|m|b|k|tn)\b/iu.exec(text.slice(end))
    const scaleWord = (scaleMatch?.[1] ?? scaleMatch?.[2])?.toLowerCase()
    const scale = scaleWord === undefined ? 1 : (SCALES[scaleWord] ?? 1)
    if (scaleMatch !== null && scale !== 1) end += scaleMatch[0].length
    // Letters glued to the digits that are not a scale: "13th", "5G", "3D" are no quantities.
    if (scale === 1 && LETTER_FIRST.test(text.slice(end, end + 2))) continue
    let precision: number
    if (decimals > 0) precision = 10 ** -decimals * scale
    // "13,000", "680 million": trailing zeros may be rounding (writers round to two or three
    // significant digits), so they are not taken as significant.
    else precision = trailingZeroPlace(plain) * scale
    value = round(value * scale)
    result.push({ start, end, value, precision: round(precision), vague: false, digits: true, scaled: scale !== 1 })
  }
  return result
}

function trailingZeroPlace(integer: string): number {
  const zeros = /0*$/u.exec(integer)?.[0].length ?? 0
  return zeros === integer.length ? 1 : 10 ** zeros
}

interface WordToken {
  readonly word: string
  readonly start: number
  readonly end: number
}

// Where a number written in words may start; only there are the following words read.
const NUMBER_WORD_START = new StandInPattern(
  `(?<![\\p{L}\\p{N}])(?:an?\\s+(?:dozen|hundred|thousand|million|billion|trillion)|${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE_PLURALS), 'tens'].join('|')})(?![\\p{L}])`,
  'giu',
)

function scanWords(text: string): NumericMatch[] {
  const result: NumericMatch[] = []
  const standIn = latin1StandIn(text)
  const subject = standIn ?? text
  const starts = NUMBER_WORD_START.for(standIn)
  const words = WORD.for(standIn)
  starts.lastIndex = 0
  for (let start = starts.exec(subject); start !== null; start = starts.exec(subject)) {
    const tokens: WordToken[] = []
    words.lastIndex = start.index
    for (let match = words.exec(subject); match !== null && tokens.length < 12; match = words.exec(subject)) {
      tokens.push({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length })
    }
    const token = tokens[0]
    if (token === undefined) continue
    // "hundreds of thousands", "tens of millions": one vague quantity, the first counting the second.
    const compound = vagueCompound(tokens, text)
    if (compound !== undefined) {
      result.push(compound)
      starts.lastIndex = Math.max(starts.lastIndex, compound.end)
      continue
    }
    const vague = VAGUE_PLURALS[token.word]
    if (vague !== undefined) {
      // "dozens of", "hundreds of": "thousands" alone may be a noun ("tens of thousands"), "of" confirms it.
      if (tokens[1]?.word === 'of' || token.word === 'dozens') {
        result.push({ start: token.start, end: token.end, value: vague.low, low: vague.low, high: vague.high, precision: vague.precision, vague: true, digits: false, scaled: false })
      }
      continue
    }
    const parsed = parseWordNumber(tokens, 0, text)
    if (parsed === undefined) continue
    result.push(parsed.match)
    starts.lastIndex = Math.max(starts.lastIndex, parsed.match.end)
  }
  return result
}

// The first word of "tens of thousands": it counts only as a multiplier of a larger vague plural.
const VAGUE_MULTIPLIERS: Readonly<Record<string, VagueQuantity>> = {
  tens: { low: 10, high: 99, precision: 10 },
  dozens: DOZENS,
  hundreds: HUNDREDS,
}

function vagueCompound(tokens: readonly WordToken[], text: string): NumericMatch | undefined {
  const [first, of, second] = tokens
  if (first === undefined || of?.word !== 'of' || second === undefined || !adjacent(text, first, of) || !adjacent(text, of, second)) return undefined
  const multiplier = VAGUE_MULTIPLIERS[first.word]
  const scale = VAGUE_PLURALS[second.word]
  if (multiplier === undefined || scale === undefined || scale.precision < 1000) return undefined
  const low = multiplier.low * scale.precision
  return { start: first.start, end: second.end, value: low, low, high: (multiplier.high + 1) * scale.precision - 1, precision: multiplier.precision * scale.precision, vague: true, digits: false, scaled: true }
}

const NOT_COUNTED_TAILS = new Set(['off', 'time', 'times', 'sided', 'third', 'thirds', 'quarter', 'quarters', 'half', 'halves', 'way', 'ways', 'on', 'liner', 'liners', 'another', 'all'])

/** Reads "twenty-six", "three hundred and five", "a dozen", "two million" starting at token `i`. */
function parseWordNumber(tokens: readonly WordToken[], i: number, text: string): { match: NumericMatch; next: number } | undefined {
  const first = tokens[i]
  if (first === undefined) return undefined
  // "a dozen", "a hundred", "a million": the article stands for one.
  if ((first.word === 'a' || first.word === 'an') && i + 1 < tokens.length) {
    const second = tokens[i + 1]
    if (second === undefined || !adjacent(text, first, second)) return undefined
    if (second.word === 'dozen') {
      return { match: { start: first.start, end: second.end, value: 12, precision: 12, vague: true, digits: false, scaled: false }, next: i + 2 }
    }
    const scale = second.word === 'hundred' ? 100 : SCALES[second.word]
    if (scale === undefined || second.word.length < 4) return undefined
    return { match: { start: first.start, end: second.end, value: scale, precision: scale, vague: false, digits: false, scaled: true }, next: i + 2 }
  }
  // "a three-year contract", "a one-match ban", "a five-storey hotel": a number word glued to the
  // noun it counts, like "35-year-old" in digits. "one-off", "two-thirds" are no counts.
  const glued = /^(\p{L}+)-(\p{L}+)$/u.exec(first.word)
  const head = glued?.[1] ?? ''
  const headValue = UNITS[head] ?? TENS[head]
  if (glued !== null && headValue !== undefined && headValue > 0 && !isUnitWord(glued[2] ?? '') && !NOT_COUNTED_TAILS.has(glued[2] ?? '')) {
    const precision = UNITS[head] !== undefined ? 1 : 10
    return { match: { start: first.start, end: first.start + head.length, value: headValue, precision, vague: false, digits: false, scaled: false }, next: i + 1 }
  }
  let total = 0
  let current = 0
  let precision = Infinity
  let j = i
  let last: WordToken | undefined
  for (; j < tokens.length; j++) {
    const token = tokens[j]
    if (token === undefined) break
    if (last !== undefined && !adjacent(text, last, token)) break
    const word = token.word
    const hyphen = /^(\p{L}+)-(\p{L}+)$/u.exec(word)
    if (hyphen !== null && TENS[hyphen[1] ?? ''] !== undefined && (UNITS[hyphen[2] ?? ''] ?? 0) > 0 && (UNITS[hyphen[2] ?? ''] ?? 0) < 10) {
      current += (TENS[hyphen[1] ?? ''] ?? 0) + (UNITS[hyphen[2] ?? ''] ?? 0)
      precision = 1
    } else if (UNITS[word] !== undefined && (last === undefined || !isUnitWord(last.word))) {
      current += UNITS[word] ?? 0
      precision = 1
    } else if (TENS[word] !== undefined && (last === undefined || !isUnitWord(last.word))) {
      current += TENS[word] ?? 0
      precision = 10
    } else if (word === 'hundred' && last !== undefined && current > 0) {
      current *= 100
      precision = Math.min(precision * 100, 100)
    } else if (word === 'dozen' && last !== undefined && current > 0) {
      current *= 12
      precision = 12
    } else if (SCALES[word] !== undefined && word.length >= 4 && last !== undefined && current > 0) {
      const scale = SCALES[word] ?? 1
      total += current * scale
      current = 0
      precision = precision * scale
    } else if (word === 'and' && last !== undefined && tokens[j + 1] !== undefined && isUnitWord(tokens[j + 1]?.word ?? '') && (total > 0 || current >= 100)) {
      // "three hundred and five"
      last = token
      continue
    } else break
    last = token
  }
  if (last === undefined) return undefined
  const value = total + current
  // A lone "one" is mostly a pronoun ("one of the", "no one"): only "one hundred" and up count.
  if (j === i + 1 && first.word === 'one') return undefined
  if (j === i + 1 && first.word === 'zero') return undefined
  return { match: { start: first.start, end: last.end, value, precision: Number.isFinite(precision) ? precision : 1, vague: false, digits: false, scaled: value >= 1000 }, next: j }
}

function isUnitWord(word: string): boolean {
  return UNITS[word] !== undefined || TENS[word] !== undefined || /^\p{L}+-\p{L}+$/u.test(word)
}

function adjacent(text: string, a: WordToken, b: WordToken): boolean {
  return /^\s+$/u.test(text.slice(a.end, b.start))
}

// "10 to 12", "10-12", "10–12", "between 10 and 12": one range fact, value at the midpoint.
function mergeRanges(text: string, found: readonly NumericMatch[]): NumericMatch[] {
  const result: NumericMatch[] = []
  for (let i = 0; i < found.length; i++) {
    const a = found[i]
    const b = found[i + 1]
    if (a === undefined) continue
    if (b !== undefined && !a.vague && !b.vague && a.digits === b.digits) {
      const gap = text.slice(a.end, b.start)
      const between = /\bbetween\s+$/iu.test(text.slice(Math.max(0, a.start - 9), a.start))
      if (/^\s*(?:-|–|—|to)\s*$/u.test(gap) || (between && /^\s+and\s+$/u.test(gap))) {
        // "10 to 12 million": the scale of the upper bound applies to the lower one.
        const scale = b.scaled && !a.scaled && b.value / a.value >= 100 ? b.value / Math.max(1, unscaled(text, b)) : 1
        const low = round(a.value * scale)
        if (low < b.value) {
          result.push({ start: a.start, end: b.end, value: round((low + b.value) / 2), low, high: b.value, precision: Math.min(a.precision * scale, b.precision), vague: false, digits: a.digits, scaled: b.scaled })
          i++
          continue
        }
      }
    }
    result.push(a)
  }
  return result
}

function unscaled(text: string, match: NumericMatch): number {
  const digits = /^[\d,.]+/u.exec(text.slice(match.start, match.end))?.[0]
  return digits === undefined ? match.value : Number(digits.replace(/,/g, ''))
}

/** Rounds away floating-point noise (1.5 * 1e6 = 1500000.0000000002). */
export function round(value: number): number {
  return Number(value.toPrecision(12))
}

// "about 1,000", "nearly two years", "more than 40", "some 300": the writer did not mean the exact value.
// Read over a Latin-1 stand-in of the window where there is one (see segment/latin1.ts).
const QUALIFIER = new StandInPattern(
  String.raw`\b(?:about|around|approximately|roughly|nearly|almost|some|more than|fewer than|less than|over|under|at least|at most|up to|as many as|as much as|as few as|close to|upwards of|an estimated|estimated|just over|just under|well over|roughly|almost|only|just)\s+$`,
  'iu',
)

/** The approximation word right before `start`, if any: its start offset and whether it makes the value vague. */
export function qualifierBefore(text: string, start: number): { start: number; approximate: boolean; atLeast: boolean } | undefined {
  const window = text.slice(Math.max(0, start - 20), start)
  const standIn = latin1StandIn(window)
  const match = QUALIFIER.for(standIn).exec(standIn ?? window)
  if (match === null) return undefined
  const word = window.slice(match.index, match.index + match[0].length).trim().toLowerCase()
  // "only 3", "just 3" narrow the value without making it vague, but belong to the phrase.
  return { start: start - window.length + match.index, approximate: word !== 'only' && word !== 'just', atLeast: LOWER_BOUNDS.has(word) }
}

// Words that make the number a floor: "at least 14 people" holds the 16 a later report counts.
const LOWER_BOUNDS = new Set(['at least', 'more than', 'over', 'upwards of', 'just over', 'well over'])

/**
 * Whether `b` is `a` written at a coarser or equal precision: both round to the same value at the
 * coarser precision ("190 million" ⟷ "189,739,535", "680 million" ⟷ "684.2 million"), and a range
 * holds every value inside it. Approximation words widen that only a little, because a reader takes
 * a different leading figure for a changed number, hedged or not.
 */
export function compareQuantities(a: Quantity, b: Quantity): 'equal' | 'compatible' | 'conflict' {
  if (a.value === b.value && a.low === b.low && a.high === b.high) return 'equal'
  if (aboveFloor(a, b) || aboveFloor(b, a)) return 'compatible'
  const precision = Math.max(a.precision, b.precision)
  // A range holds what lies inside it: "hundreds" does not round 150 up to itself.
  const ranged = a.low !== undefined || b.low !== undefined
  if (!ranged && roundTo(a.value, precision) === roundTo(b.value, precision)) return 'compatible'
  if (inRange(a, b.value) || inRange(b, a.value)) return 'compatible'
  if (Math.abs(a.value - b.value) <= Math.max(approximationSlack(a, b), approximationSlack(b, a))) return 'compatible'
  return 'conflict'
}

export interface Quantity {
  readonly value: number
  readonly precision: number
  readonly approximate: boolean
  readonly low?: number
  readonly high?: number
  readonly atLeast?: boolean
}

/**
 * Whether `other`, a figure as written, lies above the floor `floor` sets ("at least 14" and 16),
 * within half as much again: a floor is not a licence for any larger figure ("more than 40" and 400).
 */
function aboveFloor(floor: Quantity, other: Quantity): boolean {
  return floor.atLeast === true && !other.approximate && other.value >= floor.value && other.value <= floor.value * 1.5
}

/**
 * How far past its rounding an approximate value reaches towards `other`. Over a figure written more
 * finely it is a hedge or a bound of one unit of its last written digit: "more than 40" for 47,
 * "nearly 41,000" for 40,400. Against a figure written as coarsely it is half a unit, so "about 40
 * percent" and "about 41 percent" disagree, as do "about 41,000" and "roughly 44,000".
 */
function approximationSlack(value: { precision: number; approximate: boolean; low?: number }, other: { precision: number }): number {
  // A vague quantity ("dozens", "tens of thousands") reaches as far as its range, no further.
  if (!value.approximate || value.low !== undefined) return 0
  return value.precision > other.precision ? value.precision : value.precision / 2
}

function inRange(range: { low?: number; high?: number }, value: number): boolean {
  return range.low !== undefined && range.high !== undefined && value >= range.low && value <= range.high
}

function roundTo(value: number, precision: number): number {
  return round(Math.round(value / precision) * precision)
}
