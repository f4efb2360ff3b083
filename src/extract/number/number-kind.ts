import type { NumberValue } from '../../model/index.js'
import type { ExtractContext, FactKind, FoundFact } from '../fact-kind.js'
import { countedNoun, sameCountedThing } from './counted-noun.js'
import { AGE, isAge } from './age.js'
import { compareQuantities, qualifierBefore, scanNumbers, type NumericMatch } from './numeric.js'
import { findOrdinals, ordinalText } from './ordinal.js'
import { isScore, isScoreRange, samePair } from './score.js'


/** Counts and amounts without a currency or percent sign: "13 planes", "thirteen planes", "dozens of systems". */
export const numberKind: FactKind<NumberValue> = {
  type: 'number',
  priority: 1,
  find: findNumbers,
  compare(a, b) {
    // A score is a pair: "2-0" is "0-2" from the other side, and "2" alone is no score.
    if (a.score !== undefined || b.score !== undefined) {
      if (a.score === undefined || b.score === undefined) return 'unrelated'
      return samePair(a.score, b.score) ? 'equal' : 'conflict'
    }
    // "moved up to third" is no count of three, but "the 87th minute" is the "87 minute winner" and
    // a "third straight win" makes "three straight wins": the same counted noun says so.
    if ((a.ordinal === true) !== (b.ordinal === true) && (a.unit === undefined || b.unit === undefined)) return 'unrelated'
    // "13 planes" and "13 years" are not the same quantity; "450 workers" and "450 people" can be.
    if (a.unit !== undefined && b.unit !== undefined && !sameCountedThing(a.unit, b.unit)) return 'unrelated'
    return compareQuantities(a, b)
  },
  describe(value) {
    if (value.score !== undefined) return `the score ${value.score[0]}-${value.score[1]}`
    const amount = value.low !== undefined && value.high !== undefined ? `${formatNumber(value.low)}–${formatNumber(value.high)}` : formatNumber(value.value)
    if (value.ordinal === true) return `${ordinalText(value.value)}${value.unit === undefined ? '' : ` ${value.unit}`}`
    if (value.unit === AGE) return `aged ${value.approximate ? 'about ' : ''}${amount}`
    const unit = value.unit === undefined ? '' : ` ${value.value === 1 && value.low === undefined ? value.unit : plural(value.unit)}`
    return `${value.approximate ? 'about ' : ''}${amount}${unit}`
  },
}

export function findNumbers(ctx: ExtractContext): FoundFact<NumberValue>[] {
  const { text } = ctx
  const result: FoundFact<NumberValue>[] = []
  const matches = scanNumbers(text)
  for (let position = 0; position < matches.length; position++) {
    const match = matches[position] as NumericMatch
    const second = matches[position + 1]
    if (second !== undefined && isScore(text, match, second)) {
      result.push({ start: match.start, end: second.end, value: { kind: 'number', value: match.value, approximate: false, precision: 1, score: [match.value, second.value] } })
      position++
      continue
    }
    // "lost 0-2", "a 1-2 defeat": read low to high, so scanned as a range; the words around tell.
    if (match.low !== undefined && match.high !== undefined && isScoreRange(text, match)) {
      result.push({ start: match.start, end: match.end, value: { kind: 'number', value: match.low, approximate: false, precision: 1, score: [match.low, match.high] } })
      continue
    }
    const after = text.slice(match.end, match.end + 8)
    const before = text.slice(Math.max(0, match.start - 8), match.start)
    // "10:30", "5 p.m.": times are not counts.
    if (/^(?::\d|\s*[ap]\.?m\b\.?)/iu.test(after)) continue
    // "No. 3", "No 10", "number 3", "#3": labels or ranks, not counts ("world number 3": see ordinal.ts).
    if (/(?:\b[Nn]o\.|\bNo|\b[Nn]umber|#)\s*$/u.test(before)) continue
    // "dozens of trials": the counted noun comes after "of".
    const unit = isAge(text, match) ? AGE : countedNoun(text, match.vague ? match.end + (/^\s+of\b/u.exec(after)?.[0].length ?? 0) : match.end)
    // "in 2024": a bare year is a date (the date kind takes it) unless it counts something ("2000 troops").
    if (match.digits && !match.scaled && Number.isInteger(match.value) && match.value >= 1800 && match.value <= 2100 &&
      !/,/u.test(text.slice(match.start, match.end)) && (unit === undefined || !/s$/u.test(text.slice(match.end).trim().split(/\s/u)[0] ?? ''))) continue
    const qualifier = qualifierBefore(text, match.start)
    const value: NumberValue = {
      kind: 'number',
      value: match.value,
      approximate: match.vague || (qualifier?.approximate ?? false),
      ...(qualifier?.atLeast === true ? { atLeast: true } : {}),
      // An age is exact: "aged 40" is not "about 40".
      precision: unit === AGE ? 1 : match.precision,
      ...(match.low !== undefined && match.high !== undefined ? { low: match.low, high: match.high } : {}),
      ...(unit !== undefined ? { unit } : {}),
    }
    result.push({ start: qualifier?.start ?? match.start, end: match.end, value })
  }
  return [...result, ...findOrdinals(text)].sort((left, right) => left.start - right.start)
}

const IRREGULAR: Readonly<Record<string, string>> = { person: 'people', man: 'men', woman: 'women', child: 'children', aircraft: 'aircraft', staff: 'staff', personnel: 'personnel', police: 'police', sheep: 'sheep' }

/** "plane" → "planes", "company" → "companies": for explanations only. */
function plural(noun: string): string {
  const irregular = IRREGULAR[noun]
  if (irregular !== undefined) return irregular
  if (/[^aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`
  if (/(?:s|x|z|ch|sh)$/u.test(noun)) return `${noun}es`
  return `${noun}s`
}

// toLocaleString builds a new ICU formatter on every call (about 0.1 ms); one shared formatter
// gives the same text, and an article can have hundreds of numbers to explain. The first formatter
// of a run loads ICU's number data (some 20 ms), so the values whose shortest decimal form needs no
// rounding (the counts, amounts and percentages articles write) are grouped by hand: the same text.
let numberFormat: Intl.NumberFormat | undefined

export function formatNumber(value: number): string {
  const plain = plainDecimal(value)
  if (plain !== undefined) return plain
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })
  return numberFormat.format(value)
}

// Digits, an optional sign and at most six decimals: what en-US prints as it is, but grouped.
const SHORT_DECIMAL = /^(-?)(\d+)(\.\d{1,6})?$/

/** `value` as en-US with at most six decimals, when its shortest form needs no rounding; undefined otherwise. */
function plainDecimal(value: number): string | undefined {
  // -0 prints as "-0"; String() drops its sign.
  if (Object.is(value, -0)) return undefined
  const match = SHORT_DECIMAL.exec(String(value))
  if (match === null) return undefined
  const [, sign = '', integer = '', fraction = ''] = match
  let grouped = integer.slice(0, ((integer.length - 1) % 3) + 1)
  for (let index = grouped.length; index < integer.length; index += 3) grouped += `,${integer.slice(index, index + 3)}`
  return `${sign}${grouped}${fraction}`
}
