import { prepareArticle } from '../../clean/index.js'
import { analyseArticle } from '../../extract/index.js'
import type { AnalysedArticle, ArticleInput } from '../../model/index.js'

/** An article of a tiny hand-written test story, through the real clean and extract stages. */
export function article(id: string, text: string, metadata: Omit<ArticleInput, 'id' | 'text'> = {}): AnalysedArticle {
  return analyseArticle(prepareArticle({ id, text, ...metadata }, id))
}
