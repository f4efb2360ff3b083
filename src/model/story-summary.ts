/** A story as the store lists it (`corroborate stories`, the web app's corpus panel). */
export interface StorySummary {
  readonly id: number
  readonly size: number
  /** Title of the story's earliest article that has one, else the first line of its earliest article. */
  readonly title?: string
  readonly firstPublished?: string
  readonly lastPublished?: string
  /** Grows whenever the story's articles change; a saved analysis is valid for one version. */
  readonly version: number
  readonly updatedAt: string
}
