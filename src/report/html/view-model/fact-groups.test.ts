import { describe, expect, it } from 'vitest'
import { evidenceOf, finding, fixtureResult, gazette, wire } from '../test-helpers/fixture-result.js'
import { groupFindings, surroundingWords } from './fact-groups.js'

describe('groupFindings', () => {
  const result = fixtureResult()
  const groups = groupFindings(result.findings, result.articles, 'gazette')

  it('puts findings that share evidence in one row named as the origin writes it', () => {
    const routes = groups.find((group) => group.label === '120')
    expect(routes?.cells.get('gazette')?.state).toBe('conflict')
    expect(routes?.cells.get('wire')).toMatchObject({ state: 'conflict', value: '150' })
    expect(routes?.cells.get('digest')?.state).toBe('absent')
    expect(routes?.worst).toBe('conflict')
  })

  it('keeps one row per fact, in the order of the origin', () => {
    expect(groups.map((group) => group.label)).toEqual(['$42 million', '120', '7 to 2', 'Critics say the plan will double fares by next year.'])
  })

  it('marks an article that is only cited as evidence as stating the value', () => {
    const vote = groups.find((group) => group.label === '7 to 2')
    expect(vote?.cells.get('gazette')).toMatchObject({ state: 'stated', value: '7 to 2' })
    expect(vote?.cells.get('digest')?.state).toBe('supported')
  })
})

describe('groupFindings with near misses', () => {
  it('keeps an unsupported finding in its own row even when it cites evidence', () => {
    const result = fixtureResult()
    const statement = 'Critics say the plan will double fares by next year.'
    const nearMiss = finding(wire, statement, 'unsupported', 'statement', [evidenceOf(gazette, '$42 million')], 'near miss', 'statement/unsupported')
    const groups = groupFindings([...result.findings.filter((entry) => entry.claim.text !== statement), nearMiss], result.articles, 'gazette')
    expect(groups.find((group) => group.label === '$42 million')?.cells.get('wire')?.state).toBe('supported')
    const row = groups.find((group) => group.label === statement)
    expect(row?.cells.get('wire')?.state).toBe('unsupported')
    expect(row?.cells.get('gazette')?.state).toBe('absent')
  })
})

describe('surroundingWords', () => {
  it('shows the words around a value inside its sentence', () => {
    const start = gazette.text.indexOf('120')
    expect(surroundingWords(gazette.text, start, start + 3)).toBe('Mayor Lena Ortiz said the plan adds 120 new bus routes.')
  })
  it('cuts long sentences at a word boundary', () => {
    const text = 'Officials in the northern province said on Friday that the long-delayed bridge will cost 310 million to finish, far more than planned.'
    const start = text.indexOf('310')
    expect(surroundingWords(text, start, start + 3)).toBe('…Friday that the long-delayed bridge will cost 310 million to finish, far more than planned.')
  })
  it('does not cross into the neighbouring sentence', () => {
    const start = gazette.text.indexOf('$42 million')
    expect(surroundingWords(gazette.text, start, start + 11)).toBe('The city council approved a budget of $42 million on Tuesday.')
  })
})
