import type { AnalysisResult, Relation, ResultArticle, Story } from '../model/result.js'
import { isBeyondSource, type Finding, type FindingStatus } from '../model/finding.js'

/**
 * The result rearranged the way every report reads it: per story, its articles with their
 * relation, the counts, and the findings grouped by status and article in text order. Renderers
 * format this and never re-derive it, so terminal and Markdown always say the same thing.
 */
export interface ResultOutline {
  readonly stories: readonly StoryOutline[]
  readonly counts: StatusCounts
  readonly articleCount: number
}

export interface StoryOutline {
  readonly story: Story
  readonly origin: ResultArticle | undefined
  readonly articles: readonly ArticleOutline[]
  readonly counts: StatusCounts
  readonly findings: Readonly<Record<FindingStatus, readonly ArticleFindings[]>>
  /** Unsupported facts beyond the stretch of text a shorter source covers: listed apart, not counted as unsupported. */
  readonly beyondSource: readonly ArticleFindings[]
}

export interface ArticleOutline {
  readonly article: ResultArticle
  readonly relation: Relation | undefined
  readonly isOrigin: boolean
  readonly counts: StatusCounts
  /** How many of its facts stand beyond what its shorter source covers (see `StoryOutline.beyondSource`). */
  readonly beyondSource: number
}

export interface ArticleFindings {
  readonly article: ResultArticle
  readonly findings: readonly Finding[]
}

export type StatusCounts = Readonly<Record<FindingStatus, number>>

/** Order in which reports list statuses: what needs a person's attention first. */
export const statusOrder: readonly FindingStatus[] = ['conflict', 'unsupported', 'supported']

export function outlineResult(result: AnalysisResult): ResultOutline {
  // Indexed once so that a corpus of many stories costs one pass over findings and relations.
  const index: ResultIndex = {
    articleById: new Map(result.articles.map((article) => [article.id, article])),
    relationByArticle: new Map(result.relations.map((relation) => [relation.article, relation])),
    findingsByArticle: groupBy(result.findings, (finding) => finding.article),
  }
  const stories = [...result.stories, ...storyOfUnassigned(result)].map((story) => outlineStory(story, index))
  return {
    stories,
    counts: countStatuses(result.findings),
    articleCount: result.articles.length,
  }
}

interface ResultIndex {
  readonly articleById: ReadonlyMap<string, ResultArticle>
  readonly relationByArticle: ReadonlyMap<string, Relation>
  readonly findingsByArticle: ReadonlyMap<string, readonly Finding[]>
}

// A result should put every article in a story; if a producer did not, its findings still show.
function storyOfUnassigned(result: AnalysisResult): Story[] {
  const assigned = new Set(result.stories.flatMap((story) => story.articles))
  const rest = result.articles.filter((article) => !assigned.has(article.id)).map((article) => article.id)
  return rest.length === 0 ? [] : [{ id: '(no story)', articles: rest, origin: null, why: 'Not grouped into any story.' }]
}

function outlineStory(story: Story, index: ResultIndex): StoryOutline {
  const articles = story.articles.flatMap((id) => {
    const article = index.articleById.get(id)
    return article === undefined ? [] : [article]
  })
  const findingsOf = (article: ResultArticle): readonly Finding[] => index.findingsByArticle.get(article.id) ?? []
  const grouped = (keep: (finding: Finding) => boolean): ArticleFindings[] =>
    articles
      .map((article) => ({
        article,
        findings: findingsOf(article)
          .filter(keep)
          .sort((a, b) => a.claim.start - b.claim.start),
      }))
      .filter((group) => group.findings.length > 0)
  const withStatus = (status: FindingStatus) => (finding: Finding): boolean => finding.status === status && !isBeyondSource(finding)
  return {
    story,
    origin: story.origin === null ? undefined : index.articleById.get(story.origin),
    articles: articles.map((article) => ({
      article,
      relation: index.relationByArticle.get(article.id),
      isOrigin: article.id === story.origin,
      counts: countStatuses(findingsOf(article)),
      beyondSource: findingsOf(article).filter(isBeyondSource).length,
    })),
    counts: countStatuses(articles.flatMap(findingsOf)),
    findings: { conflict: grouped(withStatus('conflict')), unsupported: grouped(withStatus('unsupported')), supported: grouped(withStatus('supported')) },
    beyondSource: grouped(isBeyondSource),
  }
}

// Map.groupBy arrives in Node 21; the package supports Node 20.
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group === undefined) groups.set(key(item), [item])
    else group.push(item)
  }
  return groups
}

/** Findings per status; facts beyond a shorter source's text are counted apart (`beyondSource`). */
export function countStatuses(findings: readonly Finding[]): StatusCounts {
  const counts = { conflict: 0, unsupported: 0, supported: 0 }
  for (const finding of findings) if (!isBeyondSource(finding)) counts[finding.status] += 1
  return counts
}

/** "117 facts beyond the text 001 covers, not checked" for an article row or a section line. */
export function beyondSourcePhrase(count: number, source: string | undefined): string {
  return `${plural(count, 'fact')} beyond the text ${source ?? 'its source'} covers, not checked`
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

export function countsPhrase(counts: StatusCounts): string {
  return [
    plural(counts.conflict, 'conflict'),
    `${counts.unsupported} unsupported`,
    `${counts.supported} supported`,
  ].join(' · ')
}

/** "paraphrase of 000", or "origin", or "no source found". */
export function relationPhrase(outline: ArticleOutline): string {
  if (outline.isOrigin) return 'origin'
  if (outline.relation === undefined) return 'no source found'
  return outline.relation.kind === 'independent' ? 'independent' : `${outline.relation.kind} of ${outline.relation.source}`
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

export function fidelity(share: number): string {
  return share.toFixed(2)
}

/** A headline cut at a word boundary: reports name articles, they do not reprint headlines. */
export function shortTitle(title: string, maxLength = 48): string {
  const flat = title.replace(/\s+/g, ' ').trim()
  if (flat.length <= maxLength) return flat
  const cut = flat.slice(0, maxLength - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > maxLength / 2 ? cut.slice(0, space) : cut}…`
}
