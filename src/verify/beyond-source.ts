import type { AnalysedArticle, Finding, SentenceLink } from '../model/index.js'
import { spanKey } from '../model/index.js'
import { claimed } from './explain.js'
import type { DraftRelation } from './relations.js'
import { checkedRange } from './statements.js'

/**
 * Unsupported facts of a copy, excerpt or rewrite that stand beyond the stretch its shorter source
 * covers ("the full rewrite of a report whose only other copy here is its first six paragraphs"):
 * nothing in the story could support them, which says nothing about whether they were invented.
 * They stay `unsupported` (no other article states them) under the rule `<type>/beyond-source`,
 * which reports list apart and fidelity does not count.
 */
export function markBeyondSource(
  findings: readonly Finding[],
  articles: readonly AnalysedArticle[],
  relations: readonly DraftRelation[],
  links: readonly SentenceLink[],
): Finding[] {
  const scopes = new Map<string, { article: AnalysedArticle; range: [number, number]; source: string }>()
  for (const relation of relations) {
    const article = articles.find((candidate) => candidate.article.id === relation.article)
    if (article === undefined) continue
    const range = checkedRange(article, relation, links, articles)
    if (range[0] > 0 || range[1] < article.sentences.length - 1) scopes.set(relation.article, { article, range, source: relation.source })
  }
  if (scopes.size === 0) return [...findings]
  return followCopies(findings.map((finding) => {
    const scope = scopes.get(finding.article)
    // A value changed downstream keeps its own rule: that is a finding about the derived text.
    const plain = finding.rule === `${finding.type}/unsupported` || finding.rule === `${finding.type}/other-context` || finding.rule === `${finding.type}/copies-only`
    if (scope === undefined || finding.status !== 'unsupported' || !plain) return finding
    const sentence = scope.article.sentences.findIndex((candidate) => candidate.start <= finding.claim.start && finding.claim.start < candidate.end)
    if (sentence === -1 || (sentence >= scope.range[0] && sentence <= scope.range[1])) return finding
    return {
      ...finding,
      explanation: `${claimed(finding.claim.text)} stands beyond the part of the text that ${scope.source}, its shorter source, covers: nothing in the story to check it against`,
      rule: `${finding.type}/beyond-source`,
    }
  }))
}

/**
 * A fact that only copies of the text that holds it repeat (`copies-only`), where that text has it
 * beyond its own source's reach, is beyond reach in the copies too: the copy of a full rewrite
 * whose only other version is the report's opening.
 */
function followCopies(findings: readonly Finding[]): Finding[] {
  const beyond = new Map(findings.filter((finding) => finding.rule === `${finding.type}/beyond-source`).map((finding) => [spanKey(finding.article, finding.claim), finding.article]))
  if (beyond.size === 0) return [...findings]
  return findings.map((finding) => {
    if (finding.rule !== `${finding.type}/copies-only`) return finding
    const holder = finding.evidence.map((evidence) => beyond.get(spanKey(evidence.article, evidence))).find((article) => article !== undefined)
    if (holder === undefined) return finding
    return {
      ...finding,
      explanation: `${claimed(finding.claim.text)} stands, in ${holder}, which this text repeats, beyond the part of the text that its shorter source covers: nothing in the story to check it against`,
      rule: `${finding.type}/beyond-source`,
    }
  })
}
