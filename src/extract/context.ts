import type { Sentence, Span } from '../model/index.js'
import { type Term, termsWithOffsets } from '../segment/terms.js'
import { stemmer } from 'stemmer'

/**
 * The content-word stems around a fact, nearest first: "about 1,000 internal Rostec files" gives
 * [file, intern, rostec, …] and "1,000 years of Chinese domination" gives [year, chines, domin, …],
 * so verification can tell two equal values about different things apart. The counted noun
 * (when known) leads; words after the fact rank as if twice as near as words before it, because
 * English puts what is counted right after the number.
 */
export function factContext(sentence: Sentence, fact: Span, unit?: string, sentenceTerms: readonly Term[] = termsWithOffsets(sentence.text, sentence.start)): string[] {
  // Rank by word distance; a word before the fact counts as twice as far as one after it.
  const words = wordTerms(sentenceTerms)
  const before = words.filter((term) => term.end <= fact.start).reverse()
  const after = words.filter((term) => term.start >= fact.end)
  const ranked = [
    ...after.map((term, index) => ({ stem: term.stem, rank: index + 1 })),
    ...before.map((term, index) => ({ stem: term.stem, rank: 2 * (index + 1) + 0.5 })),
  ].sort((a, b) => a.rank - b.rank)
  const result: string[] = []
  const seen = new Set<string>()
  const add = (stem: string): void => {
    if (seen.has(stem)) return
    seen.add(stem)
    result.push(stem)
  }
  if (unit !== undefined) add(stemmer(unit))
  for (const { stem } of ranked) add(stem)
  return result
}

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
