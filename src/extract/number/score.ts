import type { NumericMatch } from './numeric.js'

/**
 * "2-0", "4 - 2", "3–3": two whole numbers joined by a dash that is no range (a range reads low to
 * high, "10-12", and is merged before this). Written by hand: no installed extractor reads scores.
 */
export function isScore(text: string, first: NumericMatch, second: NumericMatch): boolean {
  if (!first.digits || !second.digits || first.scaled || second.scaled || first.vague || second.vague) return false
  if (!Number.isInteger(first.value) || !Number.isInteger(second.value) || first.value > 200 || second.value > 200) return false
  if (!/^\s*[-–]\s*$/u.test(text.slice(first.end, second.start))) return false
  // Not inside a longer run of digits and dashes: "2-0-1", "1-800-555".
  return !/[-–]\s*$/u.test(text.slice(Math.max(0, first.start - 2), first.start)) && !/^\s*[-–]\s*\d/u.test(text.slice(second.end, second.end + 3))
}

const SCORE_WORDS = /\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beaten|beats|defeat|defeated|victory|draw|drew|drawn|lead|led|score|scored|scoreline|thrashing|thrashed|home|away)\b/iu

export function isScoreRange(text: string, match: NumericMatch): boolean {
  if (!match.digits || match.scaled || match.vague || (match.high ?? 0) > 200 || !/^\d+\s*[-–]\s*\d+$/u.test(text.slice(match.start, match.end))) return false
  return SCORE_WORDS.test(text.slice(Math.max(0, match.start - 30), match.start)) || SCORE_WORDS.test(text.slice(match.end, match.end + 20))
}

export function samePair(left: readonly [number, number], right: readonly [number, number]): boolean {
  return (left[0] === right[0] && left[1] === right[1]) || (left[0] === right[1] && left[1] === right[0])
}
