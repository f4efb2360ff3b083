import type { AnalysedArticle, RelationKind } from '../model/index.js'
import { identities, namedSources, namesAny, sameOutlet } from './attribution.js'
import type { PairStats, PairStatsTable } from './pair-stats.js'
import { ORIGIN_WEIGHTS as W, RELATION_THRESHOLDS as T } from './thresholds.js'

/** A relation before its fidelity is known. */
export interface DraftRelation {
  readonly article: string
  readonly source: string
  readonly kind: RelationKind
  readonly attributed: boolean
  readonly coverage: number
}

export interface OriginChoice {
  readonly origin: string
  readonly why: string
  /** Every article, likeliest origin first: a source is always chosen among earlier articles. */
  readonly order: readonly string[]
}

interface Signals {
  readonly id: string
  readonly citedBy: readonly string[]
  readonly citedAs: readonly string[]
  readonly namesAnother: readonly string[]
  readonly facts: number
  readonly published: number | undefined
}

/**
 * The likely origin: the article the others name as their source (its outlet, or the outlet a
 * syndication credit says the text belongs to), then the most complete, then the earliest.
 * A syndicated excerpt carrying the cited outlet's credit beats a longer rewrite that names nobody.
 */
export function chooseOrigin(articles: readonly AnalysedArticle[], given?: string): OriginChoice {
  const sources = new Map(articles.map(({ article }) => [article.id, namedSources(article)]))
  const signals: Signals[] = articles.map(({ article, facts }) => {
    const own = identities(article)
    const citedBy: string[] = []
    const citedAs = new Set<string>()
    for (const other of articles) {
      if (other.article.id === article.id) continue
      const names = sources.get(other.article.id) ?? []
      const matching = names.filter((name) => own.some((identity) => sameOutlet(name, identity)))
      if (matching.length > 0) {
        citedBy.push(other.article.id)
        for (const name of matching) citedAs.add(name)
      }
    }
    const ownNames = (sources.get(article.id) ?? []).filter((name) => !own.some((identity) => sameOutlet(name, identity)))
    const namesAnother = articles
      .filter((other) => other.article.id !== article.id && namesAny(ownNames, identities(other.article)))
      .map((other) => other.article.id)
    const time = article.published === undefined ? Number.NaN : Date.parse(article.published)
    return { id: article.id, citedBy, citedAs: [...citedAs], namesAnother, facts: facts.length, published: Number.isNaN(time) ? undefined : time }
  })

  const mostFacts = Math.max(1, ...signals.map((signal) => signal.facts))
  const dates = signals.map((signal) => signal.published).filter((time): time is number => time !== undefined)
  const earliest = dates.length === 0 ? undefined : Math.min(...dates)
  const latest = dates.length === 0 ? undefined : Math.max(...dates)
  const others = Math.max(1, articles.length - 1)
  const score = (signal: Signals): number => {
    let value = W.cited * (signal.citedBy.length / others) + W.completeness * (signal.facts / mostFacts)
    if (signal.published !== undefined && earliest !== undefined && latest !== undefined) {
      value += W.earliest * (latest === earliest ? 1 : (latest - signal.published) / (latest - earliest))
    }
    if (signal.namesAnother.length > 0) value += W.namesAnotherArticle
    return value
  }
  const ranked = [...signals].sort((left, right) => score(right) - score(left) || (left.id < right.id ? -1 : 1))
  const chosen = (given === undefined ? ranked[0] : signals.find((signal) => signal.id === given)) ?? ranked[0]
  if (chosen === undefined) return { origin: '', why: 'the story has no articles', order: [] }
  const order = [chosen.id, ...ranked.filter((signal) => signal.id !== chosen.id).map((signal) => signal.id)]
  return { origin: chosen.id, why: explainOrigin(chosen, signals, given !== undefined, earliest, mostFacts), order }
}

function explainOrigin(chosen: Signals, all: readonly Signals[], given: boolean, earliest: number | undefined, mostFacts: number): string {
  if (all.length === 1) return `${chosen.id} is the only article of the story`
  const reasons: string[] = []
  if (given) reasons.push('named as the origin by the user')
  if (chosen.citedBy.length > 0) {
    reasons.push(`named as the source by ${chosen.citedBy.length} other article${chosen.citedBy.length === 1 ? '' : 's'} (${chosen.citedBy.join(', ')}) as ${distinctNames(chosen.citedAs).map((name) => `"${name}"`).join(', ')}`)
  }
  if (chosen.facts === mostFacts) reasons.push(`the most complete account (${chosen.facts} facts)`)
  else if (chosen.citedBy.length > 0) reasons.push(`its text is the one the others cite, though a longer version holds ${mostFacts} facts to its ${chosen.facts}`)
  else reasons.push(`${chosen.facts} facts, against ${mostFacts} in the fullest version`)
  if (earliest !== undefined && chosen.published === earliest && all.some((signal) => signal.published !== undefined && signal.published > earliest)) {
    reasons.push('the earliest published')
  }
  if (chosen.namesAnother.length === 0) reasons.push('names no other article of the story as its source')
  else reasons.push(`although it names ${chosen.namesAnother.join(', ')} as a source`)
  return `${chosen.id} is the likely origin: ${reasons.join('; ')}`
}

/** "The New York Times", "NYT", "the NYT" → "The New York Times": the longest spelling of each outlet. */
function distinctNames(names: readonly string[]): string[] {
  const kept: string[] = []
  for (const name of [...names].sort((left, right) => right.length - left.length)) {
    if (!kept.some((other) => sameOutlet(other, name))) kept.push(name)
  }
  return kept
}

const KIND_RANK: Record<RelationKind, number> = { copy: 5, excerpt: 4, paraphrase: 3, summary: 2, independent: 1 }

/**
 * One relation per article but the origin, to its closest source among the articles ranked
 * before it (so relations never form a cycle): the strongest kind wins, then a source it names,
 * then the most aligned sentences and reused facts.
 */
export function classifyRelations(
  articles: readonly AnalysedArticle[],
  choice: OriginChoice,
  stats: PairStatsTable,
  /** How many facts of each article (outer key) another article (inner key) supports. */
  reused: ReadonlyMap<string, ReadonlyMap<string, number>>,
): DraftRelation[] {
  const byId = new Map(articles.map((article) => [article.article.id, article]))
  const close = closeFamilies(articles, stats)
  const relations: DraftRelation[] = []
  for (const [position, id] of choice.order.entries()) {
    if (position === 0) continue
    const article = byId.get(id)
    if (article === undefined) continue
    let best: { relation: DraftRelation; strength: number } | undefined
    // A text word for word the same as an earlier one copies that one, whatever else it is close
    // to: a second paper running a changed summary repeats the summary, not the report.
    const earlier = choice.order.slice(0, position)
    const twin = earlier.find((sourceId) => byId.get(sourceId)?.article.text === article.article.text)
    for (const sourceId of twin === undefined ? earlier : [twin]) {
      const source = byId.get(sourceId)
      if (source === undefined) continue
      const family = close.get(sourceId) ?? new Set([sourceId])
      let sharedFacts = 0
      const reusedBy = reused.get(id)
      if (reusedBy !== undefined) for (const member of family) sharedFacts += reusedBy.get(member) ?? 0
      const relation = classify(article, source, stats.get(id, sourceId), stats.get(sourceId, id), sharedFacts)
      const strength = stats.get(id, sourceId).linked + sharedFacts
      if (best === undefined || outranks(relation, strength, best.relation, best.strength)) best = { relation, strength }
    }
    if (best === undefined) continue
    // Coverage counts the source's text in any of its forms: a summary of a report whose origin
    // here is a short excerpt retells sentences the full rewrite holds. Counted for the chosen
    // source only: a story of many copies has many candidate sources, each with a large family.
    const family = close.get(best.relation.source) ?? new Set([best.relation.source])
    relations.push({ ...best.relation, coverage: share(stats.linkedToAny(id, family), article.sentences.length) })
  }
  return relations
}

function outranks(relation: DraftRelation, strength: number, current: DraftRelation, currentStrength: number): boolean {
  const rank = KIND_RANK[relation.kind] - KIND_RANK[current.kind]
  if (rank !== 0) return rank > 0
  if (relation.attributed !== current.attributed) return relation.attributed
  return strength > currentStrength
}

function share(part: number, whole: number): number {
  return Math.round((part / Math.max(1, whole)) * 1000) / 1000
}

export function classify(article: AnalysedArticle, source: AnalysedArticle, toSource: PairStats, fromSource: PairStats, sharedFacts: number): DraftRelation {
  const coverage = toSource.linked / Math.max(1, article.sentences.length)
  const attributed = namesAny(namedSources(article.article), identities(source.article))
  const kind = ((): RelationKind => {
    const close = closeKind(article, source, toSource, fromSource)
    if (close !== undefined) return close
    if (attributed && (sharedFacts > 0 || toSource.linked > 0)) return 'summary'
    if (coverage >= T.summaryUnattributedCoverage && sharedFacts >= T.summaryMinimumSharedFacts) return 'summary'
    return 'independent'
  })()
  return { article: article.article.id, source: source.article.id, kind, attributed, coverage: Math.round(coverage * 1000) / 1000 }
}

/** Copy, excerpt or rewrite, from the alignment alone; undefined when the article is none of these. */
function closeKind(article: AnalysedArticle, source: AnalysedArticle, toSource: PairStats, fromSource: PairStats): RelationKind | undefined {
  if (toSource.linked === 0 && fromSource.linked === 0) return undefined
  const sentences = Math.max(1, article.sentences.length)
  const sourceSentences = Math.max(1, source.sentences.length)
  const coverage = toSource.linked / sentences
  const sourceCoverage = Math.max(toSource.otherCovered, fromSource.linked) / sourceSentences
  const verbatimShare = toSource.verbatim / sentences
  const lengthRatio = article.article.text.length / Math.max(1, source.article.text.length)
  const [copyLow, copyHigh] = T.copyLengthRatio
  if (verbatimShare >= T.copyVerbatimShare && sourceCoverage >= T.copySourceCoverage && lengthRatio >= copyLow && lengthRatio <= copyHigh) return 'copy'
  if (verbatimShare >= T.excerptVerbatimShare && lengthRatio < T.excerptMaxLengthRatio && toSource.runDensity >= T.excerptRunDensity) return 'excerpt'
  // A rewrite retells its source sentence by sentence; a summary keeps a few of them from all over it.
  const retold = Math.max(sourceCoverage, toSource.runDensity) >= T.paraphraseSourceShare
  if ((coverage >= T.paraphraseCoverage || sourceCoverage >= T.paraphraseCoverage) && toSource.inOrder >= T.paraphraseInOrder && retold) return 'paraphrase'
  return undefined
}

/**
 * For each article, the articles whose text is its own in another form (copy, excerpt or rewrite
 * either way): a summary reuses the original's facts whichever of these versions holds them.
 */
function closeFamilies(articles: readonly AnalysedArticle[], stats: PairStatsTable): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>()
  for (const left of articles) {
    const family = new Set([left.article.id])
    for (const right of articles) {
      if (right === left) continue
      const forward = closeKind(right, left, stats.get(right.article.id, left.article.id), stats.get(left.article.id, right.article.id))
      const backward = forward ?? closeKind(left, right, stats.get(left.article.id, right.article.id), stats.get(right.article.id, left.article.id))
      if (backward !== undefined) family.add(right.article.id)
    }
    families.set(left.article.id, family)
  }
  return families
}

export function isClose(kind: RelationKind): boolean {
  return kind === 'copy' || kind === 'excerpt' || kind === 'paraphrase'
}
