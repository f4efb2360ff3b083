import { alignStoryDetailed } from '../align/index.js'
import { UsageError } from '../errors/index.js'
import type { AnalysedArticle, Finding, Relation, Story } from '../model/index.js'
import { textSpan } from '../model/index.js'
import { markBeyondSource } from './beyond-source.js'
import { collapseCopies, copyFindings, copyRelations } from './collapse-copies.js'
import { claimed, describe } from './explain.js'
import { fidelity } from './fidelity.js'
import { lineageOf } from './lineage.js'
import { pairStats } from './pair-stats.js'
import { chooseOrigin, classifyRelations, isClose, type DraftRelation } from './relations.js'
import { findUnsupportedStatements } from './statements.js'
import { RELATION_THRESHOLDS } from './thresholds.js'
import { judgeFacts, matchFacts, reusedFacts } from './verify-facts.js'

export interface AnalyzeStoryOptions {
  readonly storyId: string
  /** Id of the article the caller knows to be the original. */
  readonly origin?: string
}

export interface StoryAnalysis {
  readonly story: Story
  readonly relations: Relation[]
  readonly findings: Finding[]
}

/**
 * The per-story pipeline: align sentences, verify every fact against the other articles, pick
 * the origin, classify each other article's relation to its closest source, find unsupported
 * statements, and score each derived article's fidelity.
 *
 * A story of one article has nothing to check against: it is its own origin, has no relations,
 * and each of its facts is reported `unsupported` with the rule `<type>/alone`, so that a reader
 * sees what could not be checked (no statement findings: every sentence would be one).
 */
export function analyzeStory(articles: readonly AnalysedArticle[], options: AnalyzeStoryOptions): StoryAnalysis {
  const ids = articles.map((article) => article.article.id)
  if (options.origin !== undefined && !ids.includes(options.origin)) {
    throw new UsageError(`origin "${options.origin}" is not an article of story ${options.storyId} (articles: ${ids.join(', ')})`)
  }
  if (articles.length === 0) return { story: { id: options.storyId, articles: [], origin: null, why: 'the story has no articles' }, relations: [], findings: [] }
  if (articles.length === 1) return lonelyStory(articles[0] as AnalysedArticle, options)

  // The origin is chosen among all articles (citations and dates of every copy count); the
  // analysis runs on each distinct text once, plus one copy of a repeated one (collapse-copies.ts).
  const choice = chooseOrigin(articles, options.origin)
  const collapsed = collapseCopies(articles, choice.order)
  const kept = collapsed.kept
  const keptChoice = { ...choice, order: choice.order.filter((id) => !collapsed.witnessOf.has(id)) }
  const alignment = alignStoryDetailed(kept, { ...(kept.length > RELATION_THRESHOLDS.alignmentHubs + 1 ? { hubs: hubsOf(kept, keptChoice.order) } : {}) })
  const matches = matchFacts(kept, alignment.links)
  // Relations read which facts each article shares with which; conflicts then depend on the relations.
  const keptDrafts = classifyRelations(kept, keptChoice, pairStats(alignment.links), reusedFacts(matches))
  const groupOf = independenceGroups(kept.map((article) => article.article.id), keptDrafts)
  const lineage = lineageOf(keptDrafts, groupOf)
  const factFindings = markBeyondSource(judgeFacts(matches, { groupOf, ...lineage }), kept, keptDrafts, alignment.links)
  const statements = findUnsupportedStatements(kept, alignment, choice.origin, keptDrafts, factFindings, lineage)
  const drafts = copyRelations(keptDrafts, collapsed, new Map(articles.map((article) => [article.article.id, article])))
  const position = new Map(ids.map((id, index) => [id, index]))
  const findings = copyFindings([...factFindings, ...statements], collapsed).sort((left, right) =>
    (position.get(left.article) ?? 0) - (position.get(right.article) ?? 0) || left.claim.start - right.claim.start)

  const byArticle = new Map<string, Finding[]>()
  for (const finding of findings) {
    const list = byArticle.get(finding.article)
    if (list === undefined) byArticle.set(finding.article, [finding])
    else list.push(finding)
  }
  const relations: Relation[] = drafts.map((draft) => ({ ...draft, fidelity: fidelity(byArticle.get(draft.article) ?? []) }))
  return {
    story: { id: options.storyId, articles: ids, origin: choice.origin, why: choice.why },
    relations,
    findings,
  }
}

function lonelyStory(article: AnalysedArticle, options: AnalyzeStoryOptions): StoryAnalysis {
  const id = article.article.id
  const findings: Finding[] = article.facts.map((fact) => ({
    article: id,
    status: 'unsupported',
    type: fact.type,
    claim: textSpan(article.article.text, fact.start, fact.end),
    support: 0,
    evidence: [],
    explanation: `${claimed(fact.text)} (${describe(fact)}): the story has no other article to check it against`,
    rule: `${fact.type}/alone`,
  }))
  return { story: { id: options.storyId, articles: [id], origin: id, why: `${id} is the only article of the story` }, relations: [], findings }
}

/** Positions (in `articles`) of the first articles in origin order: every article is aligned with these. */
function hubsOf(articles: readonly AnalysedArticle[], order: readonly string[]): Set<number> {
  const position = new Map(articles.map((article, index) => [article.article.id, index]))
  return new Set(order.slice(0, RELATION_THRESHOLDS.alignmentHubs).map((id) => position.get(id)).filter((index): index is number => index !== undefined))
}

/** An article and its copy, excerpt or rewrite source tell the same thing once: one group. */
function independenceGroups(ids: readonly string[], relations: readonly DraftRelation[]): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]))
  const find = (id: string): string => {
    let root = id
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    parent.set(id, root)
    return root
  }
  for (const relation of relations) {
    if (isClose(relation.kind)) parent.set(find(relation.article), find(relation.source))
  }
  return new Map(ids.map((id) => [id, find(id)]))
}
