import { stemmer } from 'stemmer'
// Only this table of wink-lexicon (14 KB) is read; the whole lexicon takes some 400 ms to load.
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js'
import { latin1StandIn, StandInPattern } from './latin1.js'
import { ENGLISH_STOPWORDS } from './stopwords-en.js'

// News-specific function words that carry no content for alignment ("said", "told", "according").
const NEWS_STOPWORDS = ['said', 'says', 'say', 'told', 'according', 'also', 'would', 'could', 'mr', 'mrs', 'ms', 'dr']

const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...NEWS_STOPWORDS])

const WORD = new StandInPattern(String.raw`[\p{L}\p{N}]+(?:['’][\p{L}]+)?`, 'gu')

export interface Term {
  /** Porter stem of the lower-cased word ("purchases" → "purchas"). */
  readonly stem: string
  readonly start: number
  readonly end: number
}

/** Content words of a text with their offsets: stopwords and one-letter tokens dropped, the rest stemmed. */
export function termsWithOffsets(text: string, offset = 0): Term[] {
  const result: Term[] = []
  const standIn = latin1StandIn(text)
  // exec in a loop, not matchAll: no iterator result per word in code V8 has not optimised yet.
  const words = WORD.for(standIn)
  words.lastIndex = 0
  for (let match = words.exec(standIn ?? text); match !== null; match = words.exec(standIn ?? text)) {
    // Cut from the text: the stand-in has its offsets, not its characters.
    const word = text.slice(match.index, match.index + match[0].length).toLowerCase().replace(/['’]s$/u, '')
    if (word.length < 2 || STOPWORDS.has(word)) continue
    result.push({ stem: stem(word), start: offset + match.index, end: offset + match.index + match[0].length })
  }
  return result
}

// Copies of a story repeat whole sentences: their terms are found once per text (offsets from the
// text's start) and moved to each sentence's place. Bounded like the stems below.
const SENTENCE_TERMS = new Map<string, readonly Term[]>()
const MAX_CACHED_SENTENCES = 20_000

/** `termsWithOffsets(text)` (offsets from the text's start), remembered by text. */
export function sentenceTerms(text: string): readonly Term[] {
  let relative = SENTENCE_TERMS.get(text)
  if (relative === undefined) {
    if (SENTENCE_TERMS.size >= MAX_CACHED_SENTENCES) SENTENCE_TERMS.clear()
    relative = termsWithOffsets(text)
    SENTENCE_TERMS.set(text, relative)
  }
  return relative
}

/** The same as `termsWithOffsets(text, offset)`, remembered by text. */
export function sentenceTermsAt(text: string, offset: number): Term[] {
  const relative = sentenceTerms(text)
  const placed: Term[] = new Array<Term>(relative.length)
  for (let position = 0; position < relative.length; position++) {
    const term = relative[position] as Term
    placed[position] = { stem: term.stem, start: offset + term.start, end: offset + term.end }
  }
  return placed
}

// The Porter stemmer runs a dozen regular expressions per word, and news repeats its words:
// remembering stems makes terms of a whole story several times cheaper. Bounded so a long-running
// server does not grow without limit.
const STEMS = new Map<string, string>()
// A Map, not the table itself: "constructor" or "toString" in a text must not reach Object's prototype.
const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(irregularVerbs))
const MAX_CACHED_STEMS = 100_000

/** The stem of a lower-case word, irregular verb forms read as their verb ("fell" → "fall"). */
export function stem(word: string): string {
  let cached = STEMS.get(word)
  if (cached === undefined) {
    if (STEMS.size >= MAX_CACHED_STEMS) STEMS.clear()
    // The Porter stemmer leaves irregular forms apart ("fell" and "falls", "won" and "wins"):
    // a summary that says "crime fell" must meet the report's "continued falls in crime".
    cached = stemmer(IRREGULAR_VERBS.get(word) ?? word)
    STEMS.set(word, cached)
  }
  return cached
}

/** Content-word stems of a text, in order. */
export function terms(text: string): string[] {
  return termsWithOffsets(text).map((term) => term.stem)
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase())
}
