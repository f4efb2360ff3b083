import { describe, expect, it } from 'vitest'
import type { AnalysisResult } from '../model/result.js'
import { fixtureResult } from './fixtures/result.js'
import { printable, printableResult } from './printable.js'

describe('printableResult', () => {
  it('returns a result without unsafe characters as it is', () => {
    const result = fixtureResult
    expect(printableResult(result)).toBe(result)
  })

  it('replaces every unsafe character wherever it is, whatever JSON makes of it', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code)
      const result = { version: 1, articles: [{ id: 'a', text: `x${character}\\b` }], stories: [], relations: [], findings: [] } as unknown as AnalysisResult
      const unsafe = printable(character) !== character
      const shown = printableResult(result)
      expect(shown.articles[0]?.text, `U+${code.toString(16)}`).toBe(unsafe ? 'x\uFFFD\\b' : `x${character}\\b`)
      if (unsafe) expect(result.articles[0]?.text).toBe(`x${character}\\b`)
    }
  })
})
