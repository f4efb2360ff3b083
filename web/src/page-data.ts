import type { AnalysisResult } from '../../src/model/result.js'

/** Set by the server page only: where to POST articles. The offline report has none. */
export interface PageConfig {
  readonly api: string
  /** Present when the server has a corpus to browse. */
  readonly stories?: string
}

/** The result the page was rendered with, read from the inert JSON block (never evaluated as script). */
export function readPageData(): { result: AnalysisResult; config: PageConfig | undefined } {
  return { result: readJson<AnalysisResult>('corroborate-data') ?? emptyResult, config: readJson<PageConfig>('corroborate-config') }
}

export const emptyResult: AnalysisResult = { version: 1, articles: [], stories: [], relations: [], findings: [] }

function readJson<T>(id: string): T | undefined {
  const text = document.getElementById(id)?.textContent
  return text === undefined || text === null || text === '' ? undefined : (JSON.parse(text) as T)
}
