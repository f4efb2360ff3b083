import { compareValues } from '../align/compare.js'
import { AGE } from '../extract/number/age.js'
import type { AnalysedArticle, Comparison, DateValue, Evidence, Fact, Finding, SentenceLink } from '../model/index.js'
import { spanKey, textSpan } from '../model/index.js'
import { StandInPattern } from '../segment/latin1.js'
import { articleList, claimed, describe, quoted, slotWords } from './explain.js'
import { buildFactIndex, type FactIndex } from './fact-index.js'
import {
  alignedSupport,
  byStrength,
  classSupport,
  groupCounts,
  independentSupport,
  isAgreeing,
  memberSupport,
  stronger,
  strongestSupporters,
  supportCounts,
  supportSize,
  type AlignedSupport,
  type Candidate,
  type ClassSupport,
  type Compared,
  type GroupCounts,
  type MemberSupport,
  Shortlisted,
} from './fact-support.js'
import { LinkedSentences, type SentenceSet } from './linked-sentences.js'
import { findNameMentions, givenNameChanges, outletsNamed, sameWord, type NameMention } from './name-mentions.js'
import { publicationDatesNamed } from './publication-dates.js'
import { FACT_THRESHOLDS as T } from './thresholds.js'

/** A fact with every fact of the other articles that could be about the same thing. */
export interface FactMatch {
  readonly fact: Fact
  readonly article: AnalysedArticle
  /**
   * The candidates worth judging (see `keepCandidates`), listed on first use: a fact that has
   * supporters is judged from `support` alone, so in a story of near-copies the list of its
   * N - 1 equals is never made.
   */
  readonly candidates: readonly Candidate[]
  /** The articles that support the fact (an agreeing value about the same thing), kept per class. */
  readonly support: MemberSupport
  /** Other facts of the same sentence: they take the slots their equals fill. */
  readonly neighbours: readonly Fact[]
  /** Whether any other article gives another value near it (read once per class of identical facts). */
  readonly differs: boolean
}

export interface FactMatches {
  readonly matches: readonly FactMatch[]
  /** The matches of each class of identical facts, which share their support. */
  readonly classes: readonly (readonly FactMatch[])[]
  readonly index: FactIndex
  readonly articles: readonly AnalysedArticle[]
  readonly byId: ReadonlyMap<string, AnalysedArticle>
  /**
   * A fact's span as evidence, made once per fact: near-copies cite the same few supporters in
   * thousands of findings, which then share one object (findings are never changed in place).
   */
  readonly evidenceOf: (fact: Fact) => Evidence
  /** The match of any fact of the story. */
  readonly matchOf: (fact: Fact) => FactMatch | undefined
}

export interface JudgeOptions {
  /** Independence group of each article: an article and its copy/excerpt/paraphrase source share one. */
  readonly groupOf?: ReadonlyMap<string, string>
  /**
   * True when `other` derives (directly or through others) from `article`'s text. A value changed
   * downstream is the derived article's conflict, not the source's: "Su-30" in a faithful rewrite
   * does not conflict with "Su-40" in a summary of it; the summary's "Su-40" conflicts with it.
   */
  readonly isDownstream?: (article: string, other: string) => boolean
  /** True when `other` derives from `article` itself, directly or through others (no groups). */
  readonly derives?: (article: string, other: string) => boolean
  /** The article among these that all the others derive from, when it has a source itself (see lineage.ts). */
  readonly introducer?: (holders: readonly string[]) => string | undefined
  /** Whether the article is, or derives from, an article that has a source and followers (see lineage.ts). */
  readonly onLine?: (article: string) => boolean
}

/** Finds, for every fact, its candidates in the other articles (through the fact index) and how they compare. */
export function matchFacts(articles: readonly AnalysedArticle[], links: readonly SentenceLink[]): FactMatches {
  const byId = new Map(articles.map((article) => [article.article.id, article]))
  const index = buildFactIndex(articles)
  const sentenceId = sentenceIds(articles)
  const linked = new LinkedSentences(links, sentenceId, articles.reduce((count, article) => count + article.sentences.length, 0))
  const factsBySentence = new Map<number, Fact[]>()
  for (const article of articles) {
    for (const fact of article.facts) {
      const key = sentenceId(fact.article, fact.sentence)
      const list = factsBySentence.get(key)
      if (list === undefined) factsBySentence.set(key, [fact])
      else list.push(fact)
    }
  }
  // Copies repeat facts word for word: facts with the same value and the same neighbours form one
  // class, compared once with each other class, so a story of many copies costs classes × classes.
  // Whether a weekday or a score is written once in its article is part of the class: members of
  // a class must compare alike (see `writtenOnceInEach`).
  const occurrences = recurringOccurrences(articles)
  // Classes are numbered in order of their first member; `classOf` holds each fact's class by the
  // fact's number in the index (story order, as read here).
  const classes = new Map<string, Fact[]>()
  const classNumbers = new Map<string, number>()
  const classOf: number[] = []
  for (const article of articles) {
    for (const fact of article.facts) {
      const signature = `${fact.type}\u0001${JSON.stringify(fact.value)}\u0001${fact.context.join(' ')}\u0001${writtenOnce(fact, occurrences)}`
      let members = classes.get(signature)
      if (members === undefined) {
        classes.set(signature, (members = []))
        classNumbers.set(signature, classNumbers.size)
      }
      members.push(fact)
      classOf.push(classNumbers.get(signature) as number)
    }
  }
  const matchOf = new Map<Fact, FactMatch>()
  const classMatches: FactMatch[][] = []
  // How each class compares with the class being read (the members of another class, its copies,
  // compare alike with it: once per class), marked by the reader's number.
  const comparedBy = new Int32Array(classes.size).fill(-1)
  const comparedWith: (Omit<Compared, 'fact'> | null)[] = new Array<Omit<Compared, 'fact'> | null>(classes.size).fill(null)
  let reader = -1
  for (const members of classes.values()) {
    reader += 1
    const representative = members[0] as Fact
    const compared: Candidate[] = []
    for (const number of index.candidateNumbers(representative)) {
      const other = index.factAt(number)
      const otherClass = classOf[number] as number
      if (comparedBy[otherClass] !== reader) {
        comparedBy[otherClass] = reader
        comparedWith[otherClass] = compareFacts(representative, other, index, occurrences)
      }
      const found = comparedWith[otherClass]
      if (found !== null && found !== undefined) compared.push({ fact: other, comparison: found.comparison, context: found.context, sameThing: found.sameThing, aligned: false })
    }
    const shortlist = strongestPerArticle(compared, sentenceId)
    const differs = compared.some((candidate) => candidate.comparison === 'conflict')
    const shared = classSupport(shortlist)
    // Members whose sentences are aligned with the same sentences find the same supporters there.
    const alignedBySet = new Map<number, AlignedSupport>()
    classMatches.push(members.map((fact) => {
      const key = sentenceId(fact.article, fact.sentence)
      const linkedKeys = linked.of(key)
      const set = linked.numberOf(key)
      let aligned = alignedBySet.get(set)
      if (aligned === undefined) alignedBySet.set(set, (aligned = alignedSupport(shared, linkedKeys)))
      const match = factMatch(fact, byId.get(fact.article) as AnalysedArticle, shortlist, shared, linkedKeys, aligned, factsBySentence.get(key) ?? [], differs)
      matchOf.set(fact, match)
      return match
    }))
  }
  const matches = articles.flatMap((article) => article.facts.map((fact) => matchOf.get(fact) as FactMatch))
  return { matches, classes: classMatches, index, articles, byId, evidenceOf: evidenceSpans(byId), matchOf: (fact) => matchOf.get(fact) }
}

function factMatch(
  fact: Fact,
  article: AnalysedArticle,
  shortlist: readonly Shortlisted[],
  shared: ClassSupport,
  linkedKeys: SentenceSet | undefined,
  aligned: AlignedSupport,
  neighbours: readonly Fact[],
  differs: boolean,
): FactMatch {
  let candidates: Candidate[] | undefined
  return {
    fact,
    article,
    get candidates() {
      candidates ??= keepCandidates(fact, shortlist, linkedKeys)
      return candidates
    },
    support: memberSupport(fact.article, shared, aligned),
    neighbours,
    differs,
  }
}

/**
 * How `other` compares with `fact`; null when it is no candidate: unrelated values, or another
 * value among other words (below `candidateContext`).
 */
function compareFacts(fact: Fact, other: Fact, index: FactIndex, occurrences: Occurrences): Omit<Compared, 'fact'> | null {
  const comparison = compareNames(fact, other)
  if (comparison === 'unrelated') return null
  const context = index.contextScore(fact, other)
  const agrees = comparison === 'equal' || comparison === 'compatible'
  if (!agrees && context < T.candidateContext) return null
  return { comparison, context, sameThing: agrees && (sameThing(fact, other, context, index) || sameSpecificValue(fact, other, comparison, occurrences)) }
}

/**
 * At most a few agreeing and a few differing facts of each other article, the nearest in context
 * first: an article that names "Vietnam" thirty times offers one counterpart, not thirty, and a
 * story of a hundred copies stays linear in its copies instead of quadratic in repeated names.
 */
function strongestPerArticle(compared: readonly Candidate[], sentenceId: SentenceIds): Shortlisted[] {
  const byArticle = new Map<string, Candidate[]>()
  for (const entry of compared) {
    const list = byArticle.get(entry.fact.article)
    if (list === undefined) byArticle.set(entry.fact.article, [entry])
    else list.push(entry)
  }
  const kept: Shortlisted[] = []
  let group = 0
  const keep = (entries: readonly Candidate[]): void => {
    for (const entry of entries) kept.push(new Shortlisted(entry, sentenceId(entry.fact.article, entry.fact.sentence), kept.length, group))
    group += 1
  }
  for (const list of byArticle.values()) {
    if (list.length <= 2 * T.candidatesPerArticle) {
      keep(list)
      continue
    }
    const order = (left: Candidate, right: Candidate): number => Number(right.sameThing) - Number(left.sameThing) || right.context - left.context
    const agreeing = list.filter((entry) => entry.comparison === 'equal' || entry.comparison === 'compatible').sort(order)
    const differing = list.filter((entry) => entry.comparison !== 'equal' && entry.comparison !== 'compatible').sort(order)
    keep([...agreeing.slice(0, T.candidatesPerArticle), ...differing.slice(0, T.candidatesPerArticle)])
  }
  return kept
}

/**
 * The candidates worth judging: the strongest agreeing fact of each other article (wherever it
 * stands: names are checked by mention, numbers need context, which `judge` decides), and every
 * fact with another value that stands in an aligned sentence or among the same words. In a story
 * of many copies this keeps one candidate per article instead of one per copied fact.
 */
function keepCandidates(fact: Fact, shortlist: readonly Shortlisted[], linkedKeys: SentenceSet | undefined): Candidate[] {
  const kept: Candidate[] = []
  let best: Candidate | undefined
  let article: string | undefined
  // The shortlist comes grouped by article: the best agreeing fact of each group, every differing one.
  for (const shortlisted of shortlist) {
    const { fact: other, comparison, context } = shortlisted.unaligned
    if (other.article === fact.article) continue
    if (other.article !== article) {
      if (best !== undefined) kept.push(best)
      best = undefined
      article = other.article
    }
    const aligned = linkedKeys?.has(shortlisted.sentence) ?? false
    const candidate = aligned ? shortlisted.aligned : shortlisted.unaligned
    if (comparison === 'equal' || comparison === 'compatible') {
      if (best === undefined || stronger(candidate, best)) best = candidate
    } else if (aligned || context >= T.candidateContext) {
      kept.push(candidate)
    }
  }
  if (best !== undefined) kept.push(best)
  return kept
}

/**
 * How many facts of each article each other article supports (same value, same thing; names
 * by mere mention do not count): what relation classification reads as "reuses its facts".
 * Article → other article → count.
 */
export function reusedFacts(found: FactMatches): Map<string, Map<string, number>> {
  // A fact's supporters are exactly the agreeing candidates in an aligned sentence or about the same thing.
  return supportCounts(found.articles.map((article) => article.article.id), found.classes.map((members) => members.map((match) => match.support)))
}

/**
 * One finding for every fact of every article, against the other articles of the story:
 * supported (an equal or compatible value about the same thing), conflict (the same slot with
 * another value), or unsupported (nothing about the same thing, whatever appears elsewhere).
 */
export function judgeFacts(found: FactMatches, options: JudgeOptions = {}): Finding[] {
  const groupOf = (article: string): string => options.groupOf?.get(article) ?? article
  // Supporters' independence groups, counted once per class of identical facts, then once for the
  // members that meet the same supporters in aligned sentences and are (or are not) in the same group.
  const groups = new Map<ClassSupport, { counts: GroupCounts; known: Map<readonly Shortlisted[], Map<string | undefined, number>> }>()
  const independent = (support: MemberSupport): number => {
    let perClass = groups.get(support.shared)
    if (perClass === undefined) groups.set(support.shared, (perClass = { counts: groupCounts(support.shared, groupOf), known: new Map() }))
    let byOwnGroup = perClass.known.get(support.aligned)
    if (byOwnGroup === undefined) perClass.known.set(support.aligned, (byOwnGroup = new Map()))
    const own = support.shared.articles.has(support.article) ? groupOf(support.article) : undefined
    let count = byOwnGroup.get(own)
    if (count === undefined) byOwnGroup.set(own, (count = independentSupport(support, perClass.counts, groupOf)))
    return count
  }
  const findings = found.matches.map((match) => judge(match, found, options, independent))
  return mirrorSupport(withSpeakerSwaps(found, findings), options)
}

/**
 * Support runs both ways: where a derived text's fact was found to repeat its source's ("13" in a
 * summary's "the vote was 13 to 2", from the report's "the council voted 13 to 2 in favour of the
 * plan"), the source's fact is backed by it in turn, though its own wider context shared too few
 * words to say so on its own. Only plain unsupported findings of sources change.
 */
function mirrorSupport(findings: readonly Finding[], options: JudgeOptions): Finding[] {
  const plain = new Map<string, number>()
  const plainArticles = new Set<string>()
  findings.forEach((finding, position) => {
    if (finding.status !== 'unsupported' || (finding.rule !== `${finding.type}/unsupported` && finding.rule !== `${finding.type}/other-context`)) return
    plain.set(spanKey(finding.article, finding.claim), position)
    plainArticles.add(finding.article)
  })
  if (plain.size === 0) return [...findings]
  const backers = new Map<number, Finding[]>()
  for (const finding of findings) {
    if (finding.status !== 'supported' || !finding.rule.endsWith('/match')) continue
    for (const evidence of finding.evidence) {
      // Most evidence lies in articles with nothing to back: no key is made for it.
      if (!plainArticles.has(evidence.article)) continue
      const position = plain.get(spanKey(evidence.article, evidence))
      // Only a source is backed by what derives from it: a derived text's own flags stand.
      if (position === undefined || options.isDownstream?.(evidence.article, finding.article) !== true) continue
      const list = backers.get(position)
      if (list === undefined) backers.set(position, [finding])
      else list.push(finding)
    }
  }
  if (backers.size === 0) return [...findings]
  return findings.map((finding, position) => {
    const by = backers.get(position)
    if (by === undefined) return finding
    const articles = [...new Set(by.map((backer) => backer.article))]
    return {
      article: finding.article,
      type: finding.type,
      claim: finding.claim,
      status: 'supported',
      support: independentCount(articles, options),
      evidence: by.slice(0, T.maximumEvidence).map((backer) => ({ article: backer.article, ...backer.claim })),
      explanation: `${claimed(finding.claim.text)} here, ${claimed(by[0]?.claim.text ?? '')} in ${articleList(articles)}, which ${articles.length === 1 ? 'gives' : 'give'} this as the same fact`,
      rule: `${finding.type}/match`,
    }
  })
}

/** A fact's supporters as a finding shows them: the strongest few, how many, how many independent. */
interface Supporters {
  /** The strongest supporting candidates, one per article, strongest first: at least `T.maximumEvidence` when there are that many. */
  readonly strongest: readonly Candidate[]
  readonly size: number
  readonly independent: () => number
}

/**
 * A quote kept word for word in an aligned sentence whose speaker's name was swapped is a quote
 * given to another speaker: "“…,” said Karen Doyle" against "“…,” said Miguel Arroyo". The
 * extractor may not tie either quote to its speaker, so the swap found on the name decides.
 */
function withSpeakerSwaps(found: FactMatches, findings: readonly Finding[]): Finding[] {
  const swaps = new Map<string, { speaker: Fact; against: Evidence }>()
  found.matches.forEach((match, position) => {
    const finding = findings[position]
    const against = finding?.evidence[0]
    if (finding?.rule === 'entity/swap' && against !== undefined) swaps.set(`${match.fact.article}\u0000${match.fact.sentence}`, { speaker: match.fact, against })
  })
  if (swaps.size === 0) return [...findings]
  return findings.map((finding, position) => {
    const match = found.matches[position]
    if (match === undefined || match.fact.type !== 'quote' || finding.status !== 'supported') return finding
    const swap = swaps.get(`${match.fact.article}\u0000${match.fact.sentence}`)
    const kept = finding.evidence.find((evidence) => evidence.article === swap?.against.article)
    const againstSentence = swap === undefined ? undefined : found.byId.get(swap.against.article)?.sentences.find((sentence) => sentence.start <= swap.against.start && swap.against.end <= sentence.end)
    if (swap === undefined || kept === undefined || againstSentence === undefined || kept.start < againstSentence.start || kept.end > againstSentence.end) return finding
    return {
      ...finding,
      status: 'conflict',
      support: 0,
      evidence: [kept, swap.against],
      explanation: `the same quote is given to ${claimed(swap.speaker.text)} here, to ${claimed(swap.against.text)} in ${swap.against.article}`,
      rule: 'quote/speaker',
    }
  })
}

/** Whether the matched fact is supported by an article other than `article`, neither derived from the fact's article nor its source. */
function isGivenIndependently(match: FactMatch | undefined, article: string, options: JudgeOptions): boolean {
  if (match === undefined) return false
  const own = match.fact.article
  return strongestSupporters(match.support, T.maximumEvidence).some((supporter) => supporter.fact.article !== article && !isRelated(own, supporter.fact.article, options))
}

/** The text that brought a fact in, and the supporters that only repeat it. */
interface Line {
  readonly introducer: string
  readonly repeats: readonly Candidate[]
}

/**
 * The introducer of a supported fact and the supporters that only repeat it (see `Lineage.introducer`).
 * Read only where every holder may be on such a line: in most stories no article is.
 */
function lineOf(fact: Fact, support: MemberSupport, strongest: readonly Candidate[], size: number, options: JudgeOptions): Line | undefined {
  const { introducer, onLine } = options
  if (introducer === undefined || onLine === undefined || !onLine(fact.article)) return undefined
  if (strongest.some((supporter) => !onLine(supporter.fact.article))) return undefined
  const all = size <= strongest.length ? strongest : strongestSupporters(support, size)
  if (all.some((supporter) => !onLine(supporter.fact.article))) return undefined
  const first = introducer([fact.article, ...all.map((supporter) => supporter.fact.article)])
  return first === undefined ? undefined : { introducer: first, repeats: all }
}

/** Whether one of two articles derives from the other (a copy from its source, too). */
function isRelated(article: string, other: string, options: JudgeOptions): boolean {
  return options.derives?.(article, other) === true || options.derives?.(other, article) === true
}

function repeatedOnly(fact: Fact, base: Pick<Finding, 'article' | 'type' | 'claim'>, introducer: string, repeats: readonly Candidate[], found: FactMatches): Finding {
  const others = repeats.map((candidate) => candidate.fact.article).filter((id) => id !== introducer)
  const explanation =
    introducer === fact.article
      ? `${claimed(fact.text)} is in no source of this text: only ${articleList(others)}, derived from it, repeat${others.length === 1 ? 's' : ''} it`
      : `${claimed(fact.text)} comes from ${introducer}, which this text derives from, and is in no source of ${introducer}`
  return unsupported(base, repeats.slice(0, T.maximumEvidence).map((candidate) => found.evidenceOf(candidate.fact)), explanation, `${fact.type}/copies-only`)
}

/** An unsupported finding (built field by field, as every finding here: see `judge`). */
function unsupported(base: Pick<Finding, 'article' | 'type' | 'claim'>, evidence: readonly Evidence[], explanation: string, rule: string): Finding {
  return { article: base.article, type: base.type, claim: base.claim, status: 'unsupported', support: 0, evidence, explanation, rule }
}

// Findings are built field by field from `base`, not by spreading it: tens of thousands of them
// in a story of near-copies, and V8 copies a spread object through a slow path.
function judge(match: FactMatch, found: FactMatches, options: JudgeOptions, independent: (support: MemberSupport) => number): Finding {
  const { fact, article, support } = match
  const { index, byId } = found
  const claim = textSpan(article.article.text, fact.start, fact.end)
  const base = { article: fact.article, type: fact.type, claim } as const

  // Supported: an equal or compatible value in an aligned sentence or with the same neighbours.
  const size = supportSize(support)
  // Supporters that only repeat the fact after the text that brought it in (see below).
  let line: Line | undefined
  if (size > 0) {
    const supporters = { strongest: strongestSupporters(support, T.maximumEvidence), size, independent: () => independent(support) }
    // A name met only outside the sentences aligned with its own may still have been put in
    // another's place there: "Captain Reyna said the team would…" where the aligned sentence says
    // "Dr. Solberg said the team would…" and Captain Reyna speaks elsewhere.
    // (A word-for-word copy of this text, which repeats the name in the same place, says nothing.)
    if (isPerson(fact) && supporters.strongest.find((supporter) => byId.get(supporter.fact.article)?.article.text !== article.article.text)?.aligned !== true) {
      const swapped = upstreamOf(slotConflicts(match, found), fact, options).filter((candidate) => candidate.aligned && isPerson(candidate.fact))
      if (swapped.length > 0) return conflict(fact, article, base, swapped, found)
    }
    // A value brought in by a derived text and repeated only by texts derived from it: "$14
    // million" in a summary and in the copy of it another paper ran, and nowhere in the report
    // summarised, is in no source. It is judged as if those copies did not exist.
    line = lineOf(fact, support, supporters.strongest, size, options)
    // Copies repeat a value without corroborating it: a value changed here (or in the text this one
    // copies) and repeated only by copies still conflicts with the source it was changed from.
    const repeats = !match.differs ? undefined : line?.repeats ?? (size <= T.maximumEvidence && supporters.strongest.every((supporter) => isRelated(fact.article, supporter.fact.article, options)) ? supporters.strongest : undefined)
    if (repeats !== undefined) {
      const upstream = upstreamOf(slotConflicts(match, found), fact, options).filter((candidate) => !repeats.some((repeat) => repeat.fact.article === candidate.fact.article))
      if (upstream.length > 0) {
        const changed = conflict(fact, article, base, upstream, found)
        return { ...changed, explanation: `${changed.explanation}; repeated along its line of copies by ${articleList(repeats.map((repeat) => repeat.fact.article))}` }
      }
    }
    if (line === undefined) return supported(fact, article, base, supporters, found, false)
  }
  const inLine = (id: string): boolean => line?.repeats.some((repeat) => repeat.fact.article === id) === true
  // No supporter: every candidate is read (a few facts per story of near-copies).
  const candidates = line === undefined ? match.candidates : match.candidates.filter((candidate) => !inLine(candidate.fact.article))
  const agrees = candidates.filter((candidate) => isAgreeing(candidate.comparison))

  const conflicts = line === undefined ? slotConflicts(match, found) : slotConflicts(match, found).filter((candidate) => !inLine(candidate.fact.article))
  const upstream = upstreamOf(conflicts, fact, options)
  if (upstream.length > 0) return conflict(fact, article, base, upstream, found)

  // A person's first name changed around the same surname: "Jack Sidwell" where the others say "Steve Sidwell".
  if (!agrees.some((candidate) => candidate.comparison === 'equal')) {
    const renamed = givenNameChanges(fact, found.articles).filter((other) => options.isDownstream?.(fact.article, other.article) !== true)
    if (renamed.length > 0) return firstNameConflict(fact, base, renamed, found.evidenceOf)
  }

  // Names and quotes are checkable by mention: "Rostec" anywhere else in the story supports "Rostec".
  const mentions = fact.value.kind === 'entity' || fact.value.kind === 'quote' ? agrees : []
  if (mentions.length > 0) {
    const best = bestPerArticle(mentions)
    return supported(fact, article, base, { strongest: best, size: best.length, independent: () => independentCount(best.map((candidate) => candidate.fact.article), options) }, found, true)
  }
  // …also where the extractor did not pick the name out: inside a longer name, by surname, as an outlet.
  const written = findNameMentions(fact, article, found.articles).filter((mention) => !inLine(mention.evidence.article))
  if (written.length > 0) return mentionedInText(fact, base, written, options)
  const outlets = outletsNamed(fact, found.articles).filter((named) => !inLine(named.article))
  const outlet = outlets[0]
  if (outlet !== undefined) {
    const explanation = `${claimed(fact.text)} here names the outlet of ${outlet.article} ("${outlet.outlet}")`
    return supportedByMetadata(base, outlets.map(({ article: other }) => other), explanation, 'entity/outlet', options)
  }
  const publications = publicationDatesNamed(fact, article, found.articles).filter((named) => !inLine(named.article))
  const publication = publications[0]
  if (publication !== undefined) {
    const explanation = `${claimed(fact.text)} here is the day ${publication.article} was published (${publication.published})`
    return supportedByMetadata(base, publications.map(({ article: other }) => other), explanation, 'date/publication', options)
  }

  // A value downstream that an article unrelated to the one giving it also gives is another fact
  // of the story, which this text leaves out, not this one changed: "dozens of air-defence
  // systems" here, "nine electronic warfare systems" in a summary and in the rewrite of the longer
  // original. (A changed value that copies of the changer repeat is still a change.)
  const changed = conflicts.filter((candidate) => !isGivenIndependently(found.matchOf(candidate.fact), fact.article, options))
  if (changed.length > 0) {
    const first = bestPerArticle(changed)[0] as Candidate
    const explanation = `${claimed(fact.text)} here is given as ${claimed(first.fact.text)} in ${first.fact.article}, which derives from this text (${slotPhrase(fact, article, first, index)})`
    return unsupported(base, [found.evidenceOf(first.fact)], explanation, `${fact.type}/changed-downstream`)
  }

  if (line !== undefined) return repeatedOnly(fact, base, line.introducer, line.repeats, found)
  const elsewhere = bestPerArticle(agrees)[0]
  if (elsewhere !== undefined) {
    const otherSentence = byId.get(elsewhere.fact.article)?.sentences[elsewhere.fact.sentence]
    const explanation = `${claimed(fact.text)} appears elsewhere only in another context (${elsewhere.fact.article}: ${quoted(otherSentence?.text ?? '', 50)})`
    return unsupported(base, [], explanation, `${fact.type}/other-context`)
  }
  return unsupported(base, [], `${claimed(fact.text)} (${describe(fact)}) is in no other article`, `${fact.type}/unsupported`)
}

/**
 * Candidates with another value in the fact's slot. In an aligned sentence pair the slot is the
 * leftover fact of the same type once equal facts are paired ("Su-35 and Su-40" against "Su-35
 * and Su-30": Su-35 pairs with Su-35, Su-40 is left facing Su-30).
 */
function slotConflicts(match: FactMatch, found: FactMatches): Candidate[] {
  const { fact, article, neighbours } = match
  // A name that qualifies a group ("McCall's side") stands in no other name's slot.
  const groupName = fact.value.kind === 'entity' && qualifiesAGroup(article.article.text, fact)
  const taken = (other: Fact): boolean => neighbours.some((neighbour) => neighbour !== fact && agreesWith(neighbour, other))
  // …and the other way round: a name that also stands in the other sentence was not swapped in
  // there ("talks on Syria, said Kirby" against "talks on Syria, the department says").
  const present = (other: Fact): boolean => fact.value.kind === 'entity' && (found.byId.get(other.article)?.facts ?? []).some((each) => each.sentence === other.sentence && agreesWith(fact, each))
  return match.candidates.filter((candidate) => candidate.comparison === 'conflict' && !(groupName && candidate.fact.type === 'entity') &&
    !taken(candidate.fact) && !present(candidate.fact) && sameSlot(fact, candidate, found.index))
}

/** Conflicts in articles this one does not derive from: a value changed downstream is the derived article's. */
function upstreamOf(conflicts: readonly Candidate[], fact: Fact, options: JudgeOptions): Candidate[] {
  return conflicts.filter((candidate) => options.isDownstream?.(fact.article, candidate.fact.article) !== true)
}

function isPerson(fact: Fact): boolean {
  return fact.value.kind === 'entity' && fact.value.category === 'person'
}

/**
 * Whether an equal or compatible value elsewhere is about the same thing: enough of the same
 * neighbours, weighted by rarity and nearness, or several shared words among the nearest ones
 * ("tariff of 46 percent on Vietnamese goods" and "a 46 percent duty on Vietnamese exports,
 * later reduced" share "tariff", "Vietnamese", "later").
 */
function sameThing(fact: Fact, other: Fact, context: number, index: FactIndex): boolean {
  if (context >= T.supportContext) return true
  const shared = index.sharedNear(fact, other, T.supportNearWords)
  const veryNear = new Set(fact.context.slice(0, T.conflictNearWords))
  return shared.length >= T.supportNearShared || (shared.length >= T.supportNearShared - 1 && shared.some((stem) => veryNear.has(stem)))
}

/**
 * The same specific value in whatever words, which within one story is one fact: a count of ten or
 * more of the same kind of thing ("up to 450 workers at its peak", "up to 450 people … at the
 * busiest point"), an amount of money ("a fine of up to $500", "fined as much as $500"), a calendar
 * day ("takes effect on July 20", "from July 20"). "Two votes" and "two people", or "in 2024" twice,
 * are not specific enough.
 */
function sameSpecificValue(fact: Fact, other: Fact, comparison: Comparison, occurrences: Occurrences): boolean {
  if (comparison !== 'equal') return false
  const [left, right] = [fact.value, other.value]
  if (left.kind === 'number' && right.kind === 'number') {
    // A score written once in each article is one result ("won 2-0 at Anfield", "a 2 - 0 home win").
    if (left.score !== undefined) return writtenOnceInEach(fact, other, occurrences)
    // Two people of a story can share an age: "Mr Haugh, 25" does not make the accused 25.
    if (left.unit === AGE || right.unit === AGE) return false
    return left.unit !== undefined && right.unit !== undefined && left.value >= T.specificCount && left.approximate === right.approximate
  }
  if (left.kind === 'money' && right.kind === 'money') return left.amount >= T.specificAmount
  // A calendar day as written ("July 20"). A weekday or a month without its year ("on Sunday",
  // "in February") recurs for other events, unless each of the two articles writes it once.
  if (left.kind === 'date' && right.kind === 'date') {
    return calendarDay(left) && calendarDay(right) ? true : writtenOnceInEach(fact, other, occurrences)
  }
  return false
}

type Occurrences = ReadonlyMap<string, number>

function writtenOnceInEach(fact: Fact, other: Fact, occurrences: Occurrences): boolean {
  const key = recurringKey(fact)
  return key !== undefined && key === recurringKey(other) && writtenOnce(fact, occurrences) && writtenOnce(other, occurrences)
}

/** Whether a weekday, a yearless month or a score is the only one of its value in its article. */
function writtenOnce(fact: Fact, occurrences: Occurrences): boolean {
  const key = recurringKey(fact)
  return key !== undefined && occurrences.get(`${fact.article}\u0000${key}`) === 1
}

/** How often each article writes each value that recurs for other things: weekdays, months without a year, scores. */
function recurringOccurrences(articles: readonly AnalysedArticle[]): Occurrences {
  const counts = new Map<string, number>()
  for (const article of articles) {
    for (const fact of article.facts) {
      const key = recurringKey(fact)
      if (key !== undefined) counts.set(`${fact.article}\u0000${key}`, (counts.get(`${fact.article}\u0000${key}`) ?? 0) + 1)
    }
  }
  return counts
}

/** "sunday" for an unresolved "on Sunday", "month 2" for "in February", "score 0-2" for "2-0": what two such facts share. */
function recurringKey(fact: Fact): string | undefined {
  const value = fact.value
  if (value.kind === 'number') return value.score === undefined ? undefined : `score ${Math.min(...value.score)}-${Math.max(...value.score)}`
  if (value.kind !== 'date') return undefined
  if (value.granularity === 'year' && value.year !== undefined && !value.relative) return `year ${value.year}`
  if (value.resolved && !value.relative) return undefined
  if (value.granularity === 'weekday') return value.expression?.replace(/^(?:on|last|next|this)\s+/u, '')
  if (value.granularity === 'month' && value.month !== undefined && value.year === undefined) return `month ${value.month}`
  return undefined
}

/** A day written with its month ("July 20", "20 July 2025"), not "yesterday" or "Monday". */
function calendarDay(value: DateValue): boolean {
  return value.granularity === 'day' && (value.expression === undefined || /\d/u.test(value.expression))
}

// "Stuart McCall's side remain level" for "Rangers remain level", "the Obama administration said"
// for "the administration said": a name that qualifies a group or body (a person's side, a
// president's administration) names the group, not someone swapped in for another name.
const NAMES_A_GROUP = /^(?:['’]s?)?\s+(?:side|team|men|squad|outfit|charges|players|administration|government|campaign|camp|regime|presidency|cabinet)\b/u

function qualifiesAGroup(text: string, fact: Fact): boolean {
  return fact.value.kind === 'entity' && fact.value.category !== 'organization' && NAMES_A_GROUP.test(text.slice(fact.end, fact.end + 18))
}

/**
 * Whether a fact of the same type with another value fills the same slot. Names change only in an
 * aligned sentence ("said Mayor Ruiz" → "said Mayor Diaz"): two names sharing neighbours in
 * unrelated sentences are just two names. Numbers, money, percentages, dates, designators and
 * quotes also conflict outside aligned sentences when their nearest words agree
 * ("47% tariffs on Vietnamese imports" against "a tariff of 46 percent on Vietnamese goods").
 */
function sameSlot(fact: Fact, candidate: Candidate, index: FactIndex): boolean {
  const near = index.sharedNear(fact, candidate.fact, T.conflictNearWords).length
  if (fact.value.kind === 'entity' && candidate.fact.value.kind === 'entity') {
    // Designators change within a family only: "Su-30" → "Su-40", never "C-130" → "Su-35".
    if (fact.value.category === 'designator') {
      if (designatorFamily(fact.value.key) !== designatorFamily(candidate.fact.value.key)) return false
    } else {
      if (sameWords(fact.value.key, candidate.fact.value.key)) return false
      // …and in the same place: one of the two nearest words of each is the same ("Mayor Ruiz said"
      // → "Mayor Diaz said"); two names of one sentence in different places are two names.
      return candidate.aligned && candidate.context >= T.nameSwapContext && index.sharedNear(fact, candidate.fact, T.nameSwapNearWords).length >= 1
    }
  }
  if (fact.value.kind === 'quote') return true
  if (candidate.aligned && candidate.context >= T.alignedConflictContext) return true
  return (candidate.context >= T.conflictNearContext && near >= T.conflictNearShared) || (candidate.context >= T.conflictContext && near >= 1)
}

/**
 * A name and its short form, in either order: "Brantwell" and "Brantwell Engineering", "Heliant"
 * and "Heliant Systems Ltd", an unlinked "Osei" and the person "Helga Osei". The kinds compare full names; a later mention by the first word of
 * an organisation's name is a mention of it, whatever category each article's extractor gave it.
 */
function shortFormOf(left: Fact, right: Fact): boolean {
  if (left.value.kind !== 'entity' || right.value.kind !== 'entity' || left.value.key === right.value.key) return false
  const categories = [left.value.category, right.value.category]
  if (categories.includes('designator')) return false
  const [short, long] = left.value.key.length <= right.value.key.length ? [left.value.key, right.value.key] : [right.value.key, left.value.key]
  if (clippedForm(short, long)) return true
  // "Ms. Osei", left unlinked, is the person "Helga Osei" named again by surname.
  if (categories.includes('person')) return categories.includes('other') && !short.includes(' ') && long.endsWith(` ${short}`)
  return long.startsWith(`${short} `)
}

/**
 * A name clipped word by word: "Lib Dem" for "Liberal Democrat", "Man City" for "Manchester City",
 * "Hibs" for "Hibernian". Each word of the short form opens the long form's word in its place (a
 * plural "s" aside) and at least one is cut by three letters or more.
 */
function clippedForm(short: string, long: string): boolean {
  const shortWords = short.split(' ')
  const longWords = long.split(' ')
  if (shortWords.length !== longWords.length) return false
  let clipped = false
  for (const [index, word] of shortWords.entries()) {
    const full = longWords[index] as string
    if (word === full) continue
    const stem = word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word
    if (stem.length < 3 || !full.startsWith(stem) || full.length - stem.length < 3) return false
    clipped = true
  }
  return clipped
}

/**
 * Two different names where the extractor could not tell what one of them is ("Ms. Mbeki", met
 * only as a later mention, against "Ms. Okafor", linked to the person "Lena Okafor"): a possible
 * swap, which `sameSlot` accepts only in the same slot of an aligned sentence.
 */
function uncategorisedSwap(left: Fact, right: Fact): boolean {
  if (left.value.kind !== 'entity' || right.value.kind !== 'entity' || left.value.key === right.value.key) return false
  // Later mentions by surname are what the extractor leaves uncategorised: only a person can be
  // swapped for one ("Ms. Mbeki" for "Ms. Okafor"), never a place or an organisation ("Syria" for "Kirby").
  const categories = [left.value.category, right.value.category]
  if (!categories.includes('other') || !categories.includes('person')) return false
  // …and such a mention is one word: "Old Trafford" is no surname.
  const uncategorised = left.value.category === 'other' ? left.value : right.value
  return !uncategorised.key.includes(' ')
}

// Read through a stand-in (segment/latin1.ts): cheaper to compile for than its Unicode classes.
const NOT_LETTER_OR_DIGIT = new StandInPattern(String.raw`[^\p{L}\p{N}]+`, 'u')

/** "Finance Ministry" and "Ministry of Finance" are one name written two ways, not a swap. */
function sameWords(left: string, right: string): boolean {
  const words = (key: string) => NOT_LETTER_OR_DIGIT.splitIn(key.toLowerCase()).filter((word) => word.length > 2 && word !== 'the')
  const [small, large] = [words(left), words(right)].sort((a, b) => a.length - b.length) as [string[], string[]]
  return small.length > 0 && small.every((word) => large.some((other) => sameWord(word, other)))
}


/** The letters before a designator's number: "su" for "Su-35", "c" for "C-130", "f" for "F-16s". */
function designatorFamily(key: string): string {
  return key.toLowerCase().replace(/[\s-]*\d.*$/u, '')
}

function supported(
  fact: Fact,
  article: AnalysedArticle,
  base: Pick<Finding, 'article' | 'type' | 'claim'>,
  supporters: Supporters,
  found: FactMatches,
  byMention: boolean,
): Finding {
  const best = supporters.strongest
  const first = best[0] as Candidate
  const rounding = first.comparison === 'compatible'
  const numeric = fact.type === 'money' || fact.type === 'number' || fact.type === 'percent'
  const rule = byMention ? `${fact.type}/mentioned` : rounding ? `${fact.type}/${numeric ? 'rounding' : 'compatible'}` : `${fact.type}/match`
  const shown = first.fact.text === fact.text
    ? `${claimed(first.fact.text)} in ${first.fact.article}`
    : `${claimed(first.fact.text)} in ${first.fact.article} (${rounding ? `${describe(fact)} vs ${describe(first.fact)}` : `both ${describe(fact)}`})`
  const slot = byMention ? '' : slotPhrase(fact, article, first, found.index)
  const also = supporters.size > 1 ? `; also ${articleList(best.slice(1).map((candidate) => candidate.fact.article), supporters.size - 1)}` : ''
  return {
    article: base.article,
    type: base.type,
    claim: base.claim,
    status: 'supported',
    support: supporters.independent(),
    evidence: best.slice(0, T.maximumEvidence).map((candidate) => found.evidenceOf(candidate.fact)),
    explanation: `${claimed(fact.text)} here, ${shown}${slot === '' ? '' : ` (${slot})`}${also}`,
    rule,
  }
}

function mentionedInText(fact: Fact, base: Pick<Finding, 'article' | 'type' | 'claim'>, mentions: readonly NameMention[], options: JudgeOptions): Finding {
  const first = mentions[0] as NameMention
  const how = first.found === 'surname' ? ', by surname' : first.evidence.text === fact.text ? '' : ' (written differently)'
  const also = mentions.length > 1 ? `; also ${articleList(mentions.slice(1).map(({ evidence }) => evidence.article))}` : ''
  return {
    article: base.article,
    type: base.type,
    claim: base.claim,
    status: 'supported',
    support: independentCount(mentions.map(({ evidence }) => evidence.article), options),
    evidence: mentions.slice(0, T.maximumEvidence).map(({ evidence }) => evidence),
    explanation: `${claimed(fact.text)} here, ${claimed(first.evidence.text)} in ${first.evidence.article}${how}${also}`,
    rule: `${fact.type}/mentioned`,
  }
}

function firstNameConflict(fact: Fact, base: Pick<Finding, 'article' | 'type' | 'claim'>, renamed: readonly Fact[], evidenceOf: (fact: Fact) => Evidence): Finding {
  const first = renamed[0] as Fact
  const evidence = renamed.slice(0, T.maximumEvidence).map((other) => evidenceOf(other))
  return conflictFinding(base, evidence, `${claimed(fact.text)} here, ${claimed(first.text)} in ${first.article} (same surname, another first name)`, 'entity/first-name')
}

/** A conflict finding, built field by field (a spread of `base` takes V8's slow copying path on this hot path). */
function conflictFinding(base: Pick<Finding, 'article' | 'type' | 'claim'>, evidence: readonly Evidence[], explanation: string, rule: string): Finding {
  return { article: base.article, type: base.type, claim: base.claim, status: 'conflict', support: 0, evidence, explanation, rule }
}

/**
 * Support from another article's metadata, not from a span of its text: "the Herald" names the
 * outlet of one article, "reported on Tuesday" the day another was published. No evidence spans.
 */
function supportedByMetadata(base: Pick<Finding, 'article' | 'type' | 'claim'>, articles: readonly string[], explanation: string, rule: string, options: JudgeOptions): Finding {
  return { article: base.article, type: base.type, claim: base.claim, status: 'supported', support: independentCount(articles, options), evidence: [], explanation, rule }
}

/** How many independence groups the articles fall in: copies of one source count once. */
function independentCount(articles: readonly string[], options: JudgeOptions): number {
  return new Set(articles.map((article) => options.groupOf?.get(article) ?? article)).size
}

function conflict(
  fact: Fact,
  article: AnalysedArticle,
  base: Pick<Finding, 'article' | 'type' | 'claim'>,
  conflicts: readonly Candidate[],
  found: FactMatches,
): Finding {
  const best = bestPerArticle(conflicts)
  const first = best[0] as Candidate
  const also = best.length > 1 ? `; also differs in ${articleList(best.slice(1).map((candidate) => candidate.fact.article))}` : ''
  const evidence = best.slice(0, T.maximumEvidence).map((candidate) => found.evidenceOf(candidate.fact))
  const explanation = `${claimed(fact.text)} here, ${claimed(first.fact.text)} in ${first.fact.article} (${slotPhrase(fact, article, first, found.index)})${also}`
  return conflictFinding(base, evidence, explanation, conflictRule(fact, first))
}

function slotPhrase(fact: Fact, article: AnalysedArticle, other: Candidate, index: FactIndex): string {
  const words = slotWords(fact, article, index.sharedNear(fact, other.fact, 8))
  const place = other.aligned ? 'same sentence slot' : 'same context'
  return words === '' ? place : `${place}: ${words}`
}

function conflictRule(fact: Fact, other: Candidate): string {
  if (fact.value.kind === 'quote' && other.fact.value.kind === 'quote') {
    return fact.value.words === other.fact.value.words ? 'quote/speaker' : 'quote/altered'
  }
  if (fact.value.kind === 'entity') return fact.value.category === 'designator' ? 'entity/designator' : 'entity/swap'
  return `${fact.type}/conflict`
}

function evidenceSpans(byId: ReadonlyMap<string, AnalysedArticle>): (fact: Fact) => Evidence {
  const made = new Map<Fact, Evidence>()
  return (fact) => {
    let evidence = made.get(fact)
    if (evidence === undefined) {
      const text = byId.get(fact.article)?.article.text
      evidence = { article: fact.article, ...(text === undefined ? { text: fact.text, start: fact.start, end: fact.end } : textSpan(text, fact.start, fact.end)) }
      made.set(fact, evidence)
    }
    return evidence
  }
}

/** The strongest candidate of each article (aligned first, then equal, then by context), strongest articles first. */
function bestPerArticle(candidates: readonly Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>()
  for (const candidate of candidates) {
    const current = best.get(candidate.fact.article)
    if (current === undefined || stronger(candidate, current)) best.set(candidate.fact.article, candidate)
  }
  return [...best.values()].sort(byStrength)
}

function agreesWith(left: Fact, right: Fact): boolean {
  return left.type === right.type && isAgreeing(compareNames(left, right))
}

/** The values compared, with what the story tells about names: short forms, swaps the extractor could not type. */
function compareNames(fact: Fact, other: Fact): Comparison {
  return shortFormOf(fact, other) ? 'compatible' : uncategorisedSwap(fact, other) ? 'conflict' : compareValues(fact.value, other.value)
}

type SentenceIds = (article: string, sentence: number) => number

/** Numbers every sentence of the story (articles in order), so lookups on hot paths use numbers, not strings. */
function sentenceIds(articles: readonly AnalysedArticle[]): SentenceIds {
  const offsets = new Map<string, number>()
  let next = 0
  for (const article of articles) {
    offsets.set(article.article.id, next)
    next += article.sentences.length
  }
  return (article, sentence) => (offsets.get(article) ?? Number.NaN) + sentence
}

