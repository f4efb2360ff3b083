/**
 * What a caller hands to `analyze()`: either `text` or `html` is required.
 * Metadata given here wins over metadata found in the page.
 */
export interface ArticleInput {
  readonly id?: string
  readonly text?: string
  readonly html?: string
  readonly markdown?: string
  readonly title?: string
  readonly outlet?: string
  readonly published?: string
  readonly url?: string
  readonly path?: string
  readonly language?: string
  readonly byline?: string
}

/** An article after ingest and clean: `text` is the cleaned body every span points into. */
export interface Article {
  readonly id: string
  readonly text: string
  readonly path?: string
  readonly url?: string
  readonly title?: string
  readonly outlet?: string
  /** ISO 8601 date or date-time, as found or given. */
  readonly published?: string
  readonly language?: string
  readonly byline?: string
  /** Outlets this article names as its source ("appeared first on X", "according to X"). */
  readonly credits?: readonly string[]
}
