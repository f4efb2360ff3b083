import type { NumberValue } from '../../model/index.js'
import type { ExtractContext, FactKind, FoundFact } from '../fact-kind.js'
import { countedNoun, sameCountedThing } from './counted-noun.js'
import { compareQuantities, qualifierBefore, scanNumbers, type NumericMatch } from './numeric.js'

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
    // "the third win" is no count of three.
    if ((a.ordinal === true) !== (b.ordinal === true)) return 'unrelated'
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
    // "No. 3", "number 3", "#3": ranks, not counts.
    if (/(?:\bno\.|\bnumber|#)\s*$/iu.test(before)) continue
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
      // An age is exact: "aged 40" is not "about 40".
      precision: unit === AGE ? 1 : match.precision,
      ...(match.low !== undefined && match.high !== undefined ? { low: match.low, high: match.high } : {}),
      ...(unit !== undefined ? { unit } : {}),
    }
    result.push({ start: qualifier?.start ?? match.start, end: match.end, value })
  }
  return [...result, ...findOrdinals(text)].sort((left, right) => left.start - right.start)
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
}
// "first" is left out: it is mostly no rank that anyone reports ("for the first time", "First Minister").
const ORDINAL = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:(\d{1,4})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).join('|')}))(?![\p{L}\p{N}])`, 'giu')
// "a second time", "every third", "second-hand", "a third of", "the 21st century": no rank of anything reported.
const NOT_A_RANK_AFTER = /^(?:\s*-|\s+(?:of|time|times|hand|thoughts?|half|place\s+to|century|centuries)\b)/iu
const NOT_A_RANK_BEFORE = /\b(?:a|every|one|two)\s+$/iu

/** Ranks: "70th anniversary", "third straight win", "finished 14th". Dates take "March 13th" first (higher priority). */
function findOrdinals(text: string): FoundFact<NumberValue>[] {
  const found: FoundFact<NumberValue>[] = []
  for (const match of text.matchAll(ORDINAL)) {
    const start = match.index
    const end = start + match[0].length
    if (NOT_A_RANK_AFTER.test(text.slice(end, end + 16)) || NOT_A_RANK_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue
    const value = match[1] !== undefined ? Number(match[1]) : (ORDINAL_WORDS[(match[2] ?? '').toLowerCase()] ?? 0)
    if (value <= 0) continue
    const unit = countedNoun(text, end)
    found.push({ start, end, value: { kind: 'number', value, approximate: false, precision: 1, ordinal: true, ...(unit !== undefined ? { unit } : {}) } })
  }
  return found
}

function ordinalText(value: number): string {
  const tens = value % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : value % 10 === 1 ? 'st' : value % 10 === 2 ? 'nd' : value % 10 === 3 ? 'rd' : 'th'
  return `${value}${suffix}`
}

/**
 * "2-0", "4 - 2", "3–3": two whole numbers joined by a dash that is no range (a range reads low to
 * high, "10-12", and is merged before this). Written by hand: no installed extractor reads scores.
 */
function isScore(text: string, first: NumericMatch, second: NumericMatch): boolean {
  if (!first.digits || !second.digits || first.scaled || second.scaled || first.vague || second.vague) return false
  if (!Number.isInteger(first.value) || !Number.isInteger(second.value) || first.value > 200 || second.value > 200) return false
  if (!/^\s*[-–]\s*$/u.test(text.slice(first.end, second.start))) return false
  // Not inside a longer run of digits and dashes: "2-0-1", "1-800-555".
  return !/[-–]\s*$/u.test(text.slice(Math.max(0, first.start - 2), first.start)) && !/^\s*[-–]\s*\d/u.test(text.slice(second.end, second.end + 3))
}

const SCORE_WORDS = /\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beaten|beats|defeat|defeated|victory|draw|drew|drawn|lead|led|score|scored|scoreline|thrashing|thrashed|home|away)\b/iu

function isScoreRange(text: string, match: NumericMatch): boolean {
  if (!match.digits || match.scaled || match.vague || (match.high ?? 0) > 200 || !/^\d+\s*[-–]\s*\d+$/u.test(text.slice(match.start, match.end))) return false
  return SCORE_WORDS.test(text.slice(Math.max(0, match.start - 30), match.start)) || SCORE_WORDS.test(text.slice(match.end, match.end + 20))
}

function samePair(left: readonly [number, number], right: readonly [number, number]): boolean {
  return (left[0] === right[0] && left[1] === right[1]) || (left[0] === right[1] && left[1] === right[0])
}

/** The unit of a person's age: "the 31-year-old", "aged 31", "Pippa, 31,". */
export const AGE = 'year of age'

// Tokenised copy writes "31 - year - old"; a headline "31-years-old".
const AGE_AFTER = /^\s*-?\s*years?\s*-?\s*old\b/iu
const AGE_BEFORE = /\b(?:aged|age:?|turned|turns|turning)\s*$/iu
// "Pippa Middleton, 31, wore": a name, then the age between commas (or before "and", "from", "of").
const APPOSITION_BEFORE = /\p{Lu}[\p{L}'’.-]*\s*,\s*$/u
const APPOSITION_AFTER = /^\s*(?:,|\)|and\b|from\b|of\b|who\b)/u

/** Whether the number is someone's age. Ages are written by hand here: no installed extractor reads "Name, 31," as an age. */
function isAge(text: string, match: { start: number; end: number; value: number; digits: boolean }): boolean {
  if (!Number.isInteger(match.value) || match.value <= 0 || match.value > 125) return false
  const after = text.slice(match.end, match.end + 16)
  const before = text.slice(Math.max(0, match.start - 40), match.start)
  if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) return true
  return match.digits && APPOSITION_BEFORE.test(before) && APPOSITION_AFTER.test(after)
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
