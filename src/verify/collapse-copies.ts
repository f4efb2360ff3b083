import type { AnalysedArticle, Finding } from '../model/index.js'
import { identities, namedSources, namesAny } from './attribution.js'
import type { DraftRelation } from './relations.js'

/**
 * A story carried word for word by many outlets (a wire story in a hundred papers) would cost its
 * alignment copies × copies. Articles with the same text are analysed as two: the first in origin
 * order, and one copy of it, the witness; every further copy is then given the witness's relation
 * and findings, which its identical text makes its own (same spans). Copies count once as support
 * either way, so no other article's findings change.
 */
export interface CollapsedStory {
  /** The articles to analyse: every distinct text, and one witness copy of each repeated one. */
  readonly kept: readonly AnalysedArticle[]
  /** Each further copy's id → the witness whose results it takes. */
  readonly witnessOf: ReadonlyMap<string, string>
}

export function collapseCopies(articles: readonly AnalysedArticle[], order: readonly string[]): CollapsedStory {
  const rank = new Map(order.map((id, index) => [id, index]))
  const byText = new Map<string, AnalysedArticle[]>()
  for (const article of [...articles].sort((left, right) => (rank.get(left.article.id) ?? 0) - (rank.get(right.article.id) ?? 0))) {
    const group = byText.get(article.article.text)
    if (group === undefined) byText.set(article.article.text, [article])
    else group.push(article)
  }
  const witnessOf = new Map<string, string>()
  const dropped = new Set<string>()
  for (const group of byText.values()) {
    const witness = group[1]
    if (witness === undefined) continue
    for (const copy of group.slice(2)) {
      witnessOf.set(copy.article.id, witness.article.id)
      dropped.add(copy.article.id)
    }
  }
  return { kept: articles.filter((article) => !dropped.has(article.article.id)), witnessOf }
}

/** The witness's relation for each further copy, with its own `attributed` (credits may differ). */
export function copyRelations(drafts: readonly DraftRelation[], collapsed: CollapsedStory, byId: ReadonlyMap<string, AnalysedArticle>): DraftRelation[] {
  if (collapsed.witnessOf.size === 0) return [...drafts]
  const relationOf = new Map(drafts.map((draft) => [draft.article, draft]))
  const copies: DraftRelation[] = []
  for (const [copy, witness] of collapsed.witnessOf) {
    const relation = relationOf.get(witness)
    const article = byId.get(copy)
    const source = relation === undefined ? undefined : byId.get(relation.source)
    if (relation === undefined || article === undefined || source === undefined) continue
    copies.push({ ...relation, article: copy, attributed: namesAny(namedSources(article.article), identities(source.article)) })
  }
  return [...drafts, ...copies]
}

/** The witness's findings for each further copy, about the copy's own (identical) text. */
export function copyFindings(findings: readonly Finding[], collapsed: CollapsedStory): Finding[] {
  if (collapsed.witnessOf.size === 0) return [...findings]
  const byArticle = new Map<string, Finding[]>()
  for (const finding of findings) {
    const list = byArticle.get(finding.article)
    if (list === undefined) byArticle.set(finding.article, [finding])
    else list.push(finding)
  }
  const copies: Finding[] = []
  for (const [copy, witness] of collapsed.witnessOf) {
    for (const finding of byArticle.get(witness) ?? []) copies.push({ ...finding, article: copy })
  }
  return [...findings, ...copies]
}
