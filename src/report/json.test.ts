import { describe, expect, it } from 'vitest'
import type { AnalysisResult } from '../model/result.js'
import { fixtureResult } from './fixtures/result.js'
import { renderJson } from './json.js'
import { validateResult } from './validate.js'

describe('renderJson', () => {
  const json = renderJson(fixtureResult)

  it('prints the result unchanged, and it validates against the v1 schema', () => {
    expect(JSON.parse(json)).toEqual(fixtureResult)
    expect(validateResult(JSON.parse(json))).toEqual({ valid: true })
  })

  it('indents by two spaces and ends with a newline', () => {
    expect(json.startsWith('{\n  "version": 1,\n  "articles": [\n    {\n      "id": "000",')).toBe(true)
    expect(json.endsWith('}\n')).toBe(true)
    expect(json.endsWith('}\n\n')).toBe(false)
  })

  it('writes keys in contract order whatever order the producer built them in', () => {
    const shuffled = reverseKeys(fixtureResult) as AnalysisResult
    expect(Object.keys(shuffled)[0]).toBe('diagnostics')
    expect(renderJson(shuffled)).toBe(json)
    const finding = JSON.parse(json).findings[0]
    expect(Object.keys(finding)).toEqual(['article', 'status', 'type', 'claim', 'support', 'evidence', 'explanation', 'rule'])
    expect(Object.keys(finding.claim)).toEqual(['text', 'start', 'end'])
    expect(Object.keys(finding.evidence[0])).toEqual(['article', 'text', 'start', 'end'])
  })

  it('omits unknown optional fields and empty diagnostics instead of writing null', () => {
    const result: AnalysisResult = { ...fixtureResult, diagnostics: [] }
    const printed = renderJson(result)
    expect(printed).not.toContain('"diagnostics"')
    // A story with no origin is the one place the contract has null.
    expect(printed.match(/: null/g)).toHaveLength(1)
    expect(Object.keys(JSON.parse(printed).articles[3])).toEqual(['id', 'path', 'text'])
    expect(JSON.parse(printed).stories[1].origin).toBeNull()
  })
})

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reverseKeys(inner)]))
}
