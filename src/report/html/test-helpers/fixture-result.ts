import type { Evidence, Finding, FindingStatus, FindingType } from '../../../model/finding.js'
import type { AnalysisResult, ResultArticle } from '../../../model/result.js'

/**
 * A hand-built result over our own three-article story, with offsets found by indexOf, so the
 * page can be tested before (and independently of) the engine.
 */
export const gazette: ResultArticle = {
  id: 'gazette',
  title: 'Council approves transit budget',
  outlet: 'Riverside Gazette',
  published: '2026-03-03',
  text:
    'The city council approved a budget of $42 million on Tuesday. Mayor Lena Ortiz said the plan adds 120 new bus routes. ' +
    '"This is the biggest transit expansion in a decade," Ortiz said.\n\nThe vote passed 7 to 2 after a long debate.',
}

export const wire: ResultArticle = {
  id: 'wire',
  title: 'Council backs bus plan',
  outlet: 'Valley Wire',
  published: '2026-03-04',
  text:
    'On Tuesday the council backed a budget of $42 million. The plan adds 150 new bus routes, Mayor Lena Ortiz said. ' +
    'Critics say the plan will double fares by next year.',
}

export const digest: ResultArticle = {
  id: 'digest',
  title: 'Transit in brief',
  outlet: 'Metro Digest',
  published: '2026-03-05',
  text: 'According to the Riverside Gazette, the council approved a $42 million budget. The vote passed 7 to 2.',
}

export function spanOf(article: ResultArticle, text: string, from = 0): { text: string; start: number; end: number } {
  const start = article.text.indexOf(text, from)
  if (start < 0) throw new Error(`"${text}" is not in ${article.id}`)
  return { text, start, end: start + text.length }
}

export function evidenceOf(article: ResultArticle, text: string): Evidence {
  return { article: article.id, ...spanOf(article, text) }
}

export function finding(
  article: ResultArticle,
  claim: string,
  status: FindingStatus,
  type: FindingType,
  evidence: readonly Evidence[],
  explanation: string,
  rule: string,
): Finding {
  return { article: article.id, status, type, claim: spanOf(article, claim), support: status === 'supported' ? evidence.length : 0, evidence, explanation, rule }
}

export function fixtureResult(): AnalysisResult {
  return {
    version: 1,
    articles: [gazette, wire, digest],
    stories: [{ id: 'story-1', articles: ['gazette', 'wire', 'digest'], origin: 'gazette', why: 'most complete and earliest; cited by digest' }],
    relations: [
      { article: 'wire', source: 'gazette', kind: 'paraphrase', attributed: false, coverage: 0.67, fidelity: 0.5 },
      { article: 'digest', source: 'gazette', kind: 'summary', attributed: true, coverage: 1, fidelity: 1 },
    ],
    findings: [
      finding(gazette, '$42 million', 'supported', 'money', [evidenceOf(wire, '$42 million'), evidenceOf(digest, '$42 million')], 'Also in Valley Wire and Metro Digest', 'money/equal'),
      finding(gazette, '120', 'conflict', 'number', [evidenceOf(wire, '150')], 'Valley Wire says 150 bus routes', 'number/conflict'),
      finding(wire, '$42 million', 'supported', 'money', [evidenceOf(gazette, '$42 million')], 'Same amount as the Riverside Gazette', 'money/equal'),
      finding(wire, '150', 'conflict', 'number', [evidenceOf(gazette, '120')], 'Riverside Gazette says 120 new bus routes, not 150', 'number/conflict'),
      finding(wire, 'Critics say the plan will double fares by next year.', 'unsupported', 'statement', [], 'No other article says this', 'statement/unsupported'),
      finding(digest, '$42 million', 'supported', 'money', [evidenceOf(gazette, '$42 million')], 'Same amount as the Riverside Gazette', 'money/equal'),
      finding(digest, '7 to 2', 'supported', 'number', [evidenceOf(gazette, '7 to 2')], 'Same vote count as the Riverside Gazette', 'number/equal'),
    ],
  }
}
