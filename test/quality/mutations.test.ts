import { beforeAll, describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'
import { loadOriginals } from '../../eval/load-originals.js'
import { buildMutationCorpus } from '../../eval/mutate.js'
import { runMutation, summarise, type MutationReport } from '../../eval/score-mutations.js'
import { CHANGE_FLOORS, FALSE_ALARM_CEILINGS, OVERALL_MUTATION_FLOORS, SYNDICATED_MUTATION_FLOORS } from './floors.js'

// The mutation corpus of `npm run eval`, held to the floors in floors.ts.
describe('mutation corpus quality', () => {
  let report: MutationReport
  beforeAll(async () => {
    const outcomes = []
    for (const mutation of buildMutationCorpus(loadOriginals())) outcomes.push(await runMutation(mutation, analyze))
    report = summarise(outcomes)
  }, 300_000)

  it('analyses every derived text without error', () => {
    expect(report.errors).toBe(0)
  })

  it('keeps overall recall and precision above their floors', () => {
    expect(report.recall).toBeGreaterThanOrEqual(OVERALL_MUTATION_FLOORS.recall)
    expect(report.precision).toBeGreaterThanOrEqual(OVERALL_MUTATION_FLOORS.precision)
  })

  for (const [type, floor] of Object.entries(CHANGE_FLOORS)) {
    it(`flags ${type} at the change (recall >= ${floor.recall}, precision >= ${floor.precision})`, () => {
      const row = report.byType.find((score) => score.type === type)
      expect(row, `no ${type} mutations were built`).toBeDefined()
      expect(row?.recall, `${type} recall`).toBeGreaterThanOrEqual(floor.recall)
      expect(row?.precision, `${type} precision`).toBeGreaterThanOrEqual(floor.precision)
    })
  }

  for (const [type, ceiling] of Object.entries(FALSE_ALARM_CEILINGS)) {
    it(`does not flag faithful ${type} (false alarms <= ${ceiling})`, () => {
      const row = report.byType.find((score) => score.type === type)
      expect(row, `no ${type} mutations were built`).toBeDefined()
      expect(row?.falseAlarmRate, `${type} false alarm rate`).toBeLessThanOrEqual(ceiling)
    })
  }
})

// Syndication: each derived text is also run word for word by a second outlet. The copy repeats
// the change; it must not hide it.
describe('mutation corpus quality with a syndicated copy of each derived text', () => {
  let report: MutationReport
  beforeAll(async () => {
    const outcomes = []
    for (const mutation of buildMutationCorpus(loadOriginals())) outcomes.push(await runMutation(mutation, analyze, { syndicated: true }))
    report = summarise(outcomes)
  }, 300_000)

  it('keeps recall and precision above their floors, and flags no faithful rewording', () => {
    expect(report.errors).toBe(0)
    expect(report.recall).toBeGreaterThanOrEqual(SYNDICATED_MUTATION_FLOORS.recall)
    expect(report.precision).toBeGreaterThanOrEqual(SYNDICATED_MUTATION_FLOORS.precision)
    expect(report.falseAlarmRate).toBeLessThanOrEqual(0.05) // measured 0
  })
})
