import { describe, expect, it } from 'vitest'
import type { QuoteValue } from '../../model/index.js'
import { analyseArticle } from '../analyse-article.js'
import { compareValues } from '../kinds.js'

function quotes(text: string): (QuoteValue & { text: string })[] {
  return analyseArticle({ id: 't', text }).facts.flatMap((fact) => (fact.value.kind === 'quote' ? [{ ...fact.value, text: fact.text }] : []))
}

function one(text: string): QuoteValue & { text: string } {
  const found = quotes(text)
  expect(found).toHaveLength(1)
  return found[0] as QuoteValue & { text: string }
}

describe('quotes', () => {
  it('attributes “…,” said X and “…,” X said', () => {
    expect(one('“The harbour will stay open all winter,” said Marta Olsen, a planner at the Port Authority.')).toMatchObject({
      words: 'the harbour will stay open all winter',
      speaker: 'Marta Olsen',
    })
    expect(one('"We need two more cranes," Ivo Brandt said on Friday.').speaker).toBe('Ivo Brandt')
  })

  it('attributes X said: “…” and resolves pronouns and later mentions to the full name', () => {
    const text = 'Harbour chief Marta Olsen spoke first. Ms. Olsen said: “Nobody will lose a job.” Later she returned. “The cranes are paid for,” she added.'
    const found = quotes(text)
    expect(found.map((quote) => quote.speaker)).toEqual(['Marta Olsen', 'Marta Olsen'])
  })

  it('gives the second half of a broken quote the same speaker', () => {
    const found = quotes('“The plan is sound,” Ivo Brandt said, “and the money is there.”')
    expect(found.map((quote) => quote.speaker)).toEqual(['Ivo Brandt', 'Ivo Brandt'])
  })

  it('keeps short scare quotes only when someone is named as saying them', () => {
    expect(quotes('Critics called it a “ghost port” for years.')).toEqual([])
  })

  it('compares: same words equal, altered words conflict, another speaker conflict, other quotes unrelated', () => {
    const original = one('“The harbour will stay open all winter,” said Marta Olsen.')
    expect(compareValues(original, one('“The harbour will stay open all winter,” Marta Olsen said.'))).toBe('equal')
    expect(compareValues(original, one('“The harbour will stay open all summer,” said Marta Olsen.'))).toBe('conflict')
    expect(compareValues(original, one('“The harbour will stay open all winter,” said Ivo Brandt.'))).toBe('conflict')
    expect(compareValues(original, one('“The harbour will stay open,” said Marta Olsen.'))).toBe('compatible')
    expect(compareValues(original, one('“Fishing quotas are a separate question entirely,” said Marta Olsen.'))).toBe('unrelated')
  })

  it('reads a hyphen alike whether it joins words or stands between spaces', () => {
    const joined = one('The firm said he "broke its anti-harassment and non-compete rules," the papers say.')
    expect(compareValues(joined, one('The firm said he " broke its anti - harassment and non - compete rules ", the papers say.'))).toBe('equal')
  })
})
