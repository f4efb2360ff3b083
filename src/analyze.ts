import type { ArticleInput } from './model/article.js'
import type { AnalysisResult } from './model/result.js'

export interface AnalyzeOptions {
  /** Id of the article the caller knows to be the source. */
  readonly origin?: string
  /** Called after each article is prepared, for progress bars. */
  readonly onProgress?: (done: number, total: number) => void
}

/** The library entry: articles in, the v1 result out. Same object `--format json` prints. */
export async function analyze(inputs: readonly ArticleInput[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  void inputs
  void options
  throw new Error('analyze: pipeline not wired yet')
}
