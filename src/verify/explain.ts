import { stemmer } from 'stemmer'
import { describeValue } from '../align/compare.js'
import type { AnalysedArticle, Fact } from '../model/index.js'
import { termsWithOffsets, type Term } from '../segment/terms.js'

/**
 * The words that make two facts "the same slot", as written in the claim's sentence and in its
 * order: for "impose 47% tariffs on Vietnamese imports" against "a tariff of 46 percent on
 * Vietnamese goods" → "tariffs, Vietnamese".
 */
export function slotWords(claim: Fact, article: AnalysedArticle, sharedStems: readonly string[], limit = 4): string {
  const sentence = article.sentences[claim.sentence]
  if (sentence === undefined || sharedStems.length === 0) return ''
  const wanted = new Set(sharedStems)
  const words: string[] = []
  const seen = new Set<string>()
  for (const term of sentenceTerms(sentence.text)) {
    const start = sentence.start + term.start
    const end = sentence.start + term.end
    if (start >= claim.start && end <= claim.end) continue
    if (!wanted.has(term.stem) && !wanted.has(stemmer(term.stem))) continue
    if (seen.has(term.stem)) continue
    seen.add(term.stem)
    words.push(article.article.text.slice(start, end))
  }
  return words.slice(0, limit).join(', ')
}

// A sentence holds several facts, each explained with the words of that sentence, and near-copies
// repeat their sentences: each text is split into terms once (offsets from the sentence's start).
// Bounded so that a long-running server does not grow without limit.
const termCache = new Map<string, readonly Term[]>()
const MAX_CACHED_SENTENCES = 20_000

function sentenceTerms(text: string): readonly Term[] {
  let found = termCache.get(text)
  if (found === undefined) {
    if (termCache.size >= MAX_CACHED_SENTENCES) termCache.clear()
    found = termsWithOffsets(text)
    termCache.set(text, found)
  }
  return found
}

export function quoted(text: string, limit = 60): string {
  const single = text.replace(/\s+/gu, ' ').trim()
  return `"${single.length > limit ? `${single.slice(0, limit - 1)}…` : single}"`
}

export function describe(fact: Fact): string {
  return describeValue(fact.value)
}

/** "000" or "000, 002 and 2 more": the first ids of `total` (given when only the first few are listed). */
export function articleList(ids: readonly string[], total = ids.length): string {
  if (total <= 3) return ids.slice(0, total).join(', ')
  return `${ids.slice(0, 3).join(', ')} and ${total - 3} more`
}
