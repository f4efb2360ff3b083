import type { AnalysedArticle, Article } from '../model/index.js'
import { segmentSentences } from '../segment/sentences.js'
import { termsWithOffsets } from '../segment/terms.js'
import { extractFacts } from './extract-facts.js'

/** The per-article pipeline after cleaning: sentences, their content-word stems, and facts. */
export function analyseArticle(article: Article): AnalysedArticle {
  const sentences = segmentSentences(article.text)
  const sentenceTerms = sentences.map((sentence) => termsWithOffsets(sentence.text, sentence.start))
  return {
    article,
    sentences,
    sentenceTerms: sentenceTerms.map((terms) => terms.map((term) => term.stem)),
    facts: extractFacts(article, sentences, sentenceTerms),
  }
}
