import { describe, expect, it } from 'vitest'
import type { DateValue } from '../../model/index.js'
import { analyseArticle } from '../analyse-article.js'
import { compareValues } from '../kinds.js'

function dates(text: string, published?: string): (DateValue & { text: string })[] {
  const article = published === undefined ? { id: 't', text } : { id: 't', text, published }
  return analyseArticle(article).facts.flatMap((fact) => (fact.value.kind === 'date' ? [{ ...fact.value, text: fact.text }] : []))
}

function date(text: string, published?: string): DateValue & { text: string } {
  const found = dates(text, published)
  expect(found).toHaveLength(1)
  return found[0] as DateValue & { text: string }
}

// A Thursday.
const PUBLISHED = '2025-10-23'

describe('dates', () => {
  it('reads absolute dates with their granularity', () => {
    expect(date('The dam opened on Oct. 27, 2025, after delays.')).toMatchObject({ year: 2025, month: 10, day: 27, granularity: 'day', relative: false, resolved: true, text: 'Oct. 27, 2025' })
    expect(date('The dam opened on 27 October 2025.')).toMatchObject({ year: 2025, month: 10, day: 27 })
    expect(date('The dam opened in June 2024.')).toMatchObject({ year: 2024, month: 6, granularity: 'month', text: 'June 2024' })
    expect(date('The dam opened in 2024.')).toMatchObject({ year: 2024, granularity: 'year', text: '2024' })
    expect(date('The mayor, in office since 1998, opened the dam.')).toMatchObject({ year: 1998, granularity: 'year', text: '1998' })
    expect(dates('The dam holds 2024,500 litres.')).toHaveLength(0)
    expect(date('Dams were built in the 1960s.')).toMatchObject({ year: 1960, granularity: 'decade' })
    expect(date('Filed 2025-10-27 by the clerk.')).toMatchObject({ year: 2025, month: 10, day: 27, granularity: 'day', text: '2025-10-27' })
  })

  it('dates a season over two years by its first year, and a longer span not at all', () => {
    for (const text of ['He spent the 2010-11 season on loan.', 'He spent 2010/11 on loan.', 'He was on loan in 2010 - 11.', 'He spent the 2010–2011 season on loan.']) {
      expect(date(text)).toMatchObject({ year: 2010, granularity: 'year' })
    }
    expect(dates('He played there from 2009-13.')).toHaveLength(0)
  })

  it('resolves relative dates against the publication date', () => {
    expect(date('The council met last month.', PUBLISHED)).toMatchObject({ year: 2025, month: 9, granularity: 'month', relative: true, resolved: true })
    expect(date('Prices fell earlier this year.', PUBLISHED)).toMatchObject({ year: 2025, granularity: 'year', relative: true })
    expect(date('The council met on Monday.', PUBLISHED)).toMatchObject({ year: 2025, month: 10, day: 20, granularity: 'weekday', text: 'Monday' })
    expect(date('The council met yesterday.', PUBLISHED)).toMatchObject({ month: 10, day: 22, granularity: 'day' })
    expect(date('The fair opened last December.', PUBLISHED)).toMatchObject({ year: 2024, month: 12 })
    expect(date('Last December, the fair opened.', PUBLISHED)).toMatchObject({ year: 2024, month: 12, text: 'Last December' })
    expect(date('The plant closed two years ago.', PUBLISHED)).toMatchObject({ year: 2023, granularity: 'year' })
  })

  it('leaves relative dates unresolved without a publication date', () => {
    const unresolved = date('The council met last month.')
    expect(unresolved).toMatchObject({ relative: true, resolved: false, expression: 'last month' })
    expect(unresolved.year).toBeUndefined()
    expect(compareValues(unresolved, date('They voted last month.'))).toBe('equal')
    expect(compareValues(unresolved, date('They voted this month.'))).toBe('unrelated')
    expect(compareValues(unresolved, date('They voted in September 2025.'))).toBe('unrelated')
    // A date written without its year is this year's, as news writes them; "last year" says otherwise.
    const thisYear = date('The final is this year.')
    expect(compareValues(thisYear, date('The final is in March.'))).toBe('compatible')
    expect(compareValues(thisYear, date('The final is on Monday.'))).toBe('compatible')
    expect(compareValues(date('The final was last year.'), date('The final is in March.'))).toBe('unrelated')
    expect(compareValues(thisYear, date('The final is in March 2030.'))).toBe('unrelated')
  })

  it('compares at the coarser granularity', () => {
    const month = date('The dam opened in October 2025.')
    expect(compareValues(month, date('The dam opened on Oct. 27, 2025.'))).toBe('compatible')
    expect(compareValues(month, date('The dam opened in November 2025.'))).toBe('conflict')
    expect(compareValues(date('The dam opened in 2024.'), date('The dam opened in 2025.'))).toBe('conflict')
    expect(compareValues(date('The council met last month.', PUBLISHED), date('The council met in September 2025.'))).toBe('equal')
  })

  it('does not take the verb "may", counts, or money for dates', () => {
    expect(dates('Officials may sign 2000 contracts worth $2024 soon.')).toEqual([])
  })
})
