import type { NumberValue } from '../../model/index.js'
import type { FoundFact } from '../fact-kind.js'
import { latin1StandIn, StandInPattern } from '../../segment/latin1.js'
import { countedNoun } from './counted-noun.js'
import { UNITS } from './numeric.js'

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
}
// "first" is left out: it is mostly no rank that anyone reports ("for the first time", "First Minister").
// Read over the text's Latin-1 stand-in where there is one (see segment/latin1.ts).
const ORDINAL = new StandInPattern(String.raw`(?<![\p{L}\p{N}-])(?:(\d{1,4})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).join('|')}))(?![\p{L}\p{N}])`, 'giu')
// "a second time", "every third", "second-hand", "a third of", "the 21st century": no rank of anything reported.
const NOT_A_RANK_AFTER = /^(?:\s*-|\s+(?:of|time|times|hand|thoughts?|half|place\s+to|century|centuries)\b)/iu
const NOT_A_RANK_BEFORE = /\b(?:a|every|one|two)\s+$/iu

// "for the first time", "the second time in a row": a claim that something is new or repeated,
// which a rewrite adds or changes. Only after "the": "a second time" is just "again". "The first
// time since 2010" claims no rank: it says when it last happened, and the date says that.
const TIME_RANK = new StandInPattern(String.raw`(?<![\p{L}])the\s+(?:(\d{1,3})(?:st|nd|rd|th)|(first|${Object.keys(ORDINAL_WORDS).join('|')}))\s+time\b(?!\s+since\b)`, 'giud')

// "world number 29", "world No 1", "world number one": a place in a world ranking, which a rewrite
// may change. Other labels ("No. 10", "number 7 shirt") stay no facts.
const WORLD_RANK = new StandInPattern(String.raw`\bworld\s+(?:number|no\.?)\s*(?:(\d{1,4})|(${Object.keys(UNITS).join('|')}))(?![\p{L}\p{N}])`, 'giud')
const WORLD_RANKING = 'world ranking'

/** Ranks: "70th anniversary", "third straight win", "finished 14th". Dates take "March 13th" first (higher priority). */
export function findOrdinals(text: string): FoundFact<NumberValue>[] {
  const found: FoundFact<NumberValue>[] = []
  const standIn = latin1StandIn(text)
  // The digits and words a match holds are the same in the stand-in.
  for (const match of (standIn ?? text).matchAll(ORDINAL.for(standIn))) {
    const start = match.index
    const end = start + match[0].length
    if (NOT_A_RANK_AFTER.test(text.slice(end, end + 16)) || NOT_A_RANK_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue
    const value = rankValue(match[1], match[2])
    if (value <= 0) continue
    const unit = countedNoun(text, end)
    found.push({ start, end, value: { kind: 'number', value, approximate: false, precision: 1, ordinal: true, ...(unit !== undefined ? { unit } : {}) } })
  }
  for (const match of (standIn ?? text).matchAll(TIME_RANK.for(standIn))) {
    const value = rankValue(match[1], match[2])
    const start = (match.indices?.[1] ?? match.indices?.[2])?.[0] ?? match.index
    if (value > 0) found.push({ start, end: match.index + match[0].length, value: { kind: 'number', value, approximate: false, precision: 1, ordinal: true, unit: 'time' } })
  }
  for (const match of (standIn ?? text).matchAll(WORLD_RANK.for(standIn))) {
    const value = match[1] !== undefined ? Number(match[1]) : (UNITS[(match[2] ?? '').toLowerCase()] ?? 0)
    const start = (match.indices?.[1] ?? match.indices?.[2])?.[0] ?? match.index
    if (value > 0) found.push({ start, end: match.index + match[0].length, value: { kind: 'number', value, approximate: false, precision: 1, ordinal: true, unit: WORLD_RANKING } })
  }
  return found.sort((left, right) => left.start - right.start)
}

/** The rank written in digits ("14th") or as a word ("third", and "first" where a pattern allows it); 0 if none. */
function rankValue(digits: string | undefined, word: string | undefined): number {
  if (digits !== undefined) return Number(digits)
  const lower = (word ?? '').toLowerCase()
  return lower === 'first' ? 1 : (ORDINAL_WORDS[lower] ?? 0)
}

export function ordinalText(value: number): string {
  const tens = value % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : value % 10 === 1 ? 'st' : value % 10 === 2 ? 'nd' : value % 10 === 3 ? 'rd' : 'th'
  return `${value}${suffix}`
}
