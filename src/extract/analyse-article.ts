import type { AnalysedArticle, Article } from '../model/index.js'
import { segmentSentences } from '../segment/sentences.js'
import { terms } from '../segment/terms.js'
import { extractFacts } from './extract-facts.js'

/** The per-article pipeline after cleaning: sentences, their content-word stems, and facts. */
export function analyseArticle(article: Article): AnalysedArticle {
  const sentences = segmentSentences(article.text)
  return {
    article,
    sentences,
    sentenceTerms: sentences.map((sentence) => terms(sentence.text)),
    facts: extractFacts(article, sentences),
  }
}
