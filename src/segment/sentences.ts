import type { Sentence } from '../model/index.js'
import { StandInPattern } from './latin1.js'

/*
 * Sentence splitting, written by hand. Why not a library: sentence-splitter (installed) costs
 * ~55 ms on a 2,400-word article and splits after initials ("Vladimir V. Putin") and before
 * names after dotted abbreviations ("Maj. Gen. Smith"); compromise costs ~400 ms to import.
 * News text needs a few rules only, and this runs in well under a millisecond per article.
 *
 * Steps:
 *   1. every line break ends a sentence (headlines, captions, paragraphs have no final stop);
 *   2. inside a line, a boundary is a run of . ! ? … with any closing quotes or brackets,
 *      then white space, then something that can start a sentence (capital, digit, opening quote);
 *   3. boundaries after abbreviations, initials and dotted acronyms are undone.
 */

// Words whose abbreviation stands before a name or a number, so the dot never ends a sentence:
// "Maj. Gen. Tran said", "No. 3 producer", "on Jan. 5".
const ABBREVIATIONS_BEFORE_NAME = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'hon', 'messrs', 'mme', 'mlle',
    'gen', 'maj', 'col', 'lt', 'capt', 'cmdr', 'cdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'lieut',
    'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'amb', 'supt', 'insp', 'det',
    'no', 'nos', 'vol', 'fig', 'art', 'sec', 'ch', 'pp', 'p', 'vs', 'v', 'approx', 'est', 'ca', 'cf',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'e.g', 'i.e', 'etc', 'al',
  ],
)

// After a dotted acronym ("in the U.S. The talks…" vs "U.S. Army officers"), only a word that
// usually opens a sentence makes the dot a boundary.
const SENTENCE_OPENERS = new Set(
  [
    'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'so', 'yet', 'he', 'she', 'it', 'they', 'we', 'i',
    'you', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'my', 'as',
    'after', 'before', 'when', 'while', 'since', 'for', 'if', 'although', 'though', 'however', 'still',
    'meanwhile', 'instead', 'then', 'now', 'last', 'earlier', 'later', 'many', 'most', 'some', 'one',
  ],
)

const TERMINATOR = /[.!?…]+["'”’»)\]]*/gu
// Stand-in patterns (segment/latin1.ts): their Unicode classes compile far cheaper for a Latin-1
// stand-in. The opening ones read only the first character (two code units at most), so that a
// stand-in is made of two characters, not of the rest of the line.
const OPENING = new StandInPattern(String.raw`^[\p{Lu}\p{N}"'“‘«(\[]`, 'u')
const CAPITAL_OPENING = new StandInPattern(String.raw`^[\p{Lu}"“]`, 'u')
const LAST_WORD = new StandInPattern(String.raw`([\p{L}.]+)$`, 'du')
const ONE_CAPITAL = new StandInPattern(String.raw`^\p{Lu}$`, 'u')
const DOTTED_ACRONYM = new StandInPattern(String.raw`^(?:\p{L}\.)+\p{L}$`, 'u')

/** Splits a text into trimmed sentences; `text.slice(start, end) === sentence.text`. */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(text[start] ?? '')) start++
    while (end > start && /\s/u.test(text[end - 1] ?? '')) end--
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) })
  }
  let lineStart = 0
  for (const lineBreak of [...text.matchAll(/\r?\n|\r|\u2028|\u2029/gu), null]) {
    const lineEnd = lineBreak === null ? text.length : lineBreak.index
    let sentenceStart = lineStart
    for (const boundary of splitLine(text, lineStart, lineEnd)) {
      push(sentenceStart, boundary)
      sentenceStart = boundary
    }
    push(sentenceStart, lineEnd)
    lineStart = lineBreak === null ? text.length : lineBreak.index + lineBreak[0].length
  }
  return sentences
}

/** Offsets (ends of sentences) inside one line. */
function splitLine(text: string, lineStart: number, lineEnd: number): number[] {
  const line = text.slice(lineStart, lineEnd)
  const boundaries: number[] = []
  for (const match of line.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length
    const rest = line.slice(end)
    const space = /^\s+/u.exec(rest)
    if (space === null) continue // "1.5", "U.S.-Vietnam", end of line
    const next = rest.slice(space[0].length)
    if (!OPENING.test(next.slice(0, 2))) continue // '…," she said' and "… the U.S. military"
    if (!endsSentence(line, match.index, match[0], next)) continue
    boundaries.push(lineStart + end)
  }
  return boundaries
}

function endsSentence(line: string, dotIndex: number, terminator: string, next: string): boolean {
  if (!terminator.startsWith('.') || terminator.startsWith('...')) {
    // "?" and "!" always end; an ellipsis ends only before a capital ("… and then. Later…").
    return !terminator.startsWith('…') && !terminator.startsWith('...') ? true : CAPITAL_OPENING.test(next.slice(0, 2))
  }
  // Only the last few characters matter; a bounded window keeps one-line megabyte texts linear.
  const before = LAST_WORD.exec(line.slice(Math.max(0, dotIndex - 40), dotIndex))?.[1] ?? ''
  const word = before.toLowerCase()
  // "Vladimir V. Putin": a single capital letter is an initial.
  if (ONE_CAPITAL.test(before)) return false
  if (ABBREVIATIONS_BEFORE_NAME.has(word)) return false
  // "U.S.", "U.K.", "p.m.": dotted acronyms end a sentence only before a typical opener.
  if (DOTTED_ACRONYM.test(before)) {
    const nextWord = /^["“‘']?(\p{L}+)/u.exec(next)?.[1]?.toLowerCase() ?? ''
    return SENTENCE_OPENERS.has(nextWord)
  }
  return true
}
