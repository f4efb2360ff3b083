import type { AnalysedArticle, Article } from '../model/index.js'
import { segmentSentences } from '../segment/sentences.js'
import { sentenceTermsAt } from '../segment/terms.js'
import { extractFacts } from './extract-facts.js'
import { isLowerCased, recaseNames } from './recase.js'
import type { Casing } from './story-casing.js'

export interface AnalyseOptions {
  /** How the story's cased articles write words: guides the recasing of a lower-cased text. */
  readonly casing?: Casing
}

/** The per-article pipeline after cleaning: sentences, their content-word stems, and facts. */
export function analyseArticle(article: Article, options: AnalyseOptions = {}): AnalysedArticle {
  // A lower-cased text is split and read through a copy with its names capitalised (same
  // offsets); the article keeps its own text, and so do its sentences.
  const read = isLowerCased(article.text) ? { ...article, text: recaseNames(article.text, options.casing) } : article
  const readSentences = segmentSentences(read.text)
  const sentences = read === article ? readSentences : readSentences.map((sentence) => ({ ...sentence, text: article.text.slice(sentence.start, sentence.end) }))
  const sentenceTerms = sentences.map((sentence) => sentenceTermsAt(sentence.text, sentence.start))
  return {
    article,
    sentences,
    sentenceTerms: sentenceTerms.map((terms) => terms.map((term) => term.stem)),
    facts: extractFacts(read, readSentences, sentenceTerms),
  }
}
