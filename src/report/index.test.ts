import { describe, expect, it } from 'vitest'
import { fixtureResult } from './fixtures/result.js'
import { renderJson, renderMarkdown, renderReport, renderTerminal, renderers, reportFormats } from './index.js'

describe('report index', () => {
  // 'html' joins these with src/report/html.
  const ownFormats = (formats: readonly string[]): string[] => formats.filter((format) => format !== 'html')

  it('offers terminal, json and md, and a renderer for every format it lists', () => {
    expect(ownFormats(reportFormats)).toEqual(['terminal', 'json', 'md'])
    expect(Object.keys(renderers).sort()).toEqual([...reportFormats].sort())
  })

  it('dispatches each format to its renderer with the options', () => {
    const options = { color: false, width: 60, verbose: true }
    expect(renderReport('terminal', fixtureResult, options)).toBe(renderTerminal(fixtureResult, options))
    expect(renderReport('json', fixtureResult, options)).toBe(renderJson(fixtureResult))
    expect(renderReport('md', fixtureResult, options)).toBe(renderMarkdown(fixtureResult))
  })
})
