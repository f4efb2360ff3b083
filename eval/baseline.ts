/**
 * For orientation only: the "few lines" checker the issue compares against. It flags every
 * number and name that compromise tags in the derived text and that the source does not contain
 * (case-insensitive). No alignment, no types, no conflicts: what corroborate must beat.
 */
import nlp from 'compromise'
import type { ArticleInput } from '../src/model/article.js'
import type { Finding } from '../src/model/finding.js'
import type { AnalysisResult } from '../src/model/result.js'
import { DERIVED_ID, SOURCE_ID, type AnalyzeFunction } from './score-mutations.js'

const TAGGED = '(#Value|#ProperNoun|#Person|#Place|#Organization)+'

export const baselineAnalyze: AnalyzeFunction = async (inputs: readonly ArticleInput[]) => {
  const source = inputs.find((input) => input.id === SOURCE_ID)?.text ?? ''
  const derived = inputs.find((input) => input.id === DERIVED_ID)?.text ?? ''
  const sourceWords = new Set(words(source))
  const findings: Finding[] = []
  let from = 0
  for (const phrase of nlp(derived).match(TAGGED).out('array') as string[]) {
    const clean = phrase.replace(/[.,;:!?'"]+$/, '')
    const start = derived.indexOf(clean, from)
    if (start === -1 || clean === '') continue
    from = start + clean.length
    if (words(clean).every((word) => sourceWords.has(word))) continue
    findings.push({
      article: DERIVED_ID,
      status: 'unsupported',
      type: 'entity',
      claim: { text: clean, start, end: start + clean.length },
      support: 0,
      evidence: [],
      explanation: 'not in the source',
      rule: 'baseline/absent',
    })
  }
  const result: AnalysisResult = {
    version: 1,
    articles: [
      { id: SOURCE_ID, text: source },
      { id: DERIVED_ID, text: derived },
    ],
    stories: [],
    relations: [],
    findings,
  }
  return result
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0)
}
