/**
 * Where sentences start, by the sentence-boundary rules of Unicode's UAX #29, which Intl.Segmenter
 * applies through ICU: the same indexes its segments start at. Only for text made of characters
 * whose sentence-break class is listed here (ASCII, Latin-1 letters and signs, typographic quotes
 * and dashes); for any other text `undefined`, and the caller asks Intl.Segmenter. Creating a
 * segmenter loads ICU's sentence rules and data (a tenth of the page faults of a cold
 * `corroborate analyze`) for the few spans a terminal report shows in their sentence.
 * src/report/sentence-starts.test.ts compares both on every text at hand and on random ones.
 */

/** Sentence_Break classes (UAX #29, table 4) of the characters handled here. */
const enum Break {
  Other,
  CR,
  LF,
  Sp,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

/** The class of each character up to U+00FF; `undefined`: not handled here (Sep, Format, C1 controls). */
const LATIN1: (Break | undefined)[] = Array.from({ length: 0x100 }, (_, code) => latin1Class(code))

/** Typographic punctuation outside Latin-1 that articles use often. */
const PUNCTUATION = new Map<number, Break>([
  [0x2013, Break.SContinue], // en dash
  [0x2014, Break.SContinue], // em dash
  [0x2018, Break.Close], // ‘
  [0x2019, Break.Close], // ’
  [0x201a, Break.Close], // ‚
  [0x201c, Break.Close], // “
  [0x201d, Break.Close], // ”
  [0x201e, Break.Close], // „
  [0x2039, Break.Close], // ‹
  [0x203a, Break.Close], // ›
  [0x2010, Break.Other], // hyphen
  [0x2022, Break.Other], // bullet
  [0x2026, Break.Other], // ellipsis
  [0x20ac, Break.Other], // euro sign
  [0x2122, Break.Other], // trade mark sign
])

function latin1Class(code: number): Break | undefined {
  const character = String.fromCharCode(code)
  if (code === 0x0d) return Break.CR
  if (code === 0x0a) return Break.LF
  if (code === 0x09 || code === 0x0b || code === 0x0c || code === 0x20) return Break.Sp
  if (code >= 0x80 && code <= 0x9f) return undefined
  if (code === 0xa0) return Break.Sp
  if (code === 0xad) return undefined
  if (code >= 0x30 && code <= 0x39) return Break.Numeric
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) return Break.Upper
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code !== 0xf7) || code === 0xaa || code === 0xb5 || code === 0xba) return Break.Lower
  if (character === '.') return Break.ATerm
  if (character === '!' || character === '?') return Break.STerm
  if ('"\'()[]{}\u00ab\u00bb'.includes(character)) return Break.Close
  if (character === ',' || character === '-' || character === ':' || character === ';') return Break.SContinue
  return Break.Other
}

function classOf(code: number): Break | undefined {
  return code < 0x100 ? LATIN1[code] : PUNCTUATION.get(code)
}

const isParagraphSeparator = (value: Break) => value === Break.CR || value === Break.LF
const isTerminator = (value: Break) => value === Break.ATerm || value === Break.STerm

/** Start indexes of the sentences of `text` (none for empty text), or `undefined` when it has a character not handled here. */
export function sentenceStarts(text: string): number[] | undefined {
  const classes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index++) {
    const value = classOf(text.charCodeAt(index))
    if (value === undefined) return undefined
    classes[index] = value
  }
  if (text.length === 0) return []
  const starts = [0]
  // What the text before the current position ends with: a terminator (SATerm), then Close*, then
  // Sp*: the left side of rules SB8 to SB11. `terminator` is undefined when it ends otherwise.
  let terminator: Break | undefined
  let spaced = false
  for (let index = 1; index < text.length; index++) {
    const before = classes[index - 1]!
    if (isTerminator(before)) {
      terminator = before
      spaced = false
    } else if (before === Break.Close && terminator !== undefined && !spaced) {
      // SATerm Close*: still in context.
    } else if (before === Break.Sp && terminator !== undefined) {
      spaced = true
    } else {
      terminator = undefined
    }
    if (breaksBefore(classes, index, terminator, spaced)) starts.push(index)
  }
  return starts
}

function breaksBefore(classes: Uint8Array, index: number, terminator: Break | undefined, spaced: boolean): boolean {
  const before = classes[index - 1]!
  const after = classes[index]!
  if (before === Break.CR && after === Break.LF) return false // SB3
  if (isParagraphSeparator(before)) return true // SB4
  if (before === Break.ATerm && after === Break.Numeric) return false // SB6
  if (before === Break.ATerm && after === Break.Upper && index >= 2 && (classes[index - 2] === Break.Upper || classes[index - 2] === Break.Lower)) return false // SB7
  if (terminator === undefined) return false // SB998
  if (terminator === Break.ATerm && lowerFollows(classes, index)) return false // SB8
  if (after === Break.SContinue || isTerminator(after)) return false // SB8a
  if (!spaced && (after === Break.Close || after === Break.Sp || isParagraphSeparator(after))) return false // SB9
  if (after === Break.Sp || isParagraphSeparator(after)) return false // SB10
  return true // SB11
}

/** SB8's right side: anything but OLetter, Upper, Lower, ParaSep and SATerm, then a Lower. */
function lowerFollows(classes: Uint8Array, from: number): boolean {
  for (let index = from; index < classes.length; index++) {
    const value = classes[index]!
    if (value === Break.Lower) return true
    if (value === Break.OLetter || value === Break.Upper || isParagraphSeparator(value) || isTerminator(value)) return false
  }
  return false
}
