import { describe, expect, it } from 'vitest'
import type { ArticleInput } from '../src/model/article.js'
import type { Finding } from '../src/model/finding.js'
import type { AnalysisResult } from '../src/model/result.js'
import { buildMutationCorpus, type OriginalText } from './mutate.js'
import { runMutation, summarise, type AnalyzeFunction } from './score-mutations.js'

const ORIGINAL: OriginalText = {
  id: 'mill',
  text: 'The mill employs 240 people. It was built in 1911 for $3,480,000. "We will stay open," said Ana Ruiz. Ms. Ruiz spoke on Monday. Her deputy, Tom Berg, was there. Mr. Berg agreed.',
}

/** A stand-in for analyze(): flags every digit run of the derived text that the source lacks. */
const flagNewDigits: AnalyzeFunction = async (inputs: readonly ArticleInput[]) => {
  const [source, derived] = inputs.map((input) => input.text ?? '')
  const findings: Finding[] = []
  for (const match of (derived ?? '').matchAll(/\d[\d,]*/g)) {
    if ((source ?? '').includes(match[0])) continue
    findings.push({
      article: 'derived',
      status: 'conflict',
      type: 'number',
      claim: { text: match[0], start: match.index, end: match.index + match[0].length },
      support: 0,
      evidence: [],
      explanation: 'differs',
      rule: 'stub',
    })
  }
  const result: AnalysisResult = {
    version: 1,
    articles: inputs.map((input) => ({ id: input.id ?? '', text: input.text ?? '' })),
    stories: [],
    relations: [],
    findings,
  }
  return result
}

describe('mutation scoring', () => {
  it('counts a flag at the changed span as a detection and a flag elsewhere as a false positive', async () => {
    const corpus = buildMutationCorpus([ORIGINAL], { perType: 1 })
    const outcomes = await Promise.all(corpus.map((mutation) => runMutation(mutation, flagNewDigits)))
    const report = summarise(outcomes)
    const row = (type: string) => report.byType.find((score) => score.type === type)
    expect(row('number-change')?.recall).toBe(1)
    expect(row('number-change')?.exactRecall).toBe(1)
    expect(row('number-change')?.precision).toBe(1)
    // The stub does not read names: a swapped speaker goes unnoticed.
    expect(row('quote-speaker-swap')?.recall).toBe(0)
    // "$3.5 million" is new digits to the stub: a faithful rounding wrongly flagged.
    expect(row('money-rounding')?.falseAlarmRate).toBe(1)
    expect(report.misses.some((miss) => miss.startsWith('mill/money-rounding/1'))).toBe(true)
  })

  it('records a failed analysis as an error, not as a detection', async () => {
    const [mutation] = buildMutationCorpus([ORIGINAL], { perType: 1 })
    if (mutation === undefined) throw new Error('no mutation')
    const outcome = await runMutation(mutation, () => Promise.reject(new Error('boom')))
    expect(outcome.error).toBe('boom')
    expect(summarise([outcome]).errors).toBe(1)
  })
})
