import { describeValue } from '../align/compare.js'
import type { AnalysedArticle, Fact } from '../model/index.js'
import { sentenceTerms, stem, type Term } from '../segment/terms.js'

/**
 * The words that make two facts "the same slot", as written in the claim's sentence and in its
 * order: for "impose 47% tariffs on Vietnamese imports" against "a tariff of 46 percent on
 * Vietnamese goods" → "tariffs, Vietnamese".
 */
export function slotWords(claim: Fact, article: AnalysedArticle, sharedStems: readonly string[], limit = 4): string {
  const sentence = article.sentences[claim.sentence]
  if (sentence === undefined || sharedStems.length === 0) return ''
  // The words depend only on the sentence's text, where the claim stands in it and the stems
  // wanted: near-copies repeat all three, so each is worked out once (the sentence's text is the
  // article's text from its start, so its words are the article's).
  const claimStart = claim.start - sentence.start
  const claimEnd = claim.end - sentence.start
  const known = sentenceWords(sentence.text)
  const key = `${claimStart} ${claimEnd} ${limit} ${sharedStems.join(' ')}`
  let words = known.slots.get(key)
  if (words === undefined) {
    words = wordsOfSlot(sentence.text, known.terms, claimStart, claimEnd, sharedStems, limit)
    known.slots.set(key, words)
  }
  return words
}

function wordsOfSlot(text: string, terms: readonly Term[], claimStart: number, claimEnd: number, sharedStems: readonly string[], limit: number): string {
  const wanted = new Set(sharedStems)
  const words: string[] = []
  const seen = new Set<string>()
  for (const term of terms) {
    if (term.start >= claimStart && term.end <= claimEnd) continue
    if (!wanted.has(term.stem) && !wanted.has(stem(term.stem))) continue
    if (seen.has(term.stem)) continue
    seen.add(term.stem)
    words.push(text.slice(term.start, term.end))
  }
  return words.slice(0, limit).join(', ')
}

// A sentence holds several facts, each explained with the words of that sentence, and near-copies
// repeat their sentences: each slot's words are found once per text (the terms come from the
// segment stage's own cache). Bounded so that a long-running server does not
// grow without limit.
interface SentenceWords {
  readonly terms: readonly Term[]
  /** "claim start, claim end, limit, wanted stems" → the slot's words. */
  readonly slots: Map<string, string>
}
const wordCache = new Map<string, SentenceWords>()
const MAX_CACHED_SENTENCES = 20_000

function sentenceWords(text: string): SentenceWords {
  let found = wordCache.get(text)
  if (found === undefined) {
    if (wordCache.size >= MAX_CACHED_SENTENCES) wordCache.clear()
    found = { terms: sentenceTerms(text), slots: new Map() }
    wordCache.set(text, found)
  }
  return found
}

/** A claim's text in quotation marks, unless it carries its own (a quote fact: “…”). */
export function claimed(text: string): string {
  return /^["“‘'].*["”’']$/su.test(text) ? text : `"${text}"`
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
