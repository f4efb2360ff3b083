import { describe, expect, it } from 'vitest'
import { analyseArticle } from './analyse-article.js'
import { isLowerCased, recaseNames } from './recase.js'

describe('isLowerCased', () => {
  it('holds for prose without capitals only', () => {
    expect(isLowerCased('the mayor of the town opened the new bridge on monday.')).toBe(true)
    expect(isLowerCased('a statue worth up to # [UNK] was sold at the fair.')).toBe(true)
    expect(isLowerCased('The mayor opened the new bridge on Monday.')).toBe(false)
    expect(isLowerCased('ok')).toBe(false)
  })
})

describe('recaseNames', () => {
  it('capitalises names and sentence starts without moving any character', () => {
    const text = 'former first minister jane doyle spoke in cardiff. the bank of england agreed.'
    const recased = recaseNames(text)
    expect(recased).toHaveLength(text.length)
    expect(recased.toLowerCase()).toBe(text)
    expect(recased).toContain('Jane Doyle')
    expect(recased).toContain('Cardiff')
    expect(recased).toContain('Bank of England')
    expect(recased).toContain('. The ')
    expect(recased).toContain(' spoke in ')
  })

  it('capitalises month and weekday names for the date finder, not the verb "may"', () => {
    const recased = recaseNames('the vote on 8 june may be close, officials said on monday.')
    expect(recased).toContain('8 June may be')
    expect(recased).toContain('on Monday')
    const text = 'the vote on 8 june may be close, officials said on monday.'
    const dates = analyseArticle({ id: 'low', text }).facts.filter((fact) => fact.type === 'date')
    expect(dates.map((fact) => text.slice(fact.start, fact.end))).toEqual(['8 june', 'monday'])
  })

  it('closes up tokenised thousands after a currency sign or before 000, not a list of numbers', () => {
    expect(recaseNames('the fund raised £40, 250 and 2, 000 more.')).toBe('the fund raised £40,250  and 2,000  more.')
    expect(recaseNames('in 2015, 120 people came.')).toBe('in 2015, 120 people came.')
    expect(recaseNames('a vase worth [UNK] was sold.')).toBe('a vase worth [unk] was sold.')
  })

  it('leaves the first word as it is, so that it joins no name after it', () => {
    expect(recaseNames('new harbour city head coach jane doyle spoke.')).toMatch(/^new /u)
    const text = 'new harbour city head coach jane doyle spoke.'
    const entities = analyseArticle({ id: 'low', text }).facts.filter((fact) => fact.type === 'entity').map((fact) => text.slice(fact.start, fact.end))
    expect(entities).not.toContain('new harbour city')
  })

  it('takes a word no English dictionary has in lower case for a name, except in a text in another language', () => {
    expect(recaseNames('a fire broke out at a recycling plant in kelderby, officials said.')).toContain('Kelderby')
    expect(recaseNames('the relegated side lost its licence to the council.')).toBe('the relegated side lost its licence to the council.')
    expect(recaseNames('mae cleifion yng nghymru yn cael profion newydd.')).toContain('cleifion yng nghymru yn cael profion newydd')
  })
})

describe('analyseArticle on a lower-cased text', () => {
  it('finds the names, keeps the original text in sentences and claims', () => {
    const text = 'jane doyle scored twice as harbour town beat the rovers in cardiff. the club said it was pleased.'
    const analysed = analyseArticle({ id: 'summary', text })
    expect(analysed.sentences.map((sentence) => sentence.text)).toEqual([text.slice(0, 67), text.slice(68)])
    const entities = analysed.facts.filter((fact) => fact.type === 'entity').map((fact) => text.slice(fact.start, fact.end))
    expect(entities).toContain('jane doyle')
    expect(entities).toContain('cardiff')
  })
})
