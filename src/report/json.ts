import type { AnalysisResult, Diagnostic, Relation, ResultArticle, Story } from '../model/result.js'
import type { Evidence, Finding } from '../model/finding.js'
import type { TextSpan } from '../model/span.js'

/**
 * The v1 result as JSON: 2-space indent, trailing newline, keys in the order of the contract
 * (whatever order the producer built them in) so that two runs diff cleanly. Optional fields that
 * are absent stay absent; `diagnostics` is left out when empty.
 */
export function renderJson(result: AnalysisResult): string {
  const ordered = {
    version: result.version,
    articles: result.articles.map(orderArticle),
    stories: result.stories.map(orderStory),
    relations: result.relations.map(orderRelation),
    findings: result.findings.map(orderFinding),
    ...(result.diagnostics !== undefined && result.diagnostics.length > 0
      ? { diagnostics: result.diagnostics.map(orderDiagnostic) }
      : {}),
  }
  return JSON.stringify(ordered, null, 2) + '\n'
}

// JSON.stringify drops properties whose value is undefined, which is how absent optionals stay absent.
function orderArticle(article: ResultArticle): Record<keyof ResultArticle, unknown> {
  return {
    id: article.id,
    path: article.path,
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    language: article.language,
    text: article.text,
  }
}

function orderStory(story: Story): Record<keyof Story, unknown> {
  return { id: story.id, articles: story.articles, origin: story.origin, why: story.why }
}

function orderRelation(relation: Relation): Record<keyof Relation, unknown> {
  return {
    article: relation.article,
    source: relation.source,
    kind: relation.kind,
    attributed: relation.attributed,
    coverage: relation.coverage,
    fidelity: relation.fidelity,
  }
}

function orderSpan(span: TextSpan): Record<keyof TextSpan, unknown> {
  return { text: span.text, start: span.start, end: span.end }
}

function orderEvidence(evidence: Evidence): Record<keyof Evidence, unknown> {
  return { article: evidence.article, text: evidence.text, start: evidence.start, end: evidence.end }
}

function orderFinding(finding: Finding): Record<keyof Finding, unknown> {
  return {
    article: finding.article,
    status: finding.status,
    type: finding.type,
    claim: orderSpan(finding.claim),
    support: finding.support,
    evidence: finding.evidence.map(orderEvidence),
    explanation: finding.explanation,
    rule: finding.rule,
  }
}

function orderDiagnostic(diagnostic: Diagnostic): Record<keyof Diagnostic, unknown> {
  return {
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.message,
    source: diagnostic.source,
    line: diagnostic.line,
  }
}
