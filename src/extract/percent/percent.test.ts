import { describe, expect, it } from 'vitest'
import type { PercentValue } from '../../model/index.js'
import { analyseArticle } from '../analyse-article.js'
import { compareValues } from '../kinds.js'

function percent(text: string): PercentValue & { text: string } {
  const found = analyseArticle({ id: 't', text }).facts.flatMap((fact) => (fact.value.kind === 'percent' ? [{ ...fact.value, text: fact.text }] : []))
  expect(found).toHaveLength(1)
  return found[0] as PercentValue & { text: string }
}

describe('percent', () => {
  it('reads "46 percent", "46%", "46 per cent" as one value', () => {
    const word = percent('A levy of 46 percent applies to shoes.')
    const sign = percent('A levy of 46% applies to shoes.')
    const british = percent('A levy of 46 per cent applies to shoes.')
    expect(word).toMatchObject({ value: 46, points: false, text: '46 percent' })
    expect(sign.text).toBe('46%')
    expect(compareValues(word, sign)).toBe('equal')
    expect(compareValues(word, british)).toBe('equal')
  })

  it('reads a share written as a fraction: "two-thirds of" holds 66%, not 40%', () => {
    const thirds = percent('Two-thirds of the crew stayed.')
    expect(thirds).toMatchObject({ text: 'Two-thirds', approximate: true })
    expect(compareValues(thirds, percent('Some 66% of the crew stayed.'))).toBe('compatible')
    expect(compareValues(thirds, percent('Some 40% of the crew stayed.'))).toBe('conflict')
    expect(percent('More than a quarter of the crew stayed.').text).toBe('More than a quarter')
    expect(percent('Half of the crew stayed.').value).toBe(50)
    // A half of a match or a year is no share.
    expect(analyseArticle({ id: 't', text: 'He scored in the second half of the match.' }).facts.filter((fact) => fact.type === 'percent')).toHaveLength(0)
  })

  it('conflicts on another value, tolerates decimals written more precisely', () => {
    expect(compareValues(percent('A levy of 46% applies.'), percent('A levy of 47% applies.'))).toBe('conflict')
    expect(compareValues(percent('A levy of 46% applies.'), percent('A levy of 46.2% applies.'))).toBe('compatible')
  })

  it('takes another whole figure for a change even when both are hedged', () => {
    expect(compareValues(percent('Turnout was about 70 percent.'), percent('Turnout was about 71 percent.'))).toBe('conflict')
    expect(compareValues(percent('Turnout was roughly 70%.'), percent('Turnout was 70.4%.'))).toBe('compatible')
    expect(compareValues(percent('Turnout was nearly 70%.'), percent('Turnout was 69.6%.'))).toBe('compatible')
  })

  it('keeps percentage points apart from percentages', () => {
    const points = percent('Support fell 3 percentage points.')
    expect(points).toMatchObject({ value: 3, points: true })
    expect(compareValues(points, percent('Support fell 3%.'))).toBe('unrelated')
    expect(percent('Rates rose 50 basis points.')).toMatchObject({ value: 0.5, points: true })
  })

  it('marks approximations', () => {
    expect(percent('Nearly 30% of voters stayed home.')).toMatchObject({ value: 30, approximate: true, text: 'Nearly 30%' })
  })
})
