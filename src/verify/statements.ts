import type { StoryAlignment } from '../align/index.js'
import type { AnalysedArticle, Evidence, Finding, Sentence, SentenceLink } from '../model/index.js'
import { textSpan } from '../model/index.js'
import { articleList, quoted } from './explain.js'
import type { Lineage } from './lineage.js'
import { isClose, type DraftRelation } from './relations.js'
import { STATEMENT_THRESHOLDS as T } from './thresholds.js'

/**
 * Sentences whose content words and facts have no counterpart in any other article: unsupported
 * claims (`type: "statement"`).
 *
 * Which sentences are checked:
 * - never the origin's: it is what the others are checked against, and a summary that leaves a
 *   sentence out does not make that sentence doubtful;
 * - in a copy, excerpt or rewrite whose source is shorter, only sentences within the stretch the
 *   source covers: when the source is itself an excerpt, the rewrite's later paragraphs have
 *   nothing to be checked against, which is not the same as being invented;
 * - headings, captions and connectives (fewer than `minimumTerms` content words) are skipped.
 */
export function findUnsupportedStatements(
  articles: readonly AnalysedArticle[],
  alignment: StoryAlignment,
  origin: string | null,
  relations: readonly DraftRelation[],
  factFindings: readonly Finding[],
  lineage?: Pick<Lineage, 'introducer' | 'onLine'>,
): Finding[] {
  // Sentence numbers by article, not "article\0sentence" strings: a story of near-copies has
  // hundreds of thousands of links.
  const linked = new SentenceSet()
  for (const link of alignment.links) {
    linked.add(link.from.article, link.from.sentence)
    linked.add(link.to.article, link.to.sentence)
  }
  const backedSentences = new SentenceSet()
  const factSentence = new Map<string, number>()
  for (const article of articles) for (const fact of article.facts) factSentence.set(`${fact.article}\u0000${fact.start}`, fact.sentence)
  for (const finding of factFindings) {
    // Names recur all over a story ("Vietnam", "Moscow"): a supported name alone does not back a
    // sentence; a supported number, date, amount or quote does, and so does any conflict (the
    // sentence has a counterpart, the conflict is reported on its own).
    if (finding.status === 'unsupported' || (finding.status === 'supported' && finding.type === 'entity')) continue
    const sentence = factSentence.get(`${finding.article}\u0000${finding.claim.start}`)
    if (sentence !== undefined) backedSentences.add(finding.article, sentence)
  }
  const relationOf = new Map(relations.map((relation) => [relation.article, relation]))
  const lines = linesOf(articles, alignment.links, lineage)
  const positionOf = new Map(articles.map((article, position) => [article.article.id, position]))

  const findings: Finding[] = []
  for (const [position, article] of articles.entries()) {
    const id = article.article.id
    if (id === origin || articles.length < 2) continue
    const scope = checkedRange(article, relationOf.get(id), alignment.links, articles)
    for (const sentence of article.sentences) {
      if (sentence.index < scope[0] || sentence.index > scope[1]) continue
      const termCount = new Set(article.sentenceTerms[sentence.index] ?? []).size
      if (termCount < T.minimumTerms) continue
      // A sentence met only in texts derived from the one that brought it in (a summary and the
      // copy of it another paper ran) is in no source: judged without those texts.
      const line = lines.of(id, sentence.index)
      if (line !== undefined) {
        if (backedSentences.has(id, sentence.index)) continue
        // Where the introducer holds it beyond its own source's reach, there is nothing to check it against.
        const introduced = line.repeats.find((repeat) => repeat.article === line.introducer)
        const introducer = articles[positionOf.get(line.introducer) ?? -1]
        if (introduced !== undefined && introducer !== undefined) {
          const range = checkedRange(introducer, relationOf.get(line.introducer), alignment.links, articles)
          if (introduced.sentence < range[0] || introduced.sentence > range[1]) continue
        }
        const without = new Set(line.repeats.map((repeat) => positionOf.get(repeat.article) ?? -1))
        if (sentenceContainment(alignment, position, sentence.index, without) > T.maximumContainment) continue
        if (articleContainment(alignment, position, sentence.index, without) > T.maximumArticleContainment) continue
        const explanation =
          line.introducer === id
            ? `no source of this text has a sentence with these content words or facts: only ${articleList(line.repeats.map((repeat) => repeat.article))}, derived from it, repeat${line.repeats.length === 1 ? 's' : ''} it`
            : `this sentence comes from ${line.introducer}, which this text derives from, and no source of ${line.introducer} has one with these content words or facts`
        const evidence = line.repeats.slice(0, 3).map((repeat) => ({ article: repeat.article, ...textSpan(repeat.text, repeat.start, repeat.end) }))
        findings.push(statementFinding(article, sentence, evidence, explanation, 'statement/copies-only'))
        continue
      }
      if (linked.has(id, sentence.index) || backedSentences.has(id, sentence.index)) continue
      const containment = alignment.bestContainment[position]?.[sentence.index] ?? 0
      if (containment > T.maximumContainment) continue
      if (articleContainment(alignment, position, sentence.index) > T.maximumArticleContainment) continue
      const explanation = `no other article has a sentence with these content words or facts (at most ${Math.round(containment * 100)}% of its words in any one sentence elsewhere): ${quoted(sentence.text, 50)}`
      findings.push(statementFinding(article, sentence, [], explanation, 'statement/unsupported'))
    }
  }
  return findings
}

function statementFinding(article: AnalysedArticle, sentence: Sentence, evidence: readonly Evidence[], explanation: string, rule: string): Finding {
  return { article: article.article.id, status: 'unsupported', type: 'statement', claim: textSpan(article.article.text, sentence.start, sentence.end), support: 0, evidence, explanation, rule }
}

/**
 * The sentences of an article that its source can speak for: all of them, except in a copy, excerpt
 * or rewrite of a shorter source, where only the stretch between its first and last aligned sentence.
 */
export function checkedRange(article: AnalysedArticle, relation: DraftRelation | undefined, links: readonly SentenceLink[], articles: readonly AnalysedArticle[]): [number, number] {
  const all: [number, number] = [0, article.sentences.length - 1]
  if (relation === undefined || !isClose(relation.kind)) return all
  const source = articles.find((candidate) => candidate.article.id === relation.source)
  if (source === undefined || source.article.text.length >= article.article.text.length) return all
  const range = linkedRanges(links).get(article.article.id)?.get(relation.source)
  return range === undefined ? all : [range[0], range[1]]
}

// Every article of a story asks for its range: the links are read once per story, not once per article.
const rangeCache = new WeakMap<readonly SentenceLink[], Map<string, Map<string, [number, number]>>>()

/** For each article and other article, the first and last sentence of the article linked to the other. */
function linkedRanges(links: readonly SentenceLink[]): Map<string, Map<string, [number, number]>> {
  let ranges = rangeCache.get(links)
  if (ranges === undefined) {
    ranges = new Map()
    for (const link of links) {
      let byOther = ranges.get(link.from.article)
      if (byOther === undefined) ranges.set(link.from.article, (byOther = new Map()))
      const range = byOther.get(link.to.article)
      if (range === undefined) byOther.set(link.to.article, [link.from.sentence, link.from.sentence])
      else {
        range[0] = Math.min(range[0], link.from.sentence)
        range[1] = Math.max(range[1], link.from.sentence)
      }
    }
    rangeCache.set(links, ranges)
  }
  return ranges
}

interface Line {
  /** The article that brought the sentence in. */
  readonly introducer: string
  /** The sentences aligned with it, all in articles of its line (derived from the introducer, or the introducer). */
  readonly repeats: readonly { readonly article: string; readonly sentence: number; readonly text: string; readonly start: number; readonly end: number }[]
}

/**
 * The sentences aligned only with sentences of articles on one line of derivation whose first
 * article has a source of its own (see `Lineage.introducer`). Only articles on such a line are
 * read: in most stories every article derives from the origin directly and none is.
 */
function linesOf(articles: readonly AnalysedArticle[], links: readonly SentenceLink[], lineage: Pick<Lineage, 'introducer' | 'onLine'> | undefined): { of(article: string, sentence: number): Line | undefined } {
  const none = { of: () => undefined }
  if (lineage === undefined) return none
  const onLine = new Set(articles.map((article) => article.article.id).filter((id) => lineage.onLine(id)))
  if (onLine.size === 0) return none
  const byId = new Map(articles.map((article) => [article.article.id, article]))
  const partners = new Map<string, Map<number, { article: string; sentence: number }[]>>()
  const note = (from: SentenceLink['from'], to: SentenceLink['to']): void => {
    if (!onLine.has(from.article)) return
    let bySentence = partners.get(from.article)
    if (bySentence === undefined) partners.set(from.article, (bySentence = new Map()))
    const list = bySentence.get(from.sentence)
    if (list === undefined) bySentence.set(from.sentence, [to])
    else list.push(to)
  }
  for (const link of links) {
    note(link.from, link.to)
    note(link.to, link.from)
  }
  return {
    of(article, sentence) {
      const listed = partners.get(article)?.get(sentence)
      if (listed === undefined) return undefined
      // A pair of sentences may be linked both ways.
      const found = [...new Map(listed.map((partner) => [`${partner.article}\u0000${partner.sentence}`, partner])).values()]
      const introducer = lineage.introducer([article, ...new Set(found.map((partner) => partner.article))])
      if (introducer === undefined) return undefined
      return {
        introducer,
        repeats: found.flatMap((partner) => {
          const other = byId.get(partner.article)
          const span = other?.sentences[partner.sentence]
          return other === undefined || span === undefined ? [] : [{ article: partner.article, sentence: partner.sentence, text: other.article.text, start: span.start, end: span.end }]
        }),
      }
    },
  }
}

/**
 * Largest share of a sentence's weighted words found in one sentence of another article, leaving
 * out the articles at positions `without` (alignment's `bestContainment` counts every article).
 */
function sentenceContainment(alignment: StoryAlignment, position: number, sentence: number, without: ReadonlySet<number>): number {
  const indexed = alignment.index.sentences[position]?.[sentence]
  if (indexed === undefined || indexed.weight === 0) return 0
  const shared = new Map<number, number>()
  indexed.terms.forEach((weight, term) => {
    for (const posting of alignment.index.postings.get(term) ?? []) {
      if (posting.article === position || without.has(posting.article)) continue
      shared.set(posting.id, (shared.get(posting.id) ?? 0) + weight)
    }
  })
  return Math.max(0, ...shared.values()) / indexed.weight
}

/** Largest share of a sentence's weighted words found anywhere in one other article (through the term postings), leaving out the articles at positions `without`. */
function articleContainment(alignment: StoryAlignment, position: number, sentence: number, without?: ReadonlySet<number>): number {
  const indexed = alignment.index.sentences[position]?.[sentence]
  if (indexed === undefined || indexed.weight === 0) return 0
  const perArticle = new Map<number, number>()
  indexed.terms.forEach((weight, term) => {
    const seen = new Set<number>()
    for (const posting of alignment.index.postings.get(term) ?? []) {
      if (posting.article === position || seen.has(posting.article) || without?.has(posting.article) === true) continue
      seen.add(posting.article)
      perArticle.set(posting.article, (perArticle.get(posting.article) ?? 0) + weight)
    }
  })
  return Math.max(0, ...perArticle.values()) / indexed.weight
}

/** Sentences of a story by article id and sentence number. */
class SentenceSet {
  readonly #byArticle = new Map<string, Set<number>>()

  add(article: string, sentence: number): void {
    const set = this.#byArticle.get(article)
    if (set === undefined) this.#byArticle.set(article, new Set([sentence]))
    else set.add(sentence)
  }

  has(article: string, sentence: number): boolean {
    return this.#byArticle.get(article)?.has(sentence) ?? false
  }
}
