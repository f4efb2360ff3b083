import type { Sentence, Span } from '../model/index.js'
import { stem, type Term, termsWithOffsets } from '../segment/terms.js'

/**
 * The content-word stems around a fact, nearest first: "about 1,000 internal Rostec files" gives
 * [file, intern, rostec, …] and "1,000 years of Chinese domination" gives [year, chines, domin, …],
 * so verification can tell two equal values about different things apart. The counted noun
 * (when known) leads; words after the fact rank as if twice as near as words before it, because
 * English puts what is counted right after the number.
 */
export function factContext(sentence: Sentence, fact: Span, unit?: string, sentenceTerms: readonly Term[] = termsWithOffsets(sentence.text, sentence.start)): string[] {
  const words = wordTerms(sentenceTerms)
  // Terms are in text order: find the first one after the fact by binary search, so that a fact
  // in a sentence of thousands of words costs no more than one in a short sentence.
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((words[middle]?.start ?? 0) < fact.end) low = middle + 1
    else high = middle
  }
  let beforeIndex = low - 1
  while (beforeIndex >= 0 && (words[beforeIndex]?.end ?? 0) > fact.start) beforeIndex--
  const result: string[] = []
  const seen = new Set<string>()
  const add = (stem: string): void => {
    if (seen.has(stem)) return
    seen.add(stem)
    result.push(stem)
  }
  if (unit !== undefined) add(stem(unit))
  // Merge both sides by rank: the k-th word after the fact ranks k, the k-th before ranks 2k + ½
  // (a word before the fact counts as twice as far as one after it).
  let after = low
  let before = beforeIndex
  let afterRank = 1
  let beforeRank = 1
  while (result.length < MAX_CONTEXT && (after < words.length || before >= 0)) {
    const takeAfter = before < 0 || (after < words.length && afterRank <= 2 * beforeRank + 0.5)
    if (takeAfter) {
      add(words[after]?.stem ?? '')
      after++
      afterRank++
    } else {
      add(words[before]?.stem ?? '')
      before--
      beforeRank++
    }
  }
  return result
}

/** Verification reads the nearest 16 words; 32 leave room without growing with sentence length. */
const MAX_CONTEXT = 32

// Digits are values, not context: "42" says nothing about what "3 cranes" counts. Computed once
// per sentence, since a sentence holds several facts.
const WORD_TERMS = new WeakMap<readonly Term[], readonly Term[]>()

function wordTerms(sentenceTerms: readonly Term[]): readonly Term[] {
  let words = WORD_TERMS.get(sentenceTerms)
  if (words === undefined) {
    words = sentenceTerms.filter((term) => !isDigits(term.stem))
    WORD_TERMS.set(sentenceTerms, words)
  }
  return words
}

function isDigits(stem: string): boolean {
  const code = stem.charCodeAt(0)
  return code >= 48 && code <= 57 && /^\d+$/u.test(stem)
}
