import type { Finding } from './finding.js'

export type RelationKind = 'copy' | 'excerpt' | 'paraphrase' | 'summary' | 'independent'

export interface ResultArticle {
  readonly id: string
  readonly path?: string
  readonly url?: string
  readonly title?: string
  readonly outlet?: string
  readonly published?: string
  readonly language?: string
  readonly text: string
}

export interface Story {
  readonly id: string
  readonly articles: readonly string[]
  readonly origin: string | null
  readonly why: string
}

export interface Relation {
  readonly article: string
  readonly source: string
  readonly kind: RelationKind
  /** Names the source (by outlet, "according to", a syndication footer). */
  readonly attributed: boolean
  /** Share of this article's sentences that have a counterpart in the source, in [0, 1]. */
  readonly coverage: number
  /** In [0, 1]: 1 when every fact of the article is supported. */
  readonly fidelity: number
}

/** A problem with one input: it was skipped or partly read, the rest of the run went on. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning'
  readonly code: string
  readonly message: string
  /** File or input the problem is about. */
  readonly source: string
  readonly line?: number
}

/** The public v1 result: what `--format json` prints and `analyze()` returns. */
export interface AnalysisResult {
  readonly version: 1
  readonly articles: readonly ResultArticle[]
  readonly stories: readonly Story[]
  readonly relations: readonly Relation[]
  readonly findings: readonly Finding[]
  /** Inputs skipped or partly read. Omitted when empty. */
  readonly diagnostics?: readonly Diagnostic[]
}
