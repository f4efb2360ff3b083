import { stripVTControlCharacters } from 'node:util'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import type { AnalysisResult } from '../model/result.js'
import { fixtureResult, spanOf } from './fixtures/result.js'
import { renderTerminal } from './terminal.js'

const escapeCode = '\u001b'

describe('renderTerminal', () => {
  const plain = renderTerminal(fixtureResult, { color: false })
  const lines = plain.split('\n')

  it('holds no ANSI code at all when colour is off, even with everything listed', () => {
    expect(plain).not.toContain(escapeCode)
    expect(renderTerminal(fixtureResult, { color: false, verbose: true, width: 40 })).not.toContain(escapeCode)
  })

  it('colours when asked, and the colours are all that differs', () => {
    for (const options of [{ verbose: false, width: 80 }, { verbose: true, width: 50 }]) {
      const colored = renderTerminal(fixtureResult, { color: true, ...options })
      expect(colored).toContain(`${escapeCode}[31m`)
      expect(stripVTControlCharacters(colored)).toBe(renderTerminal(fixtureResult, { color: false, ...options }))
    }
  })

  it('leads with the verdict: origin and why, each article and its relation, the counts', () => {
    expect(lines[0]).toBe('2 stories · 4 articles · 3 conflicts · 3 unsupported · 5 supported')
    const storyLine = lines.indexOf('Story story-1 · 3 articles · origin 000 Alder Creek Gazette')
    expect(storyLine).toBeGreaterThan(0)
    expect(lines[storyLine + 1]).toBe('  Earliest, most complete, and named as the source by 002.')
    expect(plain).toContain('  001  Valley Courier · 2026-03-04 · "Town passes budget"\n')
    expect(plain).toContain('       paraphrase of 000 · unattributed · coverage 67% · fidelity 0.50\n')
    expect(plain).toContain('       summary of 000 · attributed · coverage 33% · fidelity 0.25')
    expect(plain).toContain('  3 conflicts · 2 unsupported · 5 supported\n')
    expect(plain.indexOf('paraphrase of 000')).toBeLessThan(plain.indexOf('Conflicts\n'))
  })

  it('shortens long titles', () => {
    expect(renderTerminal(fixtureResult, { color: false, width: 120 })).toContain('"Council approves $48.2 million budget, parks…"')
    expect(plain).not.toContain('12 percent more"')
  })

  it('lists each conflict with its claim in context, every evidence quote and the explanation', () => {
    const head = lines.findIndex((line) => line.startsWith('  001  conflict     percent    "15 percent"  ↔ 000 "12 percent"'))
    expect(head).toBeGreaterThan(0)
    expect(lines.slice(head + 1, head + 7)).toEqual([
      '       Parks spending rises 15 percent here but 12 percent in 000.',
      '       percent/changed',
      "       claim  Alder Creek's council passed a $48 million budget on Tuesday that",
      '              lifts parks spending by 15 percent.',
      '       000    The Alder Creek town council approved a $48.2 million budget on',
      '              Tuesday, raising spending on parks by 12 percent.',
    ])
  })

  it('groups conflicts and unsupported claims by article, in that order', () => {
    const conflicts = lines.indexOf('Conflicts')
    const unsupported = lines.indexOf('Unsupported claims')
    expect(conflicts).toBeGreaterThan(0)
    expect(unsupported).toBeGreaterThan(conflicts)
    const groupHeads = lines.slice(conflicts, unsupported).filter((line) => /^ {2}\d{3} .* ─+$/.test(line))
    expect(groupHeads.map((line) => line.slice(2, 5))).toEqual(['001', '002'])
    const postConflicts = lines.slice(conflicts, unsupported).filter((line) => line.startsWith('  002  conflict'))
    expect(postConflicts).toHaveLength(2)
    expect(plain).toContain('  002  unsupported  statement  "Residents packed the chamber until')
  })

  it('counts supported facts and lists them only when verbose', () => {
    expect(plain).not.toContain('Supported facts')
    expect(plain).not.toContain('money/rounding')
    const verbose = renderTerminal(fixtureResult, { color: false, verbose: true })
    expect(verbose).toContain('Supported facts')
    expect(verbose).toContain('  001  supported    money      "$48 million"  ↔ 000 "$48.2 million"')
    expect(verbose).toContain('money/equal · 2 sources')
  })

  it('wraps every line to the width it is given', () => {
    for (const width of [40, 60, 100]) {
      const widest = Math.max(...renderTerminal(fixtureResult, { color: true, width, verbose: true }).split('\n').map(visibleWidth))
      expect(widest).toBeLessThanOrEqual(width)
    }
    expect(Math.max(...lines.map(visibleWidth))).toBeLessThanOrEqual(80)
  })

  it('keeps a readable column when article ids are long file names', () => {
    const renamed = renameIds(fixtureResult, (id) => `${id}-a-long-file-name`) as AnalysisResult
    const output = renderTerminal(renamed, { color: false })
    expect(Math.max(...output.split('\n').map(visibleWidth))).toBeLessThanOrEqual(80)
    expect(output).toContain('       claim\n         Councillor Owen Reyes warned that three library branches would close.\n')
    expect(output).toContain('       000-a-long-file-name\n         Councillor Omar Reyes, who voted against it')
  })

  it('ends with the count of input problems', () => {
    expect(lines.at(-2)).toBe('2 input problems: 1 error, 1 warning.')
    expect(plain.endsWith('\n')).toBe(true)
  })

  it('prints no escape sequence or bidirectional override that came with the article text', () => {
    const text = 'The mayor said \u001b[2Jtaxes \u202etop\u202c rise by 9 percent.\u0007'
    const hostile: AnalysisResult = {
      version: 1,
      articles: [{ id: 'x\u001b[31m', outlet: 'Evil\u001b]8;;http://a.test\u0007', text }],
      stories: [{ id: 's', articles: ['x\u001b[31m'], origin: null, why: 'one \u001b[1mline' }],
      relations: [],
      findings: [
        {
          article: 'x\u001b[31m',
          status: 'unsupported',
          type: 'percent',
          claim: spanOf(text, '9 percent'),
          support: 0,
          evidence: [],
          explanation: 'Nothing \u001b[5mmatches.',
          rule: 'fact/unsupported',
        },
      ],
    }
    for (const color of [false, true]) {
      const output = stripVTControlCharacters(renderTerminal(hostile, { color }))
      expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/)
    }
    const plainOutput = renderTerminal(hostile, { color: false })
    expect(plainOutput).toContain('"9 percent"')
    expect(plainOutput).toContain('claim  The mayor said \ufffd[2Jtaxes \ufffdtop\ufffd rise by 9 percent.')
  })

  it('still shows articles a producer left out of every story', () => {
    const result: AnalysisResult = { ...fixtureResult, stories: fixtureResult.stories.slice(0, 1) }
    const output = renderTerminal(result, { color: false })
    expect(output).toContain('Story (no story) · 1 article · no origin found')
    expect(output).toContain('  003  unsupported  number     "50 cents"')
  })

  it('says so when there is nothing to report', () => {
    const empty: AnalysisResult = { version: 1, articles: [], stories: [], relations: [], findings: [] }
    expect(renderTerminal(empty, { color: false })).toBe('No articles to report on.\n')
  })
})

function visibleWidth(line: string): number {
  return stringWidth(stripVTControlCharacters(line))
}

/** The result with every article id (wherever it is referred to) replaced. */
function renameIds(value: unknown, rename: (id: string) => string): unknown {
  if (typeof value === 'string') return /^\d{3}$/.test(value) ? rename(value) : value
  if (Array.isArray(value)) return value.map((item) => renameIds(item, rename))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, renameIds(inner, rename)]))
}
