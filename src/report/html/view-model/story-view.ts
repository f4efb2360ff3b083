import type { Finding, FindingStatus } from '../../../model/finding.js'
import type { AnalysisResult, Relation, ResultArticle, Story } from '../../../model/result.js'
import { countStatuses } from '../../outline.js'

/** Everything the page shows about one story, picked out of the whole result once. */
export interface StoryView {
  readonly story: Story
  readonly articles: readonly ResultArticle[]
  readonly relations: readonly Relation[]
  readonly findings: readonly Finding[]
  readonly origin: ResultArticle | undefined
  readonly counts: Readonly<Record<FindingStatus, number>>
}

export function storyViews(result: AnalysisResult): StoryView[] {
  const articleById = new Map(result.articles.map((article) => [article.id, article]))
  return result.stories.map((story) => {
    const members = new Set(story.articles)
    const findings = result.findings.filter((finding) => members.has(finding.article))
    return {
      story,
      articles: story.articles.map((id) => articleById.get(id)).filter((article): article is ResultArticle => article !== undefined),
      relations: result.relations.filter((relation) => members.has(relation.article)),
      findings,
      origin: story.origin === null ? undefined : articleById.get(story.origin),
      counts: countStatuses(findings),
    }
  })
}

/** How a person names an article in a table header or a graph node: outlet first, then title, then id. */
export function articleLabel(article: ResultArticle): string {
  return article.outlet ?? article.title ?? article.id
}

/** Stable identity of a finding inside one result, for selection and URLs. */
export function findingKey(finding: Finding): string {
  return `${finding.article}:${finding.claim.start}-${finding.claim.end}:${finding.type}`
}

/** The day of an ISO date or date-time ("2026-03-10T07:30:00-05:00" → "2026-03-10"); other text as written. */
export function shortDate(published: string | undefined): string {
  if (published === undefined) return ''
  return /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : published
}
